// Pool worker entry (see src/ingest/pool.ts): worker threads do not inherit the parent's
// loaders, so the handlers load compiled (lib/) or through tsx (sources).
import { move, transferableSymbol, valueSymbol } from "piscina";
import { loadEntry } from "./shared/load-entry.mjs";

const { handle } = await loadEntry("./analysis-worker", import.meta.url);

/** Raise the "started" flag (the job's time limit runs from here), then do the job. Bytes made
 *  for the caller alone (a JSON line) are moved to its thread rather than copied (piscina's
 *  Transferable: the reply is the value, the buffer its transfer list). */
export default async function run({ started, task }) {
  Atomics.store(started, 0, 1);
  Atomics.notify(started, 0);
  const reply = await handle(task);
  const bytes = reply.value;
  if (
    !(bytes instanceof Uint8Array) ||
    bytes.byteOffset !== 0 ||
    bytes.byteLength !== bytes.buffer.byteLength
  )
    return reply;
  return move({
    get [transferableSymbol]() {
      return [bytes.buffer];
    },
    get [valueSymbol]() {
      return reply;
    },
  });
}
