// Loaded into the server by the load bench (`node --import`), nowhere else: on SIGUSR2 the
// server writes its memory as one line to stderr — RSS as it stands, then V8's heap (used and
// total), external and array-buffer memory after a full collection (so that what is counted is
// what is held, not garbage not yet collected) — and, when LOAD_HEAP_SNAPSHOTS names a folder,
// a heap snapshot there (to compare in Chrome's DevTools, "Comparison" view).
import { join } from "node:path";
import { writeHeapSnapshot } from "node:v8";

const dir = process.env.LOAD_HEAP_SNAPSHOTS;
let taken = 0;
process.on("SIGUSR2", () => {
  const rss = process.memoryUsage.rss();
  globalThis.gc?.();
  const m = process.memoryUsage();
  const snapshot = dir ? writeHeapSnapshot(join(dir, `server-${++taken}.heapsnapshot`)) : null;
  process.stderr.write(`fazhi-memory ${JSON.stringify({ ...m, rss, rssAfterGc: m.rss, snapshot })}\n`);
});
