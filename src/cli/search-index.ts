// `fazhi search-index [--rebuild | --missing]`: the search ranking index's state, or its
// rebuild from the database (PostgreSQL stays the record; web processes may keep running).
import { SYSTEM_SCOPE } from "../commands/access/scope.ts";
import { rebuildSearchIndex, searchIndexStatus } from "../commands/documents/search-index.ts";
import { DataDirLocked } from "../store/lock.ts";
import { openStore, type StoreOptions } from "../store/db.ts";
import type { Io } from "./analyze.ts";

export async function runSearchIndex(
  cmd: StoreOptions & { rebuild: boolean; missing: boolean },
  io: Io,
): Promise<number> {
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(cmd);
  } catch (error) {
    if (!(error instanceof DataDirLocked)) throw error;
    io.stderr(`fazhi search-index: ${error.message}`);
    return 1;
  }
  try {
    if (cmd.rebuild || cmd.missing) {
      const started = performance.now();
      const done = await rebuildSearchIndex(store, SYSTEM_SCOPE, {
        missingOnly: !cmd.rebuild,
        progress: (n) => n % 10_000 === 0 && io.stderr(`  已处理 ${n} 个文档`),
      });
      io.stdout(`已重建 ${done} 个文档的排序索引（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
    }
    const status = await searchIndexStatus(store, SYSTEM_SCOPE);
    io.stdout(`文档 ${status.documents} 个，已建排序索引 ${status.indexed} 个`);
    return 0;
  } finally {
    await store.close();
  }
}
