// `npm run bench` (platform part): ingest of the seed corpus replicated to 5,000 documents,
// end to end into the embedded database (analysis, originals, rows, search index), then
// full-text search latency at that size.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { resolveOptions } from "../src/pipeline.ts";
import { listDocuments } from "../src/commands/documents/documents.ts";
import { configureSearchCache } from "../src/commands/documents/search-cache.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { openStore } from "../src/store/db.ts";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { figure, heading, percentile } from "./report.ts";

const TOTAL = Number(process.env.BENCH_DOCS ?? 5000);
const demoDir = new URL("../demo/", import.meta.url).pathname;
const seeds = readdirSync(demoDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(demoDir, f)));

const dataDir = mkdtempSync(join(tmpdir(), "fazhi-bench-"));
const store = process.env.DATABASE_URL
  ? await openStore({ databaseUrl: process.env.DATABASE_URL })
  : await openStore({ dataDir });
// the search's own latency, every time: no answer from memory
configureSearchCache(store, 0);
const options = resolveOptions();
heading(
  "platform",
  `${TOTAL} documents into ${store.engine}${store.engine === "pglite" ? ` (${dataDir})` : ""}`,
);

const started = performance.now();
let bytes = 0;
for (let k = 0; k < TOTAL; k++) {
  // each copy differs by a line, so that content addressing stores it as a new document
  const doc = Buffer.concat([seeds[k % seeds.length], Buffer.from(`\n(副本 ${k})\n`)]);
  bytes += doc.length;
  await ingestDocument(store, SYSTEM_SCOPE, { bytes: new Uint8Array(doc), name: `copy-${k}.txt`, options });
  if ((k + 1) % 1000 === 0)
    console.error(
      `  ${k + 1} documents, ${((k + 1) / ((performance.now() - started) / 1000)).toFixed(1)} docs/s`,
    );
}
const seconds = (performance.now() - started) / 1000;
const ingestAt = `${TOTAL} documents (${(bytes / 1024 / 1024).toFixed(1)} MB), one at a time, ${store.engine}`;
// goal (issue 13 item 2): the national year, 5,000 reports, in < 30 s on 2 cores
figure({
  label: "ingest",
  value: TOTAL / seconds,
  unit: "docs/s",
  goal: { atLeast: 5000 / 30 },
  at: ingestAt,
});
figure({ label: "ingest", value: bytes / 1024 / 1024 / seconds, unit: "MB/s", at: ingestAt });

const QUERIES = [
  "行政复议",
  "人民调解",
  "规范性文件",
  "法律顾问",
  "行政执法",
  "第一责任人",
  "营商环境",
  "合法性审查",
  "政务公开",
  "应急演练",
];
await listDocuments(store, SYSTEM_SCOPE, { q: QUERIES[0], page: 1, pageSize: 20 }); // warm up (segmenter dictionary, plans)
const times: number[] = [];
for (let round = 0; round < 10; round++) {
  for (const q of QUERIES) {
    const t = performance.now();
    await listDocuments(store, SYSTEM_SCOPE, { q, page: 1, pageSize: 20 });
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
// goals (issue 13 item 1): p95 < 20 ms, p99 < 50 ms on PostgreSQL; the embedded database within 3×
const slack = store.engine === "pglite" ? 3 : 1;
const searchAt = `${times.length} queries (${QUERIES.length} terms), ${TOTAL} documents, ${store.engine}`;
const label = "search (ranked, 20 hits with snippets)";
for (const [p, goal] of [
  [50, null],
  [95, 20],
  [99, 50],
] as const)
  figure({
    label: `${label} p${p}`,
    value: percentile(times, p),
    unit: "ms",
    ...(goal ? { goal: { below: goal * slack } } : {}),
    at: searchAt,
  });
await store.close();
rmSync(dataDir, { recursive: true, force: true });
