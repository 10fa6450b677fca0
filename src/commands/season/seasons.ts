// Opening a season (coordinator): the year, the reporting units picked from the accounts'
// unit registry, and the two deadlines (default 31 March and 1 April, both editable).
import type { Kysely, Transaction } from "kysely";
import type { Store } from "../../store/db.ts";
import type { Database } from "../../store/schema.ts";
import { actorId, requirePermission, type Scope } from "../access/scope.ts";
import { conflict, invalid } from "../errors.ts";
import { type Page, paged } from "../paging.ts";
import { unitDivision } from "../units/division.ts";
import { namedUnit } from "../units/registry.ts";
import { unitLabels } from "../../labels.ts";
import { loadSeason } from "./access.ts";
import { auditSeason } from "./audit.ts";
import { DATE, defaultDeadlines } from "./dates.ts";

export interface SeasonInput {
  year: number;
  title?: string | null;
  submitDeadline?: string | null;
  publishDeadline?: string | null;
  /** the units: each by its registry key (as the candidates list them) or its name */
  units: string[];
}

type Db = Kysely<Database> | Transaction<Database>;

function checkDates(submit: string, publish: string) {
  if (!DATE.test(submit) || !DATE.test(publish))
    throw invalid("bad_date", "日期格式应为 YYYY-MM-DD", "dates are YYYY-MM-DD");
}

/** The season's rows of these units, each named and keyed as the unit register has it (a
 * unit not registered keeps the name given), with its division's code where the register or
 * the name says which (鼓楼区 of 福州市) — before any report, which may then confirm it. */
async function unitRows(db: Db, seasonId: number, names: string[]) {
  const seen = new Set<string>();
  const rows: Array<{
    season_id: number;
    unit_key: string;
    unit_name: string;
    region: string | null;
    region_code: string | null;
  }> = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    const unit = await namedUnit(db, name);
    const key = unit.key;
    if (seen.has(key)) continue;
    seen.add(key);
    const unitName = unit.name;
    const { code } = unitDivision([unitName, name], unit.areaCode);
    rows.push({ season_id: seasonId, unit_key: key, unit_name: unitName, region: null, region_code: code });
  }
  return rows;
}

/** The units that can report: every unit named on an account (the unit registry), each with the
 *  name it is shown by among them; they are picked by key. */
export async function unitCandidates(store: Store, scope: Scope) {
  requirePermission(scope, "season:manage");
  const rows = await store.db
    .selectFrom("users")
    .leftJoin("units", "units.key", "users.unit_key")
    // the register's name: the account's own may be a short one (市发改委)
    .select([
      "users.unit_key",
      "units.area_code",
      (eb) => eb.fn.coalesce("units.name", "users.unit_name").as("unit_name"),
    ])
    .where("role", "=", "unit")
    .where("users.unit_key", "is not", null)
    .where("disabled", "=", false)
    .distinctOn("users.unit_key")
    .orderBy("users.unit_key")
    .execute();
  const named = rows.map((r) => ({
    key: r.unit_key as string,
    name: r.unit_name ?? (r.unit_key as string),
    area_code: r.area_code,
  }));
  // two divisions' units of one name (鼓楼区司法局) are told apart by their cities
  const label = unitLabels(named);
  return named.map((u) => ({ key: u.key, name: u.name, label: label(u) }));
}

export async function createSeason(store: Store, scope: Scope, input: SeasonInput) {
  requirePermission(scope, "season:manage");
  const defaults = defaultDeadlines(input.year);
  const submit = input.submitDeadline || defaults.submitDeadline;
  const publish = input.publishDeadline || defaults.publishDeadline;
  checkDates(submit, publish);
  if (input.units.filter((u) => u.trim()).length === 0)
    throw invalid("no_units", "请至少选择一个报送单位", "pick at least one reporting unit");
  return store.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("seasons")
      .select("id")
      .where("year", "=", input.year)
      .executeTakeFirst();
    if (existing)
      throw conflict("season_exists", `${input.year}年度报告季已存在`, "a season for this year exists");
    const season = await trx
      .insertInto("seasons")
      .values({
        year: input.year,
        title: input.title?.trim() || `${input.year}年度法治政府建设年度报告`,
        submit_deadline: submit,
        publish_deadline: publish,
        created_by: actorId(scope),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const units = await unitRows(trx, season.id, input.units);
    await trx.insertInto("season_units").values(units).execute();
    await auditSeason(trx, scope, "create", "season", season.id, null, {
      year: season.year,
      submitDeadline: submit,
      publishDeadline: publish,
      units: units.map((u) => u.unit_name),
    });
    return season;
  });
}

export interface SeasonChange {
  title?: string;
  submitDeadline?: string;
  publishDeadline?: string;
  /** units to add (names); units already in the season stay */
  addUnits?: string[];
}

export async function updateSeason(store: Store, scope: Scope, id: number, change: SeasonChange) {
  requirePermission(scope, "season:manage");
  return store.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("seasons")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    const season = before ?? (await loadSeason(trx, id));
    const submit = change.submitDeadline ?? season.submit_deadline;
    const publish = change.publishDeadline ?? season.publish_deadline;
    checkDates(submit, publish);
    const after = await trx
      .updateTable("seasons")
      .set({
        title: change.title?.trim() || season.title,
        submit_deadline: submit,
        publish_deadline: publish,
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const added = await unitRows(trx, id, change.addUnits ?? []);
    if (added.length)
      await trx
        .insertInto("season_units")
        .values(added)
        .onConflict((oc) => oc.columns(["season_id", "unit_key"]).doNothing())
        .execute();
    await auditSeason(
      trx,
      scope,
      "update",
      "season",
      id,
      {
        title: season.title,
        submitDeadline: season.submit_deadline,
        publishDeadline: season.publish_deadline,
      },
      {
        title: after.title,
        submitDeadline: after.submit_deadline,
        publishDeadline: after.publish_deadline,
        addedUnits: added.map((u) => u.unit_name),
      },
    );
    return after;
  });
}

/** Every season; a unit sees the seasons it reports in. */
export async function listSeasons(store: Store, scope: Scope, page: Page) {
  requirePermission(scope, "season:read");
  let q = store.db.selectFrom("seasons");
  if (scope.unit) {
    const key = scope.unit.key;
    q = q.where("id", "in", (sub) =>
      sub.selectFrom("season_units").select("season_id").where("unit_key", "=", key),
    );
  }
  const count = async () =>
    (await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  return paged(q.selectAll().orderBy("year", "desc").orderBy("id", "desc"), count, page);
}
