// What the scoring engine reads (a unit's inputs) and what it returns (points with evidence).
// The engine is pure: the platform gathers the inputs from its tables, the CLI from files.
import type { AnalysisRecord } from "../types.ts";

/** A report the unit is scored on: its analysis record and, in the platform, its document id. */
export interface DocumentInput {
  documentId: number | null;
  record: Pick<AnalysisRecord, "text" | "facts" | "findings" | "sections_present" | "noise" | "outline">;
}

/** The report season's dates for the unit (ISO dates, YYYY-MM-DD); null when not yet done. */
export interface SeasonInput {
  submissionId: number | null;
  submittedOn: string | null;
  submitDue: string;
  publishedOn: string | null;
  publishDue: string;
}

export interface LedgerTask {
  id: number;
  title: string;
  /** closed tasks count as done */
  closed: boolean;
  closedOn: string | null;
  due: string | null;
}

/** The unit's tasks in the ledger, judged on a given day. */
export interface LedgerInput {
  on: string;
  tasks: LedgerTask[];
}

/** Evidence an evaluator attaches: a stored file, or a passage of a document. */
export type EnteredEvidence =
  | { kind: "file"; sha256: string; name: string }
  | { kind: "span"; documentId: number; start: number; end: number; quote: string };

export interface ManualEntry {
  points: number;
  reason: string;
  evidence: EnteredEvidence[];
  by: string | null;
}

export interface UnitInputs {
  document: DocumentInput | null;
  season: SeasonInput | null;
  ledger: LedgerInput | null;
  /** by leaf code */
  manual: Record<string, ManualEntry>;
  /** survey figures by leaf code */
  survey: Record<string, { value: number; by: string | null; reason?: string }>;
}

export const emptyInputs = (): UnitInputs => ({
  document: null,
  season: null,
  ledger: null,
  manual: {},
  survey: {},
});

/** Where a point came from. Every quote equals text.slice(start, end) of its document. */
export type Evidence =
  | { kind: "span"; documentId: number | null; start: number; end: number; quote: string; note: string }
  | {
      kind: "finding";
      rule: string;
      message: string;
      documentId: number | null;
      start: number | null;
      end: number | null;
      quote: string | null;
    }
  | { kind: "task"; taskId: number; title: string; note: string }
  | { kind: "file"; sha256: string; name: string }
  | {
      kind: "season";
      submissionId: number | null;
      what: "submitted" | "published";
      on: string | null;
      due: string;
    }
  | { kind: "entry"; by: string | null; reason: string };

/**
 * scored: points derived from evidence (or a deduction item with nothing to deduct);
 * no_evidence: the source was missing or said nothing, so no points;
 * pending: waits for an evaluator's entry.
 */
export type ItemStatus = "scored" | "no_evidence" | "pending";

export interface ItemScore {
  code: string;
  name: string;
  /** names of the indicators above it, first level first */
  path: string[];
  method: string;
  max: number;
  points: number;
  status: ItemStatus;
  /** how the points were found, in Chinese (the rule and its inputs) */
  explanation: string;
  /** the rule's inputs: thresholds, values, counts */
  inputs: Record<string, unknown>;
  evidence: Evidence[];
}

export interface NodeScore {
  code: string;
  name: string;
  max: number;
  points: number;
  children: NodeScore[];
}

export interface UnitScore {
  total: number;
  max: number;
  /** first-level indicators with their subtotals (the radar chart's axes) */
  tree: NodeScore[];
  items: ItemScore[];
}
