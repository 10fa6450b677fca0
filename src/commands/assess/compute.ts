// Scoring a round's units and storing the items. Recomputing compares each item with what is
// stored: an item whose points change is logged (assess_item_changes) and audited.
import { scoreUnit } from "../../assess/index.ts";
import { audit } from "../audit/audit.ts";
import { today } from "../tasks/tasks.ts";
import type { Store } from "../../store/db.ts";
import type { ChangeCause, ItemEntry } from "../../store/schema.ts";
import { actorId, requirePermission, type Scope } from "../access/scope.ts";
import { gatherInputs } from "./inputs.ts";
import { type Db, loadRound, type RoundRow, requireOpen, type UnitRow } from "./rows.ts";

/** Score one unit and store its items; returns how many items' points changed. */
export async function computeUnit(
  db: Db,
  scope: Scope,
  round: RoundRow,
  unit: UnitRow,
  cause: ChangeCause,
  now = new Date(),
): Promise<number> {
  const stored = await db.selectFrom("assess_items").selectAll().where("unit_id", "=", unit.id).execute();
  const byCode = new Map(stored.map((i) => [i.code, i]));
  const entries = new Map<string, ItemEntry>();
  for (const i of stored) if (i.entry) entries.set(i.code, i.entry);
  const inputs = await gatherInputs(db, round, unit, entries, today(now));
  const score = scoreUnit(round.system, inputs);
  let changed = 0;
  for (const item of score.items) {
    const values = {
      method: item.method,
      max: item.max,
      points: item.points,
      status: item.status,
      explanation: item.explanation,
      inputs: JSON.stringify(item.inputs),
      evidence: JSON.stringify(item.evidence),
    };
    const before = byCode.get(item.code);
    if (!before) {
      const row = await db
        .insertInto("assess_items")
        .values({ ...values, round_id: round.id, unit_id: unit.id, code: item.code })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db
        .insertInto("assess_item_changes")
        .values({
          item_id: row.id,
          cause: "computed",
          points_before: null,
          points_after: item.points,
          user_id: actorId(scope),
        })
        .execute();
      continue;
    }
    const same =
      before.points === item.points &&
      before.status === item.status &&
      before.explanation === item.explanation &&
      JSON.stringify(before.evidence) === values.evidence;
    if (same) continue;
    await db
      .updateTable("assess_items")
      .set({ ...values, updated_at: now })
      .where("id", "=", before.id)
      .execute();
    if (before.points !== item.points) {
      changed++;
      await db
        .insertInto("assess_item_changes")
        .values({
          item_id: before.id,
          cause,
          points_before: before.points,
          points_after: item.points,
          note: item.explanation,
          user_id: actorId(scope),
        })
        .execute();
      await audit(
        db,
        scope.caller,
        `assess.item.${cause}`,
        "assess_item",
        before.id,
        { points: before.points, explanation: before.explanation },
        { points: item.points, explanation: item.explanation },
      );
    }
  }
  return changed;
}

/** Recompute every unit of an open round from its current sources (documents, ledger, entries). */
export async function recomputeRound(
  store: Store,
  scope: Scope,
  roundId: number,
  now = new Date(),
): Promise<{ units: number; changed: number }> {
  requirePermission(scope, "assess:manage");
  return store.db.transaction().execute(async (trx) => {
    const round = await loadRound(trx, scope, roundId, true);
    requireOpen(round);
    const units = await trx.selectFrom("assess_units").selectAll().where("round_id", "=", roundId).execute();
    let changed = 0;
    for (const unit of units) changed += await computeUnit(trx, scope, round, unit, "recomputed", now);
    await trx.updateTable("assess_rounds").set({ computed_at: now }).where("id", "=", roundId).execute();
    return { units: units.length, changed };
  });
}

/** Every open round recomputed: the background job's work when sources may have changed. */
export async function recomputeOpenRounds(store: Store, scope: Scope, now = new Date()) {
  requirePermission(scope, "assess:manage");
  const open = await store.db.selectFrom("assess_rounds").select("id").where("status", "=", "open").execute();
  let changed = 0;
  for (const { id } of open) changed += (await recomputeRound(store, scope, id, now)).changed;
  return { rounds: open.length, changed };
}
