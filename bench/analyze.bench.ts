// `npm run bench` (analysis): the full analysis beside the Recognizers-Text Chinese number and
// percent models, per document, over the same corpus in one run (goal, issue 13 item 4:
// ≥ 10× Recognizers-Text, for the engine alone and for `fazhi analyze` over a directory);
// the analysis through the worker pool; the cost of one long report beside the same text as
// separate documents (analysis linear in document size: ≤ 2×).
// The engine and the baseline are timed in alternating slices of the corpus, so both meet the
// same load on a shared machine. The corpus: see corpus.ts, replicated as varied copies
// (variant): every figure reads the same texts. The engine figure is of a warm engine (one
// process, the JIT done); the command starts fresh workers, so the engine is also timed in a
// fresh process over one worker's share of the command's files: the command's ceiling is that
// times the workers. The pool is timed cold (just started) and warm (as a server's stays). Sizes: BENCH_MB (50) for the engine
// and the baseline, BENCH_CLI_MB (10) for the command, BENCH_POOL_MB (10), BENCH_SINGLE_MB (8).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closePool, poolSettings, WORKER_YOUNG_GENERATION_MB } from "../src/ingest/pool.ts";
import { analyzeBytes, analyzeText } from "../src/pipeline.ts";
import { childrenCpuSeconds } from "./cpu.ts";
import { corpusDir, readCorpus, variant } from "./corpus.ts";
import { figure, heading } from "./report.ts";

const MB = 1024 * 1024;
// The engine runs in the pool's workers, whose young generation is WORKER_YOUNG_GENERATION_MB;
// this thread, where the engine and the baseline take turns, gets the same (V8's young generation
// is two semi-spaces), else the figure weighs scavenges the deployed engine does not pay (about a
// third of its CPU with V8's default). The baseline runs under the same heap. Set at start only:
// the bench runs itself again with the flag.
const SEMI_SPACE_FLAG = `--max-semi-space-size=${WORKER_YOUNG_GENERATION_MB / 2}`;
if (!process.execArgv.some((a) => a.startsWith("--max-semi-space-size"))) {
  const again = spawnSync(
    process.execPath,
    [...process.execArgv, SEMI_SPACE_FLAG, ...process.argv.slice(1)],
    {
      stdio: "inherit",
    },
  );
  process.exit(again.status ?? 1);
}
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 50) * MB;
const root = new URL("..", import.meta.url).pathname;
const docs = readCorpus().map((f) => f.bytes.toString("utf8"));
const bytesOf = (s: string) => Buffer.byteLength(s, "utf8");
/** The corpus replicated to at least `bytes`, each copy varied (corpus.ts). */
function replicate(bytes: number): { texts: string[]; mb: number } {
  const texts: string[] = [];
  let total = 0;
  for (let copy = 0; total < bytes; copy++)
    for (const d of docs) {
      texts.push(variant(d, copy));
      total += bytesOf(texts[texts.length - 1]);
    }
  return { texts, mb: total / MB };
}
const source = { path: "bench", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };

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
const baseline = (text: string) => {
  numberModel.parse(text);
  percentModel.parse(text);
};
const engine = (text: string) => analyzeText(text, source);

/** Seconds of wall time of `run`. */
function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

/** Seconds of CPU time of `run` (this process: its thread and V8's helper threads). */
function cpuSeconds(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

// ── the engine beside the baseline, per document, alternating slices of the corpus ──
const corpus = replicate(TARGET_BYTES);
for (const d of docs) {
  engine(d); // warm up (rule tables, JIT)
  baseline(d);
}
let engineSeconds = 0;
let baselineSeconds = 0;
let engineCpu = 0;
let baselineCpu = 0;
const SLICE = Math.max(docs.length, 20);
for (let i = 0; i < corpus.texts.length; i += SLICE) {
  const slice = corpus.texts.slice(i, i + SLICE);
  engineSeconds += seconds(() => {
    engineCpu += cpuSeconds(() => slice.forEach(engine));
  });
  baselineSeconds += seconds(() => {
    baselineCpu += cpuSeconds(() => slice.forEach(baseline));
  });
}
const engineRate = corpus.mb / engineSeconds;
const baselineRate = corpus.mb / baselineSeconds;
const at = `${docs.length} documents replicated to ${corpus.texts.length} varied copies (${corpus.mb.toFixed(1)} MB), one core, a ${WORKER_YOUNG_GENERATION_MB} MB young generation as in the pool's workers`;
heading("analysis", `corpus ${corpusDir}`);
figure({ label: "engine (analyzeText)", value: engineRate, unit: "MB/s", at });
figure({ label: "Recognizers-Text zh number + percent", value: baselineRate, unit: "MB/s", at });
figure({
  label: "engine / Recognizers-Text",
  value: engineRate / baselineRate,
  unit: "×",
  goal: { atLeast: 10 },
  at,
});
// on a busy machine wall time counts the waits for a core; CPU time does not
figure({ label: "engine / Recognizers-Text in CPU time", value: baselineCpu / engineCpu, unit: "×", at });

// ── `fazhi analyze --json <dir>` as users run it (compiled, both cores), output streamed ──
await measureCommand();

async function measureCommand(): Promise<void> {
  const cli = replicate(Number(process.env.BENCH_CLI_MB ?? 10) * MB);
  const dir = mkdtempSync(join(tmpdir(), "fazhi-bench-cli-"));
  cli.texts.forEach((t, k) => {
    writeFileSync(join(dir, `${String(k).padStart(5, "0")}.txt`), t);
  });
  const built = ensureBuilt();
  let outputBytes = 0;
  // the baseline over the same documents, once before the command and once after, so that both
  // meet the machine's load of the time (a shared machine's load moves within a minute)
  let baselineHere = seconds(() => cli.texts.forEach(baseline)) / 2;
  let baselineHereCpu = 0;
  const childCpuBefore = childrenCpuSeconds(process.pid);
  const started = performance.now();
  const code = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, [join(root, "bin/fazhi.js"), "analyze", "--json", dir], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.on("data", (chunk: Buffer) => {
      outputBytes += chunk.length;
    });
    child.on("close", done);
  });
  const commandSeconds = (performance.now() - started) / 1000;
  const commandCpu = childrenCpuSeconds(process.pid) - childCpuBefore;
  if (code !== 0) throw new Error(`fazhi analyze exited with ${code}`);
  // the engine as one worker starts: a fresh process over one worker's share of the files
  const { workers } = poolSettings();
  const cold = spawnSync(
    process.execPath,
    ["--import", "tsx", SEMI_SPACE_FLAG, join(root, "bench/cold-engine.ts"), dir, String(workers), "0"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  rmSync(dir, { recursive: true, force: true });
  const share = JSON.parse(cold.stdout) as { seconds: number; bytes: number };
  const coldRate = share.bytes / MB / share.seconds;
  baselineHere +=
    seconds(() => {
      baselineHereCpu = cpuSeconds(() => cli.texts.forEach(baseline));
    }) / 2;
  const cliAt = `${cli.texts.length} files (${cli.mb.toFixed(1)} MB) in one directory, ${workers} workers, ${built}; output ${(outputBytes / MB).toFixed(0)} MB of JSON Lines`;
  figure({
    label: "engine in a fresh process (cold JIT)",
    value: coldRate,
    unit: "MB/s",
    at: `one worker's share of the command's files: ${(share.bytes / MB).toFixed(1)} MB, modules loaded in the time, one core`,
  });
  figure({ label: "fazhi analyze --json <dir>", value: cli.mb / commandSeconds, unit: "MB/s", at: cliAt });
  figure({
    label: "fazhi analyze <dir> / (workers × cold engine)",
    value: cli.mb / commandSeconds / (workers * coldRate),
    unit: "×",
    at: `${cliAt}; 1 would be the workers alone, each as fast as a fresh engine`,
  });
  figure({
    label: "fazhi analyze <dir> / Recognizers-Text",
    value: baselineHere / commandSeconds,
    unit: "×",
    goal: { atLeast: 10 },
    at: `${cliAt}; the baseline's time the mean of a run before the command and one after`,
  });
  // the command's CPU (its workers included) beside the baseline's: steady under load
  figure({
    label: "fazhi analyze <dir> / Recognizers-Text in CPU time",
    value: baselineHereCpu / commandCpu,
    unit: "×",
    at: `${cliAt}; the command's process and workers, the baseline on one core`,
  });
}

/** The command runs lib/ when it is newer than every source (bin/fazhi.js); build it if not. */
function ensureBuilt(): string {
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
      ),
    );
  const stamp = join(root, "lib/.built");
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newest(join(root, "src"))) return "compiled";
  const build = spawnSync(process.execPath, [join(root, "scripts/build-cli.js")], { stdio: "inherit" });
  return build.status === 0 ? "compiled (built now)" : "from sources (build failed)";
}

// ── the same analysis as the server runs it: bytes in, through the worker pool ──
{
  const limit = Number(process.env.BENCH_POOL_MB ?? 10) * MB;
  const inputs: Uint8Array[] = [];
  for (let size = 0, i = 0; size < limit; i++) {
    inputs.push(new Uint8Array(Buffer.from(corpus.texts[i % corpus.texts.length], "utf8")));
    size += inputs[inputs.length - 1].length;
  }
  const inFlight = poolSettings().workers * 2; // keep every worker busy, never overfill the queue
  await Promise.all(docs.map((d) => analyzeBytes(new Uint8Array(Buffer.from(d)), "warm-up.txt"))); // workers up
  const poolMb = inputs.reduce((s, b) => s + b.length, 0) / MB;
  // first pass: workers just started, as for a command; second: the same workers, warm
  for (const pass of ["workers just started", "the same workers again (warm)"]) {
    const started = performance.now();
    let next = 0;
    const lane = async () => {
      while (next < inputs.length) await analyzeBytes(inputs[next++], "bench.txt");
    };
    await Promise.all(Array.from({ length: inFlight }, lane));
    const poolSeconds = (performance.now() - started) / 1000;
    figure({
      label: "engine through the pool (analyzeBytes)",
      value: poolMb / poolSeconds,
      unit: "MB/s",
      at: `${inputs.length} documents (${poolMb.toFixed(1)} MB), ${poolSettings().workers} workers, ${pass}`,
    });
  }
  await closePool();
}

// ── one long report against the same text as separate documents: the reports of the corpus
// (a plan joined in would make the whole a plan, whose facts are not read), replicated to
// BENCH_SINGLE_MB, kept as published and with its line breaks lost ──
const SINGLE_BYTES = Number(process.env.BENCH_SINGLE_MB ?? 8) * MB;
const reports = docs.filter((d) => analyzeText(d, source).meta.kind === "report");
const pieces: string[] = [];
for (let n = 0, copy = 0; n < SINGLE_BYTES && reports.length; copy++)
  for (const d of reports) {
    pieces.push(variant(d, copy));
    n += bytesOf(d);
  }
if (pieces.length) {
  const singleAt = `${(bytesOf(pieces.join("\n")) / MB).toFixed(1)} MB: ${pieces.length} reports joined, against them as ${pieces.length} documents`;
  const separate = seconds(() => {
    for (const d of pieces) analyzeText(d, source);
  });
  for (const [label, text] of [
    ["one long report / separate (as published)", pieces.join("\n")],
    ["one long report / separate (line breaks lost)", pieces.join("").replace(/\r?\n/g, "")],
    // sentence ends lost too: every figure in one sentence with every figure before it
    [
      "one long report / separate (one sentence)",
      pieces
        .join("")
        .replace(/\r?\n/g, "")
        .replace(/[。；！？]/g, "，"),
    ],
  ] as const) {
    const single = seconds(() => analyzeText(text, source));
    figure({ label, value: single / separate, unit: "×", goal: { atMost: 2 }, at: singleAt });
  }
} else console.log("  no report in the corpus: the single-document figures are skipped");
