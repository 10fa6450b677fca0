// Results of a round: each unit's total and first-level subtotals (effective points: appeal
// decisions included), the ranking, the distribution of score rates and the change on the
// previous year's round of the same system. The public sees published rounds, without items.
import {
  type ItemScore,
  type IndicatorSystem,
  leaves,
  summarise,
  type UnitScore,
} from "../../assess/index.ts";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { notFound } from "../errors.ts";
import { effective } from "./items.ts";
import { type Db, loadRound, type RoundRow, seesDrafts, visibleUnits } from "./rows.ts";

export interface UnitResult {
  unitId: number;
  unitKey: string;
  unitName: string;
  documentId: number | null;
  /** the report's naming fields, for its title on screen (null for the public, who may not see it) */
  document: ReportRef | null;
  rank: number;
  total: number;
  max: number;
  score: UnitScore;
  /** item ids by code, for the trace view */
  itemIds: Record<string, number>;
  previousTotal: number | null;
}

export interface ReportRef {
  title: string | null;
  region: string | null;
  year: number | null;
  kind: string;
}

/** The units' reports by id: the officer sees which report each unit is scored on. */
async function reportRefs(db: Db, ids: number[]): Promise<Map<number, ReportRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("documents")
    .select(["id", "title", "region", "year", "kind"])
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map(({ id, ...ref }) => [id, ref]));
}

async function unitScores(db: Db, round: RoundRow, unitIds: number[]) {
  if (unitIds.length === 0) return new Map<number, { score: UnitScore; ids: Record<string, number> }>();
  const rows = await db
    .selectFrom("assess_items")
    .selectAll()
    .where("unit_id", "in", unitIds)
    .orderBy("id")
    .execute();
  const names = new Map(leaves(round.system).map((l) => [l.node.code, l]));
  const byUnit = new Map<number, typeof rows>();
  for (const r of rows) byUnit.set(r.unit_id, [...(byUnit.get(r.unit_id) ?? []), r]);
  const out = new Map<number, { score: UnitScore; ids: Record<string, number> }>();
  for (const id of unitIds) {
    const items: ItemScore[] = (byUnit.get(id) ?? []).map((r) => ({
      code: r.code,
      name: names.get(r.code)?.node.name ?? r.code,
      path: names.get(r.code)?.path ?? [],
      method: r.method,
      max: r.max,
      points: effective(r),
      status: r.override ? "scored" : r.status,
      explanation: r.override
        ? `申诉采纳后 ${r.override.points} 分（原 ${r.points} 分）：${r.override.reason}`
        : r.explanation,
      inputs: r.inputs,
      evidence: r.evidence,
    }));
    out.set(id, {
      score: summarise(round.system, items),
      ids: Object.fromEntries((byUnit.get(id) ?? []).map((r) => [r.code, r.id])),
    });
  }
  return out;
}

/** Totals of the same system's round for the year before, by unit key. */
async function previousTotals(db: Db, scope: Scope, round: RoundRow): Promise<Map<string, number>> {
  let q = db
    .selectFrom("assess_rounds")
    .innerJoin("assess_systems", "assess_systems.id", "assess_rounds.system_id")
    .select("assess_rounds.id")
    .where("assess_systems.key", "=", round.system_key)
    .where("assess_rounds.year", "=", round.year - 1)
    .orderBy("assess_rounds.id", "desc");
  if (!seesDrafts(scope)) q = q.where("assess_rounds.status", "=", "published");
  const prev = await q.executeTakeFirst();
  if (!prev) return new Map();
  const prevRound = await loadRound(db, scope, prev.id).catch(() => null);
  if (!prevRound) return new Map();
  const units = await visibleUnits(db, scope, prev.id);
  const scores = await unitScores(
    db,
    prevRound,
    units.map((u) => u.id),
  );
  return new Map(units.map((u) => [u.unit_key, scores.get(u.id)?.score.total ?? 0]));
}

const BUCKETS = [
  { label: "60%以下", from: 0, to: 60 },
  { label: "60%–70%", from: 60, to: 70 },
  { label: "70%–80%", from: 70, to: 80 },
  { label: "80%–90%", from: 80, to: 90 },
  { label: "90%以上", from: 90, to: 100.0001 },
];

export async function roundResults(store: Store, scope: Scope, roundId: number) {
  const round = await loadRound(store.db, scope, roundId);
  const units = await visibleUnits(store.db, scope, roundId);
  const scores = await unitScores(
    store.db,
    round,
    units.map((u) => u.id),
  );
  const previous = await previousTotals(store.db, scope, round);
  const reports = seesDrafts(scope)
    ? await reportRefs(store.db, [
        ...new Set(units.flatMap((u) => (u.document_id === null ? [] : [u.document_id]))),
      ])
    : new Map<number, ReportRef>();
  const results: UnitResult[] = units
    .map((u) => {
      const s = scores.get(u.id) as { score: UnitScore; ids: Record<string, number> };
      return {
        unitId: u.id,
        unitKey: u.unit_key,
        unitName: u.unit_name,
        documentId: u.document_id,
        document: u.document_id === null ? null : (reports.get(u.document_id) ?? null),
        rank: 0,
        total: s.score.total,
        max: s.score.max,
        score: s.score,
        itemIds: s.ids,
        previousTotal: previous.get(u.unit_key) ?? null,
      };
    })
    .sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, "zh"));
  // equal totals share a rank
  results.forEach((r, k) => {
    r.rank = k > 0 && results[k - 1].total === r.total ? results[k - 1].rank : k + 1;
  });
  const distribution = BUCKETS.map((b) => ({
    label: b.label,
    count: results.filter((r) => {
      const rate = r.max ? (100 * r.total) / r.max : 0;
      return rate >= b.from && rate < b.to;
    }).length,
  }));
  // the public sees totals and first-level subtotals, not items and their evidence
  if (!seesDrafts(scope))
    for (const r of results) {
      r.score = { ...r.score, items: [], tree: r.score.tree.map((n) => ({ ...n, children: [] })) };
      r.itemIds = {};
    }
  return { round, system: round.system as IndicatorSystem, results, distribution };
}

/** One unit's full score with items and evidence (the traceability view). */
export async function unitResult(store: Store, scope: Scope, roundId: number, unitId: number) {
  requirePermission(scope, "assess:read");
  const { round, results } = await roundResults(store, scope, roundId);
  const result = results.find((r) => r.unitId === unitId);
  if (!result) throw notFound("参评单位", "unit");
  return { round, result };
}
