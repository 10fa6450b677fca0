// A timeline of a bulk ingest, for finding pipeline stalls (FAZHI_TRACE_INGEST=<file>, see README):
// each pool job (dispatched, started and finished in its worker, its reply seen here) and each
// batch (queued, written) as a line of JSON, times in ms since the epoch (performance clock).
// Off, it costs a property test per event.
import { appendFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const FILE = process.env.FAZHI_TRACE_INGEST || null;
const lines: string[] = [];

export const tracing = FILE !== null;
export const traceNow = () => performance.timeOrigin + performance.now();

export function trace(kind: string, fields: Record<string, number | string>): void {
  if (FILE === null) return;
  lines.push(JSON.stringify({ kind, ...fields }));
  if (lines.length >= 1000) flushTrace();
}

// the lines not yet written are written when the process exits, also on an error or with work
// pending (a run that stops is the one to read); a killed process loses them
if (FILE !== null) process.on("exit", () => flushTrace());

export function flushTrace(): void {
  if (FILE === null || lines.length === 0) return;
  appendFileSync(FILE, `${lines.join("\n")}\n`);
  lines.length = 0;
}
