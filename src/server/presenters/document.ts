// The only way a stored row becomes API JSON.
import type { Selectable } from "kysely";
import type { DocumentTable } from "../../store/schema.ts";
import type { AnalysisRecord } from "../../types.ts";
import type { SnippetPart } from "../../commands/documents/documents.ts";

type DocumentRow = Omit<Selectable<DocumentTable>, "search_tokens" | "text">;

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function presentDocumentSummary(row: DocumentRow, snippets: SnippetPart[][] = []) {
  return {
    id: row.id,
    name: row.name,
    sourceUrl: row.source_url,
    format: row.format,
    kind: row.kind,
    title: row.title,
    region: row.region,
    level: row.level,
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

export function presentDocumentDetail(
  row: DocumentRow,
  record: AnalysisRecord,
  history: Array<{ id: number; engine_version: string; created_at: Date | string }>,
) {
  return {
    ...presentDocumentSummary(row),
    record,
    analyses: history.map((h) => ({
      id: h.id,
      engineVersion: h.engine_version,
      createdAt: iso(h.created_at),
    })),
  };
}
