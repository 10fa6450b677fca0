// Accounts and permissions: every role on every route, sessions that expire, CSRF, password
// rules, units confined to their own tasks, an audit log that cannot be changed.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp, ROUTES } from "../src/server/app.ts";
import { allows, ROLES } from "../src/commands/access/policy.ts";
import { passwordProblem } from "../src/commands/users/passwords.ts";
import { openStore, type Store } from "../src/store/db.ts";
import type { Role } from "../src/store/schema.ts";
import { type RouteFixtures, routeFixtures } from "./helpers/route-fixtures.ts";
import { as, login, PASSWORD, type Session } from "./helpers/session.ts";

const USER_OF: Record<Role, string> = {
  admin: "admin1",
  coordinator: "coord1",
  unit: "unit-sfj",
  evaluator: "eval1",
  public: "public1",
};

const STAFF = new Set<Role>(["admin", "coordinator", "evaluator"]);

/** What a unit's account (unit-sfj, of 市司法局) and a visitor (the public account, or none) get
 *  from each route that reads one thing, where the policy lets them in: `shown` a success,
 *  `hidden` a 404 (for them the thing does not exist). The fixtures (helpers/route-fixtures.ts)
 *  are 市发改委's and drafts, but for its season report, which is published. Staff are shown all
 *  the policy lets them reach, and 市发改委's own account what `hidden` keeps from 市司法局. */
type Seen = "shown" | "hidden";
const READS: Record<string, { unit?: Seen; visitor?: Seen }> = {
  "/api/documents/:id": { unit: "shown", visitor: "hidden" },
  "/api/documents/:id/original": { unit: "shown", visitor: "hidden" },
  "/api/documents/:id/ledger": { unit: "shown", visitor: "hidden" },
  "/api/export/:table.:format": { unit: "shown", visitor: "shown" }, // published rows only
  "/api/ledgers/:id/overview": { unit: "shown" }, // the plan's ledger is the city's, each unit's tasks in it its own
  "/api/tasks/:id": { unit: "hidden" },
  "/api/attachments/:id": { unit: "hidden" },
  "/api/seasons/:id/dashboard": { unit: "shown" }, // its own row only
  "/api/seasons/:id/units/:unit/versions": { unit: "hidden" },
  "/api/season/submissions/:id": { unit: "hidden" },
  "/api/season/submissions/:id/diff": { unit: "hidden" },
  "/api/season/submissions/:id/opinion.docx": { unit: "hidden" },
  "/api/seasons/:id/promises": { unit: "shown" }, // its own only
  "/api/seasons/:id/report-draft.docx": {},
  "/api/public/reports/:id": { unit: "shown", visitor: "shown" },
  "/api/assess/systems/:key": { unit: "shown" },
  "/api/assess/rounds/:id": { unit: "hidden", visitor: "hidden" },
  "/api/assess/rounds/:id/appeals": { unit: "hidden" },
  "/api/assess/rounds/:id/scores.xlsx": { unit: "hidden" },
  "/api/assess/rounds/:id/report.docx": { unit: "hidden" },
  "/api/assess/items/:id": { unit: "hidden" },
  "/api/assess/items/:id/files/:sha256": { unit: "hidden" },
};

describe("accounts and permissions", { timeout: 180_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  let fixtures: RouteFixtures;
  let planId = 0;
  const sessions = new Map<Role, Session>();

  before(async () => {
    process.env.FAZHI_FETCH_ALLOW = "127.0.0.1"; // the season report's page is served locally
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({ store, options: resolveOptions(), config: { sessionTtlMs: 60_000 } });
    fixtures = await routeFixtures(store, app);
    ({ planId } = fixtures);
    for (const role of ROLES)
      sessions.set(role, role === "coordinator" ? fixtures.coord : await login(app, USER_OF[role]));
  });
  after(async () => {
    fixtures?.web.close();
    await app?.close();
    await store?.close();
  });

  test("every role on every route: allowed or refused as the policy says, shown what it may see", async () => {
    const f = fixtures;
    const ID_OF: Record<string, number> = {
      "/api/documents": f.planId,
      "/api/ledgers": f.ledgerId,
      "/api/tasks": f.taskId,
      "/api/attachments": f.attachmentId,
      "/api/users": f.userId,
      "/api/seasons": f.seasonId,
      "/api/season/submissions": f.submissionId,
      "/api/public/reports": f.submissionId,
      "/api/assess/rounds": f.roundId,
      "/api/assess/items": f.itemId,
      "/api/assess/appeals": f.appealId,
    };
    // every parameter filled with a thing that exists: a route with a parameter nobody fills fails
    const url = (u: string) => {
      const filled = u
        .replace(":table.:format", "documents.csv")
        .replace(":key", "dept-kaohe")
        .replace(":unitId", String(f.assessUnitId))
        .replace(":unit", encodeURIComponent(f.unitKey))
        .replace(":sha256", f.sha256)
        .replace(/^(\/api\/[a-z/]+?)\/:id\b/, (_, at: string) => `${at}/${ID_OF[at]}`);
      assert.doesNotMatch(filled, /:[a-z]|undefined/i, `${u}: no fixture for its parameter`);
      return filled;
    };
    const reads = ROUTES.filter((r) => r.method === "GET" && r.url.includes(":")).map((r) => r.url);
    assert.deepEqual(reads.sort(), Object.keys(READS).sort(), "every route that reads one thing is in READS");
    let checked = 0;
    for (const route of ROUTES) {
      const read = route.method === "GET" ? READS[route.url] : undefined;
      if (read) {
        // told what a role sees exactly where the policy lets it in
        assert.equal(read.unit !== undefined, allows("unit", route.permission), `${route.url}: unit`);
        assert.equal(read.visitor !== undefined, route.permission === "public", `${route.url}: visitor`);
      }
      for (const role of [null, ...ROLES] as Array<Role | null>) {
        let session = role ? (sessions.get(role) ?? null) : null;
        if (route.method === "DELETE" && role) session = await login(app, USER_OF[role]); // logging out must not end the shared session
        const res = await app.inject({
          method: route.method,
          url: url(route.url),
          headers: as(session),
          ...(route.method === "POST" && !route.multipart ? { payload: {} } : {}),
        });
        const said = `${role ?? "anonymous"} ${route.method} ${route.url}: ${res.statusCode} ${res.body.slice(0, 120)}`;
        const code =
          res.statusCode === 401 || res.statusCode === 403
            ? ((res.json() as { error?: { code: string } }).error?.code ?? "")
            : "";
        const refused = code === "login_required" || code === "forbidden";
        assert.equal(refused, !allows(role, route.permission), said);
        if (refused) assert.equal(res.statusCode, role ? 403 : 401, said);
        else if (read) {
          // the things exist, so a 404 for staff would mean lost fixtures, not a check passed
          const seen = role && STAFF.has(role) ? "shown" : role === "unit" ? read.unit : read.visitor;
          if (seen === "shown") assert.ok(res.statusCode < 300, said);
          else assert.equal(res.statusCode, 404, said);
        }
        checked++;
      }
      if (read?.unit === "hidden") {
        const own = await app.inject({ method: "GET", url: url(route.url), headers: as(f.owner) });
        assert.ok(
          own.statusCode < 300,
          `市发改委's own ${route.url}: ${own.statusCode} ${own.body.slice(0, 120)}`,
        );
      }
    }
    assert.equal(checked, ROUTES.length * (ROLES.length + 1));
  });

  test("what a unit and a visitor are let into holds only their own and the published", async () => {
    const f = fixtures;
    const get = async (s: Session | null, url: string) => {
      const res = await app.inject({ method: "GET", url, headers: as(s) });
      assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 120)}`);
      return res;
    };
    const unit = sessions.get("unit") ?? null;
    const board = (await get(unit, `/api/seasons/${f.seasonId}/dashboard`)).json() as {
      units: Array<{ unitKey: string }>;
    };
    assert.deepEqual(
      board.units.map((u) => u.unitKey),
      ["长治市:justice"],
      "a unit's season board has its own row only",
    );
    const overview = (await get(unit, `/api/ledgers/${f.ledgerId}/overview`)).json() as {
      byUnit: Array<{ name: string }>;
    };
    assert.deepEqual(
      overview.byUnit.map((u) => u.name),
      ["市司法局"],
      "a unit's ledger overview counts its own tasks only",
    );
    const csv = (unitOrNone: Session | null) =>
      get(unitOrNone, "/api/export/documents.csv").then((r) => r.body.trim().split("\n").length);
    assert.equal(await csv(null), 1, "a visitor's export holds the header, not the unpublished plan");
    assert.equal(await csv(sessions.get("admin") ?? null), 2);
    const report = (await get(null, `/api/public/reports/${f.submissionId}`)).json() as { text: string };
    assert.ok(report.text.length > 1000, "the published report is read in full without an account");
  });

  test("the signed-in header names the unit as the register does, not as the account typed it", async () => {
    // an account that keeps the name its admin typed (市发改委) while the register holds the
    // full one
    await store.db
      .updateTable("users")
      .set({ unit_name: "市发改委" })
      .where("username", "=", "unit-fgw")
      .execute();
    const user = await store.db
      .selectFrom("users")
      .select(["unit_key"])
      .where("username", "=", "unit-fgw")
      .executeTakeFirstOrThrow();
    await store.db
      .updateTable("units")
      .set({ name: "市发展和改革委员会" })
      .where("key", "=", user.unit_key ?? "")
      .execute();
    const signedIn = await app.inject({
      method: "POST",
      url: "/api/session",
      payload: { username: "unit-fgw", password: PASSWORD },
    });
    assert.equal((signedIn.json() as { user: { unitName: string } }).user.unitName, "市发展和改革委员会");
    const s = await login(app, "unit-fgw");
    const res = await app.inject({ method: "GET", url: "/api/session", headers: as(s) });
    assert.equal((res.json() as { user: { unitName: string } }).user.unitName, "市发展和改革委员会");
  });

  test("a session expires", async () => {
    const short = await buildApp({ store, options: resolveOptions(), config: { sessionTtlMs: 300 } });
    const s = await login(short, "eval1");
    assert.equal((await short.inject({ method: "GET", url: "/api/tasks", headers: as(s) })).statusCode, 200);
    await new Promise((r) => setTimeout(r, 450));
    const later = await short.inject({ method: "GET", url: "/api/tasks", headers: as(s) });
    assert.equal(later.statusCode, 401);
    await short.close();
  });

  test("changes need the CSRF token of the session", async () => {
    const coord = sessions.get("coordinator") ?? null;
    const body = { documentId: planId };
    const without = await app.inject({
      method: "POST",
      url: "/api/ledgers",
      headers: as(coord, false),
      payload: body,
    });
    assert.equal(without.statusCode, 403);
    assert.equal((without.json() as { error: { code: string } }).error.code, "csrf_failed");
    const wrong = await app.inject({
      method: "POST",
      url: "/api/ledgers",
      headers: { ...as(coord, false), "x-csrf-token": "forged" },
      payload: body,
    });
    assert.equal(wrong.statusCode, 403);
    const reads = await app.inject({ method: "GET", url: "/api/tasks", headers: as(coord, false) });
    assert.equal(reads.statusCode, 200, "reading needs no token");
  });

  test("cookies are HTTP-only; wrong passwords are refused without saying which part was wrong", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/session",
      payload: { username: "coord1", password: PASSWORD },
    });
    assert.match(String(res.headers["set-cookie"]), /HttpOnly/);
    assert.match(String(res.headers["set-cookie"]), /SameSite=Lax/);
    const bad = await app.inject({
      method: "POST",
      url: "/api/session",
      payload: { username: "coord1", password: "nope-nope-nope" },
    });
    const nobody = await app.inject({
      method: "POST",
      url: "/api/session",
      payload: { username: "nobody", password: "nope-nope-nope" },
    });
    assert.equal(bad.statusCode, 401);
    assert.deepEqual(bad.json(), nobody.json());
  });

  test("password rules, password change, other sessions end", async () => {
    assert.match(passwordProblem("short1A!", "x") ?? "", /10/);
    assert.match(passwordProblem("lowercase123", "x") ?? "", /三类/);
    assert.match(passwordProblem("Coord1-Password-9", "coord1") ?? "", /用户名/);
    assert.equal(passwordProblem("Fazhi-Test-2026!", "coord1"), null);
    const admin = sessions.get("admin") ?? null;
    const weak = await app.inject({
      method: "POST",
      url: "/api/users",
      headers: as(admin),
      payload: { username: "weak1", displayName: "弱", role: "evaluator", password: "12345678" },
    });
    assert.equal(weak.statusCode, 400);
    assert.equal((weak.json() as { error: { code: string } }).error.code, "weak_password");
    const created = await app.inject({
      method: "POST",
      url: "/api/users",
      headers: as(admin),
      payload: { username: "eval2", displayName: "评估二", role: "evaluator", password: PASSWORD },
    });
    assert.equal(created.statusCode, 200, created.body);
    const first = await login(app, "eval2");
    const second = await login(app, "eval2");
    const wrong = await app.inject({
      method: "POST",
      url: "/api/session/password",
      headers: as(first),
      payload: { current: "not-it", next: "New-Password-2026" },
    });
    assert.equal(wrong.statusCode, 403);
    const ok = await app.inject({
      method: "POST",
      url: "/api/session/password",
      headers: as(first),
      payload: { current: PASSWORD, next: "New-Password-2026" },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(
      (await app.inject({ method: "GET", url: "/api/tasks", headers: as(second) })).statusCode,
      401,
      "the other session ended",
    );
    assert.equal(
      (await app.inject({ method: "GET", url: "/api/tasks", headers: as(first) })).statusCode,
      200,
    );
    await assert.rejects(login(app, "eval2"));
    await login(app, "eval2", "New-Password-2026");
  });

  test("a unit user reads and changes only its own unit's tasks", async () => {
    const unit = sessions.get("unit") ?? null;
    const list = (await app.inject({ method: "GET", url: "/api/tasks", headers: as(unit) })).json() as {
      items: Array<{ id: number; unitName: string }>;
      total: number;
    };
    assert.ok(list.items.length > 0);
    assert.ok(list.items.every((t) => t.unitName === "市司法局"));
    const other = await store.db
      .selectFrom("tasks")
      .select("id")
      .where("unit_name", "=", "市编办")
      .executeTakeFirstOrThrow();
    assert.equal(
      (await app.inject({ method: "GET", url: `/api/tasks/${other.id}`, headers: as(unit) })).statusCode,
      404,
    );
    const post = await app.inject({
      method: "POST",
      url: `/api/tasks/${other.id}/request-closure`,
      headers: as(unit),
      payload: { text: "完成" },
    });
    assert.equal(post.statusCode, 404);
    const own = list.items[0];
    const mine = await app.inject({
      method: "POST",
      url: `/api/tasks/${own.id}/request-closure`,
      headers: as(unit),
      payload: { text: "已完成" },
    });
    assert.equal(mine.statusCode, 200, mine.body);
  });

  test("the audit log records changes and cannot be edited", async () => {
    const entries = (
      await app.inject({ method: "GET", url: "/api/audit", headers: as(sessions.get("admin") ?? null) })
    ).json() as {
      items: Array<{ action: string; entity: string; username: string | null }>;
    };
    assert.ok(entries.items.some((e) => e.action === "closure_request" && e.username === "unit-sfj"));
    assert.ok(entries.items.some((e) => e.action === "create" && e.entity === "ledger"));
    await assert.rejects(
      store.db.updateTable("audit_log").set({ action: "forged" }).execute(),
      /append-only/,
    );
    await assert.rejects(store.db.deleteFrom("audit_log").execute(), /append-only/);
    assert.ok(
      !ROUTES.some((r) => r.url.startsWith("/api/audit") && r.method !== "GET"),
      "no route changes the audit log",
    );
  });
});
