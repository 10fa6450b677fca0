// A round from end to end through the commands, on the embedded database: two departments
// scored with the department sheet, a manual entry, a recompute after the ledger changed
// (logged), an appeal accepted, finalising locks, publishing opens the results to the public.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { resolveOptions } from "../../pipeline.ts";
import { ingestDocument } from "../documents/ingest.ts";
import { openStore, type Store } from "../../store/db.ts";
import { loadRecord } from "../../store/records.ts";
import type { Role } from "../../store/schema.ts";
import { type Caller, SYSTEM_SCOPE, type Scope, scopeOf } from "../access/scope.ts";
import { DomainError } from "../errors.ts";
import { listAudit } from "../audit/audit.ts";
import { auditSentence } from "../../labels.ts";
import {
  advanceRound,
  createRound,
  decideAppeal,
  enterItem,
  evidenceFile,
  fileAppeal,
  listRounds,
  recomputeRound,
  roundResults,
  saveSystem,
  traceItem,
} from "./index.ts";

const REPORT = (unit: string, rate: string) =>
  [
    `${unit}2024年法治政府建设年度报告`,
    "一、主要举措和成效",
    `严格落实执法公示制度、全过程记录制度和法制审核制度。行政机关负责人出庭应诉率为${rate}。`,
    "开展行政执法案卷评查,组织执法人员培训,执法证件全部年审。",
    "主要负责人切实履行推进法治建设第一责任人职责。",
    "二、存在的不足和原因",
    "依法行政意识有待进一步提高。",
    "三、2025年工作安排",
    "2025年,我局将继续推进法治政府建设。",
  ].join("\n");

const caller = (id: number, role: Role, unit: string | null = null): Caller => ({
  id,
  username: `u${id}`,
  displayName: `用户${id}`,
  role,
  unitName: unit,
  unitKey: unit,
});

const rejects = async (p: Promise<unknown>, code: string) =>
  assert.rejects(p, (e: unknown) => e instanceof DomainError && e.code === code);

describe("assessment rounds", () => {
  let store: Store;
  let coordinator: Scope;
  let evaluator: Scope;
  let sfj: Scope;
  let fgw: Scope;
  let publicScope: Scope;
  let roundId: number;
  const docs: number[] = [];

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    const options = resolveOptions();
    for (const [unit, rate] of [
      ["市司法局", "95%"],
      ["市发改委", "70%"],
    ]) {
      const bytes = new Uint8Array(Buffer.from(REPORT(unit, rate)));
      docs.push(
        (await ingestDocument(store, SYSTEM_SCOPE, { bytes, name: `${unit}.txt`, options })).documentId,
      );
    }
    const ids: number[] = [];
    for (const [name, role] of [
      ["coord", "coordinator"],
      ["eval", "evaluator"],
      ["sfj", "unit"],
      ["fgw", "unit"],
    ] as const) {
      const row = await store.db
        .insertInto("users")
        .values({ username: name, display_name: name, role, password_hash: "x" })
        .returning("id")
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    coordinator = scopeOf(caller(ids[0], "coordinator"));
    evaluator = scopeOf(caller(ids[1], "evaluator"));
    // a unit's key as the platform derives it from the unit's name
    const { resolveUnit, unitKey } = await import("../../plan/units.ts");
    sfj = scopeOf({ ...caller(ids[2], "unit", "市司法局"), unitKey: unitKey(resolveUnit("市司法局")) });
    fgw = scopeOf({ ...caller(ids[3], "unit", "市发改委"), unitKey: unitKey(resolveUnit("市发改委")) });
    publicScope = scopeOf(null);
    // the 2024 report season: 市司法局 submitted on time and published late; 市发改委 is not in it
    const season = await store.db
      .insertInto("seasons")
      .values({
        year: 2024,
        title: "2024年度报告",
        submit_deadline: "2025-03-01",
        publish_deadline: "2025-04-01",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await store.db
      .insertInto("season_units")
      .values({
        season_id: season.id,
        unit_key: unitKey(resolveUnit("市司法局")),
        unit_name: "市司法局",
        published_on: "2025-04-10",
      })
      .execute();
    const { id: analysisId } = await store.db
      .selectFrom("analyses")
      .select("id")
      .where("document_id", "=", docs[0])
      .executeTakeFirstOrThrow();
    const record = await loadRecord(store.db, analysisId);
    assert.ok(record);
    await store.db
      .insertInto("season_submissions")
      .values({
        season_id: season.id,
        unit_key: unitKey(resolveUnit("市司法局")),
        version: 1,
        name: "报告.txt",
        sha256: "x",
        format: "txt",
        text: record.text,
        record: JSON.stringify(record),
        submitted_at: "2025-02-20T02:00:00Z",
      })
      .execute();
    const ledger = await store.db
      .insertInto("ledgers")
      .values({ document_id: docs[0], title: "台账" })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const [title, unit, status] of [
      ["任务一", "市司法局", "closed"],
      ["任务二", "市司法局", "open"],
      ["任务三", "市发改委", "closed"],
    ] as const)
      await store.db
        .insertInto("tasks")
        .values({
          ledger_id: ledger.id,
          title,
          unit_name: unit,
          unit_key: unitKey(resolveUnit(unit)),
          role: "lead",
          due: "2024-06-30",
          status,
          closed_at: status === "closed" ? "2024-05-01" : null,
        })
        .execute();
  });
  after(() => store?.close());

  test("only the coordinator creates a round; it is scored at once from the reports and the ledger", async () => {
    const input = {
      system: "dept-kaohe",
      year: 2024,
      units: [
        { name: "市司法局", documentId: docs[0] },
        { name: "市发改委" }, // its report is found by name and year
      ],
    };
    await rejects(createRound(store, evaluator, input), "forbidden");
    roundId = (await createRound(store, coordinator, input, new Date("2025-02-01"))).id;
    const { results } = await roundResults(store, coordinator, roundId);
    assert.deepEqual(results.map((r) => [r.unitName, r.documentId]).sort(), [
      ["市发改委", docs[1]],
      ["市司法局", docs[0]],
    ]);
    assert.deepEqual(
      results.map((r) => r.rank),
      [1, 2],
    );
    assert.ok(results[0].total >= results[1].total);
    const d1 = (name: string) =>
      results.find((r) => r.unitName === name)?.score.items.find((i) => i.code === "D1");
    assert.equal(d1("市司法局")?.points, 8); // 95% ≥ 90%
    assert.equal(d1("市发改委")?.points, 4); // 70%: half way between 50% and 90%
    const e1 = results.find((r) => r.unitName === "市司法局")?.score.items.find((i) => i.code === "E1");
    assert.equal(e1?.status, "scored");
    // the report season: submitted on time (4 points), published late (0); a unit outside the season has no evidence
    const item = (name: string, code: string) =>
      results.find((r) => r.unitName === name)?.score.items.find((i) => i.code === code);
    assert.equal(item("市司法局", "A3")?.points, 4);
    assert.equal(item("市司法局", "A4")?.points, 0);
    assert.match(item("市司法局", "A4")?.explanation ?? "", /2025-04-10 公开，时限 2025-04-01：逾期/);
    assert.equal(item("市发改委", "A3")?.status, "no_evidence");
    assert.equal(results[0].score.items.find((i) => i.code === "F2")?.status, "pending");
  });

  test("a unit sees only its own scores; the public sees nothing before publication", async () => {
    const mine = await roundResults(store, sfj, roundId);
    assert.deepEqual(
      mine.results.map((r) => r.unitName),
      ["市司法局"],
    );
    assert.equal((await listRounds(store, sfj, { page: 1, pageSize: 20 })).total, 1);
    assert.equal((await listRounds(store, publicScope, { page: 1, pageSize: 20 })).total, 0);
    await rejects(roundResults(store, publicScope, roundId), "not_found");
    const other = mine.results[0].itemIds.D1;
    const theirs = (await roundResults(store, coordinator, roundId)).results.find(
      (r) => r.unitName === "市发改委",
    );
    await rejects(traceItem(store, sfj, theirs?.itemIds.D1 ?? 0), "not_found");
    assert.ok((await traceItem(store, sfj, other)).item.evidence.length > 0);
  });

  test("an evaluator enters a manual item with a reason and a passage; the quote is the document's text", async () => {
    const { results } = await roundResults(store, coordinator, roundId);
    const ids = results.find((r) => r.unitName === "市司法局")?.itemIds ?? {};
    const f2 = ids.F2;
    await rejects(
      enterItem(store, evaluator, f2, { kind: "manual", points: 9, reason: "x", evidence: [] }),
      "points_range",
    );
    await enterItem(store, evaluator, f2, {
      kind: "manual",
      points: 4,
      reason: "执法公示做法有特色",
      evidence: [{ kind: "span", documentId: docs[0], start: 25, end: 31, quote: "ignored" }],
    });
    const trace = await traceItem(store, coordinator, f2);
    assert.equal(trace.item.points, 4);
    const span = trace.item.evidence.find((e) => e.kind === "span");
    const { text } = await store.db
      .selectFrom("documents")
      .select("text")
      .where("id", "=", docs[0])
      .executeTakeFirstOrThrow();
    assert.equal(span?.kind === "span" && span.quote, text.slice(25, 31));
    assert.deepEqual(
      trace.changes.map((c) => c.cause),
      ["computed", "entered"],
    );
    // an automatic item cannot be entered by hand
    await rejects(enterItem(store, evaluator, ids.E1, { kind: "survey", value: 80 }), "not_entered");
  });

  test("recomputing after a source changed logs the change with the rule's explanation", async () => {
    await store.db
      .updateTable("tasks")
      .set({ status: "closed", closed_at: "2024-06-01" })
      .where("title", "=", "任务二")
      .execute();
    const { changed } = await recomputeRound(store, SYSTEM_SCOPE, roundId, new Date("2025-02-02"));
    assert.ok(changed >= 1);
    const { results } = await roundResults(store, coordinator, roundId);
    const e1 = results.find((r) => r.unitName === "市司法局")?.itemIds.E1 ?? 0;
    const trace = await traceItem(store, coordinator, e1);
    assert.equal(trace.item.points, 12);
    const last = trace.changes.at(-1);
    assert.equal(last?.cause, "recomputed");
    assert.match(last?.note ?? "", /完成率 100%/);
    const audited = await store.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "assess.item.recomputed")
      .execute();
    assert.ok(audited.length >= 1);
    // the log names the item by its unit and code, not by its row number
    const admin = scopeOf({
      id: 0,
      username: "admin",
      displayName: "管理员",
      role: "admin",
      unitName: null,
      unitKey: null,
    });
    const log = await listAudit(store, admin, { page: 1, pageSize: 200 });
    const entry = log.items.find((e) => e.action === "assess.item.recomputed" && e.entity_id === String(e1));
    assert.match(
      auditSentence(entry ?? assert.fail("no entry")),
      /^系统 重新计算了评分项「市司法局 E1」的评分/,
    );
    // nothing changed: nothing logged
    assert.equal((await recomputeRound(store, SYSTEM_SCOPE, roundId, new Date("2025-02-02"))).changed, 0);
  });

  test("an archived ledger's tasks count in no score: completion rate and overdue use live ledgers", async () => {
    const archived = await store.db
      .insertInto("ledgers")
      .values({ document_id: docs[1], title: "旧台账", archived_at: "2025-01-10T02:00:00Z" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await store.db
      .insertInto("tasks")
      .values({
        ledger_id: archived.id,
        title: "旧任务",
        unit_name: "市司法局",
        unit_key: (
          await store.db
            .selectFrom("tasks")
            .select("unit_key")
            .where("title", "=", "任务一")
            .executeTakeFirstOrThrow()
        ).unit_key,
        role: "lead",
        due: "2024-03-31",
      })
      .execute();
    await recomputeRound(store, SYSTEM_SCOPE, roundId, new Date("2025-02-03"));
    const { results } = await roundResults(store, coordinator, roundId);
    const e1 = results.find((r) => r.unitName === "市司法局")?.score.items.find((i) => i.code === "E1");
    assert.equal(e1?.points, 12, e1?.explanation);
    assert.ok(!(e1?.evidence ?? []).some((e) => e.kind === "task" && e.title === "旧任务"));
    // restored, the ledger counts again
    await store.db.updateTable("ledgers").set({ archived_at: null }).where("id", "=", archived.id).execute();
    await recomputeRound(store, SYSTEM_SCOPE, roundId, new Date("2025-02-04"));
    const again = (await roundResults(store, coordinator, roundId)).results
      .find((r) => r.unitName === "市司法局")
      ?.score.items.find((i) => i.code === "E1");
    assert.ok((again?.points ?? 12) < 12, again?.explanation);
    await store.db
      .updateTable("ledgers")
      .set({ archived_at: new Date() })
      .where("id", "=", archived.id)
      .execute();
    await recomputeRound(store, SYSTEM_SCOPE, roundId, new Date("2025-02-05"));
  });
  test("a unit appeals its own item; the coordinator accepts with points; the ranking follows", async () => {
    const { results } = await roundResults(store, fgw, roundId);
    const d1 = results[0].itemIds.D1;
    await rejects(fileAppeal(store, sfj, d1, { reason: "我们不服这个分数", evidence: [] }), "not_found");
    const appeal = await fileAppeal(store, fgw, d1, { reason: "出庭应诉率应按全年计算为92%", evidence: [] });
    await rejects(fileAppeal(store, fgw, d1, { reason: "再次申诉一下", evidence: [] }), "appeal_pending");
    await rejects(advanceRound(store, coordinator, roundId, "finalise"), "appeals_pending");
    await rejects(
      decideAppeal(store, evaluator, appeal.id, { accept: true, points: 8, comment: "同意" }),
      "forbidden",
    );
    await decideAppeal(store, coordinator, appeal.id, {
      accept: true,
      points: 8,
      comment: "核实全年数据,予以采纳",
    });
    const trace = await traceItem(store, fgw, d1);
    assert.equal(trace.item.effective, 8);
    assert.equal(trace.appeals[0].status, "accepted");
    assert.equal(trace.changes.at(-1)?.cause, "appeal");
    const after = await roundResults(store, coordinator, roundId);
    assert.equal(
      after.results.find((r) => r.unitName === "市发改委")?.score.items.find((i) => i.code === "D1")?.points,
      8,
    );
  });

  test("finalising locks the round; publishing shows totals, not evidence, to the public", async () => {
    await rejects(advanceRound(store, coordinator, roundId, "publish"), "round_state");
    await advanceRound(store, coordinator, roundId, "finalise");
    const { results } = await roundResults(store, coordinator, roundId);
    await rejects(
      enterItem(store, evaluator, results[0].itemIds.F2, {
        kind: "manual",
        points: 1,
        reason: "改分",
        evidence: [],
      }),
      "round_locked",
    );
    await rejects(recomputeRound(store, SYSTEM_SCOPE, roundId), "round_locked");
    await advanceRound(store, coordinator, roundId, "publish");
    const pub = await roundResults(store, publicScope, roundId);
    assert.equal(pub.results.length, 2);
    assert.equal(pub.results[0].score.items.length, 0);
    assert.equal(pub.results[0].score.tree.length, 6);
    // an item's trace (its evidence, inputs and appeals) and its files stay with those who may
    // read assessments, published or not: the command refuses them itself, not just the route
    const item = results[0].itemIds.D1;
    await rejects(traceItem(store, publicScope, item), "login_required");
    await rejects(evidenceFile(store, publicScope, item, "0".repeat(64)), "login_required");
    assert.ok(
      (await traceItem(store, sfj, (await roundResults(store, sfj, roundId)).results[0].itemIds.D1)).item,
    );
    const actions = await store.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "assess_round")
      .execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ["assess.round.create", "assess.round.finalise", "assess.round.publish"],
    );
  });

  test("a coordinator saves a new version of a system; a version is never overwritten", async () => {
    const { shippedSystems } = await import("../../assess/index.ts");
    const mine = { ...shippedSystems().get("dept-kaohe"), version: "2025.1" };
    await rejects(saveSystem(store, evaluator, mine), "forbidden");
    await rejects(saveSystem(store, coordinator, { ...mine, total: 90 }), "invalid_system");
    assert.equal((await saveSystem(store, coordinator, mine)).version, "2025.1");
    await rejects(saveSystem(store, coordinator, mine), "version_exists");
  });
});
