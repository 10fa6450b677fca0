// How an analysis record is stored: each part once. The text of the document's current analysis
// is `documents.text` (an earlier analysis keeps its own in `analyses.text`), its facts and
// findings are rows of their tables, and the rest is the JSON in `analyses.record` with `text`,
// `facts` and `findings` set to null (so the record's key order is kept). `loadRecord` rebuilds
// the record as the engine made it.
import { type Kysely, sql, type Transaction } from "kysely";
import type { AnalysisRecord, Fact, Finding, Severity } from "../types.ts";
import type { Database, StoredRecord } from "./schema.ts";

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

/**
 * An analysis in the form it is stored, made where the record was made (the pool worker): the
 * document's columns, the record's JSON and its facts and findings as JSON rows (ids aside), so
 * that the record's thousands of objects never cross to the writing thread, nor are serialised there.
 */
export interface StoredAnalysis {
  engine: { name: string; version: string };
  format: string;
  charset: string | null;
  /** the document's columns that come from the analysis (documents.text included) */
  columns: {
    engine_version: string;
    kind: AnalysisRecord["meta"]["kind"];
    title: string | null;
    region: string | null;
    level: AnalysisRecord["meta"]["level"];
    issuer: string | null;
    year: number | null;
    published: string | null;
    script: AnalysisRecord["meta"]["script"];
    sections_ok: number;
    sections_total: number;
    findings_count: number;
    facts_count: number;
    measures_count: number;
    text: string;
  };
  /** storedRecordJson */
  json: string;
  /** the facts as a JSON array of rows without ids, or the rows themselves when JSON cannot carry a value (NaN, ±Infinity) */
  facts: string | Fact[];
  /** the findings as a JSON array of rows without ids */
  findings: string;
}

/** The stored form of a record. */
export function storedAnalysis(record: AnalysisRecord): StoredAnalysis {
  const sections = record.sections_present ? Object.values(record.sections_present) : [];
  const facts = record.facts.map(factOf);
  return {
    engine: record.engine,
    format: record.source.format,
    charset: record.source.charset,
    columns: {
      engine_version: record.engine.version,
      kind: record.meta.kind,
      title: record.meta.title,
      region: record.meta.region,
      level: record.meta.level,
      issuer: record.meta.issuer,
      year: record.meta.year,
      published: record.meta.published,
      script: record.meta.script,
      sections_ok: sections.filter((s) => s.present).length,
      sections_total: sections.length,
      findings_count: record.findings.length,
      facts_count: record.facts.length,
      measures_count: record.measures.length,
      text: record.text,
    },
    json: storedRecordJson(record),
    facts: facts.every((f) => Number.isFinite(f.value)) ? JSON.stringify(facts) : facts,
    findings: JSON.stringify(
      record.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        start: f.start ?? null,
        end: f.end ?? null,
      })),
    ),
  };
}

/** Documents' item rows at most this many documents to a statement (sent as one JSON parameter). */
const DOCS_A_STATEMENT = 100;

/** `{"a":analysisId,"d":documentId,"r":rows}` for each item, as one JSON array (the rows' JSON as made). */
const itemsJson = (items: Array<{ rows: string; analysisId: number; documentId: number }>) =>
  `[${items.map((i) => `{"a":${i.analysisId},"d":${i.documentId},"r":${i.rows}}`).join(",")}]`;

/**
 * Multi-row inserts of the facts and findings of analyses already inserted, from their stored
 * form: each chunk one statement with one JSON parameter, joined here without being parsed and
 * serialised again. Rows keep their order (the ids rebuild it).
 */
export async function insertStoredItems(
  trx: Transaction<Database>,
  items: Array<{ stored: StoredAnalysis; analysisId: number; documentId: number }>,
): Promise<void> {
  const asJson = items.filter((i) => typeof i.stored.facts === "string");
  for (let k = 0; k < asJson.length; k += DOCS_A_STATEMENT)
    await sql`insert into facts (analysis_id, document_id, quote, start, "end", value, unit, approx, subject, indicator)
      select (i.item ->> 'a')::int, (i.item ->> 'd')::int, quote, start, "end", value, unit, approx, subject, indicator
      from json_array_elements(${itemsJson(
        asJson.slice(k, k + DOCS_A_STATEMENT).map((i) => ({ ...i, rows: i.stored.facts as string })),
      )}::json) with ordinality as i(item, k)
      cross join lateral rows from (json_to_recordset(i.item -> 'r') as (
          quote text, start int, "end" int, value float8, unit text, approx text, subject text, indicator text))
        with ordinality as r(quote, start, "end", value, unit, approx, subject, indicator, n)
      order by i.k, r.n`.execute(trx);
  // a value JSON cannot carry goes as a parameter of its own
  const rows = items.flatMap((i) =>
    typeof i.stored.facts === "string"
      ? []
      : i.stored.facts.map((f) => ({ ...f, analysis_id: i.analysisId, document_id: i.documentId })),
  );
  for (let k = 0; k < rows.length; k += 1000)
    await trx
      .insertInto("facts")
      .values(rows.slice(k, k + 1000))
      .execute();
  for (let k = 0; k < items.length; k += DOCS_A_STATEMENT)
    await sql`insert into findings (analysis_id, document_id, rule, severity, message, start, "end")
      select (i.item ->> 'a')::int, (i.item ->> 'd')::int, rule, severity, message, start, "end"
      from json_array_elements(${itemsJson(
        items.slice(k, k + DOCS_A_STATEMENT).map((i) => ({ ...i, rows: i.stored.findings })),
      )}::json) with ordinality as i(item, k)
      cross join lateral rows from (json_to_recordset(i.item -> 'r') as (
          rule text, severity text, message text, start int, "end" int))
        with ordinality as r(rule, severity, message, start, "end", n)
      order by i.k, r.n`.execute(trx);
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

/** The record rebuilt from the columns of `recordColumns`. */
export function recordOf(row: {
  record: StoredRecord | string;
  record_text: string;
  record_facts: FactTuple[];
  record_findings: FindingTuple[];
}): AnalysisRecord {
  const stored = (typeof row.record === "string" ? JSON.parse(row.record) : row.record) as StoredRecord;
  const facts =
    stored.facts ??
    row.record_facts.map(([quote, start, end, value, unit, approx, subject, indicator]) =>
      // JSON has no NaN or infinities: PostgreSQL writes them as strings
      factOf({ quote, start, end, value: Number(value), unit, approx, subject, indicator }),
    );
  const findings =
    stored.findings ??
    row.record_findings.map(([rule, severity, message, start, end]) =>
      findingOf({ rule, severity, message, start, end }),
    );
  return { ...stored, text: stored.text ?? row.record_text, facts, findings };
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
