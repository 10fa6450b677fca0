// `fazhi import` loads a directory into the database the web application uses: every readable
// file stored, one line per file that failed, a summary; importing again finds what is there.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { openStore } from "../src/store/db.ts";
import { REPORT_LINES } from "./helpers/fixtures.ts";

const bin = new URL("../bin/fazhi.js", import.meta.url).pathname;

describe("fazhi import", { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-import-"));
  const reports = join(dir, "reports");
  const dataDir = join(dir, "data");
  mkdirSync(reports);
  for (const k of [1, 2, 3])
    writeFileSync(join(reports, `报告${k}.txt`), [...REPORT_LINES, `第${k}号报告的附注。`].join("\n"));
  writeFileSync(join(reports, "坏.pdf"), "%PDF-1.4 这不是 PDF");
  const fazhi = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], {
      encoding: "utf8",
      timeout: 240_000,
      env: { ...process.env, FAZHI_DATA_DIR: dataDir, DATABASE_URL: "" },
    });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("stores every readable file, names the one that failed, and finds them the second time", async () => {
    const first = fazhi("import", reports);
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.stderr, /坏\.pdf/);
    assert.match(first.stderr, /已导入 3 个文档，1 个失败/);
    const again = fazhi("import", join(reports, "报告2.txt"));
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /已导入 0 个文档，1 个已在库中/);
    const store = await openStore({ dataDir });
    try {
      const names = await store.db.selectFrom("documents").select("name").orderBy("name").execute();
      assert.deepEqual(
        names.map((n) => n.name),
        ["报告1.txt", "报告2.txt", "报告3.txt"],
      );
    } finally {
      await store.close();
    }
  });
});
