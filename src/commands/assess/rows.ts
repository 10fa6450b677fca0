// Loading rounds, units and items as the caller may see them. Visibility is applied here, once:
// a unit sees the rounds it is in and only its own row; the public sees published rounds only.
import type { Selectable, Transaction } from "kysely";
import type { IndicatorSystem } from "../../assess/index.ts";
import type { Store } from "../../store/db.ts";
import type { AssessRoundTable, AssessUnitTable, Database } from "../../store/schema.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { conflict, notFound } from "../errors.ts";
import { unitLabels } from "../../labels.ts";
import { registerRows } from "../units/registry.ts";

export type Db = Store["db"] | Transaction<Database>;
export type RoundRow = Selectable<AssessRoundTable> & { system: IndicatorSystem; system_key: string };
export type UnitRow = Selectable<AssessUnitTable>;

/** Staff see every round; the public only published ones. */
export const seesDrafts = (scope: Scope) => scope.documents === "all";

/** A round the scope may read, with its system; `forUpdate` locks the row for a state change. */
export async function loadRound(db: Db, scope: Scope, roundId: number, forUpdate = false): Promise<RoundRow> {
  let q = db
    .selectFrom("assess_rounds")
    .innerJoin("assess_systems", "assess_systems.id", "assess_rounds.system_id")
    .selectAll("assess_rounds")
    .select(["assess_systems.definition as system", "assess_systems.key as system_key"])
    .where("assess_rounds.id", "=", roundId);
  if (forUpdate) q = q.forUpdate("assess_rounds");
  const round = await q.executeTakeFirst();
  if (!round) throw notFound("评估轮次", "assessment round");
  if (round.status === "published") return round;
  // drafts: staff only, and a unit only when it is in the round
  if (!seesDrafts(scope)) throw notFound("评估轮次", "assessment round");
  requirePermission(scope, "assess:read");
  if (scope.unit) {
    const mine = await db
      .selectFrom("assess_units")
      .select("id")
      .where("round_id", "=", roundId)
      .where("unit_key", "=", scope.unit.key)
      .executeTakeFirst();
    if (!mine) throw notFound("评估轮次", "assessment round");
  }
  return round;
}

/** The units of a round the scope may see: a unit only itself. */
export async function visibleUnits(db: Db, scope: Scope, roundId: number): Promise<UnitRow[]> {
  let q = db.selectFrom("assess_units").selectAll().where("round_id", "=", roundId).orderBy("id");
  if (scope.unit) q = q.where("unit_key", "=", scope.unit.key);
  // named as the unit register names them, as the season is; two units of one name in different
  // divisions (鼓楼区司法局 of 福州市 and of 南京市) each with its city, as every list names them
  const units = await q.execute();
  const registered = await registerRows(
    db,
    units.map((u) => u.unit_key),
  );
  const named = units.map((u) => {
    const r = registered.get(u.unit_key);
    // a unit not registered keyed by its division's code (350102:justice) says its division too
    const code = r?.area_code ?? KEY_CODE.exec(u.unit_key)?.[1] ?? null;
    return { ...u, unit_name: r?.name ?? u.unit_name, area_code: code };
  });
  const label = unitLabels(named.map((u) => ({ name: u.unit_name, area_code: u.area_code })));
  return named.map(({ area_code, ...u }) => ({ ...u, unit_name: label({ name: u.unit_name, area_code }) }));
}

const KEY_CODE = /^(\d{6}):/;

export function requireOpen(round: RoundRow): void {
  if (round.status !== "open")
    throw conflict("round_locked", "该评估轮次已定稿，不能再修改", "the round is finalised and locked");
}

/** An item with its unit and round, visible to the scope. An item is never public, not even
 *  in a published round (the public sees totals): its evidence, inputs and appeals are staff's
 *  and its unit's, so the permission is checked here and not left to the route. */
export async function loadItem(db: Db, scope: Scope, itemId: number, forUpdate = false) {
  requirePermission(scope, "assess:read");
  let q = db
    .selectFrom("assess_items")
    .innerJoin("assess_units", "assess_units.id", "assess_items.unit_id")
    .selectAll("assess_items")
    .select(["assess_units.unit_key", "assess_units.unit_name", "assess_units.document_id"])
    .where("assess_items.id", "=", itemId);
  if (forUpdate) q = q.forUpdate("assess_items");
  const item = await q.executeTakeFirst();
  if (!item) throw notFound("评分项", "item");
  const round = await loadRound(db, scope, item.round_id);
  if (scope.unit && scope.unit.key !== item.unit_key) throw notFound("评分项", "item");
  return { item, round };
}
