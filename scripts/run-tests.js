#!/usr/bin/env node
// The test command: type check, lint, then every *.test.ts with node's test runner.
// node:test on Node 20 does not expand globs, so the files are listed here.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { startPostgres } from "./postgres.js";

const root = new URL("..", import.meta.url).pathname;
const only = process.argv.slice(2);

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith(".test.ts")) out.push(relative(root, path));
  }
  return out;
}

const env = { ...process.env, NO_COLOR: "1" };
let postgres = null;

function run(label, command, args) {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    process.stdout.write(`\n✗ ${label} failed\n`);
    postgres?.stop();
    process.exit(result.status ?? 1);
  }
}

const files = [...findTests(join(root, "src")), ...findTests(join(root, "test"))]
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
if (files.length === 0) {
  process.stdout.write("no test files found\n");
  process.exit(1);
}
if (only.length === 0) {
  run("type check (tsc --noEmit)", "npx", ["--no-install", "tsc", "--noEmit"]);
  run("type check web (tsc --noEmit -p web)", "npx", ["--no-install", "tsc", "--noEmit", "-p", "web"]);
  run("lint (biome check)", "npx", [
    "--no-install",
    "biome",
    "check",
    "src",
    "scripts",
    "bin",
    "bench",
    "test",
  ]);
}
// suites that also run on a real PostgreSQL server name TEST_DATABASE_URL: a throwaway server
// is started for them unless one is given
const needsPostgres = files.some((f) => readFileSync(join(root, f), "utf8").includes("TEST_DATABASE_URL"));
if (!env.TEST_DATABASE_URL && needsPostgres) {
  postgres = startPostgres();
  if (postgres) {
    env.TEST_DATABASE_URL = postgres.url;
    process.stdout.write(`\n▶ PostgreSQL for the server tests: ${postgres.url}\n`);
  } else if (env.CI) {
    process.stdout.write("\n✗ PostgreSQL binaries not found (run scripts/setup-system.sh)\n");
    process.exit(1);
  } else process.stdout.write("\n▶ PostgreSQL not installed: the API suite runs on PGlite only\n");
}
// the compiled command line (lib/) is what users run; its own suite checks it
if (files.some((f) => f.includes("compiled-cli")))
  run("build command line (tsc → lib/)", "npm", ["run", "build"]);
// the browser tests need the built client
if (files.some((f) => f.includes("e2e"))) run("build web client (vite)", "npm", ["run", "build:web"]);
// Browser suites drive a real Chromium on two cores shared with the other suites: a wait can
// time out on a slow turn that no user would meet. Like Playwright's runner on CI, a failed browser
// suite is run once more on its own and reported as flaky when it then passes; a failure anywhere
// else, or a browser suite failing twice, fails the run.
const failedList = join(mkdtempSync(join(tmpdir(), "fazhi-tests-")), "failed.txt");
const label = `tests (${files.length} files)`;
process.stdout.write(`\n▶ ${label}\n`);
const main = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    "--test",
    "--test-concurrency=2",
    "--test-reporter=tap",
    "--test-reporter-destination=stdout",
    `--test-reporter=${join(root, "scripts/failed-files-reporter.js")}`,
    `--test-reporter-destination=${failedList}`,
    ...files,
  ],
  { cwd: root, stdio: "inherit", env },
);
if (main.status !== 0) {
  const failed = existsSync(failedList)
    ? readFileSync(failedList, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((f) => relative(root, f))
    : [];
  const browser = failed.filter((f) => readFileSync(join(root, f), "utf8").includes("browserSkip("));
  // a failure outside any file (the runner itself), or outside the browser suites, is final
  if (failed.length === 0 || browser.length < failed.length) {
    process.stdout.write(`\n✗ ${label} failed${failed.length ? `: ${failed.join(", ")}` : ""}\n`);
    postgres?.stop();
    process.exit(main.status ?? 1);
  }
  for (const f of browser) {
    process.stdout.write(`\n▶ ${f} failed: run once more on its own\n`);
    const again = spawnSync(process.execPath, ["--import", "tsx", "--test", f], {
      cwd: root,
      stdio: "inherit",
      env,
    });
    if (again.status !== 0) {
      process.stdout.write(`\n✗ ${label} failed: ${f} failed twice\n`);
      postgres?.stop();
      process.exit(again.status ?? 1);
    }
    process.stdout.write(`\n⚠ flaky: ${f} failed once and passed on its own (its first failure is above)\n`);
  }
}
// the throwaway server goes with the run (a failed step stops it in run())
postgres?.stop();
