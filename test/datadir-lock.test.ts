// Two server processes on one embedded data folder: the second refuses before opening the
// database, with one line naming the folder and the process that holds it; a holder killed
// with SIGKILL leaves no lock behind.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { startFazhi } from "./helpers/process.ts";

const STARTED = /fazhi 已启动/;

test("one server per embedded data folder; kill -9 frees it", { timeout: 1_500_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-datadir-"));
  const env = { FAZHI_DATA_DIR: dir, FAZHI_ADMIN_PASSWORD: "Lock-Test-2026!", DATABASE_URL: "" };
  const args = ["serve", "--empty", "--port", "0", "--host", "127.0.0.1"];
  const first = startFazhi(args, env);
  try {
    await first.waitFor(STARTED);
    const second = startFazhi(args, env);
    // started or refused, whichever comes first: a second server must never get as far as listening
    await second.waitFor(/fazhi 已启动|正由另一个 fazhi 进程使用/).catch(() => {});
    if (STARTED.test(second.output())) await second.stop("SIGKILL");
    const code = await second.exited;
    assert.equal(code, 1, second.output());
    const lines = second.output().trim().split("\n");
    assert.equal(lines.length, 1, second.output());
    assert.ok(lines[0].includes(dir), lines[0]);
    assert.ok(lines[0].includes(`进程号 ${first.pid}`), lines[0]);
    assert.match(lines[0], /正由另一个 fazhi 进程使用/);
    assert.doesNotMatch(lines[0], /内部错误|Error|at /);
    // a worker is refused the same way
    const worker = startFazhi(["worker"], env);
    await worker.waitFor(/后台任务已启动|正由另一个 fazhi 进程使用/).catch(() => {});
    if (/后台任务已启动/.test(worker.output())) await worker.stop("SIGKILL");
    assert.equal(await worker.exited, 1, worker.output());
    assert.match(worker.output(), /正由另一个 fazhi 进程使用/);
  } finally {
    await first.stop("SIGKILL");
  }
  const third = startFazhi(args, env);
  try {
    await third.waitFor(STARTED);
  } finally {
    assert.equal(await third.stop("SIGTERM"), 0, third.output());
  }
});
