// `npm run bench` (ingest part): BENCH_DOCS real-size documents (default 500; each a document
// of the corpus with a line that makes it new) stored through the command that `fazhi import`
// and uploads use — analysis and search tokens in the worker pool on every core, batched
// writes — into the embedded database and into a throwaway PostgreSQL server (scripts/
// postgres.js; skipped when PostgreSQL is not installed). Beside it, the path uploads took
// before (one file analysed and written at a time) on BENCH_BASELINE_DOCS (default 100; 0 skips).
// BENCH_PGLITE=0 or BENCH_POSTGRES=0 leaves one database out. It runs the compiled program (lib/)
// when `npm run build` made it from the current sources, as `fazhi import` does; else the sources.
// Prints the pool's start (alone), documents per second, the time for 5,000 (measured, or scaled
// from the rate; the start included, the pool starting while the database opens as `fazhi
// import` does) both as measured and as the CPU time spent (this process's threads and the database
// server) over two cores — the machine is shared, so the wall time counts others' work too —
// and the bytes stored per byte of original, each beside its goal.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { startPostgres } from "../scripts/postgres.js";
import type { IngestInput } from "../src/commands/documents/ingest.ts";
import type { Store } from "../src/store/db.ts";
import { freshDatabase } from "../test/helpers/postgres.ts";
import { compiledIsFresh, programModule } from "./compiled.ts";
import { readCorpus } from "./corpus.ts";
import { figure, heading } from "./report.ts";

// the program as `fazhi import` runs it: compiled when lib/ is fresh (workers included)
const COMPILED = compiledIsFresh();
const { SYSTEM_SCOPE } =
  await programModule<typeof import("../src/commands/access/scope.ts")>("commands/access/scope");
const { ingestDocument, ingestDocuments } =
  await programModule<typeof import("../src/commands/documents/ingest.ts")>("commands/documents/ingest");
const { closePool, poolSettings, warmPool } =
  await programModule<typeof import("../src/ingest/pool.ts")>("ingest/pool");
const { analyzeAndIndex, resolveOptions } =
  await programModule<typeof import("../src/pipeline.ts")>("pipeline");
const { openStore } = await programModule<typeof import("../src/store/db.ts")>("store/db");

const DOCS = Number(process.env.BENCH_DOCS ?? 500);
const BASELINE_DOCS = Number(process.env.BENCH_BASELINE_DOCS ?? 100);
const NATIONAL_YEAR = 5000;
const GOAL_SECONDS = 30;
const GOAL_RATIO = 3;

const corpus = readCorpus();
const options = resolveOptions();

/** The k-th document: a corpus document with a line that makes its bytes new. */
function documentNo(k: number, tag: string): IngestInput {
  const seed = corpus[k % corpus.length];
  return {
    bytes: new Uint8Array(Buffer.concat([seed.bytes, Buffer.from(`\n(${tag} 副本 ${k})\n`)])),
    name: `${tag}-${k}-${seed.name}`,
  };
}
const documents = (n: number, tag: string) => Array.from({ length: n }, (_, k) => documentNo(k, tag));
const sizeOf = (docs: IngestInput[]) => docs.reduce((s, d) => s + d.bytes.length, 0);

const DOCUMENT_TABLES = ["blobs", "documents", "analyses", "facts", "findings", "audit_log"];

/** Bytes the document tables take (rows, TOAST, indexes). */
async function storedBytes(store: Store): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint as n from pg_class c
    where c.relname = any(${DOCUMENT_TABLES}) and c.relkind = 'r'`.execute(store.db);
  return Number(rows[0].n);
}

const duBytes = (dir: string) =>
  Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]);

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Time (and CPU time) until every worker of a fresh pool has answered: modules, the segmenter's dictionary. */
async function poolStart(): Promise<{ seconds: number; cpu: number }> {
  await closePool();
  const started = performance.now();
  const cpu = cpuSeconds();
  const { workers } = poolSettings();
  const small = documentNo(0, "start");
  await Promise.all(
    Array.from({ length: workers }, (_, k) => analyzeAndIndex(small.bytes, `${k}.txt`, options)),
  );
  return { seconds: (performance.now() - started) / 1000, cpu: cpuSeconds() - cpu };
}

async function run(
  label: string,
  open: () => Promise<{ store: Store; dataDir?: string }>,
  serverCpu = () => 0,
) {
  heading(label);
  const workers = poolSettings().workers;
  const start = await poolStart();
  figure({
    label: `pool start (${workers} workers)`,
    value: start.seconds,
    unit: "s",
    at: COMPILED
      ? "compiled workers (lib/, as `fazhi import` runs them)"
      : "workers load the sources through tsx: `npm run build` first to measure what `fazhi import` runs",
  });
  let batched = 0;
  {
    // as `fazhi import` does: the workers start while the database opens, then the documents go in
    await closePool();
    const opening = performance.now();
    const openingCpu = cpuSeconds();
    const openingServer = serverCpu();
    void warmPool();
    const { store, dataDir } = await open();
    const docs = documents(DOCS, "batch");
    const bytes = sizeOf(docs);
    const at = `${DOCS} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${workers} workers`;
    const before = await storedBytes(store);
    const started = performance.now();
    const cpu = cpuSeconds();
    const server = serverCpu();
    const outcomes = await ingestDocuments(store, SYSTEM_SCOPE, docs, options);
    const seconds = (performance.now() - started) / 1000;
    const used = cpuSeconds() - cpu;
    const serverUsed = serverCpu() - server;
    // the start: the pool's (overlapped with the database's opening), and whatever of it the ingest waited for
    const startSeconds = (started - opening) / 1000;
    const startCpu = cpu - openingCpu + (server - openingServer);
    const failed = outcomes.filter((o) => !o.ok).length;
    if (failed) console.log(`  ${failed} documents failed`);
    batched = DOCS / seconds;
    const scale = NATIONAL_YEAR / DOCS;
    figure({ label: "batched ingest", value: batched, unit: "docs/s", at });
    figure({
      label: `ingest ${NATIONAL_YEAR} docs${DOCS === NATIONAL_YEAR ? "" : " (scaled from the rate)"}, wall`,
      value: startSeconds + seconds * scale,
      unit: "s",
      goal: { below: GOAL_SECONDS },
      at: `${at}; the start included (${startSeconds.toFixed(1)} s: the pool starting while the database opens, as \`fazhi import\` does); the machine is shared`,
    });
    // what the same work takes on two cores nobody else uses: every CPU second spent, halved
    const cpuPerDoc = (used + serverUsed) / DOCS;
    figure({
      label: `  CPU: this process + database server, per doc`,
      value: cpuPerDoc * 1000,
      unit: "ms",
      at: `${((used / DOCS) * 1000).toFixed(1)} ms here (workers and main thread), ${((serverUsed / DOCS) * 1000).toFixed(1)} ms server`,
    });
    figure({
      label: `  ${NATIONAL_YEAR} docs on 2 idle cores (CPU ÷ 2)`,
      value: (startCpu + cpuPerDoc * NATIONAL_YEAR) / 2,
      unit: "s",
      goal: { below: GOAL_SECONDS },
      at: `an estimate from CPU time (the start ${startCpu.toFixed(1)} s of it): the machine is shared`,
    });
    const stored = (await storedBytes(store)) - before;
    figure({
      label: "storage / originals",
      value: stored / bytes,
      unit: "×",
      goal: { atMost: GOAL_RATIO },
      at: `${(stored / 1024 / 1024).toFixed(1)} MB for ${(bytes / 1024 / 1024).toFixed(1)} MB of originals (rows, TOAST, indexes)`,
    });
    if (dataDir) {
      await sql`checkpoint`.execute(store.db);
      figure({
        label: "  the data folder on disk (after a checkpoint)",
        value: duBytes(dataDir) / 1024 / 1024,
        unit: "MB",
        at: "all of it: catalog, WAL, job queue",
      });
    }
    await store.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
  if (BASELINE_DOCS > 0) {
    const { store, dataDir } = await open();
    const docs = documents(BASELINE_DOCS, "single");
    const started = performance.now();
    for (const doc of docs) await ingestDocument(store, SYSTEM_SCOPE, { ...doc, options });
    const seconds = (performance.now() - started) / 1000;
    const rate = BASELINE_DOCS / seconds;
    figure({
      label: "baseline: one file at a time",
      value: rate,
      unit: "docs/s",
      at: `${BASELINE_DOCS} documents, same run (${NATIONAL_YEAR} docs: ${(NATIONAL_YEAR / rate).toFixed(0)} s)`,
    });
    figure({ label: "  batched / baseline", value: batched / rate, unit: "×", at: "same run" });
    await store.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(
  `\ningest: ${DOCS} documents made from ${corpus.length} corpus documents (${(sizeOf(documents(DOCS, "batch")) / DOCS / 1024).toFixed(1)} KB each on average)`,
);
if (process.env.BENCH_PGLITE !== "0")
  await run("embedded database (PGlite)", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "fazhi-bench-ingest-"));
    return { store: await openStore({ dataDir }), dataDir };
  });
const server = process.env.BENCH_POSTGRES === "0" ? null : startPostgres();
if (server) {
  try {
    await run(
      "PostgreSQL (a throwaway server on 127.0.0.1)",
      async () => ({ store: await openStore({ databaseUrl: await freshDatabase(server.url) }) }),
      () => server.cpuSeconds(),
    );
  } finally {
    server.stop();
  }
} else console.log("\nPostgreSQL: not installed here (or BENCH_POSTGRES=0): skipped");
await closePool();
