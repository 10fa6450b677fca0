// A database loaded by an older version shows its demo documents by their files' hash names
// (000_759704e5000b19aa.txt); `fazhi serve` renames them by their titles at start and says so in
// one line, as it says that it loaded them on the first start.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { loadDemoIfEmpty } from "../src/commands/documents/demo.ts";
import { closePool } from "../src/ingest/pool.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { openStore } from "../src/store/db.ts";
import { startFazhi } from "./helpers/process.ts";

test("serve renames the demo documents left under hash names, and says how many", {
  timeout: 600_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-demo-rename-"));
  try {
    const store = await openStore({ dataDir: dir });
    await loadDemoIfEmpty(store, SYSTEM_SCOPE, resolveOptions());
    await closePool();
    // as an older version left them: two demo documents under their files' names
    const ids = (await store.db.selectFrom("documents").select("id").orderBy("id").execute()).map(
      (d) => d.id,
    );
    for (const [k, name] of ["000_759704e5000b19aa.txt", "001_1d911b1d986cfee9.txt"].entries())
      await store.db.updateTable("documents").set({ name }).where("id", "=", ids[k]).execute();
    await store.close();

    const server = startFazhi(["serve", "--port", "0", "--host", "127.0.0.1"], {
      FAZHI_DATA_DIR: dir,
      FAZHI_ADMIN_PASSWORD: "Rename-Test-2026!",
      DATABASE_URL: "",
    });
    try {
      await server.waitFor(/fazhi 已启动/);
    } finally {
      assert.equal(await server.stop("SIGTERM"), 0, server.output());
    }
    assert.match(server.output(), /^已将 2 个示例文档按标题重新命名$/m);
    assert.doesNotMatch(server.output(), /首次启动/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
