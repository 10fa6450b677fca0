// The data-folder lock within one process: a second open of the folder is refused with the
// holder named; released, the folder can be taken again.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { openStore } from "./db.ts";
import { DataDirLocked, LOCK_FILE, lockDataDir } from "./lock.ts";

describe("data folder lock", () => {
  test("a held folder is refused with one line naming the folder and the holder", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-lock-"));
    const holder = { pid: 4242, host: "elsewhere", command: "fazhi serve", started: "2026/1/2 08:00:00" };
    const first = lockDataDir(dir, holder);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")), holder);
    assert.throws(
      () => lockDataDir(dir),
      (error: unknown) => {
        assert.ok(error instanceof DataDirLocked);
        assert.deepEqual(error.holder, holder);
        assert.ok(!error.message.includes("\n"));
        assert.ok(error.message.includes(dir));
        assert.match(error.message, /进程号 4242，主机 elsewhere，fazhi serve/);
        assert.match(error.message, /FAZHI_DATA_DIR/);
        return true;
      },
    );
    // the refused attempt left the holder's text alone
    assert.deepEqual(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")), holder);
    first.release();
    const again = lockDataDir(dir);
    assert.equal(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid, process.pid);
    again.release();
  });

  test("the store takes the lock before opening the database and gives it back on close", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-lock-"));
    const store = await openStore({ dataDir: dir });
    await assert.rejects(openStore({ dataDir: dir }), DataDirLocked);
    await store.close();
    const reopened = await openStore({ dataDir: dir });
    await reopened.close();
  });
});
