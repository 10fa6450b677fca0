// A child of analyze.bench.ts: the engine in a fresh process (what one pool worker of
// `fazhi analyze` starts as: modules to load, nothing compiled by the JIT yet) over every
// `step`-th file of a directory from `offset`, one core. Prints {"seconds","bytes"} as JSON.
//   node --import tsx bench/cold-engine.ts <dir> <step> <offset>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { programModule } from "./compiled.ts";

const [dir, step, offset] = process.argv.slice(2);
const files = readdirSync(dir)
  .sort()
  .filter((_, k) => k % Number(step) === Number(offset))
  .map((f) => readFileSync(join(dir, f), "utf8"));
const started = performance.now();
// as `fazhi analyze` does before its workers start (src/engine-tiering.ts)
const { tierUpLater } = await programModule<typeof import("../src/engine-tiering.ts")>("engine-tiering");
tierUpLater();
const { analyzeText } = await programModule<typeof import("../src/analyze-text.ts")>("analyze-text");
const source = { path: "bench", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
for (const text of files) analyzeText(text, source);
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, bytes: files.reduce((s, t) => s + Buffer.byteLength(t), 0) }));
