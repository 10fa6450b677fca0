// How an analysis record is stored: each part once. The text of the document's current analysis
// is `documents.text` (an earlier analysis keeps its own in `analyses.text`), its facts and
// findings are rows of their tables, and the rest is the JSON in `analyses.record` with `text`,
// `facts` and `findings` set to null (so the record's key order is kept). `loadRecord` rebuilds
// the record as the engine made it.
import { type Insertable, type Kysely, sql, type Transaction } from "kysely";
import type { AnalysisRecord, Fact, Finding, Severity } from "../types.ts";
import type { Database, FactTable, FindingTable, StoredRecord } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** The JSON stored for a record: everything but its text, facts and findings. */
export const storedRecordJson = (record: AnalysisRecord): string =>
  JSON.stringify({ ...record, text: null, facts: null, findings: null });

/** A fact in the engine's own key order. */
export const factOf = (r: Fact): Fact => ({
  quote: r.quote,
  start: r.start,
  end: r.end,
  value: r.value,
  unit: r.unit,
  approx: r.approx,
  subject: r.subject,
  indicator: r.indicator,
});

/** A finding as the engine makes it: no span keys when it has no place. */
export const findingOf = (r: {
  rule: string;
  severity: string;
  message: string;
  start: number | null;
  end: number | null;
}): Finding => ({
  rule: r.rule,
  severity: r.severity as Severity,
  message: r.message,
  ...(r.start === null ? {} : { start: r.start }),
  ...(r.end === null ? {} : { end: r.end }),
});

export const factRows = (
  record: AnalysisRecord,
  analysisId: number,
  documentId: number,
): Insertable<FactTable>[] =>
  record.facts.map((f) => ({ ...factOf(f), analysis_id: analysisId, document_id: documentId }));

export const findingRows = (
  record: AnalysisRecord,
  analysisId: number,
  documentId: number,
): Insertable<FindingTable>[] =>
  record.findings.map((f) => ({
    analysis_id: analysisId,
    document_id: documentId,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    start: f.start ?? null,
    end: f.end ?? null,
  }));

/** Rows at most this many to a statement (sent as one JSON parameter). */
const CHUNK = 5000;

/**
 * Multi-row inserts of the facts and findings of analyses already inserted: each chunk one
 * statement with one parameter, the rows as JSON read by the database (binding thousands of
 * parameters cost more than the insert itself). Rows keep their order (the ids rebuild it).
 */
export async function insertItems(
  trx: Transaction<Database>,
  items: Array<{ record: AnalysisRecord; analysisId: number; documentId: number }>,
): Promise<void> {
  const facts = items.flatMap((i) => factRows(i.record, i.analysisId, i.documentId));
  // a value JSON cannot carry (NaN, ±Infinity) goes as a parameter of its own
  if (facts.some((f) => !Number.isFinite(f.value)))
    for (let k = 0; k < facts.length; k += 1000)
      await trx
        .insertInto("facts")
        .values(facts.slice(k, k + 1000))
        .execute();
  else
    for (let k = 0; k < facts.length; k += CHUNK)
      await sql`insert into facts (analysis_id, document_id, quote, start, "end", value, unit, approx, subject, indicator)
        select analysis_id, document_id, quote, start, "end", value, unit, approx, subject, indicator
        from rows from (json_to_recordset(${JSON.stringify(facts.slice(k, k + CHUNK))}::json) as (
          analysis_id int, document_id int, quote text, start int, "end" int, value float8, unit text,
          approx text, subject text, indicator text)) with ordinality as r(
          analysis_id, document_id, quote, start, "end", value, unit, approx, subject, indicator, n)
        order by n`.execute(trx);
  const findings = items.flatMap((i) => findingRows(i.record, i.analysisId, i.documentId));
  for (let k = 0; k < findings.length; k += CHUNK)
    await sql`insert into findings (analysis_id, document_id, rule, severity, message, start, "end")
      select analysis_id, document_id, rule, severity, message, start, "end"
      from rows from (json_to_recordset(${JSON.stringify(findings.slice(k, k + CHUNK))}::json) as (
        analysis_id int, document_id int, rule text, severity text, message text, start int, "end" int))
        with ordinality as r(analysis_id, document_id, rule, severity, message, start, "end", n)
      order by n`.execute(trx);
}

/** What rebuilds a record, as columns of a query over `analyses` joined to its document as
 *  `documents`: the stored JSON, the text, and the facts and findings as JSON arrays (in their
 *  order; at most `maxItems` of each when given) — one round trip for the whole record. */
export function recordColumns(maxItems?: number) {
  const limit = maxItems === undefined ? sql`` : sql`limit ${maxItems}`;
  return [
    sql<StoredRecord | string>`analyses.record`.as("record"),
    sql<string>`coalesce(analyses.text, documents.text)`.as("record_text"),
    sql<FactTuple[]>`(select coalesce(json_agg(json_build_array(f.quote, f.start, f."end", f.value, f.unit,
        f.approx, f.subject, f.indicator) order by f.id), '[]')
      from (select * from facts where facts.analysis_id = analyses.id order by id ${limit}) f)`.as(
      "record_facts",
    ),
    sql<
      FindingTuple[]
    >`(select coalesce(json_agg(json_build_array(f.rule, f.severity, f.message, f.start, f."end")
        order by f.id), '[]')
      from (select * from findings where findings.analysis_id = analyses.id order by id ${limit}) f)`.as(
      "record_findings",
    ),
  ] as const;
}

type FactTuple = [string, number, number, number | string, string, string | null, string, string | null];
type FindingTuple = [string, string, string, number | null, number | null];

/** As `recordColumns`, with the stored JSON as its text (`record`, not parsed): for an answer
 *  that sends it on rather than reading it (see `recordParts`). */
export function recordTextColumns(maxItems?: number) {
  const [, text, facts, findings] = recordColumns(maxItems);
  return [sql<string>`analyses.record::text`.as("record"), text, facts, findings] as const;
}

interface RecordRow {
  record: StoredRecord | string;
  record_text: string;
  record_facts: FactTuple[];
  record_findings: FindingTuple[];
}

/** The facts as read by `recordColumns`, in the engine's key order. */
const factsOf = (tuples: FactTuple[]): Fact[] =>
  tuples.map(([quote, start, end, value, unit, approx, subject, indicator]) =>
    // JSON has no NaN or infinities: PostgreSQL writes them as strings
    factOf({ quote, start, end, value: Number(value), unit, approx, subject, indicator }),
  );

/** The findings as read by `recordColumns`. */
const findingsOf = (tuples: FindingTuple[]): Finding[] =>
  tuples.map(([rule, severity, message, start, end]) => findingOf({ rule, severity, message, start, end }));

/** The record rebuilt from the columns of `recordColumns` (or of `recordTextColumns`). */
export function recordOf(row: RecordRow): AnalysisRecord {
  const stored = (typeof row.record === "string" ? JSON.parse(row.record) : row.record) as StoredRecord;
  const facts = stored.facts ?? factsOf(row.record_facts);
  const findings = stored.findings ?? findingsOf(row.record_findings);
  return { ...stored, text: stored.text ?? row.record_text, facts, findings };
}

/** A record as read by `recordTextColumns`, its parts apart: the stored JSON as text (its text,
 *  facts and findings null — or, stored before 0010, maybe inline: `record()` then), the text,
 *  the facts and findings; `record()` rebuilds the whole of it. */
export interface RecordParts {
  json: string;
  text: string;
  facts: Fact[];
  findings: Finding[];
  record(): AnalysisRecord;
}

export function recordParts(row: RecordRow & { record: string }): RecordParts {
  return {
    json: row.record,
    text: row.record_text,
    facts: factsOf(row.record_facts),
    findings: findingsOf(row.record_findings),
    record: () => recordOf(row),
  };
}

/** The record of an analysis, rebuilt from its parts; null when there is no such analysis. */
export async function loadRecord(db: Db, analysisId: number): Promise<AnalysisRecord | null> {
  const row = await db
    .selectFrom("analyses")
    .innerJoin("documents", "documents.id", "analyses.document_id")
    .select(recordColumns())
    .where("analyses.id", "=", analysisId)
    .executeTakeFirst();
  return row ? recordOf(row) : null;
}
