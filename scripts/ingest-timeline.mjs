// The timeline of a bulk ingest traced with FAZHI_TRACE_INGEST=<file> (README, bench): how long each
// pool worker sat idle between jobs and why (the next job not yet dispatched, or dispatched but not
// yet in the worker: the main thread busy), the main thread's delay in seeing replies, the
// dispatch loop's waits (for a pool slot, for the writes) and the batches' writes.
// usage: node scripts/ingest-timeline.mjs <trace file>
import { readFileSync } from "node:fs";
const ev = readFileSync(process.argv[2], "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l));
const jobs = ev.filter((e) => e.kind === "job" && !/^\d+\.txt$/.test(e.file));
const writes = ev.filter((e) => e.kind === "write");
const disp = ev.filter((e) => e.kind === "dispatch");
const t0 = Math.min(...jobs.map((j) => j.dispatched)),
  t1 = Math.max(...writes.map((w) => w.end), ...jobs.map((j) => j.replied));
const wall = t1 - t0;
console.log(`jobs ${jobs.length}, wall ${(wall / 1000).toFixed(2)} s, writes ${writes.length}`);
const byThread = new Map();
for (const j of jobs) {
  if (!byThread.has(j.thread)) byThread.set(j.thread, []);
  byThread.get(j.thread).push(j);
}
for (const [th, js] of byThread) {
  js.sort((a, b) => a.start - b.start);
  const busy = js.reduce((s, j) => s + j.end - j.start, 0);
  let idleNotDispatched = 0,
    idleRoundTrip = 0;
  for (let k = 1; k < js.length; k++) {
    const gap = js[k].start - js[k - 1].end;
    // the next job was dispatched before the worker was free: the gap is the main thread's delay to hand it over
    if (js[k].dispatched <= js[k - 1].end) idleRoundTrip += gap;
    else {
      idleRoundTrip += Math.max(0, js[k].start - js[k].dispatched);
      idleNotDispatched += js[k].dispatched - js[k - 1].end;
    }
  }
  const span = js.at(-1).end - js[0].start;
  console.log(
    `worker ${th}: ${js.length} jobs, busy ${(busy / 1000).toFixed(2)} s of ${(span / 1000).toFixed(2)} (idle ${(100 * (1 - busy / span)).toFixed(0)} %): idle with next job not yet dispatched ${(idleNotDispatched / 1000).toFixed(2)} s, with it dispatched but not yet received ${(idleRoundTrip / 1000).toFixed(2)} s; job median ${median(js.map((j) => j.end - j.start)).toFixed(1)} ms`,
  );
}
const q = (xs) =>
  `median ${median(xs).toFixed(1)} p90 ${pct(xs, 0.9).toFixed(1)} max ${Math.max(...xs).toFixed(1)} ms`;
console.log(`dispatch→start ${q(jobs.map((j) => j.start - j.dispatched))}`);
console.log(`end→reply seen on main ${q(jobs.map((j) => j.replied - j.end))}`);
console.log(
  `dispatch waits: for a slot ${(disp.reduce((s, d) => s + d.slotted - d.waiting, 0) / 1000).toFixed(2)} s, for writes ${(disp.reduce((s, d) => s + d.go - d.slotted, 0) / 1000).toFixed(2)} s`,
);
const wbusy = writes.reduce((s, w) => s + w.end - w.start, 0);
console.log(
  `writes: ${(wbusy / 1000).toFixed(2)} s writing (${((100 * wbusy) / wall).toFixed(0)} % of wall), each ${q(writes.map((w) => w.end - w.start))}, waited in queue ${q(writes.map((w) => w.start - w.queued))}, sizes ${[...new Set(writes.map((w) => w.n))].join(",")}`,
);
// in flight per worker: jobs dispatched and not yet started, sampled at each job end
const inflight = jobs.map((j) => jobs.filter((o) => o.dispatched <= j.end && o.start > j.end).length);
console.log(
  `jobs dispatched but not started, at each job's end: ${q(inflight)} (0 at ${((100 * inflight.filter((x) => x === 0).length) / inflight.length).toFixed(0)} %)`,
);
function median(xs) {
  return pct(xs, 0.5);
}
function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}
for (const [th, js] of byThread) {
  let before = 0,
    afterEnd = [],
    recvToStart = [];
  for (let k = 1; k < js.length; k++) {
    if (js[k].received <= js[k - 1].end) before++;
    else afterEnd.push(js[k].received - js[k - 1].end);
    recvToStart.push(js[k].start - Math.max(js[k].received, js[k - 1].end));
  }
  console.log(
    `worker ${th}: next job already in the worker at the end of one: ${((100 * before) / (js.length - 1)).toFixed(0)} %; else it arrived ${afterEnd.length ? q(afterEnd) : "-"} after; start after (arrival or previous end) ${q(recvToStart)}`,
  );
}
