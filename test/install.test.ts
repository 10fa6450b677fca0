// A clean checkout installs with `npm ci` on the oldest Node the project supports: the lock file
// matches package.json, and no locked package asks for a newer Node (npm's EBADENGINE warning).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import semver from "semver";

const root = new URL("..", import.meta.url).pathname;
const json = (file: string) => JSON.parse(readFileSync(root + file, "utf8"));

interface Locked {
  version?: string;
  engines?: { node?: string } | string[];
  optional?: boolean;
}

test("package-lock.json is in sync with package.json (what npm ci requires)", { timeout: 120_000 }, () => {
  const r = spawnSync("npm", ["ls", "--package-lock-only", "--all", "--json"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, npm_config_fund: "false", npm_config_audit: "false" },
  });
  const problems = (JSON.parse(r.stdout || "{}") as { problems?: string[] }).problems ?? [];
  assert.deepEqual(problems, []);
  assert.equal(r.status, 0, r.stderr);
});

test("every locked package runs on the oldest supported Node", () => {
  const oldest = semver.minVersion(json("package.json").engines.node);
  assert.ok(oldest, "package.json names the Node versions it supports");
  assert.equal(oldest.major, 20, "the project stays on Node 20 (see README)");
  const packages = json("package-lock.json").packages as Record<string, Locked>;
  const tooNew = Object.entries(packages)
    .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
    .filter(([, p]) => !semver.satisfies(oldest, (p.engines as { node: string }).node))
    .map(
      ([path, p]) =>
        `${path.replace(/^.*node_modules\//, "")}@${p.version} needs node ${(p.engines as { node: string }).node}`,
    );
  assert.deepEqual(tooNew, []);
});

test("CI installs from the lock file", () => {
  const ci = readFileSync(`${root}.ci/run`, "utf8");
  assert.match(ci, /^npm ci\b/m);
  assert.doesNotMatch(ci, /^npm install\b/m);
});
