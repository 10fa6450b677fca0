// The analysis record and the items it carries. Every span is half-open `{start, end}`
// in UTF-16 code units into `text`, the decoded original.

export interface Span {
  start: number;
  end: number;
}

export type Format = "txt" | "html" | "docx" | "doc" | "ofd" | "pdf" | "image";
export type Charset = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

export interface SourceInfo {
  path: string;
  sha256: string;
  bytes: number;
  charset: Charset | null;
  format: Format;
  /** bytes that were not valid in the detected charset and became U+FFFD (absent when none) */
  invalid_bytes?: number;
  /** set when the text was read from images by OCR (scanned PDF, photographed page) */
  ocr?: OcrInfo;
}

export interface OcrLineSpan extends Span {
  /** mean probability of the line's characters, 0–1 */
  confidence: number;
  /** 1-based page */
  page: number;
}

export interface OcrInfo {
  engine: string;
  pages: number;
  /** character-weighted mean confidence over the document */
  meanConfidence: number;
  /** every OCR line, as a span of `text` */
  lines: OcrLineSpan[];
}

export type DocKind = "report" | "plan" | "other";
/** Who issued the document: a government at its level (central for ministries and the State
 * Council, township for 镇/乡/街道/苏木), or a government department. */
export type Level = "central" | "province" | "city" | "county" | "township" | "department";
export type Script = "simplified" | "traditional";
/** An organ of an area other than its government that issues reports: the Party committee (and
 *  its 依法治市办), the people's congress, the CPPCC, a court, a procuratorate, the supervisory
 *  commission. */
export type OrganKind = "party" | "congress" | "cppcc" | "court" | "procuratorate" | "supervision";
/** The kinds a reader tells organs apart by (the library's tag and filter): the engine's, with the
 *  Party committee's departments (组织部, 政法委) apart from the committee itself. */
export type OrganFilterKind = OrganKind | "party_department";

/** What shows a page was tampered with: injected advertising (`ad`), the issuer's name replaced
 * (`issuer`), a fixed formula's word replaced (`formula`), an SEO keyword string (`keywords`),
 * pinyin injected after the characters (`pinyin`). */
export type TamperSignal = "ad" | "issuer" | "formula" | "keywords" | "pinyin";
export interface TamperEvidence {
  signal: TamperSignal;
  count: number;
  /** the first places (at most 20) */
  spans: Span[];
}
/** The page-level verdict on a hijacked page; null on a page with no sign of tampering. */
export interface Tampering {
  evidence: TamperEvidence[];
}

/** A division as the record keeps it beside the region's name. */
export interface Division {
  /** 行政区划代码, six digits (430802); null for a former division (株洲县: its code was retired) */
  code: string | null;
  /** the division it lies in (张家界市, 430800; a former city's code is null); null for a province */
  parent: { name: string; code: string | null } | null;
}

export interface Meta {
  kind: DocKind;
  title: string | null;
  /** the issuer's administrative area (a department's is its government's; 全国 for central) */
  region: string | null;
  /** `region` as a division of GB/T 2260: several share a name (永定区 of 龙岩市 and of 张家界市),
   *  the code says which. null where the region is no division (全国, a township, an area the
   *  division table does not know) and where its name is shared and the text does not say which
   *  — then the name alone is kept, no division guessed. Absent in records before engine 0.2.13. */
  division?: Division | null;
  level: Level | null;
  /** the issuing body: the department (山东省司法厅), the ministry, another organ of the area
   *  (长治市人民检察院), or the area for a government */
  issuer: string | null;
  /** set where the issuer is an organ of the area other than its government (the Party committee
   *  and its 依法治市办, the people's congress, CPPCC, a court, the procuratorate, the supervisory
   *  commission): which; `level` is then the area's. Absent before engine 0.2.16. */
  organ?: OrganKind;
  year: number | null;
  /** the date the page shows, else the signature's: YYYY-MM-DD, or YYYY-MM where the signature
   *  gives the month alone (二〇二五年三月) */
  published: string | null;
  script: Script;
  /** set by the pipeline after the other fields */
  tampering?: Tampering | null;
}

export type NoiseKind = "boilerplate" | "spam" | "garbage";
export interface Noise extends Span {
  kind: NoiseKind;
}

export interface Heading {
  level: number;
  marker: string;
  inferred_marker: string;
  title: string;
  start: number;
  /** set when the marker was lost in the source and reconstructed from sequence and form */
  inferred?: true;
  /** set when the heading stands inside a line (run into the text before it), not at its start */
  inline?: true;
}

export interface Fact extends Span {
  quote: string;
  value: number;
  unit: string;
  approx: string | null;
  subject: string;
  indicator: string | null;
}

export type Part = "achievements" | "shortcomings" | "first_responsible" | "next_year";
export interface PartPresence {
  present: boolean;
  start: number | null;
}
export type SectionsPresent = Record<Part, PartPresence>;

export interface Deadline extends Span {
  quote: string;
  date: string;
}

export interface Measure extends Span {
  no: number;
  title: string;
  area: string | null;
  group: { no: number; title: string } | null;
  lead: string[];
  cooperate: string[];
  collective: boolean;
  deadlines: Deadline[];
  /** the deadline that applies: the earliest explicit one, else the plan's default (inherited) */
  due: { date: string; inherited: boolean } | null;
  clause: string | null;
  clause_start: number | null;
  /** a term that is no date: a standing duty (长期坚持, 持续推进) or a recurring one (每年3月底前);
   * absent in records made before it was read */
  term?: MeasureTerm | null;
}

export interface MeasureTerm extends Span {
  kind: "standing" | "recurring";
  quote: string;
  /** read from the measure's text (每年第一季度向社会公布…), not given as its deadline: it keeps the
   *  plan's default off the measure, while a ledger takes no time of year from it (its first time
   *  may lie before the ledger is made) */
  inText?: true;
}

export type Severity = "error" | "warning" | "info";
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start?: number;
  end?: number;
}

export interface AnalysisRecord {
  source: SourceInfo;
  text: string;
  meta: Meta;
  noise: Noise[];
  outline: Heading[];
  facts: Fact[];
  sections_present: SectionsPresent | null;
  measures: Measure[];
  findings: Finding[];
  engine: { name: string; version: string };
}
