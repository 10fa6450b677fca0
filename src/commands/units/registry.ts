// The unit registry: owners of plans' measures and accounts' units, resolved to one row per
// unit. `resolveOwner` is what ledger creation calls for each owner string; accounts pick a
// registry unit; a unit account sees the tasks whose resolved unit is its unit.
import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import { type CollectiveReading, namesCore, readCollective } from "../../plan/collective-rule.ts";
import { type OwnerContext, type ResolvedOwner, resolveOwnerName, type UnitRef } from "../../plan/owners.ts";
import type { Store } from "../../store/db.ts";
import type { Database, UnitTable } from "../../store/schema.ts";
import { renameUnitKey, upsertUnits } from "../../store/units.ts";
import {
  gbCode,
  isSharedName,
  regionByCode,
  regionByName,
  regionsNamed,
  regionsUnder,
} from "../../structure/regions.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { invalid, notFound } from "../errors.ts";
import { forgetAllSessions } from "../sessions/cache.ts";
import { type Page, paged } from "../paging.ts";

type Db = Kysely<Database> | Transaction<Database>;
export type UnitRow = Selectable<UnitTable>;

/** A registry row as the resolver describes units. */
const refOf = (u: UnitRow): UnitRef => ({
  key: u.key,
  name: u.name,
  shortName: u.short_name,
  area: u.area,
  areaCode: u.area_code,
  level: u.level as UnitRef["level"],
  agency: u.agency,
  aliases: u.aliases,
});

/** The areas of registered units, the most units first. */
const unitAreas = (db: Db) =>
  db
    .selectFrom("units")
    .select(["area", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("area")
    .orderBy("n", "desc")
    .orderBy("area")
    .limit(50)
    .execute();

/** The division most registered units belong to: the deployment's own area (长治市). */
export async function homeArea(db: Db): Promise<string | null> {
  // 市 of a unit named before any plan placed it is no division
  return (await unitAreas(db)).find((r) => regionByName(r.area))?.area ?? null;
}

/**
 * The home area as owners are resolved in it. The registry keeps areas by name; where several
 * divisions share the home's name (永定区 of 龙岩市 and of 张家界市) the one whose city the
 * registry also holds units of (张家界市司法局, placed by a plan) is meant — else none is
 * guessed, and 市司法局 stays unplaced.
 */
export async function homeContext(db: Db): Promise<OwnerContext> {
  const areas = await unitAreas(db);
  const region = areas.find((r) => regionByName(r.area))?.area ?? null;
  if (!region || !isSharedName(region)) return { region };
  // the home's own units placed by a plan carry its code (350102:justice of 福州市鼓楼区): an
  // account named 区司法局 or 司法局 is theirs, not a second 鼓楼区司法局 without a code
  const coded = await db
    .selectFrom("units")
    .select("area_code")
    .distinct()
    .where("area", "=", region)
    .where("area_code", "is not", null)
    .limit(2)
    .execute();
  if (coded.length === 1) return { region, code: coded[0].area_code };
  const shared = regionsNamed(region);
  const held = new Set(areas.map((a) => a.area));
  const above = shared.filter((r) => held.has(r.parent));
  return { region, code: above.length === 1 ? gbCode(above[0].code) : null };
}

/**
 * Units named before the registry knew its area (an account for 市司法局 made before the
 * first ledger, or for 鼓楼区司法局 before a plan said which 鼓楼区 is home) are placed in the
 * home area once it is known, when the level agrees: the
 * account then sees 长治市's 市司法局 tasks. Their key changes everywhere it is used; the keys
 * moved (old → new) are returned for rows not yet written (a ledger's tasks being made).
 */
export async function placeUnits(db: Db): Promise<Map<string, string>> {
  const moved = new Map<string, string>();
  const context = await homeContext(db);
  const home = context.region;
  const level = home ? regionByName(home)?.level : undefined;
  if (!home || !level) return moved;
  // a home whose name other divisions share (鼓楼区), once its code is known: its units named
  // before that (鼓楼区司法局 of an account made before the first plan) are the home's too
  const coded = context.code && regionByCode(context.code)?.name === home;
  const unplaced = (await db.selectFrom("units").selectAll().where("level", "=", level).execute()).filter(
    (u) => (u.area !== home && !regionByName(u.area)) || (coded && u.area === home && u.area_code === null),
  );
  for (const u of unplaced) {
    const r = resolveOwnerName(u.name, context);
    if (r.collective || r.unit.key === u.key || r.unit.area !== home) continue;
    await upsertUnits(db as Kysely<Database>, [{ unit: r.unit, written: u.aliases }], { areaCodes: true });
    await renameUnitKey(db as Kysely<Database>, u.key, r.unit);
    await db.deleteFrom("units").where("key", "=", u.key).execute();
    moved.set(u.key, r.unit.key);
    // the accounts of that unit read their new key (inside a transaction this runs before the
    // commit: a session read again meanwhile keeps the old key, at most SESSION_CACHE_MS)
    forgetAllSessions();
  }
  return moved;
}

/** Units of the context's area: by its division code where the context knows it (福州市's
 *  鼓楼区, not 南京市's), with the units whose area's code is not known kept by name; else by name. */
function inArea(context: OwnerContext) {
  const code = context.code && regionByCode(context.code)?.name === context.region ? context.code : null;
  return code
    ? sql<boolean>`(area_code = ${code} or (area_code is null and area = ${context.region}))`
    : sql<boolean>`area = ${context.region}`;
}

/** A registered unit named exactly so, or by an alias that only one unit of the area has. Two
 *  divisions' units may share a name (鼓楼区司法局 of 福州市 and of 南京市): of those, the one the
 *  name resolves to in the context, else the one of the context's area; never one of several
 *  guessed. */
async function registered(db: Db, written: string, context: OwnerContext): Promise<UnitRef | null> {
  const named = await db.selectFrom("units").selectAll().where("name", "=", written).limit(20).execute();
  const computed = named.length ? resolveOwnerName(written, context) : null;
  const code = computed && !computed.collective ? computed.unit.areaCode : null;
  // a unit of another division of the name (南京市's, for 鼓楼区司法局 in 福州市's plan) is not it
  const exact = named.filter((u) => !code || !u.area_code || u.area_code === code);
  if (exact.length === 1) return refOf(exact[0]);
  if (named.length > 1) {
    const own = computed && !computed.collective && exact.find((u) => u.key === computed.unit.key);
    if (own) return refOf(own);
    if (!context.region) return null;
    const inContext = await db
      .selectFrom("units")
      .selectAll()
      .where("name", "=", written)
      .where(inArea(context))
      .limit(2)
      .execute();
    return inContext.length === 1 ? refOf(inContext[0]) : null;
  }
  let q = db
    .selectFrom("units")
    .selectAll()
    .where(sql<boolean>`aliases @> ${JSON.stringify([written])}::jsonb`);
  // 市司法局 is an alias of every city's 司法局: only the context's area decides between them
  if (context.region) q = q.where(inArea(context));
  const hits = await q.limit(2).execute();
  return hits.length === 1 ? refOf(hits[0]) : null;
}

/**
 * Owner strings resolved in the context of a plan's area, each to one registered unit or a
 * collective (各县市区政府). Units not yet in the registry are added, with the written name
 * as an alias.
 */
export async function resolveOwners(
  db: Db,
  owners: string[],
  context: OwnerContext,
): Promise<Map<string, ResolvedOwner>> {
  const out = new Map<string, ResolvedOwner>();
  const found: Array<{ unit: UnitRef; written: string[] }> = [];
  for (const owner of new Set(owners)) {
    const computed = resolveOwnerName(owner, context);
    if (computed.collective) {
      out.set(owner, computed);
      continue;
    }
    // a registered name or alias (an old name the admin recorded) before the computed unit —
    // but not a unit of a shared name whose division nobody said (鼓楼区人民政府 named on an
    // account before any plan) for a name whose division is known: every city's plan would give
    // it its tasks, as a unit of a known agency never is given them (350102:justice, 320106:justice)
    const hit = computed.unit.agency ? null : await registered(db, computed.written, context);
    const unsure = hit && !hit.areaCode && computed.unit.areaCode && isSharedName(hit.area);
    const unit = (!unsure && hit) || computed.unit;
    out.set(owner, { collective: false, written: computed.written, unit });
    found.push({ unit, written: [computed.written] });
  }
  await upsertUnits(db as Kysely<Database>, found, { areaCodes: true });
  return out;
}

/** The key tasks are counted under: the registry unit's, or the written name for a collective. */
export const ownerKey = (r: ResolvedOwner | undefined, written: string) =>
  r && !r.collective ? r.unit.key : written;

/**
 * One owner string → the registry units it stands for: one unit, or for a collective the
 * candidates the coordinator chooses from (各县市区政府: the area's county governments;
 * 市直各相关单位: the registered units of the area's own level).
 */
export async function resolveOwner(
  store: Store,
  scope: Scope,
  input: { owner: string; region: string | null },
): Promise<{ collective: boolean; written: string; units: UnitRef[] }> {
  requirePermission(scope, "units:read");
  const context = { region: input.region };
  const resolved = (await resolveOwners(store.db, [input.owner], context)).get(input.owner);
  if (!resolved) throw invalid("empty_owner", "责任单位为空", "empty owner");
  if (!resolved.collective) return { collective: false, written: resolved.written, units: [resolved.unit] };
  return {
    collective: true,
    written: resolved.written,
    units: await collectiveCandidates(store.db, readCollective(resolved.written), context),
  };
}

/**
 * The registry units a collective may stand for in an area: the governments under it
 * (各县市区政府), the units whose names say they are of the kind meant (各级党校), or every unit
 * (市直各相关单位, or a kind no unit is named after). Reads only.
 */
export async function collectiveCandidates(
  db: Db,
  reading: CollectiveReading,
  context: OwnerContext,
): Promise<UnitRef[]> {
  if (!context.region) return [];
  if (reading.kind === "governments")
    return regionsUnder(context.region).flatMap((r) => {
      const g = resolveOwnerName(`${r.name}人民政府`, context);
      return g.collective ? [] : [g.unit];
    });
  const rows = await db
    .selectFrom("units")
    .selectAll()
    .where(inArea(context))
    .orderBy("name")
    .limit(500)
    .execute();
  const { core } = reading;
  const units = rows.map(refOf);
  const ofKind = core ? units.filter((u) => isOfKind(core, u)) : [];
  // a kind no registered unit is named after (各级医院 before any hospital is known): every unit
  return ofKind.length ? ofKind : units;
}

/** Whether a registry unit is of the kind a collective means (党校 for 各级党校). */
export const isOfKind = (core: string, u: UnitRef) => namesCore(core, [u.name, u.shortName, ...u.aliases]);

/**
 * The registry unit an account names (长治市司法局, 司法局, 市司法局): a registered name or
 * alias first, else the computed unit in the deployment's own area (registered then).
 */
export async function unitForAccount(db: Db, name: string): Promise<UnitRef> {
  const written = name.trim();
  if (!written) throw invalid("unit_required", "责任单位账号需要指定单位", "a unit account needs its unit");
  const byKey = await db.selectFrom("units").selectAll().where("key", "=", written).executeTakeFirst();
  if (byKey) return refOf(byKey);
  const context = await homeContext(db);
  const hit = await registered(db, written, context);
  if (hit) return hit;
  const resolved = (await resolveOwners(db, [written], context)).get(written);
  if (!resolved || resolved.collective)
    throw invalid(
      "collective_unit",
      `「${written}」指多个单位，请选择具体单位`,
      "a collective name is not one unit",
    );
  return resolved.unit;
}

/**
 * The registered unit a name stands for — its key (a unit picked from a list), its registered
 * name or alias, else the unit the name
 * resolves to when that one is registered — without registering anything. Seasons and rounds
 * name their units so: an account made as 市发改委 reported as 市发改委 in the season and was
 * scored as 市发展和改革委员会 in the assessment.
 */
export async function registeredUnit(
  db: Db,
  name: string,
): Promise<{ key: string; name: string; areaCode: string | null } | null> {
  const written = name.trim();
  if (!written) return null;
  // a unit picked from a list comes by its key: two divisions' units may share a name
  const byKey = await db
    .selectFrom("units")
    .select(["key", "name", "area_code as areaCode"])
    .where("key", "=", written)
    .executeTakeFirst();
  if (byKey) return byKey;
  const context = await homeContext(db);
  const hit = await registered(db, written, context);
  if (hit) return { key: hit.key, name: hit.name, areaCode: hit.areaCode };
  const computed = resolveOwnerName(written, context);
  if (computed.collective) return null;
  const row = await db
    .selectFrom("units")
    .select(["key", "name", "area_code as areaCode"])
    .where("key", "=", computed.unit.key)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * A unit a season or round names: the registered one (`registeredUnit`), else — not registering
 * it — the unit the name resolves to as a plan's owner, keyed so (福州市鼓楼区司法局 →
 * 350102:justice): the plan that later names it, and its accounts, find the same unit. No plan
 * gives it an area: the name alone says it (市司法局 stays 市's, 鼓楼区财政局 no city's — the
 * office said neither). The name stays as typed; a collective keeps it as its key.
 */
export async function namedUnit(
  db: Db,
  name: string,
): Promise<{ key: string; name: string; areaCode: string | null }> {
  const written = name.trim();
  const registered = await registeredUnit(db, written);
  if (registered) return registered;
  const computed = resolveOwnerName(written, { region: null });
  return computed.collective
    ? { key: computed.written, name: written, areaCode: null }
    : { key: computed.unit.key, name: written, areaCode: computed.unit.areaCode };
}

/** The registry's names of these unit keys (keys not registered are left out). */
export async function registerNames(db: Db, keys: string[]): Promise<Map<string, string>> {
  return new Map([...(await registerRows(db, keys))].map(([key, r]) => [key, r.name]));
}

/** The registry's names and area codes of these unit keys (keys not registered are left out). */
export async function registerRows(
  db: Db,
  keys: string[],
): Promise<Map<string, { name: string; area_code: string | null }>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom("units")
    .select(["key", "name", "area_code"])
    .where("key", "in", [...new Set(keys)])
    .execute();
  return new Map(rows.map(({ key, ...r }) => [key, r]));
}

/** The registry, searchable by name and alias (the admin's unit picker). */
export async function listUnits(store: Store, scope: Scope, input: { q?: string } & Page) {
  requirePermission(scope, "units:read");
  let rows = store.db.selectFrom("units");
  const q = input.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    rows = rows.where((eb) =>
      eb.or([eb("name", "like", like), eb("short_name", "like", like), eb(sql`aliases::text`, "like", like)]),
    );
  }
  const count = async () =>
    (await rows.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  return paged(rows.selectAll().orderBy("area").orderBy("name"), count, input);
}

/** Units that have tasks in a ledger but no active account: the admin's to-do list. */
export async function unitsWithoutAccount(store: Store, scope: Scope, page: Page) {
  requirePermission(scope, "users:manage");
  const rows = store.db
    .selectFrom("units")
    .innerJoin(
      (eb) =>
        eb
          .selectFrom("tasks")
          .select(["unit_key", (e) => e.fn.countAll<number>().as("tasks")])
          .groupBy("unit_key")
          .as("t"),
      (join) => join.onRef("t.unit_key", "=", "units.key"),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("users")
            .select("users.id")
            .whereRef("users.unit_key", "=", "units.key")
            .where("users.role", "=", "unit")
            .where("users.deleted_at", "is", null),
        ),
      ),
    );
  const count = async () =>
    (await rows.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  return paged(
    rows.selectAll("units").select("t.tasks").orderBy("t.tasks", "desc").orderBy("units.name"),
    count,
    page,
  );
}

/** One registered unit by key. */
export async function getUnit(db: Db, key: string): Promise<UnitRef> {
  const row = await db.selectFrom("units").selectAll().where("key", "=", key).executeTakeFirst();
  if (!row) throw notFound("单位", "unit");
  return refOf(row);
}
