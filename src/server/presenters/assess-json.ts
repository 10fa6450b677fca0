// The assessment API's response types, shared with the web client (no server imports here).
import type { IndicatorNode, Method } from "../../assess/system.ts";
import type { Evidence } from "../../assess/types.ts";

export type { Evidence, IndicatorNode, Method };

export interface RoundSummaryJson {
  id: number;
  year: number;
  title: string;
  status: "open" | "finalised" | "published";
  statusLabel: string;
  systemName: string;
  systemVersion: string;
  units: number;
  createdAt: string | null;
  publishedAt: string | null;
}

export interface ResultItemJson {
  id: number | null;
  code: string;
  name: string;
  path: string[];
  method: string;
  methodLabel: string;
  points: number;
  max: number;
  status: "scored" | "no_evidence" | "pending";
  statusLabel: string;
  explanation: string;
  evidenceCount: number;
}

export interface UnitResultJson {
  unitId: number;
  unitName: string;
  documentId: number | null;
  /** the report's title as the library shows it; null without a report or for the public */
  documentTitle: string | null;
  rank: number;
  total: number;
  max: number;
  previousTotal: number | null;
  change: number | null;
  firstLevel: { code: string; name: string; points: number; max: number }[];
  items: ResultItemJson[];
}

export interface ResultsJson {
  round: {
    id: number;
    year: number;
    title: string;
    status: RoundSummaryJson["status"];
    statusLabel: string;
    computedAt: string | null;
    finalisedAt: string | null;
    publishedAt: string | null;
  };
  system: {
    key: string;
    name: string;
    version: string;
    basis: string;
    assumption: string;
    firstLevel: { code: string; name: string; max: number }[];
  };
  distribution: { label: string; count: number }[];
  units: UnitResultJson[];
}

export interface AppealJson {
  id: number;
  itemId: number;
  code: string;
  unitName: string;
  reason: string;
  status: "pending" | "accepted" | "rejected";
  statusLabel: string;
  points: number;
  max: number;
  decidedPoints: number | null;
  decision: string | null;
  createdAt: string | null;
}

export interface TraceJson {
  round: { id: number; title: string; status: RoundSummaryJson["status"]; statusLabel: string };
  unit: { name: string; documentId: number | null };
  item: {
    id: number;
    code: string;
    name: string;
    path: string[];
    method: string;
    methodLabel: string;
    max: number;
    computedPoints: number;
    points: number;
    status: ResultItemJson["status"];
    statusLabel: string;
    explanation: string;
    inputs: Record<string, unknown>;
    override: { points: number; reason: string; appealId: number; by: string | null } | null;
    /** each piece as the exports cite it (《title》：“…passage…”) with the passage's page in the app
     *  (`/documents/:id?at=start-end`; null when there is no passage to open) */
    evidence: (Evidence & { text: string; link: string | null })[];
  };
  rule: Method | null;
  changes: {
    at: string | null;
    cause: string;
    causeLabel: string;
    pointsBefore: number | null;
    pointsAfter: number;
    note: string;
    by: string | null;
  }[];
  appeals: {
    id: number;
    reason: string;
    evidence: unknown[];
    status: AppealJson["status"];
    statusLabel: string;
    decidedPoints: number | null;
    decision: string | null;
    createdAt: string | null;
    decidedAt: string | null;
  }[];
}
