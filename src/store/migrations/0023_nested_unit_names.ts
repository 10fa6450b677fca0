// A unit named with its city before its district (福州市台江区司法局) was registered, before plans
// read such names as the district's (engine of migration 0022), under its full name as written:
// key "福州市台江区司法局", area 福州市, no agency. A plan naming 台江区司法局 (or the full name,
// read today) now resolves to 台江区:justice — for a district whose name is shared, by its code
// (福州市鼓楼区司法局 → 350102:justice) — so the one unit stood twice in the registry, its tasks
// and accounts split between the two. Each such row is re-keyed here to the key today's plans give
// it: merged into that unit when it is registered (accounts, tasks, appeals, seasons and rounds
// with it; its names become the unit's aliases), else re-keyed in place (its full name kept).
// Only where the name decides the key: the divisions it opens with are each within the one
// before by their codes (GB/T 2260), the innermost is one division, and what follows is a unit.
// Any other row is left as it is.
// Then the accounts 0022 left on a unit of a shared name with no division (鼓楼区:justice, which
// held two cities' tasks), seeing no city's tasks: where the registry holds that unit in one
// division only, the account is moved to it; else the admin chooses (the account list says so).
// Migrations write nothing to the audit log.
//
// Self-contained: it reads the division and agency tables (data) but none of today's reading code,
// which may change after this migration has shipped; the names it reads are the plain ones
// (full division names, one after another), and a name it is unsure of is left alone.
import { type Kysely, type Migration, sql } from "kysely";
import { AGENCIES } from "../../rules/agencies.ts";
import rows from "../../rules/regions.json" with { type: "json" };
import type { Database } from "../schema.ts";
// a shipped migration's own helper: frozen as this one is
import { dropIfUnused } from "./0022_unit_division_keys.ts";

interface Division {
  name: string;
  level: string;
  /** six digits */
  code: string;
  /** six digits; "" for a province */
  parentCode: string;
}

const six = (code: string) => code.padEnd(6, "0");
const ROWS = rows as Array<[string, string, string, string]>;
const NAMED_CODE = new Set(ROWS.map(([name, , code]) => `${name}|${code}`));
const BY_NAME = new Map<string, Division[]>();
const BY_CODE = new Map<string, Division>();
for (const [name, level, code, parent] of ROWS) {
  // a parent's code is the longest prefix of its child's that is the parent's (a Beijing
  // district's parent is the province, 11)
  const up = [4, 2].find((n) => n < code.length && NAMED_CODE.has(`${parent}|${code.slice(0, n)}`));
  const division = { name, level, code: six(code), parentCode: up ? six(code.slice(0, up)) : "" };
  // a city listed again as its own county (东莞市 441900) is the city
  if (parent === name) continue;
  BY_NAME.set(name, [...(BY_NAME.get(name) ?? []), division]);
  if (!BY_CODE.has(division.code)) BY_CODE.set(division.code, division);
}
// names that are also ordinary words (城区, 郊区): plans' names never read them as places
const WORDS = /^(城区|郊区|矿区|[东西南北中]区|新城区|老城区|市中区|城中区)$/;

const AGENCY = new Map<string, string>();
for (const a of AGENCIES) for (const alias of [a.name, ...a.aliases]) AGENCY.set(alias, a.id);
const agencyOf = (rest: string) =>
  AGENCY.get(rest) ?? (rest.startsWith("委") ? undefined : AGENCY.get(`委${rest}`));

const above = (d: Division) => (d.parentCode ? BY_CODE.get(d.parentCode) : undefined);

/** The division `inner` names within `outer` (its parent or the parent's parent): one, or none. */
function within(outer: Division, name: string): Division | undefined {
  const hits = (BY_NAME.get(name) ?? []).filter((d) => {
    const parent = above(d);
    return parent?.code === outer.code || (parent && above(parent)?.code === outer.code);
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/** The division at the start of `name` from `at`: the shortest full name there (福州市, not a
 *  longer name that happens to begin the same way), with its end. */
function nameAt(name: string, at: number): { name: string; end: number } | undefined {
  for (let end = at + 3; end <= Math.min(name.length, at + 12); end++) {
    const word = name.slice(at, end);
    if (BY_NAME.has(word) && !WORDS.test(word)) return { name: word, end };
  }
  return undefined;
}

/** The key today's plans give a unit written `name`, when its name opens with two or more
 *  divisions, each within the one before; undefined when the name does not decide it. */
export function nestedKey(name: string): { key: string; division: Division; rest: string } | undefined {
  const first = nameAt(name, 0);
  const outer = first && BY_NAME.get(first.name);
  // the outermost name must be one division (福州市; 鼓楼区 first says no city)
  if (!first || !outer || outer.length !== 1) return undefined;
  let division = outer[0];
  let at = first.end;
  let nested = 0;
  for (let next = nameAt(name, at); next; next = nameAt(name, at)) {
    const inner = within(division, next.name);
    if (!inner) return undefined;
    division = inner;
    at = next.end;
    nested++;
  }
  const rest = name.slice(at);
  // 区域 is a word, not a district's unit
  if (nested === 0 || !rest || (division.name.endsWith("区") && rest.startsWith("域"))) return undefined;
  const shared = (BY_NAME.get(division.name) ?? []).length > 1;
  const agency = agencyOf(rest);
  const place = shared ? division.code : division.name;
  const key = agency
    ? `${place}:${agency}`
    : shared
      ? `${division.code}:${division.name}${rest}`
      : `${division.name}${rest}`;
  return { key, division, rest };
}

/** 市, 州, 区, 县: how a unit's own area names it. */
function levelWord(d: Division): string {
  if (d.level === "province") return "省";
  if (d.level === "city") return d.name.endsWith("州") || d.name.endsWith("盟") ? d.name.slice(-1) : "市";
  return d.name.slice(-1);
}

export const migration: Migration = {
  async up(raw: Kysely<unknown>) {
    const db = raw as Kysely<Database>;
    // rows keyed by their full name (units the agency table did not know, as they were read)
    const units = await db
      .selectFrom("units")
      .select(["key", "name", "aliases"])
      .where("agency", "is", null)
      .whereRef("key", "=", "name")
      .orderBy("key")
      .execute();
    for (const unit of units) {
      const read = nestedKey(unit.key);
      if (!read || read.key === unit.key) continue;
      const target = await db
        .selectFrom("units")
        .select(["key", "name", "aliases"])
        .where("key", "=", read.key)
        .executeTakeFirst();
      if (target) {
        const aliases = [...new Set([...target.aliases, unit.name, ...unit.aliases])].filter(
          (a) => a !== target.name,
        );
        await db
          .updateTable("units")
          .set({
            aliases: JSON.stringify(aliases),
            area_code: sql`coalesce(area_code, ${read.division.code})`,
          })
          .where("key", "=", target.key)
          .execute();
        await moveUnit(db, unit.key, target);
        await dropIfUnused(db, unit.key);
        continue;
      }
      const agency = agencyOf(read.rest) ?? null;
      await db
        .updateTable("units")
        .set({
          key: read.key,
          short_name: `${levelWord(read.division)}${read.rest}`,
          area: read.division.name,
          area_code: read.division.code,
          level: read.division.level,
          agency,
        })
        .where("key", "=", unit.key)
        .execute();
      await moveUnit(db, unit.key, { key: read.key, name: unit.name });
    }
    await placeAccounts(db);
  },
  // the two rows were one unit: there is nothing right to go back to
  async down() {},
};

/**
 * Accounts of a unit of a shared name whose division nobody said (鼓楼区:justice, kept by 0022
 * when it held two cities' tasks) see no city's tasks. Where the registry holds that unit in one
 * division only (350102:justice, and no other city's), that is the account's unit: it is moved
 * there. Where it holds two or more, the admin chooses (the account list says so).
 */
async function placeAccounts(db: Kysely<Database>) {
  const undecided = (
    await db
      .selectFrom("units")
      .select(["key", "area", "agency", "name"])
      .where("area_code", "is", null)
      .where((eb) =>
        eb.exists(eb.selectFrom("users").select("id").whereRef("users.unit_key", "=", "units.key")),
      )
      .execute()
  ).filter((u) => (BY_NAME.get(u.area) ?? []).length > 1);
  for (const unit of undecided) {
    const placed = await db
      .selectFrom("units")
      .select(["key", "name", "area_code"])
      .where("area", "=", unit.area)
      .where("area_code", "is not", null)
      .where(unit.agency ? "agency" : "name", "=", unit.agency ?? unit.name)
      .execute();
    if (placed.length !== 1) continue;
    await db
      .updateTable("users")
      .set({ unit_key: placed[0].key, unit_name: placed[0].name })
      .where("unit_key", "=", unit.key)
      .execute();
    await dropIfUnused(db, unit.key);
  }
}

/** Everything that names the unit `from` names `to` (accounts with its name); a season or round
 *  that already has `to` keeps `from` there (one row per unit and season). A copy of the store's
 *  renameUnitKey as it is today, on the tables of this schema: that one follows tables to come,
 *  which an older database does not have yet when this migration runs. */
async function moveUnit(db: Kysely<Database>, from: string, to: { key: string; name: string }) {
  await db
    .updateTable("users")
    .set({ unit_key: to.key, unit_name: to.name })
    .where("unit_key", "=", from)
    .execute();
  await db.updateTable("tasks").set({ unit_key: to.key }).where("unit_key", "=", from).execute();
  await db.updateTable("assess_appeals").set({ unit_key: to.key }).where("unit_key", "=", from).execute();
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
