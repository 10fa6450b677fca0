// The assessment API's response types, imported from the server's presenter types.
export type {
  AppealJson,
  Evidence,
  ResultItemJson,
  ResultsJson,
  RoundSummaryJson,
  TraceJson,
  UnitResultJson,
} from "../../../../src/server/presenters/assess-json.ts";

export const STATUS_COLOR: Record<string, string> = {
  scored: "green",
  no_evidence: "default",
  pending: "orange",
  open: "blue",
  finalised: "purple",
  published: "green",
  accepted: "green",
  rejected: "red",
};

export const rate = (points: number, max: number) => (max ? `${((100 * points) / max).toFixed(1)}%` : "—");
