// The calling side of the analysis pool: bytes in, a record (or its JSON) out, decoded and
// analysed in a worker thread. Light to import — no stage and no decoder loads with it — so a
// main thread that only hands work to the pool (the command line) does not load the engine.
import type { Output } from "./analysis-worker.ts";
import type { AnalyzeOptions } from "./analysis-options.ts";
import { resolveOptions } from "./analysis-options.ts";
import type { NeedsOcr } from "./ingest/decode.ts";
import { runInPool } from "./ingest/pool.ts";
import type { PackedBlob } from "./store/blobs.ts";
import type { StoredParts, TextBytes } from "./store/record-parts.ts";
import type { SearchIndexed } from "./store/search.ts";
import type { AnalysisRecord, Meta, SourceInfo } from "./types.ts";

/** Decode and analyse off the main thread, in the bounded pool; scans go through OCR first. */
export function analyzeBytes(
  bytes: Uint8Array,
  name: string,
  options = resolveOptions(),
): Promise<AnalysisRecord> {
  return inPool<AnalysisRecord>(bytes, name, options, {});
}

/** The same, the record answered as JSON text (made in the worker: `fazhi analyze --json`). */
export function analyzeBytesAsJson(
  bytes: Uint8Array,
  name: string,
  options = resolveOptions(),
  indent = 0,
): Promise<string> {
  return inPool<string>(bytes, name, options, { json: { indent } });
}

/** What the store's columns need of a record beside its stored parts. */
export interface RecordHead {
  source: SourceInfo;
  meta: Meta;
  engine: AnalysisRecord["engine"];
  /** sections present and sections looked for (none when the kind has no sections) */
  sections: { ok: number; total: number };
  counts: { findings: number; facts: number; measures: number };
}

/** A record as the store writes it — its head, text and stored parts — with the search tokens of
 *  its text and the original as it is stored, all made in the same worker (the record itself
 *  does not cross to the thread that writes it). */
export type IndexedRecord = SearchIndexed & {
  record: RecordHead;
  /** the record's text (its UTF-8 bytes from the worker: record-parts.ts TextBytes) */
  text: TextBytes;
  parts: StoredParts;
  blob: PackedBlob;
};

/** Like analyzeBytes, with the search tokens and the stored original made in the worker too (for
 *  the store); search_index's vector with the store's common `words` when given. */
export function analyzeAndIndex(
  bytes: Uint8Array,
  name: string,
  options = resolveOptions(),
  words?: readonly string[],
): Promise<IndexedRecord> {
  return inPool<IndexedRecord>(bytes, name, options, { index: true, words });
}

const needsOcr = (reply: unknown): reply is NeedsOcr =>
  typeof reply === "object" && reply !== null && "needsOcr" in reply;

async function inPool<T>(
  bytes: Uint8Array,
  name: string,
  options: AnalyzeOptions,
  output: Output,
): Promise<T> {
  const job = { bytes, file: name, options, ...output };
  const first = await runInPool<T | NeedsOcr>({ op: "analyze", ...job }, name, options.limits);
  if (!needsOcr(first)) return first;
  const { decodeByOcr } = await import("./ingest/decode.ts"); // scans only: OCR's own process
  const decoded = await decodeByOcr(first.needsOcr, bytes, name, options.limits);
  return runInPool<T>({ op: "analyze-decoded", ...job, decoded }, name, options.limits);
}
