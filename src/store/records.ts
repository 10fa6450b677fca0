// How an analysis record is stored: each part once. The text of the document's current analysis
// is `documents.text` (an earlier analysis keeps its own in `analyses.text`), its facts and
// findings are rows of their tables, and the rest is the JSON in `analyses.record` with `text`,
// `facts` and `findings` set to null (so the record's key order is kept). `loadRecord` rebuilds
// the record as the engine made it.
import { type Kysely, sql, type Transaction } from "kysely";
import type { AnalysisRecord, Fact, Finding } from "../types.ts";
import { factOf, findingOf, type StoredParts, type TextBytes, utf8 } from "./record-parts.ts";
import type { Database, StoredRecord } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

export {
  factOf,
  findingOf,
  type StoredParts,
  storedParts,
  storedRecordJson,
  type TextBytes,
  utf8,
} from "./record-parts.ts";

/** JSON arrays as one JSON array of them: one text parameter the database reads once. An array
 *  of JSON texts (`::json[]`) had each text escaped quote by quote for an array literal, and
 *  unescaped again by the database: a fifth of the writing thread's CPU a document (1.9–2.7 →
 *  1.5–2.1 ms, turn about, 2026-12-05). */
function jsonArrayOf(arrays: TextBytes[]): TextBytes {
  if (arrays.every((a) => typeof a === "string")) return `[${arrays.join(",")}]`;
  const parts: Uint8Array[] = [OPEN];
  for (const [k, a] of arrays.entries()) parts.push(k ? COMMA : EMPTY, typeof a === "string" ? utf8(a) : a);
  parts.push(CLOSE);
  return Buffer.concat(parts);
}
const [OPEN, COMMA, CLOSE, EMPTY] = ["[", ",", "]", ""].map(utf8);

/** A text value as a parameter: a string as text, bytes as a binary parameter of the given type
 *  (read by the type's receive function: the same value as the text gives). */
export const textParam = <T = string>(value: TextBytes, type: "text" | "json") =>
  typeof value === "string" ? sql<T>`${value}` : sql<T>`${value}::${sql.raw(type)}`;

/**
 * The facts and findings of analyses already inserted, from their stored parts: one statement
 * for each table, each analysis's rows one element of a JSON parameter read by the database, in
 * the order given (the ids rebuild it). Facts with a value JSON cannot carry go as parameters.
 */
export async function insertStoredItems(
  trx: Transaction<Database>,
  items: Array<{ parts: StoredParts; analysisId: number; documentId: number }>,
): Promise<void> {
  const asJson = items.filter((i) => !Array.isArray(i.parts.facts));
  if (asJson.length)
    await sql`insert into facts (analysis_id, document_id, quote, start, "end", value, unit, approx, subject, indicator)
      select d.analysis_id, d.document_id, r.quote, r.start, r."end", r.value, r.unit, r.approx, r.subject, r.indicator
      from rows from (unnest(${asJson.map((i) => i.analysisId)}::int[]), unnest(${asJson.map((i) => i.documentId)}::int[]),
          json_array_elements(${jsonArrayOf(asJson.map((i) => i.parts.facts as TextBytes))}::json))
        with ordinality as d(analysis_id, document_id, rows, n)
        cross join lateral rows from (json_to_recordset(d.rows) as (quote text, start int, "end" int,
          value float8, unit text, approx text, subject text, indicator text)) with ordinality
          as r(quote, start, "end", value, unit, approx, subject, indicator, k)
      order by d.n, r.k`.execute(trx);
  for (const item of items)
    if (Array.isArray(item.parts.facts))
      for (let k = 0; k < item.parts.facts.length; k += 1000)
        await trx
          .insertInto("facts")
          .values(
            item.parts.facts
              .slice(k, k + 1000)
              .map((f) => ({ ...f, analysis_id: item.analysisId, document_id: item.documentId })),
          )
          .execute();
  if (items.length)
    await sql`insert into findings (analysis_id, document_id, rule, severity, message, start, "end")
      select d.analysis_id, d.document_id, r.rule, r.severity, r.message, r.start, r."end"
      from rows from (unnest(${items.map((i) => i.analysisId)}::int[]), unnest(${items.map((i) => i.documentId)}::int[]),
          json_array_elements(${jsonArrayOf(items.map((i) => i.parts.findings))}::json))
        with ordinality as d(analysis_id, document_id, rows, n)
        cross join lateral rows from (json_to_recordset(d.rows) as (rule text, severity text, message text,
          start int, "end" int)) with ordinality as r(rule, severity, message, start, "end", k)
      order by d.n, r.k`.execute(trx);
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
