// The office's daily work on tasks through the API: the plan's full measure text and clause in
// a task, a closure request that keeps its evidence, comments on approval, returned tasks
// marked and filtered, 催办 of several units at once (history, notifications, mail), batch
// extend and close with a summary, reassignment of unit and role, and notifications that each
// account sees and marks read for itself only.
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import type { KyselyPlugin } from "kysely";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { measureReads } from "../src/commands/tasks/plan-measures.ts";
import { chase } from "../src/commands/tasks/chase.ts";
import { getTask } from "../src/commands/tasks/tasks.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { multipartBody } from "./helpers/multipart.ts";
import { demoLedger } from "./helpers/ledger.ts";
import { as, login, type Session } from "./helpers/session.ts";
import { type LocalSmtp, startSmtp } from "./helpers/smtp.ts";

const PDF = Buffer.from("%PDF-1.4\n% 办结材料\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

interface TaskJson {
  id: number;
  measureNo: number | null;
  title: string;
  unitName: string;
  role: string;
  status: string;
  percent: number;
  due: string | null;
  returned: boolean;
}
interface Detail {
  task: TaskJson;
  measure: { documentId: number; text: string; start: number; end: number; clause: string | null } | null;
  units: Array<{ unitName: string; role: string }>;
  updates: Array<{
    id: number;
    kind: string;
    kindLabel: string;
    text: string;
    percent: number | null;
    author: string | null;
    onBehalf: boolean;
  }>;
  attachments: Array<{ id: number; updateId: number; name: string }>;
}
interface Notices {
  total: number;
  unread: number;
  items: Array<{
    id: number;
    kind: string;
    kindLabel: string;
    text: string;
    taskId: number | null;
    read: boolean;
  }>;
}

describe("task actions, 催办 and notifications", { timeout: 180_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  let coord: Session;
  let sfj: Session;
  let fgw: Session;
  let ledgerId = 0;
  let documentId = 0;
  let planText = "";
  let smtp: LocalSmtp;
  const now = new Date("2018-01-15T02:00:00Z");

  before(async () => {
    smtp = await startSmtp();
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({
      store,
      options: resolveOptions(),
      config: { now: () => now, smtpUrl: smtp.url, mailFrom: "fazhi@example.test" },
    });
    ({ coord, planId: documentId, ledgerId } = await demoLedger(store, app));
    sfj = await login(app, "unit-sfj");
    fgw = await login(app, "unit-fgw");
    const doc = (await get(`/api/documents/${documentId}`)).json() as { record: { text: string } };
    planText = doc.record.text;
  });
  after(async () => {
    await app?.close();
    await store?.close();
    await smtp?.close();
  });

  const get = (url: string, s: Session = coord) => app.inject({ method: "GET", url, headers: as(s) });
  const post = (url: string, payload: object, s: Session = coord) =>
    app.inject({ method: "POST", url, headers: as(s), payload });
  const mine = async (s: Session) =>
    ((await get(`/api/tasks?ledger=${ledgerId}&mine=1`, s)).json() as { items: TaskJson[] }).items;
  const detail = async (id: number, s: Session = coord) =>
    (await get(`/api/tasks/${id}`, s)).json() as Detail;
  const notices = async (s: Session, q = "") => (await get(`/api/notifications${q}`, s)).json() as Notices;

  test("a task's measure is read from the kept measures, never the whole record", async () => {
    // every row the detail reads, through a store that watches its queries
    const rows: Array<Record<string, unknown>> = [];
    const spy: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        rows.push(...(args.result.rows as Array<Record<string, unknown>>));
        return args.result;
      },
    };
    const watched: Store = { ...store, db: store.db.withPlugin(spy) };
    const task = (await mine(sfj))[0];
    const first = await getTask(watched, SYSTEM_SCOPE, task.id, "2018-01-15");
    assert.ok(first.measure?.text.includes(task.title), "the measure is found");
    const whole = rows.filter((r) => ["record", "record_facts", "record_findings"].some((c) => c in r));
    assert.deepEqual(whole, [], "no row of the whole record is read");
    assert.equal(measureReads(watched), 1, "the plan's measures read once");
    const again = await getTask(watched, SYSTEM_SCOPE, task.id, "2018-01-15");
    assert.deepEqual(again.measure, first.measure);
    assert.equal(measureReads(watched), 1, "and kept for the next detail");
  });

  test("a task shows its measure's full text and clause, as a span of the plan", async () => {
    const task = (await mine(sfj))[0];
    const d = await detail(task.id, sfj);
    assert.ok(d.measure, "a measure of the plan");
    assert.equal(d.measure.documentId, documentId);
    assert.equal(planText.slice(d.measure.start, d.measure.end), d.measure.text, "the span is the text");
    assert.ok(d.measure.text.length > task.title.length + 20, "the full text, not the short title");
    assert.ok(d.measure.text.includes(task.title));
    assert.ok(d.measure.clause && d.measure.text.includes(d.measure.clause), "the clause is in the text");
    assert.ok(d.measure.clause.includes("市司法局"));
    assert.ok(d.units.some((u) => u.unitName === "市司法局"));
    // a task added by hand has no measure
    const added = await post("/api/tasks", {
      ledgerId,
      title: "专项检查",
      unitName: "市司法局",
      role: "lead",
    });
    const id = (added.json() as { task: { id: number } }).task.id;
    assert.equal((await detail(id)).measure, null);
  });

  test("a closure request keeps its attached files; approval takes a comment and notifies", async () => {
    const task = (await mine(sfj)).find((t) => t.status === "open");
    assert.ok(task);
    const body = multipartBody({ text: "已全部完成,附办结材料" }, [{ name: "办结报告.pdf", bytes: PDF }]);
    const res = await app.inject({
      method: "POST",
      url: `/api/tasks/${task.id}/request-closure`,
      headers: { ...as(sfj), "content-type": body.contentType },
      payload: body.payload,
    });
    assert.equal(res.statusCode, 200, res.body);
    const d = await detail(task.id, sfj);
    const request = d.updates.find((u) => u.kind === "closure_request");
    assert.ok(request);
    assert.equal(request.kindLabel, "申请办结");
    assert.equal(request.text, "已全部完成,附办结材料");
    const file = d.attachments.find((a) => a.updateId === request.id);
    assert.equal(file?.name, "办结报告.pdf", "the file is stored with the request and listed");
    const bytes = await get(`/api/attachments/${file.id}`, sfj);
    assert.ok(bytes.rawPayload.equals(PDF));
    // a refused file refuses the request: nothing half-done
    const bad = multipartBody({ text: "x" }, [{ name: "页面.pdf", bytes: Buffer.from("<html></html>") }]);
    const other = (await mine(sfj)).find((t) => t.status === "open");
    assert.ok(other);
    const refused = await app.inject({
      method: "POST",
      url: `/api/tasks/${other.id}/request-closure`,
      headers: { ...as(sfj), "content-type": bad.contentType },
      payload: bad.payload,
    });
    assert.equal(refused.statusCode, 415);
    assert.equal((await detail(other.id, sfj)).task.status, "open");
    // the completion typed beside 申请办结 is kept with the request and shown on the task
    const stated = multipartBody({ text: "已完成", percent: "90" }, []);
    const withPercent = await app.inject({
      method: "POST",
      url: `/api/tasks/${other.id}/request-closure`,
      headers: { ...as(sfj), "content-type": stated.contentType },
      payload: stated.payload,
    });
    assert.equal(withPercent.statusCode, 200, withPercent.body);
    const asked = await detail(other.id, sfj);
    assert.equal(asked.task.status, "pending_review");
    assert.equal(asked.task.percent, 90);
    assert.equal(asked.updates.find((u) => u.kind === "closure_request")?.percent, 90);

    const ok = await post(`/api/tasks/${task.id}/review`, {
      decision: "accept",
      comment: "材料齐全,同意办结",
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.ok(
      (await detail(task.id)).updates.some((u) => u.kind === "accept" && u.text === "材料齐全,同意办结"),
    );
    const n = await notices(sfj);
    assert.ok(n.items.some((x) => x.kind === "accept" && x.taskId === task.id && /材料齐全/.test(x.text)));
    assert.ok(!(await notices(fgw)).items.some((x) => x.taskId === task.id), "another unit hears nothing");
  });

  test("a returned task is marked, filtered and notified until closure is asked again", async () => {
    const task = (await mine(sfj)).find((t) => t.status === "open");
    assert.ok(task);
    await post(`/api/tasks/${task.id}/request-closure`, { text: "完成" }, sfj);
    const empty = await post(`/api/tasks/${task.id}/review`, { decision: "return", comment: " " });
    assert.equal(empty.statusCode, 400, "a return needs a reason");
    await post(`/api/tasks/${task.id}/review`, { decision: "return", comment: "缺少佐证材料" });
    assert.equal((await detail(task.id, sfj)).task.returned, true);
    const returned = (await get(`/api/tasks?ledger=${ledgerId}&returned=1`)).json() as { items: TaskJson[] };
    assert.deepEqual(
      returned.items.map((t) => t.id),
      [task.id],
    );
    const n = await notices(sfj);
    assert.ok(n.items.some((x) => x.kind === "return" && /缺少佐证材料/.test(x.text)));
    await post(`/api/tasks/${task.id}/request-closure`, { text: "已补充" }, sfj);
    assert.equal((await detail(task.id, sfj)).task.returned, false);
  });

  test("extend: a reason and a date after today and after the old deadline", async () => {
    const task = (await mine(sfj)).find((t) => t.status === "open" || t.status === "in_progress");
    assert.ok(task);
    const noReason = await post(`/api/tasks/${task.id}/extend`, { due: "2030-01-01", reason: "" });
    assert.equal(noReason.statusCode, 400);
    const past = await post(`/api/tasks/${task.id}/extend`, { due: "2018-01-15", reason: "调整" });
    assert.equal(past.statusCode, 400);
    assert.match(past.body, /晚于今天/);
    const ok = await post(`/api/tasks/${task.id}/extend`, { due: "2030-06-30", reason: "上级文件调整" });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.ok((await notices(sfj)).items.some((x) => x.kind === "extend" && /2030-06-30/.test(x.text)));
  });

  test("batch extend and close: each task on its own, with a summary of what was not done", async () => {
    const tasks = (await mine(fgw)).slice(0, 4);
    const closed = tasks[3];
    await post(`/api/tasks/${closed.id}/close`, { reason: "督办确认" });
    const res = await post("/api/tasks/batch/extend", {
      ids: tasks.map((t) => t.id),
      due: "2031-12-31",
      reason: "统一调整时限",
    });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json() as { done: number[]; failed: Array<{ id: number; message: string }> };
    assert.deepEqual(
      r.done.sort(),
      tasks
        .slice(0, 3)
        .map((t) => t.id)
        .sort(),
    );
    assert.deepEqual(
      r.failed.map((f) => f.id),
      [closed.id],
    );
    assert.match(r.failed[0].message, /已办结/);
    for (const t of tasks.slice(0, 3)) assert.equal((await detail(t.id)).task.due, "2031-12-31");
    const refused = await post("/api/tasks/batch/extend", {
      ids: [tasks[0].id],
      due: "2017-01-01",
      reason: "x",
    });
    assert.equal(refused.statusCode, 400, "a date before today is refused once, not per task");
    assert.equal(
      (await post("/api/tasks/batch/extend", { ids: [tasks[0].id], due: "2032-01-01", reason: "x" }, fgw))
        .statusCode,
      403,
    );
    const close = await post("/api/tasks/batch/close", { ids: [tasks[1].id, closed.id], reason: "集中验收" });
    const c = close.json() as { done: number[]; failed: Array<{ id: number }> };
    assert.deepEqual([c.done, c.failed.map((f) => f.id)], [[tasks[1].id], [closed.id]]);
    assert.equal((await post("/api/tasks/batch/close", { ids: [tasks[2].id], reason: "" })).statusCode, 400);
  });

  test("催办 two units at once: history, a notification for each unit's accounts, a mail each", async () => {
    const mails = smtp.mails;
    mails.length = 0;
    const res = await post("/api/tasks/chase", {
      ledgerId,
      units: ["市司法局", "市发改委"],
      message: "请于本周五前报送进展",
    });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json() as {
      tasks: number;
      units: Array<{ name: string; tasks: number; notified: number }>;
      mailed: number;
      mailNote: string | null;
    };
    assert.deepEqual(r.units.map((u) => u.name).sort(), ["市发改委", "市司法局"]);
    assert.ok(r.units.every((u) => u.notified === 1 && u.tasks > 0));
    assert.equal(r.mailed, 2, r.mailNote ?? "");
    assert.equal(mails.length, 2);
    assert.ok(mails.some((m) => /unit-sfj@example\.test/.test(m)));
    assert.ok(mails.some((m) => /unit-fgw@example\.test/.test(m)));
    for (const s of [sfj, fgw]) {
      const n = await notices(s, "?unread=1");
      const chase = n.items.find((x) => x.kind === "chase");
      assert.ok(chase, "the unit is notified");
      assert.equal(chase.kindLabel, "催办");
      assert.match(chase.text, /请于本周五前报送进展/);
    }
    const sfjTask = (await mine(sfj)).find((t) => t.status !== "closed");
    assert.ok(sfjTask);
    assert.ok(
      (await detail(sfjTask.id, sfj)).updates.some(
        (u) => u.kind === "chase" && u.text === "请于本周五前报送进展",
      ),
    );
    // one task chased; units may not chase; a chase needs a message
    const one = await post("/api/tasks/chase", { ids: [sfjTask.id], message: "请尽快办理" });
    assert.equal((one.json() as { tasks: number }).tasks, 1);
    // the notification of one task names it once, before the message
    const told = (await notices(sfj)).items.find((x) => x.kind === "chase" && x.taskId === sfjTask.id);
    const label = `${sfjTask.measureNo ? `（${sfjTask.measureNo}）` : ""}${sfjTask.title}`;
    assert.equal(told?.text, `任务「${label}」：请尽快办理`);
    assert.equal((await post("/api/tasks/chase", { ids: [sfjTask.id], message: "催" }, sfj)).statusCode, 403);
    assert.equal((await post("/api/tasks/chase", { ids: [sfjTask.id], message: " " })).statusCode, 400);
  });

  test("催办 whose mail server refuses: the note is Chinese, its words go to the log", async () => {
    // a port nothing listens on: the mail server cannot be reached
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const failures: unknown[] = [];
    const r = await chase(store, SYSTEM_SCOPE, {
      ledgerId,
      units: ["市司法局"],
      message: "请于本月底前报送进展",
      mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: "fazhi@example.test" },
      onMailFailure: (e) => failures.push(e),
    });
    assert.equal(r.mailed, 0);
    assert.equal(r.mailNote, "邮件发送失败（邮件服务器无法连接或拒绝发送），单位已在平台内收到通知");
    assert.ok(
      r.units.every((u) => u.notified > 0),
      "the chase itself stands",
    );
    assert.equal(failures.length, 1);
    assert.match(String(failures[0]), /ECONNREFUSED|connect/i);
  });

  test("代为填报: the office reports for a unit; the record and the audit say so, the unit is told", async () => {
    const task = (await mine(sfj)).find((t) => t.status !== "closed" && t.status !== "pending_review");
    assert.ok(task);
    const report = async (path: string, text: string, s: Session) => {
      const body = multipartBody({ text }, []);
      const res = await app.inject({
        method: "POST",
        url: `/api/tasks/${task.id}/${path}`,
        headers: { ...as(s), "content-type": body.contentType },
        payload: body.payload,
      });
      assert.equal(res.statusCode, 200, res.body);
    };
    await report("progress", "单位自行报送", sfj);
    await report("progress", "电话了解后代为登记", coord);
    await report("request-closure", "代为申请办结", coord);
    const d = await detail(task.id, sfj);
    const own = d.updates.find((u) => u.text === "单位自行报送");
    const proxied = d.updates.find((u) => u.text === "电话了解后代为登记");
    const closure = d.updates.find((u) => u.kind === "closure_request" && u.text === "代为申请办结");
    assert.equal(own?.onBehalf, false);
    assert.equal(proxied?.onBehalf, true);
    assert.equal(closure?.onBehalf, true);
    // the label is the report's, as made: accounts whose roles change later do not relabel it
    const roles = await store.db
      .selectFrom("users")
      .select(["username", "role", "unit_key", "unit_name"])
      .where("username", "in", ["coord1", "unit-sfj"])
      .execute();
    await store.db
      .updateTable("users")
      .set({ role: "unit", unit_key: roles.find((r) => r.username === "unit-sfj")?.unit_key ?? null })
      .where("username", "=", "coord1")
      .execute();
    await store.db
      .updateTable("users")
      .set({ role: "coordinator" })
      .where("username", "=", "unit-sfj")
      .execute();
    try {
      const later = await detail(task.id);
      assert.deepEqual(
        later.updates
          .filter((u) => u.kind === "progress" || u.kind === "closure_request")
          .map((u) => u.onBehalf),
        d.updates.filter((u) => u.kind === "progress" || u.kind === "closure_request").map((u) => u.onBehalf),
      );
    } finally {
      for (const r of roles)
        await store.db
          .updateTable("users")
          .set({ role: r.role, unit_key: r.unit_key, unit_name: r.unit_name })
          .where("username", "=", r.username)
          .execute();
    }
    const office = await store.db
      .selectFrom("users")
      .select("display_name")
      .where("username", "=", "coord1")
      .executeTakeFirstOrThrow();
    assert.equal(proxied?.author, office.display_name, "who reported is named");
    // the office's own actions are never 代为填报
    assert.ok(
      d.updates.filter((u) => !["progress", "closure_request"].includes(u.kind)).every((u) => !u.onBehalf),
    );
    const told = (await notices(sfj)).items.filter((x) => x.kind === "on_behalf" && x.taskId === task.id);
    assert.equal(told.length, 2, "the unit hears of both");
    assert.equal(told[0].kindLabel, "代为填报");
    assert.ok(told.some((x) => /代本单位报送了任务「.+」：电话了解后代为登记/.test(x.text)));
    assert.ok(told.some((x) => /代本单位申请办结任务/.test(x.text)));
    const audited = await store.db
      .selectFrom("audit_log")
      .select(["action", "after", "username"])
      .where("entity", "=", "task")
      .where("entity_id", "=", String(task.id))
      .orderBy("id")
      .execute();
    const progress = audited.filter((a) => a.action === "progress");
    assert.deepEqual(
      progress.map((a) => [a.username, (a.after as { onBehalfOf?: string }).onBehalfOf ?? null]),
      [
        ["unit-sfj", null],
        ["coord1", "市司法局"],
      ],
    );
    const request = audited.find((a) => a.action === "closure_request");
    assert.ok(request);
    assert.equal((request.after as { onBehalfOf?: string }).onBehalfOf, "市司法局");
  });

  test("each account sees and marks read only its own notifications", async () => {
    const theirs = await notices(fgw);
    const before = await notices(sfj);
    assert.ok(before.unread > 0);
    for (const x of before.items) assert.ok(!theirs.items.some((y) => y.id === x.id));
    // marking another account's notification changes nothing
    const stolen = await post("/api/notifications/read", { ids: theirs.items.map((x) => x.id) }, sfj);
    assert.equal((stolen.json() as { marked: number }).marked, 0);
    assert.equal((await notices(fgw)).unread, theirs.unread);
    await post("/api/notifications/read", { ids: [before.items[0].id] }, sfj);
    assert.equal((await notices(sfj)).unread, before.unread - 1);
    await post("/api/notifications/read", { all: true }, sfj);
    assert.equal((await notices(sfj)).unread, 0);
    assert.equal((await notices(sfj, "?unread=1")).total, 0);
    assert.equal((await get("/api/notifications", coord)).statusCode, 200);
    assert.equal((await app.inject({ method: "GET", url: "/api/notifications" })).statusCode, 401);
  });

  test("reassign: another unit, another role, cooperating units added; both units told", async () => {
    const task = (await mine(sfj)).find((t) => t.status !== "closed" && t.measureNo !== null);
    assert.ok(task);
    const noReason = await post(`/api/tasks/${task.id}/reassign`, { unitName: "市发改委", reason: "" });
    assert.equal(noReason.statusCode, 400);
    const res = await post(`/api/tasks/${task.id}/reassign`, {
      unitName: "市发改委",
      role: "cooperate",
      addCooperating: ["市财政局"],
      reason: "职能调整",
    });
    assert.equal(res.statusCode, 200, res.body);
    const d = await detail(task.id);
    assert.equal(d.task.unitName, "市发改委");
    assert.equal(d.task.role, "cooperate");
    assert.ok(d.units.some((u) => u.unitName === "市财政局" && u.role === "cooperate"));
    assert.equal((await get(`/api/tasks/${task.id}`, sfj)).statusCode, 404);
    assert.ok((await notices(fgw)).items.some((x) => x.kind === "reassign" && x.taskId === task.id));
    assert.ok(
      (await notices(sfj)).items.some((x) => x.kind === "reassign" && /已改派给市发改委/.test(x.text)),
    );
  });
});
