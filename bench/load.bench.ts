// `npm run bench` (API under load): the server as deployed (`fazhi serve`, its own process) on
// a throwaway PostgreSQL holding a realistic corpus (the demo documents ingested as distinct
// copies), signed in as a user who sees everything; then the document list, a search and a
// document's detail, each at LOAD_CONNECTIONS (200) connections for LOAD_SECONDS (10; set 60
// for the issue's figure), measured with autocannon. Goals (issue 13, item 5): no errors,
// p99 < 100 ms, memory flat. Each endpoint runs twice: as 200 users would use it, each
// connection sending LOAD_RATE_PER_CONNECTION (1) requests a second — the goals apply there —
// and then closed loop (every connection sends its next request as soon as the last is
// answered), which shows the capacity: in a closed loop latency is connections ÷ throughput
// (Little's law), so p99 < 100 ms there would need 2,000 answers a second.
// Settings: LOAD_DOCS (2000) documents; DATABASE_URL (an existing server instead of a
// throwaway one; the bench adds documents to it); LOAD_CPU_PROFILE (a folder: the server's CPU
// profile is written there, node --cpu-prof); LOAD_ONLY (list, search or detail: that one only;
// the search runs twice, as the server answers it — repeated searches from memory while the
// documents stay the same — and on a second server started with FAZHI_SEARCH_CACHE=0, every
// answer computed);
// LOAD_ROUNDS (2): the runs repeated so many times against the same server process, its memory
// read after each round (RSS from /proc, then V8's heap, external and array buffers after a full
// collection: bench/memory-probe.mjs); LOAD_HEAP_SNAPSHOTS (a folder: a heap snapshot of the
// server there before the load and after each round).
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { sql } from "kysely";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { rebuildSearchIndex } from "../src/commands/documents/search-index.ts";
import { closePool } from "../src/ingest/pool.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { openStore } from "../src/store/db.ts";
import { startPostgres } from "../scripts/postgres.js";
import { postgresCpuSeconds, postmasterOnPort, processCpuSeconds } from "./cpu.ts";
import { paced, percentile } from "./paced.ts";
import { figure, heading } from "./report.ts";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200);
const DOCS = Number(process.env.LOAD_DOCS ?? 2000);
const RATE_PER_CONNECTION = Number(process.env.LOAD_RATE_PER_CONNECTION ?? 1);
const ROUNDS = Math.max(1, Number(process.env.LOAD_ROUNDS ?? 2));
const PASSWORD = "Bench-load-2026-pass";
const root = new URL("..", import.meta.url).pathname;

const postgres = process.env.DATABASE_URL ? null : startPostgres(40000 + (process.pid % 10000));
const databaseUrl = process.env.DATABASE_URL ?? postgres?.url;
if (!databaseUrl) {
  console.error(
    "load: no PostgreSQL — Debian's postgresql binaries are not installed (scripts/setup-system.sh) and DATABASE_URL is not set",
  );
  process.exit(2);
}
let server: ChildProcess | null = null;
/** Every server started (the second one runs the searches computed every time). */
const servers: ChildProcess[] = [];
const cleanUp = () => {
  for (const s of servers) s.kill("SIGKILL");
  postgres?.stop();
};
process.on("exit", cleanUp);
process.on("SIGINT", () => process.exit(130));

const demoDir = join(root, "demo");
const seeds = readdirSync(demoDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(demoDir, f)));

// the corpus: the demo documents as distinct copies (content addressing keeps each), ingested
// by the same command as uploads, a few at a time so both analysis workers are busy
const loadStarted = performance.now();
const store = await openStore({ databaseUrl });
const options = resolveOptions();
let made = 0;
await Promise.all(
  Array.from({ length: 4 }, async () => {
    while (made < DOCS) {
      const k = made++;
      const doc = Buffer.concat([seeds[k % seeds.length], Buffer.from(`\n(副本 ${k})\n`)]);
      await ingestDocument(store, SYSTEM_SCOPE, {
        bytes: new Uint8Array(doc),
        name: `copy-${k}.txt`,
        options,
      });
    }
  }),
);
const ids = (await store.db.selectFrom("documents").select("id").execute()).map((r) => r.id);
// as autovacuum leaves a live database: planner statistics and the visibility map up to date;
// search_index's vectors with the common words those statistics list, as `fazhi search-index
// --rebuild` makes them (documents written before the list are otherwise left without them)
await rebuildSearchIndex(store, SYSTEM_SCOPE);
await sql`vacuum analyze`.execute(store.db);
await store.close();
await closePool();
const loadSeconds = (performance.now() - loadStarted) / 1000;

// the server as deployed: its own process, compiled when built (bin/fazhi.js decides)
const PROFILE = process.env.LOAD_CPU_PROFILE;
/** The server's seconds as bench/memory-probe.mjs reports them (event-loop delay, pool waits,
 *  query times, GC), collected during a run. */
type LoopSecond = Record<
  | "loopP50"
  | "loopP99"
  | "loopMax"
  | "waits"
  | "waitP50"
  | "waitP99"
  | "waitingMax"
  | "queries"
  | "queryP50"
  | "queryP99"
  | "gcMs"
  | "gcMax",
  number
>;
let loopLines: LoopSecond[] = [];
/** Whoever waits for the server's next memory line (see memoryNow). */
let onMemory: ((line: string) => void) | null = null;
/** The server process whose seconds are collected (the one under load). */
let measured: ChildProcess | null = null;

/** Starts `fazhi serve` on `port` with `env` added; resolves when it listens. */
async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const started = spawn(
    process.execPath,
    [
      ...(PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE}`] : []),
      "--expose-gc",
      "--import",
      join(root, "bench/memory-probe.mjs"),
      join(root, "bin/fazhi.js"),
      "serve",
      "--port",
      String(port),
      "--empty",
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        FAZHI_ADMIN_PASSWORD: PASSWORD,
        FAZHI_WORKERS: "0",
        HOST: "127.0.0.1",
        ...env,
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  servers.push(started);
  await new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input: started.stderr as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      if (line.includes("已启动")) resolve();
      if (started !== measured) return;
      if (line.startsWith("fazhi-memory ")) onMemory?.(line.slice("fazhi-memory ".length));
      if (line.startsWith("fazhi-loop ")) loopLines.push(JSON.parse(line.slice("fazhi-loop ".length)));
    });
    started.once("exit", (code) => reject(new Error(`fazhi serve exited (${code}) before it listened`)));
  });
  return started;
}
const port = 30000 + (process.pid % 10000);
server = await startServer(port, {});
measured = server;
const base = `http://127.0.0.1:${port}`;
const login = await fetch(`${base}/api/session`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "admin", password: PASSWORD }),
});
if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];

/** Resident memory of the server process, MiB. */
function serverRssMb(): number {
  const status = readFileSync(`/proc/${server?.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Of the server's RSS, MiB: memory it has freed that the kernel takes back only when it needs
 *  it (madvise MADV_FREE: counted in RSS until then), and anonymous memory (not code or files). */
function serverRssParts() {
  const rollup = readFileSync(`/proc/${server?.pid}/smaps_rollup`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(rollup)?.[1] ?? 0) / 1024;
  return { lazyFree: kb("LazyFree"), anonymous: kb("Anonymous") };
}

const MIB = 1024 * 1024;
/** The server's memory now, MiB: RSS as it stands (from /proc), then what its heap, external
 *  and array-buffer memory hold after a full collection (the probe answers SIGUSR2). */
async function memoryNow() {
  const rss = serverRssMb();
  const parts = serverRssParts();
  const line = await new Promise<string>((resolve) => {
    onMemory = resolve;
    server?.kill("SIGUSR2");
  });
  onMemory = null;
  const m = JSON.parse(line) as NodeJS.MemoryUsage & { rssAfterGc: number };
  return {
    rss,
    ...parts,
    rssAfterGc: m.rssAfterGc / MIB,
    heapUsed: m.heapUsed / MIB,
    heapTotal: m.heapTotal / MIB,
    external: m.external / MIB,
    arrayBuffers: m.arrayBuffers / MIB,
  };
}

// requests vary as users' would: search words common and rare (in 20–100 % of the documents;
// one in none), alone and in pairs, first and second pages — 60 different searches in turn, so
// the server's remembered answers serve most of them (as they would the same few words users
// type most): the search also runs on a server that remembers none; list pages 1–10; each
// detail a different document
const WORDS = [
  "行政复议",
  "法治政府",
  "行政执法",
  "规范性文件",
  "法律顾问",
  "营商环境",
  "合法性审查",
  "应急演练",
  "依法行政",
  "政务公开",
  "行政诉讼",
  "公平竞争审查",
  "重大行政决策",
  "执法监督",
  "人民调解",
  "法治宣传",
  "包容审慎",
  "司法所",
  "备案审查",
  "证明事项",
];
/** The k-th search: a word, or every third time two words; every fifth time the second page. */
function searchPath(k: number): string {
  const word = WORDS[k % WORDS.length];
  const q = k % 3 === 2 ? `${word} ${WORDS[(k * 7 + 3) % WORDS.length]}` : word;
  return `/api/documents?q=${encodeURIComponent(q)}${k % 5 === 4 ? "&page=2" : ""}`;
}
/** A target's server: the one started first, or (`uncached`) one that remembers no search's answer. */
type Target = { name: string; path: (k: number) => string; uncached?: true };
const ALL_TARGETS: Target[] = [
  { name: "GET /api/documents (list)", path: (k) => `/api/documents?page=${1 + ((k * 3) % 10)}` },
  // the same searches twice: as the server runs them (answers remembered while the documents
  // stay the same: the bench's words come back, as users' do) and every one computed
  { name: "GET /api/documents?q= (search)", path: searchPath },
  {
    name: "GET /api/documents?q= (search), every answer computed (FAZHI_SEARCH_CACHE=0)",
    path: searchPath,
    uncached: true,
  },
  { name: "GET /api/documents/:id (detail)", path: (k) => `/api/documents/${ids[(k * 7919) % ids.length]}` },
];

const ONLY = process.env.LOAD_ONLY;
const TARGETS = ALL_TARGETS.filter((t) => !ONLY || t.name.includes(`(${ONLY})`));

async function hammer(
  base: string,
  path: (k: number) => string,
  seconds: number,
  connections: number,
  rate?: number,
) {
  let k = 0;
  return autocannon({
    url: base,
    connections,
    duration: seconds,
    ...(rate ? { connectionRate: rate } : {}),
    headers: { cookie },
    requests: [
      {
        setupRequest: (req) => {
          req.path = path(k++);
          return req;
        },
      },
    ],
  });
}

/** LOAD_PACER=autocannon: the open loop run by autocannon's connectionRate as before (every
 *  connection sends in the same instant; see bench/paced.ts), to compare with earlier figures. */
const PACER = process.env.LOAD_PACER ?? "paced";

/** One run: open loop at `rate` requests a second per connection (paced, see bench/paced.ts),
 *  or closed loop (rate 0, autocannon). */
async function run(base: string, path: (k: number) => string, rate: number) {
  if (rate && PACER !== "autocannon") {
    const r = await paced({
      base,
      path,
      headers: { cookie },
      seconds: SECONDS,
      connections: CONNECTIONS,
      rate,
    });
    return {
      p50: percentile(r.latencies, 50),
      p99: percentile(r.latencies, 99),
      errors: r.errors,
      total: r.latencies.length,
      perSecond: r.latencies.length / r.seconds,
      bytes: r.bytes,
    };
  }
  const r = await hammer(base, path, SECONDS, CONNECTIONS, rate);
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    total: r.requests.total,
    perSecond: r.requests.average,
    bytes: r.throughput.total,
  };
}

/** Waits until the server has worked off what the last run left queued (at most a minute), so
 *  that each run starts on an idle server. */
async function settle(base: string): Promise<void> {
  for (let tries = 0; tries < 120; tries++) {
    const started = performance.now();
    await fetch(`${base}/api/health`, { headers: { cookie } });
    if (performance.now() - started < 50) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

// warm up (JIT, connection pool, the segmenter's dictionary), then memory before
// a second server for the searches computed every time, when they run
const uncached = TARGETS.some((t) => t.uncached)
  ? await startServer(port + 1, { FAZHI_SEARCH_CACHE: "0" })
  : null;
const uncachedBase = `http://127.0.0.1:${port + 1}`;
const serverOf = (t: Target) =>
  t.uncached ? { proc: uncached, base: uncachedBase } : { proc: server, base };
for (const t of TARGETS) await hammer(serverOf(t).base, t.path, 2, 20);
await settle(base);
const before = await memoryNow();
let rssPeak = before.rss;
const sampler = setInterval(() => {
  rssPeak = Math.max(rssPeak, serverRssMb());
}, 500);

// the CPU each answer costs the server and the database (a steady figure on a loaded machine)
const postmaster = postmasterOnPort(Number(new URL(databaseUrl).port || 5432));
const cpuNow = () => ({
  server: processCpuSeconds(measured?.pid ?? 0),
  postgres: postmaster ? postgresCpuSeconds(postmaster) : 0,
});

/** Inside the server during a run (the seconds the run lasted): the event loop's delay, the
 *  waits for a pooled connection, the queries' times, GC — the worst second and the median one. */
function reportLoop(lines: LoopSecond[], seconds: number) {
  const busy = lines.slice(-seconds);
  if (busy.length === 0) return;
  const worst = (k: keyof LoopSecond) => Math.max(...busy.map((l) => l[k]));
  const median = (k: keyof LoopSecond) => busy.map((l) => l[k]).sort((a, b) => a - b)[busy.length >> 1];
  const f = (v: number) => v.toFixed(1);
  const sum = (k: keyof LoopSecond) => busy.reduce((a, l) => a + l[k], 0);
  console.log(
    `      in the server, ms (median second / worst second): loop delay p99 ${f(median("loopP99"))}/${f(worst("loopP99"))}, max ${f(median("loopMax"))}/${f(worst("loopMax"))}; ` +
      `pool wait p50 ${f(median("waitP50"))}/${f(worst("waitP50"))}, p99 ${f(median("waitP99"))}/${f(worst("waitP99"))}, waiting ≤ ${worst("waitingMax")}; ` +
      `query p50 ${f(median("queryP50"))}/${f(worst("queryP50"))}, p99 ${f(median("queryP99"))}/${f(worst("queryP99"))} (${(sum("queries") / busy.length).toFixed(0)} a second); ` +
      `GC ${f(sum("gcMs") / busy.length)} ms a second, longest ${f(worst("gcMax"))}`,
  );
}

const sizes = `${ids.length} documents, PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s`;
heading(
  "API under load",
  `${sizes} per run${ROUNDS > 1 ? `, ${ROUNDS} rounds` : ""} (corpus ingested in ${loadSeconds.toFixed(0)} s)`,
);
const afterRound: Array<Awaited<ReturnType<typeof memoryNow>>> = [];
for (let round = 1; round <= ROUNDS; round++) {
  if (ROUNDS > 1) console.log(`  round ${round} of ${ROUNDS}`);
  for (const t of TARGETS) {
    console.log(`  ${t.name}`);
    const target = serverOf(t);
    measured = target.proc;
    for (const rate of [RATE_PER_CONNECTION, 0]) {
      await settle(target.base);
      const cpuBefore = cpuNow();
      loopLines = [];
      const r = await run(target.base, t.path, rate);
      const cpu = cpuNow();
      reportLoop(loopLines, SECONDS);
      const at = `${sizes}, ${rate ? `${rate * CONNECTIONS} req/s offered${PACER === "autocannon" ? " (autocannon, in step)" : ""}` : "closed loop"}`;
      const answered = r.total > 0;
      const latency = (v: number) => (answered ? v : Number.NaN);
      const mode = rate ? "" : ", closed loop";
      const goal = <G>(g: G) => (rate ? { goal: g } : {});
      figure({ label: `    p50 latency${mode}`, value: latency(r.p50), unit: "ms", at });
      figure({
        label: `    p99 latency${mode}`,
        value: latency(r.p99),
        unit: "ms",
        ...goal({ below: 100 }),
        at,
      });
      figure({
        label: `    errors (failed, timed out, non-2xx)${mode}`,
        value: r.errors,
        unit: "",
        ...goal({ atMost: 0 }),
        at,
      });
      figure({ label: `    answers a second${mode}`, value: r.perSecond, unit: "req/s", at });
      const perRequest = (seconds: number) => (seconds * 1000) / Math.max(1, r.total);
      figure({
        label: `    server CPU per answer${mode}`,
        value: perRequest(cpu.server - cpuBefore.server),
        unit: "ms",
        at,
      });
      if (postmaster)
        figure({
          label: `    PostgreSQL CPU per answer${mode}`,
          value: perRequest(cpu.postgres - cpuBefore.postgres),
          unit: "ms",
          at,
        });
      if (!rate)
        figure({
          label: "    response size",
          value: r.bytes / Math.max(1, r.total) / 1024,
          unit: "KiB",
          at,
        });
    }
  }
  measured = server;
  await settle(base);
  afterRound.push(await memoryNow());
}
clearInterval(sampler);
const runs = TARGETS.length * 2;
const after = afterRound[afterRound.length - 1];
const at = `${sizes}, ${runs} runs a round`;
const growth = (from: number, to: number) => ((to - from) / from) * 100;
const memoryFigures = (label: string, m: typeof before) => {
  figure({ label: `server RSS ${label}`, value: m.rss, unit: "MiB", at });
  figure({
    label: `  anonymous (lazily freed ${m.lazyFree.toFixed(1)})`,
    value: m.anonymous,
    unit: "MiB",
    at,
  });
  const held = `heap used ${m.heapUsed.toFixed(1)} of ${m.heapTotal.toFixed(1)}, external ${m.external.toFixed(1)}`;
  figure({ label: `  RSS after a full GC (${held})`, value: m.rssAfterGc, unit: "MiB", at });
};
memoryFigures("after the warm-up (before the load)", before);
for (const [k, m] of afterRound.entries()) memoryFigures(`after round ${k + 1}`, m);
figure({ label: "server RSS peak during the load", value: rssPeak, unit: "MiB", at });
// the growth a cold server shows over its first round (warm-up included: V8's heap and code
// space, the connection pool filling up, the allocator's arenas), and the growth after it: a
// server that keeps running is what "memory flat" is about, so the goal compares the latter
// when there are rounds after the first (LOAD_ROUNDS ≥ 2)
figure({
  label: `server RSS growth, first round (${runs} runs from the warm-up)`,
  value: growth(before.rss, afterRound[0].rss),
  unit: "%",
  ...(ROUNDS === 1 ? { goal: { atMost: 20 } } : {}),
  at,
});
if (ROUNDS > 1)
  figure({
    label: `server RSS growth over rounds 2–${ROUNDS} (memory flat)`,
    value: growth(afterRound[0].rss, after.rss),
    unit: "%",
    goal: { atMost: 20 },
    at: `${sizes}, ${runs * (ROUNDS - 1)} runs after the first round`,
  });
if (PROFILE) {
  // a profile is written when a server exits by itself (it stops on SIGTERM)
  await Promise.all(
    servers.map((s) => {
      const exited = new Promise((resolve) => s.once("exit", resolve));
      s.kill("SIGTERM");
      return exited;
    }),
  );
  console.log(`  server CPU profile in ${PROFILE}`);
}
process.exit(0);
