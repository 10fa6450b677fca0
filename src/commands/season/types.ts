// The season's data shapes that cross into the web client: pure types, no runtime imports.
import type { Part } from "../../types.ts";

export type UnitStatus = "未提交" | "已提交" | "已退回" | "已通过" | "已公开" | "逾期";
export type PublicationStatus = "on_time" | "late" | "not_found" | "differs" | "hijacked";
export type SubmissionState = "submitted" | "returned" | "accepted";

export interface DraftReview {
  title: string | null;
  region: string | null;
  year: number | null;
  kind: string;
  parts: Array<{ part: Part; label: string; present: boolean; start: number | null }>;
  findings: Array<{
    rule: string;
    ruleLabel: string;
    severity: string;
    message: string;
    start: number | null;
    end: number | null;
    /** the words around the span on its line, so a unit (who sees no text beside the check)
     *  finds the place in its own file: before, the span itself, after */
    context: { before: string; text: string; after: string } | null;
  }>;
  tampered: boolean;
  /** text repeated from the unit's earlier reports or other units' reports of the season */
  copied: CopyReport | null;
  /** problems that should be fixed before submitting */
  blocking: number;
}

export interface RateEntry {
  unitKey: string;
  unitName: string;
  /** why the unit counts or not, in words */
  detail: string;
}

export interface Rate {
  label: string;
  numerator: number;
  denominator: number;
  /** percent with one decimal place, as reports write it; null without units */
  percent: number | null;
  counted: RateEntry[];
  notCounted: RateEntry[];
}

export interface SeasonReminder {
  unitKey: string;
  unitName: string;
  /** whether a version was submitted (the reminder is then about publication) */
  submitted: boolean;
  text: string;
}

export interface Evidence {
  url: string;
  checkedOn: string;
  httpStatus: number | null;
  /** share of the accepted text found on the page, 0–1 */
  containment: number | null;
  declaredDate: string | null;
  tampering: Array<{ signal: string; count: number; quotes: string[] }>;
  message: string;
  /** the previous result when this check changed it (a page edited or hijacked later) */
  changedFrom: PublicationStatus | null;
}

export interface DiffLine {
  op: "same" | "added" | "removed";
  text: string;
}

export interface PromiseItem {
  promise: string;
  start: number;
  end: number;
  addressed: boolean;
  score: number;
  match: string | null;
  matchStart: number | null;
  matchEnd: number | null;
}

export interface FigureAcross {
  indicator: string;
  label: string;
  unit: string;
  last: number | null;
  current: number | null;
  change: number | null;
}

export interface UnitPromises {
  unitKey: string;
  unitName: string;
  lastTitle: string;
  items: PromiseItem[];
  figures: FigureAcross[];
}

export interface CopiedPassage {
  /** span in the report (half-open, UTF-16 units) */
  start: number;
  end: number;
  quote: string;
  /** the report it repeats, in words (单位 · 年度 · 标题) */
  source: string;
  sourceQuote: string;
}

export interface CopyReport {
  /** share of the report's letters and digits found in the sources, 0–1 */
  share: number;
  sources: Array<{ label: string; share: number }>;
  passages: CopiedPassage[];
}
