// `npm start` rebuilds the web client only when one of its inputs changed since the last build
// (issue 12.11: a restart took 12.8 s rebuilding an unchanged client). Needs a built client;
// the stamp's time is moved back and restored, nothing is rebuilt.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, statSync, utimesSync } from "node:fs";
import { describe, test } from "node:test";

const root = new URL("..", import.meta.url).pathname;
const stamp = `${root}web/dist/.built`;
const script = `${root}scripts/build-web.js`;
const run = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: "utf8", env: { ...process.env } });
const due = () => run("--check").status === 1;

const built = existsSync(stamp);
if (!built && process.env.CI) throw new Error("build-web test: needs a built web client (npm run build:web)");

describe("the web client's build", { skip: built ? false : "needs a built web client (npm run build:web)" }, () => {
  test("an unchanged client is not built again; a stamp older than a source is", (t) => {
    const { atime, mtime } = statSync(stamp);
    t.after(() => utimesSync(stamp, atime, mtime));
    // a stamp newer than every source: not due, and `npm start`'s step builds nothing
    const later = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000);
    utimesSync(stamp, later, later);
    assert.equal(due(), false);
    const skipped = run();
    assert.equal(skipped.status, 0);
    assert.match(skipped.stdout, /网页客户端已是最新，跳过构建/);
    assert.equal(statSync(stamp).mtimeMs, later.getTime(), "no build rewrote the stamp");
    // a build older than its sources is due
    utimesSync(stamp, new Date(0), new Date(0));
    assert.equal(due(), true);
  });
});
