// The only way a stored document (and its facts) becomes API JSON. Imports types only, so
// the web client can derive its types from these functions.
import { titleMarks } from "../../shared/title-marks.ts";
import type { Selectable } from "kysely";
import type { DocumentTable } from "../../store/schema.ts";
import type { Ledger } from "../../plan/ledger.ts";
import type { RecordParts } from "../../store/records.ts";
import type { AnalysisRecord, Fact, Finding, OrganFilterKind } from "../../types.ts";
import {
  type AreaRef,
  areaKey,
  areaLabels,
  fullAreaName,
  regionLabels,
  rowArea,
  documentName,
  indicatorLabel,
  KIND_LABEL,
  kindLabel,
  levelLabel,
  organKindLabel,
  organLabel,
  placeLabel,
  ruleLabel,
} from "../../labels.ts";
import { objectMembers, renameKeys } from "../../shared/json-text.ts";
import { JsonText } from "./json-text.ts";
import { iso } from "./time.ts";

type DocumentRow = Omit<Selectable<DocumentTable>, "search_tsv" | "text">;

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export function presentDocumentSummary(
  row: DocumentRow,
  snippets: SnippetPart[][] = [],
  label: (a: AreaRef) => string = regionLabels([row]),
) {
  const region = rowArea(row);
  return {
    id: row.id,
    name: row.name,
    sourceUrl: row.source_url,
    format: row.format,
    kind: row.kind,
    kindLabel: kindLabel(row.kind),
    title: row.title,
    /** the title, or when none was read the document's place, year and kind (never a file name) */
    displayTitle: documentName(row),
    region: row.region,
    /** the region's division code (GB/T 2260), null when not known */
    regionCode: row.region_code,
    /** the region as shown: 鼓楼区（福州市） when another shown region shares the name */
    regionLabel: region ? label(region) : null,
    /** where it comes from, in words: the region, else a department's level (市级部门); null when unknown */
    place: region ? label(region) : placeLabel(row),
    level: row.level,
    levelLabel: levelLabel(row.level),
    issuer: row.issuer,
    /** the kind of organ the issuer is when not a government or its department (人民法院, 党委);
     *  null otherwise */
    organLabel: organLabel(row.issuer),
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

// a text can hold hundreds of thousands of numbers: the page shows the first ones, the
// comparison (/api/facts) pages through all of them; the summary's counts say how many
const presentFacts = (facts: Fact[]) =>
  facts.slice(0, MAX_RECORD_ITEMS).map((f) => ({ ...f, indicatorLabel: indicatorLabel(f.indicator) }));
const presentFindings = (findings: Finding[]) =>
  findings.slice(0, MAX_RECORD_ITEMS).map((f) => ({ ...f, ruleLabel: ruleLabel(f.rule) }));

/** The analysis record in the API's casing. The stored record (and the CLI's JSON, and the gold
 * files) keep the engine's own keys; only its few snake_case ones are renamed here. The keys of
 * `sectionsPresent` are part ids (data), not field names, and stay as they are. */
export function presentRecord(r: AnalysisRecord) {
  const { sections_present, outline, measures, facts, findings, source, ...rest } = r;
  const { invalid_bytes, ...src } = source;
  return {
    ...rest,
    source: invalid_bytes === undefined ? src : { ...src, invalidBytes: invalid_bytes },
    facts: presentFacts(facts),
    findings: presentFindings(findings),
    outline: outline.map(({ inferred_marker, ...h }) => ({ ...h, inferredMarker: inferred_marker })),
    measures: measures.map(({ clause_start, ...m }) => ({ ...m, clauseStart: clause_start })),
    sectionsPresent: sections_present,
  };
}

type History = Array<{ id: number; engine_version: string; created_at: Date | string }>;

const presentHistory = (history: History) =>
  history.map((h) => ({ id: h.id, engineVersion: h.engine_version, createdAt: iso(h.created_at) }));

/** A document with its current analysis record and the analyses before it. */
export function presentDocumentDetail(row: DocumentRow, record: AnalysisRecord, history: History) {
  return {
    ...presentDocumentSummary(row),
    record: presentRecord(record),
    analyses: presentHistory(history),
  };
}

/** The keys presentRecord renames inside the parts it otherwise shows as stored. */
const RENAMED = {
  source: { invalid_bytes: "invalidBytes" },
  outline: { inferred_marker: "inferredMarker" },
  measures: { clause_start: "clauseStart" },
};
/** The stored record's members presentRecord changes (the others it shows as they are). */
const CHANGED = new Set(["source", "facts", "findings", "outline", "measures", "sections_present"]);

/**
 * presentDocumentDetail's answer written from the record's stored JSON text without parsing it:
 * the members shown as stored (meta, noise, engine, sections_present under its new name) copied
 * as they are, the few keys presentRecord renames renamed in the text (none of those names is a
 * key of anything nested deeper), the facts and findings with their labels. A record stored
 * another way (its text, facts or findings inline, before 0010) goes through presentDocumentDetail.
 */
export function presentDocumentDetailJson(
  row: DocumentRow,
  parts: RecordParts,
  history: History,
): JsonText<ReturnType<typeof presentDocumentDetail>> {
  const m = objectMembers(parts.json);
  const [source, outline, measures, sections] = ["source", "outline", "measures", "sections_present"].map(
    (k) => m?.get(k),
  );
  const split = ["text", "facts", "findings"].every((k) => m?.get(k) === "null");
  if (!m || !split || !source || !outline || !measures || !sections)
    return new JsonText(JSON.stringify(presentDocumentDetail(row, parts.record(), history)));
  const members: string[] = [];
  for (const [key, value] of m)
    if (key === "text") members.push(`"text":${JSON.stringify(parts.text)}`);
    else if (!CHANGED.has(key)) members.push(`${JSON.stringify(key)}:${value}`);
  members.push(
    `"source":${renameKeys(source, RENAMED.source)}`,
    `"facts":${JSON.stringify(presentFacts(parts.facts))}`,
    `"findings":${JSON.stringify(presentFindings(parts.findings))}`,
    `"outline":${renameKeys(outline, RENAMED.outline)}`,
    `"measures":${renameKeys(measures, RENAMED.measures)}`,
    `"sectionsPresent":${sections}`,
  );
  const summary = JSON.stringify(presentDocumentSummary(row));
  return new JsonText(
    `${summary.slice(0, -1)},"record":{${members.join(",")}},"analyses":${JSON.stringify(presentHistory(history))}}`,
  );
}

/** A fact as compared across documents: the value, its quote, and the document it came from. */
export function presentFact(
  f: {
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
    region_code: string | null;
    issuer: string | null;
    year: number | null;
    title: string | null;
    kind: string;
    name: string;
  },
  labels: FactLabels = factLabels([f]),
) {
  return {
    id: f.id,
    documentId: f.document_id,
    /** the document as the library names it (its title, or place, year and kind) */
    documentTitle: documentName(f),
    indicator: f.indicator,
    indicatorLabel: indicatorLabel(f.indicator),
    value: f.value,
    unit: f.unit,
    quote: f.quote,
    subject: f.subject,
    start: f.start,
    end: f.end,
    region: f.region,
    regionCode: f.region_code,
    regionLabel: labels.region(f),
    issuer: f.issuer,
    /** the issuer as the table shows it: with its city where two issuers shown together share a
     *  name (鼓楼区（福州市）, 鼓楼区（南京市）), as 地区 is; null when none was read */
    issuerLabel: f.issuer ? labels.series(f) : null,
    /** the chart's series: one issuer (a city and its departments share the area, not the series),
     *  with its city where two shown issuers share a name (鼓楼区人民政府 of 福州市 and of 南京市) */
    series: labels.series(f),
    year: f.year,
    title: f.title,
    name: f.name,
  };
}

type FactRow = { region: string | null; region_code: string | null; issuer: string | null };
interface FactLabels {
  region: (f: FactRow) => string | null;
  series: (f: FactRow) => string;
}
const seriesOf = (f: FactRow): AreaRef => ({ name: f.issuer ?? f.region ?? "未知", code: f.region_code });

/** The labels of facts shown together (a page of the table and the chart's points). */
export function factLabels(facts: FactRow[]): FactLabels {
  const region = regionLabels(facts);
  const series = areaLabels(facts.map(seriesOf));
  return {
    region: (f) => {
      const area = rowArea(f);
      return area ? region(area) : null;
    },
    series: (f) => series(seriesOf(f)),
  };
}

/** Filter values for the library and the comparison. */
export function presentFacets(f: {
  regions: AreaRef[];
  years: number[];
  rules: string[];
  organs: OrganFilterKind[];
}) {
  const label = areaLabels(f.regions);
  return {
    /** one per division (two 鼓楼区 are two, labelled with their cities); `id` is the filter's
     *  value, `unitName` the area as a unit named after it (福州市鼓楼区: a round's unit) */
    regions: f.regions.map((r) => ({ id: areaKey(r), label: label(r), unitName: fullAreaName(r) })),
    years: f.years,
    rules: f.rules.map((id) => ({ id, label: ruleLabel(id) })),
    kinds: Object.entries(KIND_LABEL).map(([id, label]) => ({ id, label })),
    /** the kinds of organ (other than governments) the visible documents' issuers are, named
     *  as the list's tag names them */
    organs: f.organs.map((id) => ({ id, label: organKindLabel(id) })),
  };
}

/** A plan's ledger: measures by unit, as built from its record. */
export const presentPlanLedger = (l: Ledger & { id: number; title: string | null }) => ({
  ...l,
  title: l.title === null ? null : titleMarks(l.title),
});
