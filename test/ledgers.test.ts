// Ledgers through the API, on PGlite and on PostgreSQL (TEST_DATABASE_URL): one per plan unless
// asked with a reason (also when two creates race), a period the deadlines are laid into,
// collective owners expanded into chosen units, archive and restore, delete, reminders and
// counts scoped to one ledger, deadlines shifted in bulk.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { collectiveCandidates, resolveOwners } from "../src/commands/units/registry.ts";
import { readCollective } from "../src/plan/collective-rule.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import type { LedgerDraft, LedgerItem, ReminderList, Task } from "../src/server/api-types.ts";
import type { Store } from "../src/store/db.ts";
import { allPages } from "./helpers/paging.ts";
import { as, login, makeUsers, type Session } from "./helpers/session.ts";
import { storeTargets } from "./helpers/store-targets.ts";

const PLAN = readFileSync(new URL("../demo/001_1d911b1d986cfee9.txt", import.meta.url));
const PERIOD = { start: "2025-01-01", end: "2027-12-31" };
const TERMS_PLAN = readFileSync(new URL("./fixtures/plans/terms.txt", import.meta.url));
const YONGDING_PLAN = `张家界市永定区2025年法治政府建设工作要点

为深入推进法治政府建设，结合我区实际，制定本要点。

一、健全依法行政制度体系
1.加强行政规范性文件备案审查，做到有件必备、有备必审、有错必纠。（牵头单位：区司法局；配合单位：市司法局、区政府办公室；完成时限：长期坚持）
2.按时报送上一年度法治政府建设情况报告并向社会公开。（牵头单位：区司法局；配合单位：区政府办公室；完成时限：每年3月底前）
3.组织开展行政执法案卷评查。（牵头单位：区司法局；配合单位：市司法局；完成时限：2025年11月底前）
`;

for (const target of storeTargets()) {
  describe(`ledgers (${target.label})`, { timeout: 240_000 }, () => {
    let store: Store;
    let app: FastifyInstance;
    let coord: Session;
    let unit: Session;
    let documentId = 0;
    const now = new Date("2025-06-01T02:00:00Z");

    before(async () => {
      store = await target.open();
      app = await buildApp({ store, options: resolveOptions(), config: { now: () => now } });
      await makeUsers(store);
      ({ documentId } = await ingestDocument(store, SYSTEM_SCOPE, {
        bytes: new Uint8Array(PLAN),
        name: "001.txt",
        options: resolveOptions(),
      }));
      coord = await login(app, "coord1");
      unit = await login(app, "unit-sfj");
    });
    after(async () => {
      await app?.close();
      await store?.close();
    });

    const get = (url: string, s: Session = coord) => app.inject({ method: "GET", url, headers: as(s) });
    const post = (url: string, payload: object, s: Session = coord) =>
      app.inject({ method: "POST", url, headers: as(s), payload });
    const del = (url: string, payload: object, s: Session = coord) =>
      app.inject({ method: "DELETE", url, headers: as(s), payload });
    const tasksOf = (ledgerId: number, s: Session = coord) =>
      allPages<Task>(`/api/tasks?ledger=${ledgerId}`, (u) => get(u, s));
    const ledgerCount = async () =>
      Number(
        (
          await store.db
            .selectFrom("ledgers")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("document_id", "=", documentId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    let first = 0;
    let second = 0;

    test("concurrent creates make one ledger; the others are told it exists", async () => {
      const results = await Promise.all(
        [1, 2, 3, 4].map(() => post("/api/ledgers", { documentId, period: PERIOD })),
      );
      const codes = results.map((r) => r.statusCode).sort();
      assert.deepEqual(codes, [200, 409, 409, 409], results.map((r) => r.body).join("\n"));
      assert.equal(await ledgerCount(), 1);
      const made = results.find((r) => r.statusCode === 200);
      const refused = results.find((r) => r.statusCode === 409);
      assert.ok(made && refused);
      first = (made.json() as { id: number }).id;
      assert.equal((refused.json() as { error: { code: string } }).error.code, "ledger_exists");
    });

    test("a second click is refused naming the ledger; another one needs a reason", async () => {
      const again = await post("/api/ledgers", { documentId });
      assert.equal(again.statusCode, 409);
      assert.match(
        (again.json() as { error: { message: string } }).error.message,
        /已有督办台账「.+」；如确需再建一本/,
      );
      assert.equal((await post("/api/ledgers", { documentId, again: "  " })).statusCode, 400);
      const r = await get(`/api/ledgers/draft?documentId=${documentId}`);
      assert.equal(r.statusCode, 200, r.body);
      const draft = r.json() as LedgerDraft;
      assert.equal(draft.existing.length, 1);
      const made = await post("/api/ledgers", {
        documentId,
        again: "2026年起按新规划重新督办",
        period: PERIOD,
      });
      assert.equal(made.statusCode, 200, made.body);
      second = (made.json() as { id: number }).id;
      assert.match((made.json() as { title: string }).title, /（第 2 本）/);
      assert.equal(await ledgerCount(), 2);
    });

    test("the draft proposes a period, and lists collective owners with suggested units", async () => {
      assert.equal((await get(`/api/ledgers/draft?documentId=${documentId}`, unit)).statusCode, 403);
      const draft = (await get(`/api/ledgers/draft?documentId=${documentId}`)).json() as LedgerDraft;
      assert.deepEqual(draft.planYears, { start: 2017, end: 2020 });
      assert.deepEqual(
        draft.period,
        { start: "2025-01-01", end: "2028-12-31" },
        "this year on, as long as the plan",
      );
      assert.equal(draft.offset, 8);
      const phrases = Object.fromEntries(draft.collectives.map((c) => [c.phrase, c]));
      assert.equal(phrases.市直各相关单位.tasks, 82);
      assert.equal(phrases.各县市区政府.tasks, 22);
      assert.ok(phrases.各县市区政府.suggestions.includes("潞州区人民政府"));
      assert.ok(phrases.市直各相关单位.suggestions.includes("市司法局"));
    });

    test("the suggestions come from the unit registry too: a registered unit the plan never names", async () => {
      await resolveOwners(store.db, ["市档案馆"], { region: "长治市" });
      const draft = (await get(`/api/ledgers/draft?documentId=${documentId}`)).json() as LedgerDraft;
      const phrases = Object.fromEntries(draft.collectives.map((c) => [c.phrase, c.suggestions]));
      assert.ok(phrases.市直各相关单位.includes("长治市档案馆"), phrases.市直各相关单位.join("、"));
      assert.ok(phrases.市直各相关单位.includes("市司法局"));
      assert.ok(!phrases.市直各相关单位.includes("长治市司法局"), "a unit the plan names is offered once");
      assert.ok(!phrases.各县市区政府.includes("长治市档案馆"));
    });

    test("a collective of one kind of unit (各级党校) offers the units of that kind only", async () => {
      const draft = (await get(`/api/ledgers/draft?documentId=${documentId}`)).json() as LedgerDraft;
      const schools = draft.collectives.find((c) => c.phrase === "各级党校");
      assert.equal(schools?.hint, "名称含“党校”的单位");
      // the plan's 行政学院 is registered as 长治市委党校 (its alias); no other unit is offered
      assert.deepEqual(schools?.suggestions, ["长治市委党校"]);
      // a kind no unit is named after yet: every unit, as for 市直各相关单位
      const hospitals = await collectiveCandidates(store.db, readCollective("各级医院"), {
        region: "长治市",
      });
      assert.ok(hospitals.some((u) => u.name === "长治市司法局"));
      assert.equal(
        hospitals.length,
        (await collectiveCandidates(store.db, readCollective("市直各相关单位"), { region: "长治市" })).length,
      );
    });

    test("deadlines are laid into the period: a 2018 plan is not years overdue on its first day", async () => {
      const tasks = await tasksOf(first);
      assert.ok(tasks.every((t) => t.due && t.due >= PERIOD.start && t.due <= PERIOD.end));
      assert.equal(tasks.filter((t) => t.display === "已逾期").length, 0);
      const m2 = tasks.find((t) => t.measureNo === 2);
      assert.deepEqual([m2?.due, m2?.dueBasis], ["2025-12-31", "方案时限"]); // 2017年底前, moved 8 years
      const m1 = tasks.find((t) => t.measureNo === 1); // 持续推进
      assert.deepEqual([m1?.due, m1?.dueBasis], ["2027-12-31", "长期（期间届满）"]);
      const m102 = tasks.find((t) => t.measureNo === 102); // 每年…
      assert.deepEqual([m102?.due, m102?.dueBasis], ["2025-12-31", "定期（首次）"]);
      const bad = await post("/api/ledgers", {
        documentId,
        again: "试",
        period: { start: "2027-01-01", end: "2025-12-31" },
      });
      assert.equal(bad.statusCode, 400);
    });

    test("collective owners are expanded into the units the office chose", async () => {
      const refused = await post("/api/ledgers", {
        documentId,
        again: "展开集合称谓",
        expansions: { 市司法局: ["市财政局"] },
      });
      assert.equal(refused.statusCode, 400, "only the plan's collective owners expand");
      const made = await post("/api/ledgers", {
        documentId,
        again: "展开集合称谓",
        period: PERIOD,
        expansions: {
          市直各相关单位: ["市司法局", "市财政局"],
          各县市区政府: ["潞州区人民政府", "襄垣县人民政府"],
        },
      });
      assert.equal(made.statusCode, 200, made.body);
      const id = (made.json() as { id: number }).id;
      const tasks = await tasksOf(id);
      assert.equal(
        tasks.filter((t) => t.unitName === "市直各相关单位" || t.unitName === "各县市区政府").length,
        0,
      );
      const expanded = tasks.filter((t) => t.collective === "各县市区政府");
      assert.equal(expanded.length, 44);
      assert.ok(expanded.every((t) => /^(潞州区|襄垣县)人民政府$/.test(t.unitName)));
      // one task per unit and measure, even when the plan names the unit and the expansion adds it
      const keys = tasks.map((t) => `${t.measureNo}/${t.unitName}`);
      assert.equal(new Set(keys).size, keys.length);
      // the unit sees the tasks it was given through 市直各相关单位
      const mine = await tasksOf(id, unit);
      assert.ok(mine.some((t) => t.collective === "市直各相关单位"));
      assert.ok(mine.every((t) => t.unitName === "市司法局"));
      assert.equal((await del(`/api/ledgers/${id}`, { confirm: true })).statusCode, 200);
    });

    test("reminders and counts are scoped to one ledger; across ledgers each names its ledger", async () => {
      const firstTasks = await tasksOf(first);
      const r = (await get(`/api/reminders?days=365&ledger=${first}`)).json() as ReminderList;
      const due = firstTasks.filter((t) => t.due && t.due <= "2026-06-01" && t.status !== "closed");
      assert.equal(r.total, due.length);
      assert.ok(r.items.every((i) => i.ledgerId === first));
      const all = (await get("/api/reminders?days=365")).json() as ReminderList;
      assert.equal(all.total, 2 * due.length, "two live ledgers");
      assert.match(all.digest, /【督办台账：.+（第 2 本）】/);
      assert.equal((all.digest.match(/【督办台账/g) ?? []).length, 2);
      const csv = await get("/api/tasks/export?format=csv&reminders=365");
      assert.ok(csv.body.startsWith("\ufeff督办台账,措施"), "a ledger column across ledgers");
      const one = await get(`/api/tasks/export?format=csv&reminders=365&ledger=${first}`);
      assert.ok(one.body.startsWith("\ufeff措施,任务"));
      // each task by its page in the app (its ledger opened at it), never its internal number
      for (const line of one.body.trim().split("\r\n").slice(1))
        assert.match(line, new RegExp(`/tasks/${first}\\?task=\\d+$`));
      const overview = (await get(`/api/ledgers/${first}/overview`)).json() as { total: number };
      assert.equal(overview.total, firstTasks.length);
    });

    test("bulk shift: selected tasks by months, all to a date, one task's override; closed ones kept; audited", async () => {
      const tasks = await tasksOf(second);
      const [a, b, c] = tasks;
      assert.equal(
        (await post(`/api/ledgers/${second}/deadlines`, { taskIds: [a.id], months: 3, reason: "" }))
          .statusCode,
        400,
      );
      assert.equal(
        (await post(`/api/ledgers/${second}/deadlines`, { months: 3, reason: "x" }, unit)).statusCode,
        403,
      );
      const moved = await post(`/api/ledgers/${second}/deadlines`, {
        taskIds: [a.id, b.id],
        months: 6,
        reason: "上级部署调整",
      });
      assert.equal(moved.statusCode, 200, moved.body);
      assert.deepEqual(moved.json(), { changed: 2, skipped: 0 });
      const after1 = await tasksOf(second);
      const byId = new Map(after1.map((t) => [t.id, t]));
      assert.equal(byId.get(a.id)?.due, a.due === "2025-12-31" ? "2026-06-30" : byId.get(a.id)?.due);
      assert.equal(byId.get(a.id)?.dueBasis, "已调整");
      assert.equal(byId.get(c.id)?.due, c.due, "an unselected task keeps its deadline");
      // one task's override, earlier than before
      const one = await post(`/api/ledgers/${second}/deadlines`, {
        taskIds: [c.id],
        to: "2025-09-30",
        reason: "提前完成",
      });
      assert.deepEqual(one.json(), { changed: 1, skipped: 0 });
      const detail = (await get(`/api/tasks/${c.id}`)).json() as {
        updates: Array<{ kind: string; text: string }>;
      };
      assert.match(detail.updates.at(-1)?.text ?? "", /→ 2025-09-30（改为 2025-09-30）：提前完成/);
      await post(`/api/tasks/${c.id}/close`, { reason: "办结" });
      const all = await post(`/api/ledgers/${second}/deadlines`, {
        taskIds: null,
        to: "2026-12-31",
        reason: "统一延至年底",
      });
      assert.equal(all.statusCode, 200, all.body);
      const { changed, skipped } = all.json() as { changed: number; skipped: number };
      assert.equal(changed + skipped, tasks.length);
      assert.ok(skipped >= 1, "the closed task is left as it is");
      const after2 = await tasksOf(second);
      assert.equal(after2.find((t) => t.id === c.id)?.due, "2025-09-30");
      assert.ok(after2.filter((t) => t.id !== c.id).every((t) => t.due === "2026-12-31"));
      const audit = await store.db
        .selectFrom("audit_log")
        .selectAll()
        .where("entity", "=", "ledger")
        .where("action", "=", "reschedule")
        .execute();
      assert.equal(audit.length, 3);
    });

    test("an archived ledger is read-only, out of the default list and reminders, and restorable", async () => {
      const [t] = await tasksOf(second);
      assert.equal((await post(`/api/ledgers/${second}/archive`, {}, unit)).statusCode, 403);
      assert.equal((await post(`/api/ledgers/${second}/archive`, {})).statusCode, 200);
      assert.equal((await post(`/api/ledgers/${second}/archive`, {})).statusCode, 409);
      const list = (await get("/api/ledgers")).json() as { items: LedgerItem[] };
      assert.deepEqual(
        list.items.map((l) => l.id),
        [first],
      );
      const withArchived = (await get("/api/ledgers?archived=1")).json() as { items: LedgerItem[] };
      assert.ok(withArchived.items.find((l) => l.id === second)?.archived);
      const all = (await get("/api/reminders?days=365")).json() as ReminderList;
      assert.ok(all.items.every((i) => i.ledgerId === first));
      assert.doesNotMatch(all.digest, /（第 2 本）/);
      // still readable, not changeable
      assert.equal((await tasksOf(second)).length > 0, true);
      const refused = await post(`/api/tasks/${t.id}/extend`, { due: "2030-01-01", reason: "延期" });
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /已归档/);
      assert.equal(
        (await post(`/api/ledgers/${second}/deadlines`, { months: 1, reason: "x" })).statusCode,
        409,
      );
      assert.equal((await post(`/api/ledgers/${second}/restore`, {})).statusCode, 200);
      assert.equal(
        (await post(`/api/tasks/${t.id}/extend`, { due: "2030-01-01", reason: "延期" })).statusCode,
        200,
      );
    });

    test("delete: the office only, with confirmation; tasks go, the audit log keeps it", async () => {
      assert.equal((await del(`/api/ledgers/${second}`, { confirm: true }, unit)).statusCode, 403);
      assert.equal((await del(`/api/ledgers/${second}`, {})).statusCode, 400);
      const res = await del(`/api/ledgers/${second}`, { confirm: true });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal((await get(`/api/ledgers/${second}/overview`)).statusCode, 404);
      const left = await store.db.selectFrom("tasks").select("id").where("ledger_id", "=", second).execute();
      assert.equal(left.length, 0);
      const entry = await store.db
        .selectFrom("audit_log")
        .selectAll()
        .where("entity", "=", "ledger")
        .where("action", "=", "delete")
        .where("entity_id", "=", String(second))
        .executeTakeFirst();
      assert.ok(entry);
      assert.equal(await ledgerCount(), 1);
    });

    test("a plan of a district whose name another shares: 市司法局 is its own city's (张家界市永定区, not 龙岩市's)", async () => {
      const { documentId: plan } = await ingestDocument(store, SYSTEM_SCOPE, {
        bytes: new Uint8Array(Buffer.from(YONGDING_PLAN)),
        name: "yongding.txt",
        options: resolveOptions(),
      });
      const made = await post("/api/ledgers", { documentId: plan });
      assert.equal(made.statusCode, 200, made.body);
      // the registry unit each task is counted under (the task keeps the name as written)
      const names = async (ledger: number) => {
        const rows = await store.db
          .selectFrom("tasks")
          .innerJoin("units", "units.key", "tasks.unit_key")
          .select(["tasks.role", "units.name"])
          .where("tasks.ledger_id", "=", ledger)
          .execute();
        return new Set(rows.map((r) => `${r.role}:${r.name}`));
      };
      assert.deepEqual(
        await names((made.json() as { id: number }).id),
        new Set(["lead:永定区司法局", "cooperate:张家界市司法局", "cooperate:永定区人民政府办公室"]),
      );
      // the same plan's record as stored before the code was kept (no meta.division): no crash,
      // and no city guessed from the shared name (龙岩市, first in the table, was taken). Its
      // 市司法局 is left unplaced, for placeUnits to put in the deployment's own city (长治市
      // here, whose plan came first), as any unit named before its area is known
      await sql`update analyses set record = (record::jsonb #- '{meta,division}')::json
        where id = (select analysis_id from documents where id = ${plan})`.execute(store.db);
      const old = await post("/api/ledgers", { documentId: plan, again: "旧记录" });
      assert.equal(old.statusCode, 200, old.body);
      const oldId = (old.json() as { id: number }).id;
      const oldNames = await names(oldId);
      assert.ok(oldNames.has("lead:永定区司法局"), [...oldNames].join("、"));
      assert.ok(!oldNames.has("cooperate:龙岩市司法局"), [...oldNames].join("、"));
      // the unplaced 市司法局 is placed while the ledger is made and its old key deleted: every
      // task still counts under a registered unit (none points at the deleted key)
      const dangling = await store.db
        .selectFrom("tasks")
        .leftJoin("units", "units.key", "tasks.unit_key")
        .select(["tasks.unit_key", "tasks.collective"])
        .where("tasks.ledger_id", "=", oldId)
        .where("units.key", "is", null)
        .where("tasks.collective", "is", null)
        .execute();
      assert.deepEqual(dangling, []);
      // placed in the deployment's own city once one is known (长治市 when the suite runs whole)
      assert.ok(
        oldNames.has("cooperate:市司法局") || oldNames.has("cooperate:长治市司法局"),
        [...oldNames].join("、"),
      );
    });

    test("a measure's term (长期坚持, 每年3月底前) is kept on its tasks and laid into a period", async () => {
      const { documentId: plan } = await ingestDocument(store, SYSTEM_SCOPE, {
        bytes: new Uint8Array(TERMS_PLAN),
        name: "terms.txt",
        options: resolveOptions(),
      });
      const asWritten = await post("/api/ledgers", { documentId: plan });
      assert.equal(asWritten.statusCode, 200, asWritten.body);
      const byNo = async (ledger: number) =>
        new Map((await tasksOf(ledger)).filter((t) => t.role === "lead").map((t) => [t.measureNo, t]));
      const written = await byNo((asWritten.json() as { id: number }).id);
      assert.deepEqual(
        [1, 2, 3].map((no) => [written.get(no)?.due, written.get(no)?.term]),
        [
          [null, "长期坚持"],
          [null, "每年3月底前"],
          ["2025-11-30", null],
        ],
      );
      const inPeriod = await post("/api/ledgers", {
        documentId: plan,
        again: "下一督办期间",
        period: { start: "2026-07-01", end: "2028-06-30" },
      });
      assert.equal(inPeriod.statusCode, 200, inPeriod.body);
      const laid = await byNo((inPeriod.json() as { id: number }).id);
      assert.deepEqual(
        [1, 2].map((no) => [laid.get(no)?.due, laid.get(no)?.dueBasis, laid.get(no)?.term]),
        [
          ["2028-06-30", "长期（期间届满）", "长期坚持"],
          ["2027-03-31", "定期（首次）", "每年3月底前"],
        ],
      );
    });
  });
}
