// Pool worker entry (see src/ingest/pool.ts): worker threads do not inherit the parent's
// loaders, so the handlers load compiled (lib/) or through tsx (sources).
import { loadEntry } from "./shared/load-entry.mjs";

const { handle } = await loadEntry("./analysis-worker", import.meta.url);

/** Raise the "started" flag (the job's time limit runs from here), then do the job. */
export default function run({ started, task }) {
  Atomics.store(started, 0, 1);
  Atomics.notify(started, 0);
  return handle(task);
}
