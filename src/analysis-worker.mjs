// Pool worker entry (see src/ingest/pool.ts): loads the TypeScript handlers through tsx,
// because worker threads do not inherit the main thread's loaders.
import { register } from "tsx/esm/api";

register();
const { handle } = await import("./analysis-worker.ts");

/** Raise the "started" flag (the job's time limit runs from here), then do the job. */
export default function run({ started, task }) {
  Atomics.store(started, 0, 1);
  Atomics.notify(started, 0);
  return handle(task);
}
