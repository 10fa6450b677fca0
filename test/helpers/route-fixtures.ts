// One real thing behind every `:id` of the API, made through the API as the web app makes it, so
// a route test reaches the route's own code instead of passing on a 404 for an id that does not
// exist. What belongs to a unit belongs to 市发改委 (unit-fgw): the other unit's account
// (unit-sfj) must not see it, its own must. Nothing is published but one season report; the
// plan, the round and the rest stay drafts a visitor must not see.
import assert from "node:assert/strict";
import type { Server } from "node:http";
import type { FastifyInstance, InjectOptions } from "fastify";
import type { Store } from "../../src/store/db.ts";
import { demoLedger } from "./ledger.ts";
import { multipartBody } from "./multipart.ts";
import { articlePage, FGW, pageServer } from "./season.ts";
import { as, login, PASSWORD, type Session } from "./session.ts";

/** A small PDF, accepted as a task attachment and as assessment evidence. */
const PDF = Buffer.from("%PDF-1.4\n% 证明材料\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

export interface RouteFixtures {
  coord: Session;
  /** unit-fgw's session: the unit that owns the fixtures */
  owner: Session;
  planId: number;
  ledgerId: number;
  /** a task of 市发改委, with one progress update and its attachment */
  taskId: number;
  attachmentId: number;
  seasonId: number;
  /** 市发改委's key in the season */
  unitKey: string;
  /** 市发改委's report, accepted and found published: the one public report */
  submissionId: number;
  roundId: number;
  /** 市发改委's unit of the round, an item of it, the file its appeal cites, the appeal */
  assessUnitId: number;
  itemId: number;
  sha256: string;
  appealId: number;
  /** an evaluator account made for the user routes to change, disable and delete */
  userId: number;
  /** the page server the publication checks read; close it after the test */
  web: Server;
}

type Method = "GET" | "POST";

/** Builds the fixtures; `app` must read 127.0.0.1 pages (FAZHI_FETCH_ALLOW) for the publication. */
export async function routeFixtures(store: Store, app: FastifyInstance): Promise<RouteFixtures> {
  const { coord, planId, ledgerId } = await demoLedger(store, app);
  const owner = await login(app, "unit-fgw");
  const admin = await login(app, "admin1");
  const send = async (s: Session, method: Method, url: string, payload?: unknown, type?: string) => {
    const headers = { ...as(s), ...(type ? { "content-type": type } : {}) };
    const res = await app.inject({ method, url, headers, payload } as InjectOptions);
    assert.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return res.headers["content-type"]?.toString().includes("json") ? res.json() : null;
  };
  const sendForm = (s: Session, url: string, form: ReturnType<typeof multipartBody>) =>
    send(s, "POST", url, form.payload, form.contentType);

  // supervision: a task of the owner's, its progress with a file
  const tasks = await send(owner, "GET", "/api/tasks?pageSize=1");
  const taskId: number = tasks.items[0].id;
  await sendForm(
    owner,
    `/api/tasks/${taskId}/progress`,
    multipartBody({ text: "已完成初稿，附材料", percent: "50" }, [{ name: "进展材料.pdf", bytes: PDF }]),
  );
  const task = await send(owner, "GET", `/api/tasks/${taskId}`);
  const attachmentId: number = task.attachments[0].id;

  // the report season: the owner's report submitted, accepted and found on its page
  const candidates = await send(coord, "GET", "/api/season/unit-candidates");
  const names: string[] = candidates.units.map((u: { name: string }) => u.name);
  const season = await send(coord, "POST", "/api/seasons", { year: 2023, units: names });
  const seasonId: number = season.season.id;
  const submitted = await sendForm(
    owner,
    `/api/seasons/${seasonId}/submissions`,
    multipartBody({}, [{ name: "发改委2023年法治政府建设年度报告.txt", bytes: Buffer.from(FGW) }]),
  );
  const submissionId: number = submitted.id;
  await send(coord, "POST", `/api/season/submissions/${submissionId}/decision`, { decision: "accept" });
  const sub = await send(coord, "GET", `/api/season/submissions/${submissionId}`);
  const unitKey: string = sub.unitKey;
  assert.ok(unitKey, "the submission names its unit");
  const { server: web, base, pages } = await pageServer();
  pages.set("/fgw.html", articlePage(FGW, "2024-03-28"));
  const found = await send(coord, "POST", `/api/seasons/${seasonId}/publication`, {
    url: `${base}/fgw.html`,
    unit: unitKey,
  });
  assert.ok(["on_time", "late"].includes(found.status), `published: ${found.status}`);

  // assessment: a round over the owner's unit, an item appealed with a file
  const round = await send(coord, "POST", "/api/assess/rounds", {
    system: "dept-kaohe",
    year: 2022,
    units: [{ name: "市发改委" }],
  });
  const roundId: number = round.id;
  const results = await send(owner, "GET", `/api/assess/rounds/${roundId}`);
  const assessUnitId: number = results.units[0].unitId;
  const itemId: number = results.units[0].items[0].id;
  const file = await sendForm(
    owner,
    "/api/assess/files",
    multipartBody({}, [{ name: "证明.pdf", bytes: PDF }]),
  );
  const sha256: string = file.file.sha256;
  await send(owner, "POST", `/api/assess/items/${itemId}/appeals`, {
    reason: "本年度已开展此项工作，见证明材料",
    evidence: [file.file],
  });
  const appeals = await send(coord, "GET", `/api/assess/rounds/${roundId}/appeals`);
  const appealId: number = appeals.items[0].id;

  const user = await send(admin, "POST", "/api/users", {
    username: "route-probe",
    displayName: "路由测试",
    role: "evaluator",
    password: PASSWORD,
  });
  const userId: number = user.user.id;
  assert.ok(userId, "the user is made");

  return {
    coord,
    owner,
    planId,
    ledgerId,
    taskId,
    attachmentId,
    seasonId,
    unitKey,
    submissionId,
    roundId,
    assessUnitId,
    itemId,
    sha256,
    appealId,
    userId,
    web,
  };
}
