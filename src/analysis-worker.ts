// The jobs a pool worker does: decode, and decode + analyse (+ the search tokens and the
// original's stored form when the record is to be stored, so that the thread answering requests
// never segments or compresses text). Each answers a
// value or the input problem, never throws across the thread boundary (a thrown error would
// lose its type).
import { threadId } from "node:worker_threads";
import { type DecodedDocument, decodeHere } from "./ingest/decode.ts";
import { InputError } from "./ingest/errors.ts";
import type { Limits } from "./ingest/limits.ts";
import type { PoolReply } from "./ingest/pool.ts";
import type { AnalyzeOptions } from "./analysis-options.ts";
import { analyzeDecoded } from "./analyze-text.ts";
import type { IndexedRecord } from "./analyze-bytes.ts";

/** What the caller wants back besides the plain record: the record as JSON text, made here
 *  (a string crosses between threads far more cheaply than the record's thousands of objects),
 *  or the record with its search tokens and the original's stored form (for the store). */
export interface Output {
  json?: { indent: number };
  index?: boolean;
  /** with `index`: the store's common words (search_words in search_ranking's order), added to
   *  search_index's vector here, as the database would */
  words?: readonly string[];
}

export type AnalysisTask =
  | { op: "warm"; arrived: Int32Array; workers: number }
  | { op: "decode"; bytes: Uint8Array; file: string; limits: Limits }
  | ({ op: "analyze"; bytes: Uint8Array; file: string; options: AnalyzeOptions } & Output)
  | ({
      op: "analyze-decoded";
      bytes: Uint8Array;
      file: string;
      decoded: DecodedDocument;
      options: AnalyzeOptions;
    } & Output);

/** What only the jobs for the store use (search tokens, stored parts, the original's stored
 *  form): loaded on the first such job, not with the worker, so that `fazhi analyze` does not pay
 *  for it in every worker it starts. */
type StoreModules = [
  typeof import("./store/search.ts"),
  typeof import("./store/record-parts.ts"),
  typeof import("./store/blobs.ts"),
];
let storeModules: Promise<StoreModules> | undefined;
const loadStoreModules = (): Promise<StoreModules> =>
  (storeModules ??= Promise.all([
    import("./store/search.ts"),
    import("./store/record-parts.ts"),
    import("./store/blobs.ts"),
  ]));

/** How long a warming worker waits for the others to take their own warming job. */
const WARM_WAIT_MS = 3000;

/**
 * Load what indexing needs (the store's modules and the segmenter's dictionary; the engine's
 * modules loaded with the worker), then hold this worker until every worker has taken a warming
 * job, so that each warms itself rather than one taking them all (bounded: a worker that cannot
 * start is not waited for).
 * Answers the worker's thread.
 */
async function warm(arrived: Int32Array, workers: number): Promise<number> {
  const [{ loadSegmenter }] = await loadStoreModules();
  loadSegmenter();
  Atomics.add(arrived, 0, 1);
  Atomics.notify(arrived, 0);
  const until = Date.now() + WARM_WAIT_MS;
  for (let now = Date.now(); now < until; now = Date.now()) {
    const seen = Atomics.load(arrived, 0);
    if (seen >= workers) break;
    Atomics.wait(arrived, 0, seen, until - now);
  }
  return threadId;
}

async function perform(task: AnalysisTask): Promise<unknown> {
  if (task.op === "warm") return warm(task.arrived, task.workers);
  if (task.op === "decode") return decodeHere(task.bytes, task.file, task.limits);
  const decoded =
    task.op === "analyze" ? await decodeHere(task.bytes, task.file, task.options.limits) : task.decoded;
  if ("needsOcr" in decoded) return decoded; // OCR runs in its own process; the caller comes back
  const record = analyzeDecoded(task.bytes, task.file, decoded, task.options);
  if (task.json) return JSON.stringify(record, null, task.json.indent || undefined);
  if (!task.index) return record;
  // the segmenter's dictionary is loaded by the workers that index, when they first do
  const [{ searchIndexed }, { storedParts, utf8 }, { packBlob }] = await loadStoreModules();
  const sections = record.sections_present ? Object.values(record.sections_present) : [];
  const indexed = {
    record: {
      source: record.source,
      meta: record.meta,
      engine: record.engine,
      sections: { ok: sections.filter((s) => s.present).length, total: sections.length },
      counts: {
        findings: record.findings.length,
        facts: record.facts.length,
        measures: record.measures.length,
      },
    },
    text: utf8(record.text),
    parts: storedParts(record),
    ...searchIndexed(record, task.words),
    blob: packBlob(task.bytes),
  } satisfies IndexedRecord;
  movable.set(indexed, ownBuffers(indexed));
  return indexed;
}

/** The answers whose bytes can move to the calling thread, with those bytes' buffers. */
const movable = new WeakMap<object, ArrayBuffer[]>();

/** The buffers of an indexed record made here for it alone: its text, stored parts, vectors and
 *  compressed original (~50 KB a report; an original stored as it came is the job's own bytes,
 *  copied). Not a view into a buffer shared with anything else (Node's pool of small Buffers). */
function ownBuffers(indexed: IndexedRecord): ArrayBuffer[] {
  const views = [
    indexed.text,
    indexed.parts.json,
    indexed.parts.facts,
    indexed.parts.findings,
    indexed.vector,
    indexed.salient,
  ];
  if (indexed.blob.encoding === "gzip") views.push(indexed.blob.content);
  const buffers = new Set<ArrayBuffer>();
  for (const view of views)
    if (view instanceof Uint8Array && view.buffer instanceof ArrayBuffer) buffers.add(view.buffer);
  return [...buffers];
}

/**
 * The buffers to move with a reply rather than copy (the worker entry hands them to piscina as
 * its transfer list): copying an indexed record's ~50 KB into the message and out of it again
 * cost more than the rest of the reply (structuredClone of a report's reply, alternating, 2026-12-05:
 * 127–195 µs copied, 51–56 µs moved). Once moved they are gone from this thread: nothing here
 * keeps them.
 */
export const movedBuffers = (reply: PoolReply<unknown>): ArrayBuffer[] =>
  ("value" in reply && typeof reply.value === "object" && reply.value !== null && movable.get(reply.value)) ||
  [];

export async function handle(task: AnalysisTask): Promise<PoolReply<unknown>> {
  try {
    return { value: await perform(task) };
  } catch (error) {
    if (error instanceof InputError) return { problem: error.problem, detail: error.detail };
    return { internal: error instanceof Error ? error.message.split("\n")[0].slice(0, 300) : String(error) };
  }
}
