// Table types for the query builder. Changes to the schema go through migrations.ts.
import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { AnalysisRecord } from "../types.ts";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface BlobTable {
  sha256: string;
  content: Uint8Array;
  size: number;
  created_at: Timestamp;
}

export interface DocumentTable {
  id: Generated<number>;
  sha256: string;
  name: string;
  source_url: string | null;
  format: string;
  charset: string | null;
  kind: string;
  title: string | null;
  region: string | null;
  level: string | null;
  year: number | null;
  published: string | null;
  script: string;
  sections_ok: ColumnType<number, number | undefined, number>;
  sections_total: ColumnType<number, number | undefined, number>;
  findings_count: ColumnType<number, number | undefined, number>;
  facts_count: ColumnType<number, number | undefined, number>;
  measures_count: ColumnType<number, number | undefined, number>;
  engine_version: string;
  analysis_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** segmented text (jieba, space-joined) behind the full-text index */
  search_tokens: ColumnType<string, string | undefined, string>;
  text: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AnalysisTable {
  id: Generated<number>;
  document_id: number;
  engine_name: string;
  engine_version: string;
  record: JSONColumnType<AnalysisRecord>;
  created_at: Timestamp;
}

export interface FactTable {
  id: Generated<number>;
  analysis_id: number;
  document_id: number;
  start: number;
  end: number;
  quote: string;
  value: number;
  unit: string;
  approx: string | null;
  subject: string;
  indicator: string | null;
}

export interface FindingTable {
  id: Generated<number>;
  analysis_id: number;
  document_id: number;
  rule: string;
  severity: string;
  message: string;
  start: number | null;
  end: number | null;
}

export interface Database {
  blobs: BlobTable;
  documents: DocumentTable;
  analyses: AnalysisTable;
  facts: FactTable;
  findings: FindingTable;
}
