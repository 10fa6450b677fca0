// Who sees which unit of a season: a unit's account only its own; coordinators and evaluators
// every unit. Loading through these helpers is the only way commands reach season rows.
import type { Kysely, Selectable, Transaction } from "kysely";
import type { Database, SeasonSubmissionTable, SeasonTable, SeasonUnitTable } from "../../store/schema.ts";
import type { Scope } from "../access/scope.ts";
import { DomainError, notFound } from "../errors.ts";

export type Db = Kysely<Database> | Transaction<Database>;
export type SeasonRow = Selectable<SeasonTable>;
export type UnitRow = Selectable<SeasonUnitTable>;
export type SubmissionRow = Selectable<SeasonSubmissionTable>;

/** True when the scope may see this unit's submissions. */
export const seesUnit = (scope: Scope, unitKey: string) => scope.unit === null || scope.unit.key === unitKey;

export async function loadSeason(db: Db, id: number): Promise<SeasonRow> {
  const season = await db.selectFrom("seasons").selectAll().where("id", "=", id).executeTakeFirst();
  if (!season) throw notFound("报告季", "season");
  return season;
}

/** A unit of a season, as the scope sees it: another unit's row does not exist for a unit. */
export async function loadUnit(db: Db, scope: Scope, seasonId: number, unitKey: string, lock = false) {
  if (!seesUnit(scope, unitKey)) throw notFound("报送单位", "reporting unit");
  let q = db
    .selectFrom("season_units")
    .selectAll()
    .where("season_id", "=", seasonId)
    .where("unit_key", "=", unitKey);
  if (lock) q = q.forUpdate();
  const unit = await q.executeTakeFirst();
  if (!unit) throw notFound("报送单位", "reporting unit");
  return unit;
}

/** The unit the caller reports for: its own unit, or the one a coordinator names. */
export function reportingUnitOf(scope: Scope, named?: string | null): string {
  if (scope.unit) return scope.unit.key;
  if (named) return named;
  throw new DomainError("invalid", "unit_required", "请指定报送单位", "name the reporting unit");
}

export async function loadSubmission(db: Db, scope: Scope, id: number, lock = false): Promise<SubmissionRow> {
  let q = db.selectFrom("season_submissions").selectAll().where("id", "=", id);
  if (scope.unit) q = q.where("unit_key", "=", scope.unit.key);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound("报送版本", "submission");
  return row;
}

/** The latest version of each unit's report in a season (one query). */
export async function latestSubmissions(db: Db, seasonId: number, unitKey?: string) {
  let q = db
    .selectFrom("season_submissions")
    .selectAll()
    .where("season_id", "=", seasonId)
    .distinctOn("unit_key")
    .orderBy("unit_key")
    .orderBy("version", "desc");
  if (unitKey !== undefined) q = q.where("unit_key", "=", unitKey);
  return q.execute();
}
