// The stored parts of an analysis record (see records.ts): the record's JSON without its text,
// facts and findings, and the facts' and findings' rows as JSON text. Made in the analysis worker,
// which must not load the query builder to make them (a quarter of a second of each worker's
// start): this module imports no database code.
import type { AnalysisRecord, Fact, Finding, Severity } from "../types.ts";

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
 * Text as the store sends it: a string, or its UTF-8 bytes. The analysis worker sends bytes
 * (`utf8`): they cross to the writing thread as one copy outside its heap, which its garbage
 * collector neither scans nor moves — as strings, the hundred documents of a batch waiting to be
 * written were copied by every scavenge, and the writing thread still had to encode them — and
 * the database reads them as they are (a binary parameter of type text or json: the same bytes
 * stored).
 */
export type TextBytes = string | Uint8Array;

/** The UTF-8 bytes of a text, in a buffer of their own (a view into a shared one would be copied whole between threads). */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
const encoder = new TextEncoder();

/**
 * What the store writes of an analysis record, made where the record is made (the analysis
 * worker): the stored JSON and the facts' and findings' rows (without their ids) as JSON text.
 * Text crosses between threads as one copy, where the record's thousands of objects are cloned
 * one by one and then walked again to write them.
 */
export interface StoredParts {
  /** `storedRecordJson(record)` */
  json: TextBytes;
  /** the facts' rows (`factOf`) as a JSON array, or the rows themselves when a value is one JSON
   *  cannot carry (NaN, ±Infinity) */
  facts: TextBytes | Fact[];
  /** the findings' rows (`findingRows` without ids) as a JSON array */
  findings: TextBytes;
}

/** The stored parts of a record, their JSON as UTF-8 bytes (see TextBytes). */
export function storedParts(record: AnalysisRecord): StoredParts {
  const facts = record.facts.map(factOf);
  return {
    json: utf8(storedRecordJson(record)),
    facts: facts.every((f) => Number.isFinite(f.value)) ? utf8(JSON.stringify(facts)) : facts,
    findings: utf8(
      JSON.stringify(
        record.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          start: f.start ?? null,
          end: f.end ?? null,
        })),
      ),
    ),
  };
}
