// Store one document: the original bytes (content-addressed), its analysis record and the
// rows derived from it, in one transaction. The same bytes twice give the same document.
import { createHash } from "node:crypto";
import type { Transaction } from "kysely";
import { describeError, InputError } from "../../ingest/errors.ts";
import { readSource } from "../../ingest/load.ts";
import type { AnalyzeOptions } from "../../pipeline.ts";
import { analyzeBytes } from "../../pipeline.ts";
import type { Database } from "../../store/schema.ts";
import type { Store } from "../../store/db.ts";
import { indexTokens } from "../../store/search.ts";
import { checkFileName } from "../files/names.ts";
import { audit } from "../audit/audit.ts";
import type { AnalysisRecord } from "../../types.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { DomainError } from "../errors.ts";

export interface IngestProps {
  bytes: Uint8Array;
  name: string;
  sourceUrl?: string | null;
  options: AnalyzeOptions;
}

export interface IngestResult {
  documentId: number;
  created: boolean;
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const BATCH = 500;

/** Insert an analysis of a document and make it current; rows are batched. */
export async function insertAnalysis(
  trx: Transaction<Database>,
  documentId: number,
  record: AnalysisRecord,
): Promise<number> {
  const { id: analysisId } = await trx
    .insertInto("analyses")
    .values({
      document_id: documentId,
      engine_name: record.engine.name,
      engine_version: record.engine.version,
      record: JSON.stringify(record),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const facts = record.facts.map((f) => ({
    analysis_id: analysisId,
    document_id: documentId,
    start: f.start,
    end: f.end,
    quote: f.quote,
    value: f.value,
    unit: f.unit,
    approx: f.approx,
    subject: f.subject,
    indicator: f.indicator,
  }));
  for (let i = 0; i < facts.length; i += BATCH)
    await trx
      .insertInto("facts")
      .values(facts.slice(i, i + BATCH))
      .execute();
  const findings = record.findings.map((f) => ({
    analysis_id: analysisId,
    document_id: documentId,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    start: f.start ?? null,
    end: f.end ?? null,
  }));
  for (let i = 0; i < findings.length; i += BATCH)
    await trx
      .insertInto("findings")
      .values(findings.slice(i, i + BATCH))
      .execute();
  const sections = record.sections_present ? Object.values(record.sections_present) : [];
  await trx
    .updateTable("documents")
    .set({
      analysis_id: analysisId,
      engine_version: record.engine.version,
      kind: record.meta.kind,
      title: record.meta.title,
      region: record.meta.region,
      level: record.meta.level,
      issuer: record.meta.issuer,
      year: record.meta.year,
      published: record.meta.published,
      script: record.meta.script,
      sections_ok: sections.filter((s) => s.present).length,
      sections_total: sections.length,
      findings_count: record.findings.length,
      facts_count: record.facts.length,
      measures_count: record.measures.length,
      search_tokens: indexTokens(`${record.meta.title ?? ""}\n${record.text}`),
      text: record.text,
      updated_at: new Date(),
    })
    .where("id", "=", documentId)
    .execute();
  return analysisId;
}

/** Analyse first (outside the transaction), then write everything or nothing. */
export async function ingestDocument(store: Store, scope: Scope, props: IngestProps): Promise<IngestResult> {
  requirePermission(scope, "documents:write");
  checkFileName(props.name);
  const hash = sha256(props.bytes);
  const existing = await store.db
    .selectFrom("documents")
    .select("id")
    .where("sha256", "=", hash)
    .executeTakeFirst();
  if (existing) return { documentId: existing.id, created: false };
  const record = await analyzeBytes(props.bytes, props.name, props.options);
  return store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("blobs")
      .values({ sha256: hash, content: props.bytes, size: props.bytes.length })
      .onConflict((oc) => oc.column("sha256").doNothing())
      .execute();
    // an upsert: the same bytes sent twice at once give one document, whichever commits first
    // (the loser waits for the winner's row, then finds it)
    const inserted = await trx
      .insertInto("documents")
      .values({
        sha256: hash,
        name: props.name,
        source_url: props.sourceUrl ?? null,
        format: record.source.format,
        charset: record.source.charset,
        kind: record.meta.kind,
        script: record.meta.script,
        engine_version: record.engine.version,
      })
      .onConflict((oc) => oc.column("sha256").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) {
      const { id } = await trx
        .selectFrom("documents")
        .select("id")
        .where("sha256", "=", hash)
        .executeTakeFirstOrThrow();
      return { documentId: id, created: false };
    }
    const analysisId = await insertAnalysis(trx, inserted.id, record);
    await audit(trx, scope.caller, props.sourceUrl ? "fetch-url" : "upload", "document", inserted.id, null, {
      name: props.name,
      sha256: hash,
      sourceUrl: props.sourceUrl ?? null,
      analysisId,
      engineVersion: record.engine.version,
    });
    return { documentId: inserted.id, created: true };
  });
}

/** Fetch a web page (or file) by its address, then store it like an upload. */
export async function ingestUrl(
  store: Store,
  scope: Scope,
  props: { url: string; options: AnalyzeOptions },
): Promise<IngestResult> {
  requirePermission(scope, "documents:write");
  try {
    const bytes = await readSource(props.url, props.options.limits);
    return await ingestDocument(store, scope, {
      bytes,
      name: props.url,
      sourceUrl: props.url,
      options: props.options,
    });
  } catch (error) {
    if (error instanceof InputError)
      throw new DomainError("unprocessable", error.problem, describeError(props.url, error), error.detail);
    throw error;
  }
}
