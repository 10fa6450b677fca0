// The unit registry's rows: units are added as plans and accounts name them, and the names
// they were written under are kept as aliases (searchable, shown beside the full name).
import { type Kysely, sql } from "kysely";
import type { UnitRef } from "../plan/owners.ts";
import type { Database } from "./schema.ts";
import { soleCode } from "../structure/regions.ts";

/** Adds the units not yet registered; adds `written` names to the aliases of those that are.
 *  `areaCodes` writes each area's division code too (the registry's callers); migration 0007
 *  registers units before that column exists (0021) and leaves it out. */
export async function upsertUnits(
  db: Kysely<Database>,
  units: Array<{ unit: UnitRef; written: string[] }>,
  { areaCodes = false } = {},
): Promise<void> {
  const byKey = new Map<string, { unit: UnitRef; aliases: Set<string> }>();
  for (const { unit, written } of units) {
    const entry = byKey.get(unit.key) ?? { unit, aliases: new Set([unit.shortName, ...unit.aliases]) };
    for (const w of written) entry.aliases.add(w);
    byKey.set(unit.key, entry);
  }
  const rows = [...byKey.values()].map(({ unit, aliases }) => {
    aliases.delete(unit.name);
    const row = {
      key: unit.key,
      name: unit.name,
      short_name: unit.shortName,
      area: unit.area,
      level: unit.level,
      agency: unit.agency,
      aliases: JSON.stringify([...aliases]),
    };
    // a shared name (鼓楼区) has a code only where the plan's record said which division
    return areaCodes ? { ...row, area_code: unit.areaCode ?? (unit.area ? soleCode(unit.area) : null) } : row;
  });
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto("units")
      .values(rows.slice(i, i + 200))
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({
          // the aliases already recorded, then the new ones (no duplicates)
          // a unit registered before its area's code was known learns it
          ...(areaCodes ? { area_code: sql`coalesce(units.area_code, excluded.area_code)` } : {}),
          aliases: sql`(select coalesce(jsonb_agg(distinct a), '[]'::jsonb) from jsonb_array_elements_text(units.aliases || excluded.aliases) a)`,
        }),
      )
      .execute();
}

/** One unit's key (and name) changed everywhere a unit is keyed: accounts, tasks, seasons, assessments. */
export async function renameUnitKey(db: Kysely<Database>, from: string, to: { key: string; name: string }) {
  await db
    .updateTable("users")
    .set({ unit_key: to.key, unit_name: to.name })
    .where("unit_key", "=", from)
    .execute();
  await db.updateTable("tasks").set({ unit_key: to.key }).where("unit_key", "=", from).execute();
  await db.updateTable("assess_appeals").set({ unit_key: to.key }).where("unit_key", "=", from).execute();
  // tables where a unit appears once per season or round: a key already taken stays as it was
  for (const [table, per] of [
    ["season_units", "season_id"],
    ["season_submissions", "season_id"],
    ["assess_units", "round_id"],
  ] as const)
    await sql`update ${sql.table(table)} t set unit_key = ${to.key} where unit_key = ${from}
      and not exists (select 1 from ${sql.table(table)} o where o.${sql.ref(per)} = t.${sql.ref(per)} and o.unit_key = ${to.key})`.execute(
      db,
    );
}
