// Two server processes on one embedded data folder: the second refuses before opening the
// database, with one line naming the folder and the process that holds it; a holder killed
// with SIGKILL leaves no lock behind.
// The same starts show the demo data's start-of-day lines: the first start loads the demo
// documents and says so; a database an older version loaded (its demo documents still under
// their files' hash names, 000_759704e5000b19aa.txt) gets them renamed by their titles at the
// next start, in one line — one test, so that the embedded database is created once (a start of
// its own took ~50 s on a loaded machine).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openStore } from "../src/store/db.ts";
import { startFazhi } from "./helpers/process.ts";

const STARTED = /fazhi 已启动/;

test("one server per embedded data folder; kill -9 frees it; demo documents named by title", {
  timeout: 1_500_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-datadir-"));
  const env = { FAZHI_DATA_DIR: dir, FAZHI_ADMIN_PASSWORD: "Lock-Test-2026!", DATABASE_URL: "" };
  const args = ["serve", "--port", "0", "--host", "127.0.0.1"];
  try {
    // the first start of an empty folder loads the demo documents
    const first = startFazhi(args, env);
    try {
      await first.waitFor(STARTED);
      assert.match(first.output(), /^首次启动，已载入 5 个示例文档$/m);
      const second = startFazhi([...args, "--empty"], env);
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
    // as an older version left them: two demo documents under their files' names
    const store = await openStore({ dataDir: dir });
    const ids = (await store.db.selectFrom("documents").select("id").orderBy("id").execute()).map(
      (d) => d.id,
    );
    for (const [k, name] of ["000_759704e5000b19aa.txt", "001_1d911b1d986cfee9.txt"].entries())
      await store.db.updateTable("documents").set({ name }).where("id", "=", ids[k]).execute();
    await store.close();
    // the holder killed with SIGKILL left no lock: the next start opens the folder, and renames them
    const third = startFazhi(args, env);
    try {
      await third.waitFor(STARTED);
    } finally {
      assert.equal(await third.stop("SIGTERM"), 0, third.output());
    }
    assert.match(third.output(), /^已将 2 个示例文档按标题重新命名$/m);
    assert.doesNotMatch(third.output(), /首次启动/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
