// A unit's inputs gathered from the platform's tables: its report's analysis, its tasks in the
// ledgers, the report season's dates, and the entries evaluators made.
import type { LedgerInput, SeasonInput, UnitInputs } from "../../assess/index.ts";
import { emptyInputs } from "../../assess/index.ts";
import { loadRecord } from "../../store/records.ts";
import type { ItemEntry } from "../../store/schema.ts";
import { dayOf } from "../season/dates.ts";
import type { Db, RoundRow, UnitRow } from "./rows.ts";

// The Beijing day, as deadlines are counted: a task closed at 07:00 the day after its deadline
// was the UTC day before and counted as on time.
const day = (d: Date | string | null) => (d === null ? null : dayOf(d));

async function documentInput(db: Db, documentId: number | null): Promise<UnitInputs["document"]> {
  if (documentId === null) return null;
  const row = await db
    .selectFrom("documents")
    .select("analysis_id")
    .where("id", "=", documentId)
    .executeTakeFirst();
  const record = row?.analysis_id ? await loadRecord(db, row.analysis_id) : null;
  return record ? { documentId, record } : null;
}

/**
 * The unit's tasks in the live ledgers (an archived ledger is out of lists, reminders and
 * scores), judged on `on` (today, or the end of the round's year if earlier).
 */
async function ledgerInput(db: Db, unitKey: string, on: string): Promise<LedgerInput | null> {
  const tasks = await db
    .selectFrom("tasks")
    .innerJoin("ledgers", "ledgers.id", "tasks.ledger_id")
    .select(["tasks.id", "tasks.title", "tasks.status", "tasks.due", "tasks.closed_at"])
    .where("tasks.unit_key", "=", unitKey)
    .where("ledgers.archived_at", "is", null)
    .orderBy("tasks.id")
    .execute();
  if (tasks.length === 0) return null;
  return {
    on,
    tasks: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      closed: t.status === "closed",
      closedOn: day(t.closed_at),
      due: t.due,
    })),
  };
}

/**
 * The report season of the round's year, for the unit: its first submission and the date its
 * publication was found, against the season's deadlines. Null when there is no season for the
 * year or the unit is not one of its reporting units (season items then have no evidence).
 */
async function seasonInput(db: Db, round: RoundRow, unit: UnitRow): Promise<SeasonInput | null> {
  const season = await db
    .selectFrom("seasons")
    .innerJoin("season_units", "season_units.season_id", "seasons.id")
    .select([
      "seasons.id",
      "seasons.submit_deadline",
      "seasons.publish_deadline",
      "season_units.published_on",
    ])
    .where("seasons.year", "=", round.year)
    .where("season_units.unit_key", "=", unit.unit_key)
    .executeTakeFirst();
  if (!season) return null;
  const first = await db
    .selectFrom("season_submissions")
    .select(["id", "submitted_at"])
    .where("season_id", "=", season.id)
    .where("unit_key", "=", unit.unit_key)
    .orderBy("submitted_at")
    .orderBy("id")
    .executeTakeFirst();
  return {
    submissionId: first?.id ?? null,
    submittedOn: first ? dayOf(first.submitted_at) : null,
    submitDue: season.submit_deadline,
    publishedOn: season.published_on,
    publishDue: season.publish_deadline,
  };
}

export async function gatherInputs(
  db: Db,
  round: RoundRow,
  unit: UnitRow,
  entries: Map<string, ItemEntry>,
  today: string,
): Promise<UnitInputs> {
  const yearEnd = `${round.year}-12-31`;
  const inputs = emptyInputs();
  inputs.document = await documentInput(db, unit.document_id);
  inputs.ledger = await ledgerInput(db, unit.unit_key, today < yearEnd ? today : yearEnd);
  inputs.season = await seasonInput(db, round, unit);
  for (const [code, entry] of entries) {
    if (entry.kind === "manual") {
      const { kind: _, ...manual } = entry;
      inputs.manual[code] = manual;
    } else inputs.survey[code] = { value: entry.value, by: entry.by, reason: entry.reason };
  }
  return inputs;
}
