// The only way a stored document (and its facts) becomes API JSON. Imports types only, so
// the web client can derive its types from these functions.
import type { Selectable } from "kysely";
import type { DocumentTable } from "../../store/schema.ts";
import type { Ledger } from "../../plan/ledger.ts";
import type { AnalysisRecord } from "../../types.ts";
import { indicatorLabel, KIND_LABEL, kindLabel, levelLabel, ruleLabel } from "../../labels.ts";
import { iso } from "./time.ts";

type DocumentRow = Omit<Selectable<DocumentTable>, "search_tsv" | "text">;

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export function presentDocumentSummary(row: DocumentRow, snippets: SnippetPart[][] = []) {
  return {
    id: row.id,
    name: row.name,
    sourceUrl: row.source_url,
    format: row.format,
    kind: row.kind,
    kindLabel: kindLabel(row.kind),
    title: row.title,
    region: row.region,
    level: row.level,
    levelLabel: levelLabel(row.level),
    issuer: row.issuer,
    year: row.year,
    published: row.published,
    script: row.script,
    sections: { ok: row.sections_ok, total: row.sections_total },
    findings: row.findings_count,
    facts: row.facts_count,
    measures: row.measures_count,
    engineVersion: row.engine_version,
    sha256: row.sha256,
    createdAt: iso(row.created_at),
    isPublic: row.published_at !== null,
    snippets,
  };
}

/** At most this many facts (and findings) in a document's record as the API shows it. */
export const MAX_RECORD_ITEMS = 2000;

/** The analysis record in the API's casing. The stored record (and the CLI's JSON, and the gold
 * files) keep the engine's own keys; only its few snake_case ones are renamed here. The keys of
 * `sectionsPresent` are part ids (data), not field names, and stay as they are. */
export function presentRecord(r: AnalysisRecord) {
  const { sections_present, outline, measures, facts, findings, source, ...rest } = r;
  const { invalid_bytes, ...src } = source;
  return {
    ...rest,
    source: invalid_bytes === undefined ? src : { ...src, invalidBytes: invalid_bytes },
    // a text can hold hundreds of thousands of numbers: the page shows the first ones, the
    // comparison (/api/facts) pages through all of them; the summary's counts say how many
    facts: facts
      .slice(0, MAX_RECORD_ITEMS)
      .map((f) => ({ ...f, indicatorLabel: indicatorLabel(f.indicator) })),
    findings: findings.slice(0, MAX_RECORD_ITEMS).map((f) => ({ ...f, ruleLabel: ruleLabel(f.rule) })),
    outline: outline.map(({ inferred_marker, ...h }) => ({ ...h, inferredMarker: inferred_marker })),
    measures: measures.map(({ clause_start, ...m }) => ({ ...m, clauseStart: clause_start })),
    sectionsPresent: sections_present,
  };
}

/** A document with its current analysis record and the analyses before it. */
export function presentDocumentDetail(
  row: DocumentRow,
  record: AnalysisRecord,
  history: Array<{ id: number; engine_version: string; created_at: Date | string }>,
) {
  return {
    ...presentDocumentSummary(row),
    record: presentRecord(record),
    analyses: history.map((h) => ({
      id: h.id,
      engineVersion: h.engine_version,
      createdAt: iso(h.created_at),
    })),
  };
}

/** A fact as compared across documents: the value, its quote, and the document it came from. */
export function presentFact(f: {
  id: number;
  document_id: number;
  indicator: string | null;
  value: number;
  unit: string;
  quote: string;
  subject: string;
  start: number;
  end: number;
  region: string | null;
  issuer: string | null;
  year: number | null;
  title: string | null;
  name: string;
}) {
  return {
    id: f.id,
    documentId: f.document_id,
    indicator: f.indicator,
    indicatorLabel: indicatorLabel(f.indicator),
    value: f.value,
    unit: f.unit,
    quote: f.quote,
    subject: f.subject,
    start: f.start,
    end: f.end,
    region: f.region,
    issuer: f.issuer,
    year: f.year,
    title: f.title,
    name: f.name,
  };
}

/** Filter values for the library and the comparison. */
export const presentFacets = (f: { regions: string[]; years: number[]; rules: string[] }) => ({
  regions: f.regions,
  years: f.years,
  rules: f.rules.map((id) => ({ id, label: ruleLabel(id) })),
  kinds: Object.entries(KIND_LABEL).map(([id, label]) => ({ id, label })),
});

/** A plan's ledger: measures by unit, as built from its record. */
export const presentPlanLedger = (l: Ledger & { id: number; title: string | null }) => l;
