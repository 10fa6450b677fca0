// `npm run bench`: throughput of the full analysis over the seeds replicated to ≥ 50 MB,
// beside the Recognizers-Text Chinese number and percent models over the same text, in the
// same run on the same core; then the cost of one long report beside the same text as
// separate documents (analysis must be linear in document size).
// The corpus: see corpus.ts.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { closePool, poolSettings } from "../src/ingest/pool.ts";
import { analyzeBytes, analyzeText } from "../src/pipeline.ts";
import { corpusDir, readCorpus } from "./corpus.ts";

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 50) * 1024 * 1024;
const docs = readCorpus().map((f) => f.bytes.toString("utf8"));
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
  `corpus: ${corpusDir}: ${docs.length} documents replicated to ${corpus.length} (${mb.toFixed(1)} MB UTF-8), one core\n`,
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

// One long report against the same text as separate documents: the reports of the corpus
// (a plan joined in would make the whole a plan, whose facts are not read), replicated to
// BENCH_SINGLE_MB, kept as published and with its line breaks lost.
const SINGLE_BYTES = Number(process.env.BENCH_SINGLE_MB ?? 8) * 1024 * 1024;
const reports = docs.filter((d) => analyzeText(d, source).meta.kind === "report");
const pieces: string[] = [];
for (let n = 0; n < SINGLE_BYTES && reports.length; )
  for (const d of reports) {
    pieces.push(d);
    n += bytesOf(d);
  }
const seconds = (run: () => void) => {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
};
if (pieces.length) {
  const singleMb = bytesOf(pieces.join("\n")) / 1024 / 1024;
  const separate = seconds(() => {
    for (const d of pieces) analyzeText(d, source);
  });
  console.log(
    `\none report of ${singleMb.toFixed(1)} MB (${pieces.length} reports joined) against the same text as ${pieces.length} documents:`,
  );
  for (const [label, text] of [
    ["as published", pieces.join("\n")],
    ["line breaks lost", pieces.join("").replace(/\r?\n/g, "")],
  ] as const) {
    const single = seconds(() => analyzeText(text, source));
    console.log(
      `  ${label.padEnd(18)} single ${single.toFixed(2).padStart(6)} s   separate ${separate.toFixed(2).padStart(6)} s   ${(single / separate).toFixed(2)}×   (goal: ≤ 2×)`,
    );
  }
} else console.log("\nno report in the corpus: the single-document line is skipped");

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
