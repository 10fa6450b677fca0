// Loaded into the server by the load bench (`node --import`), nowhere else: on SIGUSR2 the
// server writes its memory as one line to stderr — RSS as it stands, then V8's heap (used and
// total), external and array-buffer memory after a full collection (so that what is counted is
// what is held, not garbage not yet collected) — and, when LOAD_HEAP_SNAPSHOTS names a folder,
// a heap snapshot there (to compare in Chrome's DevTools, "Comparison" view).
import { createRequire } from "node:module";
import { join } from "node:path";
import { createHistogram, monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
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

// Where latency goes inside the server, for the load bench: every second one line to stderr
// (`fazhi-loop {…}`) with, over that second, the event loop's delay (how long a ready callback
// waited for the loop: stalls from GC, synchronous work), the time a query waited for one of
// the pool's connections, the time queries took once they had one (round trip and PostgreSQL's
// work), and V8's garbage-collection pauses. All in ms; the histograms start again each second.

const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const poolWait = createHistogram();
const queryTime = createHistogram();
let gcMs = 0;
let gcMax = 0;
let waitingMax = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcMs += e.duration;
    gcMax = Math.max(gcMax, e.duration);
  }
}).observe({ entryTypes: ["gc"] });
const us = (ms) => Math.max(1, Math.round(ms * 1000));
try {
  const pg = createRequire(join(process.cwd(), "package.json"))("pg");
  const connect = pg.Pool.prototype.connect;
  pg.Pool.prototype.connect = function (callback) {
    if (callback) return connect.call(this, callback);
    const started = performance.now();
    waitingMax = Math.max(waitingMax, this.waitingCount + 1);
    return connect.call(this).then((client) => {
      poolWait.record(us(performance.now() - started));
      return client;
    });
  };
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...args) {
    const started = performance.now();
    const result = query.apply(this, args);
    if (result && typeof result.then === "function")
      result.then(
        () => queryTime.record(us(performance.now() - started)),
        () => {},
      );
    return result;
  };
} catch {
  // no pg here: only the loop and GC are measured
}
const ms = (h, p) => (h.count ? h.percentile(p) / (h === loop ? 1e6 : 1e3) : 0);
setInterval(() => {
  const line = {
    loopP50: ms(loop, 50),
    loopP99: ms(loop, 99),
    loopMax: loop.count ? loop.max / 1e6 : 0,
    waits: poolWait.count,
    waitP50: ms(poolWait, 50),
    waitP99: ms(poolWait, 99),
    waitingMax,
    queries: queryTime.count,
    queryP50: ms(queryTime, 50),
    queryP99: ms(queryTime, 99),
    gcMs,
    gcMax,
  };
  loop.reset();
  poolWait.reset();
  queryTime.reset();
  gcMs = 0;
  gcMax = 0;
  waitingMax = 0;
  process.stderr.write(`fazhi-loop ${JSON.stringify(line)}\n`);
}, 1000).unref();
