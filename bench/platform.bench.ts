// `npm run bench` (platform part): ingest of the seed corpus replicated to 5,000 documents,
// end to end into the embedded database (analysis, originals, rows, search index), then
// full-text search latency at that size.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { resolveOptions } from "../src/pipeline.ts";
import { listDocuments } from "../src/commands/documents/documents.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { openStore } from "../src/store/db.ts";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";

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
const options = resolveOptions();
console.log(
  `\nplatform: ${TOTAL} documents into ${store.engine}${store.engine === "pglite" ? ` (${dataDir})` : ""}`,
);

const started = performance.now();
let bytes = 0;
for (let k = 0; k < TOTAL; k++) {
  // each copy differs by a line, so that content addressing stores it as a new document
  const doc = Buffer.concat([seeds[k % seeds.length], Buffer.from(`\n(副本 ${k})\n`)]);
  bytes += doc.length;
  await ingestDocument(store, SYSTEM_SCOPE, { bytes: new Uint8Array(doc), name: `copy-${k}.txt`, options });
  if ((k + 1) % 1000 === 0)
    console.log(
      `  ${k + 1} documents, ${((k + 1) / ((performance.now() - started) / 1000)).toFixed(1)} docs/s`,
    );
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `ingest                                   ${String(TOTAL).padStart(6)} docs  ${seconds.toFixed(1).padStart(7)} s  ${(TOTAL / seconds).toFixed(1).padStart(7)} docs/s  (${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s)`,
);

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
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
console.log(
  `search (ranked, 20 hits with snippets)   ${String(times.length).padStart(6)} queries  p50 ${pct(50).toFixed(1)} ms  p95 ${pct(95).toFixed(1)} ms  max ${times[times.length - 1].toFixed(1)} ms`,
);
await store.close();
rmSync(dataDir, { recursive: true, force: true });
