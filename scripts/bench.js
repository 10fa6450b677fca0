#!/usr/bin/env node
// `npm run bench [-- <substring>...]`: every bench/*.bench.ts in name order (or those whose
// name contains a substring), each in its own process, so a new bench is picked up by being
// there. Figures print beside their goals (bench/report.ts); at the end, one line counts the
// goals missed and the benches that failed. Exit code 1 when a bench failed (e.g. its corpus
// is missing), not when a goal is missed: the bench reports, people judge.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

const root = new URL("..", import.meta.url).pathname;
const only = process.argv.slice(2);
const files = readdirSync(join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
if (files.length === 0) {
  process.stderr.write(`bench: no bench/*.bench.ts${only.length ? ` matching ${only.join(", ")}` : ""}\n`);
  process.exit(2);
}

/** Runs one bench, passing its output through; answers its exit code and the goals it missed. */
function runBench(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join("bench", file)], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    let missed = 0;
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (/\bMISSED\b/.test(line)) missed++;
      process.stdout.write(`${line}\n`);
    });
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), missed }));
  });
}

const started = Date.now();
const failed = [];
let missed = 0;
for (const file of files) {
  process.stdout.write(`\n▶ ${file}\n`);
  const result = await runBench(file);
  missed += result.missed;
  if (result.code !== 0) failed.push(`${file} (exit ${result.code})`);
}
const minutes = ((Date.now() - started) / 60000).toFixed(1);
process.stdout.write(
  `\nbench: ${files.length} files in ${minutes} min; ${missed} goal${missed === 1 ? "" : "s"} missed` +
    `${failed.length ? `; failed: ${failed.join(", ")}` : ""}\n`,
);
process.exit(failed.length ? 1 : 0);
