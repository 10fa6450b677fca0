// Pool worker entry (see src/ingest/pool.ts): worker threads do not inherit the parent's
// loaders, so the handlers load compiled (lib/) or through tsx (sources).
import { performance } from "node:perf_hooks";
import { threadId } from "node:worker_threads";
import { move, transferableSymbol, valueSymbol } from "piscina";
import { loadEntry } from "./shared/load-entry.mjs";

const { handle, movedBuffers } = await loadEntry("./analysis-worker", import.meta.url);

/** This worker's jobs, one after the other: the pool hands it the next while it runs one
 *  (JOBS_PER_WORKER in src/ingest/pool.ts), and that one starts, its time limit with it, only
 *  when this one is done. */
let previous = Promise.resolve();

export default function run(job) {
  const received = process.env.FAZHI_TRACE_INGEST ? performance.timeOrigin + performance.now() : 0;
  const mine = previous.then(() => start(job, received));
  previous = mine.catch(() => {});
  return mine;
}

/** Raise the "started" flag with this thread's id (the job's time limit runs from here, and
 *  ends this thread), then do the job. */
function start({ started, task }, received) {
  Atomics.store(started, 0, threadId);
  Atomics.notify(started, 0);
  return (process.env.FAZHI_TRACE_INGEST ? traced(task, received) : handle(task)).then(moving);
}

/** The reply with its own bytes moved to the calling thread, not copied (analysis-worker.ts movedBuffers). */
function moving(reply) {
  const buffers = movedBuffers(reply);
  return buffers.length === 0 ? reply : move({ [transferableSymbol]: buffers, [valueSymbol]: reply });
}

/** The job's start and end in this worker, for the ingest timeline (README: FAZHI_TRACE_INGEST). */
async function traced(task, received) {
  const start = performance.timeOrigin + performance.now();
  const reply = await handle(task);
  return {
    ...reply,
    trace: { received, start, end: performance.timeOrigin + performance.now(), thread: threadId },
  };
}
