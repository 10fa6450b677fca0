// Units were keyed `<area name>:<agency>`, so the units of divisions sharing a name (鼓楼区司法局
// of 福州市 and of 南京市) were one row: the first registered kept its code, and an account of
// 鼓楼区司法局 saw both cities' tasks. Such units are now keyed by their division's code
// (350102:justice; plan/owners.ts `unitKey`); the units of every other area keep their keys.
// Each registered unit of a shared name's area is re-keyed here by what decides its division:
// - its tasks' plans (the plan's region_code: the division itself, or the city or district the
//   division lies in or beside, as `namedNear` reads it);
// - where no task's plan decides, the code the registry holds for it (0021, or the plan that
//   registered it).
// When everything that decides says one division, the unit is re-keyed whole — its accounts,
// tasks, seasons and rounds with it. When its tasks' plans say two (the merged unit), each such
// task goes to a unit of its own division, registered beside it; the old row keeps what nothing
// decides (its accounts, seasons, rounds, tasks of a plan whose division is not known) under its
// name, and no code: which of the two its accounts are, nobody said. Nothing is guessed; nothing
// is deleted that is still named somewhere.
// Migrations write nothing to the audit log (it records what people did); none is written here.
import { type Kysely, type Migration, sql } from "kysely";
import { unitKey } from "../../plan/owners.ts";
import { gbCode, isSharedName, namedNear } from "../../structure/regions.ts";
import type { Database } from "../schema.ts";
import { renameUnitKey } from "../units.ts";

interface OldUnit {
  key: string;
  name: string;
  area: string;
  area_code: string | null;
  agency: string | null;
}

/** A key already by code (350102:justice): written by today's registry, or re-keyed before. */
const BY_CODE = /^\d{6}:/;

export const migration: Migration = {
  async up(raw: Kysely<unknown>) {
    const db = raw as Kysely<Database>;
    const areas = (await db.selectFrom("units").select("area").distinct().execute())
      .map((r) => r.area)
      .filter(isSharedName);
    if (areas.length === 0) return;
    const units: OldUnit[] = await db
      .selectFrom("units")
      .select(["key", "name", "area", "area_code", "agency"])
      .where("area", "in", areas)
      .orderBy("key")
      .execute();
    for (const unit of units) {
      if (BY_CODE.test(unit.key)) {
        // a key by code says its division
        if (!unit.area_code)
          await db
            .updateTable("units")
            .set({ area_code: unit.key.slice(0, 6) })
            .where("key", "=", unit.key)
            .execute();
        continue;
      }
      await rekey(db, unit);
    }
  },
  // the old keys made two divisions' units one: there is nothing right to go back to
  async down() {},
};

/** One unit of a shared name's area re-keyed by what decides its division (header). */
async function rekey(db: Kysely<Database>, unit: OldUnit) {
  const tasks = await db
    .selectFrom("tasks")
    .innerJoin("ledgers", "ledgers.id", "tasks.ledger_id")
    .innerJoin("documents", "documents.id", "ledgers.document_id")
    .select(["tasks.id", "documents.region_code"])
    .where("tasks.unit_key", "=", unit.key)
    .execute();
  const byCode = new Map<string, number[]>();
  for (const t of tasks) {
    const division = t.region_code ? namedNear(unit.area, t.region_code) : undefined;
    if (!division?.code) continue;
    const code = gbCode(division.code);
    const ids = byCode.get(code);
    if (ids) ids.push(t.id);
    else byCode.set(code, [t.id]);
  }
  const codes = [...byCode.keys()];
  // a key `<area>:<agency>` names its agency where the row does not (rows written by hand)
  const agency =
    unit.agency ?? (unit.key.startsWith(`${unit.area}:`) ? unit.key.slice(unit.area.length + 1) : null);
  const keyIn = (code: string) => unitKey(unit.area, code, agency ? { agency } : { name: unit.name });
  const whole =
    codes.length === 0
      ? unit.area_code
      : codes.length === 1 && (!unit.area_code || unit.area_code === codes[0])
        ? codes[0]
        : null;
  if (whole) {
    const to = keyIn(whole);
    await copyUnit(db, unit.key, to, whole);
    await renameUnitKey(db, unit.key, { key: to, name: unit.name });
    await dropIfUnused(db, unit.key);
    return;
  }
  if (codes.length === 0) return;
  // the merged unit: each division's tasks to its own unit; the rest stays, with no code
  for (const [code, ids] of byCode) {
    const to = keyIn(code);
    await copyUnit(db, unit.key, to, code);
    for (let i = 0; i < ids.length; i += 500)
      await db
        .updateTable("tasks")
        .set({ unit_key: to })
        .where("id", "in", ids.slice(i, i + 500))
        .execute();
  }
  await db.updateTable("units").set({ area_code: null }).where("key", "=", unit.key).execute();
  await dropIfUnused(db, unit.key);
}

/** Registers the unit `from` again under `to`, of the division `code` (its names and aliases
 *  kept); a unit already there keeps its row. */
async function copyUnit(db: Kysely<Database>, from: string, to: string, code: string) {
  await sql`
    insert into units (key, name, short_name, area, area_code, level, agency, aliases, created_at)
    select ${to}, name, short_name, area, ${code}, level, agency, aliases, created_at
    from units where key = ${from}
    on conflict (key) do nothing`.execute(db);
}

/** Deletes an old key's unit when nothing names it any more (a season or round that already had
 *  the new key keeps the old one: renameUnitKey leaves it). */
export async function dropIfUnused(db: Kysely<Database>, key: string) {
  await sql`
    delete from units u where u.key = ${key}
      and not exists (select 1 from users where unit_key = ${key})
      and not exists (select 1 from tasks where unit_key = ${key})
      and not exists (select 1 from assess_appeals where unit_key = ${key})
      and not exists (select 1 from season_units where unit_key = ${key})
      and not exists (select 1 from season_submissions where unit_key = ${key})
      and not exists (select 1 from assess_units where unit_key = ${key})`.execute(db);
}
