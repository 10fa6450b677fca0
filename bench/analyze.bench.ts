// `npm run bench`: throughput of the full analysis over the seeds replicated to ≥ 50 MB,
// beside the Recognizers-Text Chinese number and percent models over the same text, in the
// same run on the same core.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { closePool, poolSettings } from "../src/ingest/pool.ts";
import { analyzeBytes, analyzeText } from "../src/pipeline.ts";
import { REPORT_TEXT } from "../test/helpers/fixtures.ts";

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 50) * 1024 * 1024;
const seedsDir = new URL("../../shared/seeds/", import.meta.url).pathname;
let docs: string[];
try {
  docs = readdirSync(seedsDir)
    .sort()
    .map((f) => readFileSync(seedsDir + f, "utf8"));
} catch {
  docs = [REPORT_TEXT];
}
const bytesOf = (s: string) => Buffer.byteLength(s, "utf8");
const corpus: string[] = [];
let total = 0;
while (total < TARGET_BYTES) {
  for (const d of docs) {
    corpus.push(d);
    total += bytesOf(d);
  }
}
const mb = total / 1024 / 1024;
const source = { path: "bench", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };

function measure(label: string, run: (text: string) => unknown): number {
  for (const d of docs) run(d); // warm up (compile rule tables, JIT)
  const started = performance.now();
  for (const d of corpus) run(d);
  const seconds = (performance.now() - started) / 1000;
  const rate = mb / seconds;
  console.log(
    `${label.padEnd(48)} ${mb.toFixed(1).padStart(6)} MB  ${seconds.toFixed(2).padStart(7)} s  ${rate.toFixed(2).padStart(7)} MB/s`,
  );
  return rate;
}

console.log(
  `corpus: ${docs.length} documents replicated to ${corpus.length} (${mb.toFixed(1)} MB UTF-8), one core\n`,
);
const ours = measure("fazhi full analysis (analyzeText)", (t) => analyzeText(t, source));
await measurePool();

/** The same analysis as the server runs it: bytes in, through the worker pool (decode included). */
async function measurePool(): Promise<void> {
  const limit = Number(process.env.BENCH_POOL_MB ?? 10) * 1024 * 1024;
  const inputs: Uint8Array[] = [];
  for (let size = 0, i = 0; size < limit; i++) {
    inputs.push(new Uint8Array(Buffer.from(corpus[i % corpus.length], "utf8")));
    size += inputs.at(-1)?.length ?? 0;
  }
  const inFlight = poolSettings().workers * 2; // keep every worker busy, never overfill the queue
  await Promise.all(docs.map((d) => analyzeBytes(new Uint8Array(Buffer.from(d)), "warm-up.txt"))); // workers up
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < inputs.length) await analyzeBytes(inputs[next++], "bench.txt");
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  const seconds = (performance.now() - started) / 1000;
  const poolMb = inputs.reduce((s, b) => s + b.length, 0) / 1024 / 1024;
  const label = `fazhi via the pool (analyzeBytes, ${poolSettings().workers} workers)`;
  console.log(
    `${label.padEnd(48)} ${poolMb.toFixed(1).padStart(6)} MB  ${seconds.toFixed(2).padStart(7)} s  ${(poolMb / seconds).toFixed(2).padStart(7)} MB/s`,
  );
  await closePool();
}

if (process.env.BENCH_BASELINE === "0") process.exit(0);
const require = createRequire(import.meta.url);
const recognizers = require("@microsoft/recognizers-text-number") as {
  NumberRecognizer: new (
    culture: string,
  ) => {
    getNumberModel(): { parse(q: string): unknown[] };
    getPercentageModel(): { parse(q: string): unknown[] };
  };
  Culture: { Chinese: string };
};
const recognizer = new recognizers.NumberRecognizer(recognizers.Culture.Chinese);
const numberModel = recognizer.getNumberModel();
const percentModel = recognizer.getPercentageModel();
const baseline = measure("baseline: Recognizers-Text zh number + percent", (t) => {
  numberModel.parse(t);
  percentModel.parse(t);
});
console.log(`\nfazhi / baseline: ${(ours / baseline).toFixed(1)}×   (target: ≥ 15 MB/s for fazhi)`);
