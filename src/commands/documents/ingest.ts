// Store documents: the original bytes (content-addressed), the analysis record and the rows
// derived from it. Many files at once (a directory, a multi-file upload) are analysed in the
// worker pool on every core (search tokens included) while the finished ones are written in
// batches: one transaction of a few multi-row INSERTs per batch. A batch the database refuses is
// written again one document at a time, so one bad file costs only itself. The same bytes twice
// give the same document.
import { createHash } from "node:crypto";
import { sql, type Transaction } from "kysely";
import { describeError, InputError } from "../../ingest/errors.ts";
import { readSource } from "../../ingest/load.ts";
import { analysisSlots } from "../../ingest/pool.ts";
import { flushTrace, trace, traceNow, tracing } from "../../ingest/trace.ts";
import { type AnalyzeOptions, analyzeAndIndex, type IndexedRecord } from "../../pipeline.ts";
import { refreshStatistics, type Store } from "../../store/db.ts";
import { insertStoredItems, textParam } from "../../store/records.ts";
import type { Database } from "../../store/schema.ts";
import { tsvectorOf } from "../../store/search-sql.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { auditMany } from "../audit/audit.ts";
import { DomainError } from "../errors.ts";
import { checkFileName } from "../files/names.ts";

export interface IngestInput {
  bytes: Uint8Array;
  name: string;
  sourceUrl?: string | null;
}

export interface IngestProps extends IngestInput {
  options: AnalyzeOptions;
}

export interface IngestResult {
  documentId: number;
  created: boolean;
}

/** What became of one input: its document, or why it was not stored. */
export type IngestOutcome = ({ ok: true } & IngestResult) | { ok: false; error: unknown };

export interface IngestHooks {
  /** documents written per transaction (default 100) */
  batchSize?: number;
  /** called as each input is settled, with its position among the inputs; if it throws, the
   *  storing goes on and its first error is thrown when every input is stored */
  onOutcome?: (index: number, outcome: IngestOutcome) => void;
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The columns of a document that come from its current analysis. */
function currentColumns(indexed: IndexedRecord, analysisId: number) {
  const { record, text } = indexed;
  return {
    analysis_id: analysisId,
    engine_version: record.engine.version,
    kind: record.meta.kind,
    title: record.meta.title,
    region: record.meta.region,
    // which of the divisions sharing the name it is (鼓楼区 of 福州市); none in older records
    region_code: record.meta.division?.code ?? null,
    level: record.meta.level,
    issuer: record.meta.issuer,
    year: record.meta.year,
    published: record.meta.published,
    script: record.meta.script,
    sections_ok: record.sections.ok,
    sections_total: record.sections.total,
    findings_count: record.counts.findings,
    facts_count: record.counts.facts,
    measures_count: record.counts.measures,
    text: textParam(text, "text"),
    // read as made in the worker when it could be, in binary form: parsing the tokens, or even the
    // vector's text, was the database's costliest step per document
    search_tsv: indexed.vector ? sql<string>`${indexed.vector}::tsvector` : tsvectorOf(indexed.tokens),
    updated_at: new Date(),
  };
}

const analysisRow = ({ record, parts }: IndexedRecord, documentId: number) => ({
  document_id: documentId,
  engine_name: record.engine.name,
  engine_version: record.engine.version,
  record: textParam(parts.json, "json"),
});

/** Make a new analysis of a stored document current (re-analysis); the earlier one keeps its text. */
export async function replaceAnalysis(
  trx: Transaction<Database>,
  documentId: number,
  indexed: IndexedRecord,
): Promise<number> {
  await sql`update analyses a set text = d.text from documents d
    where d.id = ${documentId} and a.id = d.analysis_id and a.text is null and (a.record ->> 'text') is null`.execute(
    trx,
  );
  const { id } = await trx
    .insertInto("analyses")
    .values(analysisRow(indexed, documentId))
    .returning("id")
    .executeTakeFirstOrThrow();
  await insertStoredItems(trx, [{ parts: indexed.parts, analysisId: id, documentId }]);
  await trx.updateTable("documents").set(currentColumns(indexed, id)).where("id", "=", documentId).execute();
  return id;
}

interface Analysed {
  index: number;
  input: IngestInput;
  hash: string;
  indexed: IndexedRecord;
}

/** The common words search_index's vectors add (search_words, migration 0024), in the order
 *  search_ranking takes them, for the workers to make the vectors as the database would. */
async function searchWords(store: Store): Promise<string[]> {
  const { rows } = await sql<{ lexeme: string }>`select lexeme from search_words
    order by share desc, lexeme collate "C"`.execute(store.db);
  return rows.map((r) => r.lexeme);
}

/** search_index's vectors of documents just inserted (the compact vector with the common words
 *  that fit): as made in the worker, else by the database. */
async function insertSearchIndex(
  trx: Transaction<Database>,
  batch: Analysed[],
  created: Map<string, number>,
): Promise<void> {
  await trx
    .insertInto("search_index")
    .values(
      batch
        .filter((b) => created.has(b.hash))
        .map((b) => {
          const id = created.get(b.hash) as number;
          const { salient } = b.indexed;
          return {
            document_id: id,
            vector: salient
              ? sql<string>`${salient}::tsvector`
              : sql<string>`(select search_ranking(search_tsv, search_salient(search_tsv)) from documents where id = ${id})`,
          };
        }),
    )
    .execute();
}

/** Writes analysed documents (distinct bytes) in one transaction; bytes stored meanwhile are found, not written again. */
async function writeBatch(store: Store, scope: Scope, batch: Analysed[]): Promise<IngestResult[]> {
  return store.db.transaction().execute(async (trx) => {
    // the compact ranking vectors are written below, as made in the workers (migration 0014)
    await sql`select set_config('fazhi.search_index', 'writer', true)`.execute(trx);
    await trx
      .insertInto("blobs")
      .values(
        batch.map((b) => ({
          sha256: b.hash,
          content: b.indexed.blob.content,
          encoding: b.indexed.blob.encoding,
          size: b.input.bytes.length,
        })),
      )
      .onConflict((oc) => oc.column("sha256").doNothing())
      .execute();
    // the analyses' ids first, so that each document row is written once, already current
    const { rows: ids } = await sql<{
      id: number;
    }>`select nextval(pg_get_serial_sequence('analyses', 'id'))::int as id from generate_series(1, ${batch.length})`.execute(
      trx,
    );
    const analysisIds = new Map(batch.map((b, k) => [b.hash, ids[k].id]));
    // an upsert: the same bytes sent twice at once give one document, whichever commits first
    // (the loser waits for the winner's row, then finds it)
    const inserted = await trx
      .insertInto("documents")
      .values(
        batch.map((b) => ({
          sha256: b.hash,
          name: b.input.name,
          source_url: b.input.sourceUrl ?? null,
          format: b.indexed.record.source.format,
          charset: b.indexed.record.source.charset,
          ...currentColumns(b.indexed, analysisIds.get(b.hash) as number),
        })),
      )
      .onConflict((oc) => oc.column("sha256").doNothing())
      .returning(["id", "sha256"])
      .execute();
    const created = new Map(inserted.map((r) => [r.sha256, r.id]));
    if (inserted.length) await insertSearchIndex(trx, batch, created);
    const written = batch
      .filter((b) => created.has(b.hash))
      .map((b) => ({
        ...b,
        documentId: created.get(b.hash) as number,
        analysisId: analysisIds.get(b.hash) as number,
      }));
    if (written.length) {
      await trx
        .insertInto("analyses")
        .values(written.map((w) => ({ id: w.analysisId, ...analysisRow(w.indexed, w.documentId) })))
        .execute();
      await insertStoredItems(
        trx,
        written.map((w) => ({ ...w, parts: w.indexed.parts })),
      );
      await auditMany(
        trx,
        scope.caller,
        written.map((w) => ({
          action: w.input.sourceUrl ? "fetch-url" : "upload",
          entity: "document",
          entityId: w.documentId,
          before: null,
          after: {
            name: w.input.name,
            sha256: w.hash,
            sourceUrl: w.input.sourceUrl ?? null,
            analysisId: w.analysisId,
            engineVersion: w.indexed.record.engine.version,
          },
        })),
      );
    }
    const others = batch.filter((b) => !created.has(b.hash)).map((b) => b.hash);
    const found = others.length
      ? await trx.selectFrom("documents").select(["id", "sha256"]).where("sha256", "in", others).execute()
      : [];
    const existing = new Map(found.map((r) => [r.sha256, r.id]));
    return batch.map((b) =>
      created.has(b.hash)
        ? { documentId: created.get(b.hash) as number, created: true }
        : { documentId: existing.get(b.hash) as number, created: false },
    );
  });
}

/**
 * Documents written by one call between vacuums of the documents table, on the embedded
 * database. The search index takes new entries in a pending list that is merged into the index
 * in bulk; the pages the list used are reused only after a vacuum, which the embedded database
 * never runs by itself: without it the index of a bulk import took about three times its size.
 * PostgreSQL's autovacuum does it (5,000 documents stored the same 321 MB without these
 * vacuums, which cost its server 35–110 ms each, in the writing chain).
 */
const VACUUM_EVERY = 500;

/**
 * The embedded database's planner statistics are refreshed when a call wrote more documents than
 * this and a tenth of those stored before (autovacuum's rule on PostgreSQL): a bulk import into an
 * empty or small database is otherwise planned with the statistics of a table that was nearly
 * empty until the next scheduled refresh (every 15 minutes, server only: `fazhi import` has none).
 */
const ANALYZE_AFTER = 50;

/** Batches written or waiting to be written before the inputs are read further (memory stays
 *  bounded): the next is read as soon as the oldest is written, so the workers go on analysing
 *  while the database writes. */
const WRITES_AHEAD = 2;

/** Inputs looked up in the store in one query at most (bytes stored before are not analysed
 *  again). A query per document cost the database and the writing thread a third of a
 *  millisecond each; the first inputs are looked up in small groups so that analysis starts at once. */
const LOOKUP_MAX = 64;

/** An input read and hashed, not yet looked up in the store. */
interface Read {
  index: number;
  input: IngestInput;
  hash: string;
}

/**
 * Store many documents: inputs are looked up in the store a group at a time, each new one is
 * analysed in the pool (as many at once as the pool has room for) and written with others in
 * batches. Answers one outcome per input, in input order; a failure is that input's only. Inputs
 * may be an async iterable (an upload being read).
 */
export async function ingestDocuments(
  store: Store,
  scope: Scope,
  inputs: Iterable<IngestInput> | AsyncIterable<IngestInput>,
  options: AnalyzeOptions,
  { batchSize = 100, onOutcome }: IngestHooks = {},
): Promise<IngestOutcome[]> {
  requirePermission(scope, "documents:write");
  const outcomes: IngestOutcome[] = [];
  // A hook that throws (a progress display, a closed output) must not undo or stop the storing:
  // a batch it interrupted would be taken for a failed write. Its first error is thrown once
  // every input is stored.
  let hookError: { error: unknown } | undefined;
  const settle = (index: number, outcome: IngestOutcome) => {
    outcomes[index] = outcome;
    try {
      onOutcome?.(index, outcome);
    } catch (error) {
      hookError ??= { error };
    }
  };
  const firstOf = new Map<string, number>(); // the same bytes twice in these inputs: the first is stored
  const copies: Array<{ index: number; first: number }> = [];
  let batch: Analysed[] = [];
  let writing: Promise<void> = Promise.resolve();
  const queued: Promise<void>[] = []; // the writes not yet awaited by the reading loop, oldest first
  let sinceVacuum = 0;
  const embedded = store.engine === "pglite";
  // the documents stored before, as the planner's statistics count them (-1: never counted)
  const storedBefore = embedded ? await plannerRows(store) : 0;
  // search_index's vectors are made in the workers with the common words as listed now
  const words = await searchWords(store);
  const write = async (items: Analysed[], queuedAt = 0): Promise<void> => {
    const begun = tracing ? traceNow() : 0;
    try {
      const results = await writeBatch(store, scope, items);
      if (tracing) trace("write", { n: items.length, queued: queuedAt, start: begun, end: traceNow() });
      for (const [k, item] of items.entries()) settle(item.index, { ok: true, ...results[k] });
    } catch (error) {
      if (items.length === 1) settle(items[0].index, { ok: false, error });
      // one bad document must not cost the others: each is written on its own
      else for (const item of items) await write([item]);
      return;
    }
    sinceVacuum += items.length;
    if (embedded && sinceVacuum >= VACUUM_EVERY) {
      sinceVacuum = 0;
      // housekeeping only: a refusal (another vacuum running, a role that may not) changes nothing stored
      await sql`vacuum documents`.execute(store.db).catch(() => {});
    }
  };
  const flush = () => {
    const items = batch;
    batch = [];
    if (items.length === 0) return;
    const queuedAt = tracing ? traceNow() : 0;
    writing = writing.then(() => write(items, queuedAt));
    queued.push(writing);
  };
  const analyse = async ({ index, input, hash }: Read) => {
    try {
      const indexed = await analyzeAndIndex(input.bytes, input.name, options, words);
      batch.push({ index, input, hash, indexed });
      if (batch.length >= batchSize) flush();
    } catch (error) {
      settle(index, { ok: false, error });
    }
  };
  /** The inputs whose bytes are not stored yet; the others are settled as found. */
  const lookUp = async (group: Read[]): Promise<Read[]> => {
    try {
      const { rows } = await sql<{ id: number; sha256: string }>`select id, sha256 from documents
        where sha256 = any(${group.map((r) => r.hash)})`.execute(store.db);
      const stored = new Map(rows.map((r) => [r.sha256, r.id]));
      for (const r of group) {
        const id = stored.get(r.hash);
        if (id !== undefined) settle(r.index, { ok: true, documentId: id, created: false });
      }
      return group.filter((r) => !stored.has(r.hash));
    } catch (error) {
      for (const r of group) settle(r.index, { ok: false, error });
      return [];
    }
  };

  const slots = analysisSlots();
  const running = new Set<Promise<void>>();
  /** Start the analysis of each, as the pool and the writes make room. */
  const dispatch = async (group: Read[]) => {
    for (const r of group) {
      const waiting = tracing ? traceNow() : 0;
      while (running.size >= slots) await Promise.race(running);
      const slotted = tracing ? traceNow() : 0;
      while (queued.length >= WRITES_AHEAD) await queued.shift();
      if (tracing) trace("dispatch", { waiting, slotted, go: traceNow() });
      const job = analyse(r).finally(() => running.delete(job));
      running.add(job);
    }
  };
  let unchecked: Read[] = []; // read, not yet looked up
  let checking: Promise<Read[]> = Promise.resolve([]); // the group being looked up
  let looked = 0;
  /** Look the inputs read up while the group looked up before is analysed: the query is waited for by nobody. */
  const advance = async () => {
    const next = unchecked.length ? lookUp(unchecked) : Promise.resolve([]);
    looked += unchecked.length;
    unchecked = [];
    await dispatch(await checking);
    checking = next;
  };
  let index = 0;
  try {
    for await (const input of inputs) {
      const at = index++;
      try {
        checkFileName(input.name);
        const hash = sha256(input.bytes);
        const first = firstOf.get(hash);
        if (first !== undefined) {
          copies.push({ index: at, first });
          continue;
        }
        firstOf.set(hash, at);
        unchecked.push({ index: at, input, hash });
      } catch (error) {
        settle(at, { ok: false, error });
        continue;
      }
      if (unchecked.length >= Math.min(LOOKUP_MAX, Math.max(slots, looked))) await advance();
    }
  } finally {
    // the inputs may end in an error (an upload cut off): what was read is still stored
    await advance();
    await advance();
    await Promise.all(running);
    flush();
    await writing;
    flushTrace();
  }
  for (const { index, first } of copies) {
    const o = outcomes[first];
    settle(index, o.ok ? { ok: true, documentId: o.documentId, created: false } : o);
  }
  const written = outcomes.filter((o) => o.ok && o.created).length;
  if (embedded && written > ANALYZE_AFTER + Math.max(storedBefore, 0) / 10)
    // housekeeping only, like the vacuums: a failure changes nothing stored
    await refreshStatistics(store).catch(() => {});
  if (hookError) throw hookError.error;
  return outcomes;
}

/** The rows of the documents table as the planner's statistics count them (-1: never counted). */
async function plannerRows(store: Store): Promise<number> {
  const { rows } = await sql<{ n: number }>`select reltuples::float8 as n from pg_class
    where oid = 'documents'::regclass`.execute(store.db);
  return Number(rows[0]?.n ?? -1);
}

/** Store one document; its failure is thrown. */
export async function ingestDocument(store: Store, scope: Scope, props: IngestProps): Promise<IngestResult> {
  const [outcome] = await ingestDocuments(store, scope, [props], props.options);
  if (!outcome.ok) throw outcome.error;
  return { documentId: outcome.documentId, created: outcome.created };
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
