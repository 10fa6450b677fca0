// Re-analyse stored originals whose record was made by another engine version. The earlier
// analyses stay in the database; the new one becomes current.
import { ENGINE } from "../../engine.ts";
import type { AnalyzeOptions } from "../../pipeline.ts";
import { analyzeBytes } from "../../pipeline.ts";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { insertAnalysis } from "./ingest.ts";

export async function reanalyzeStale(
  store: Store,
  scope: Scope,
  options: AnalyzeOptions,
): Promise<{ reanalyzed: number; failed: number }> {
  requirePermission(scope, "documents:write");
  const stale = await store.db
    .selectFrom("documents")
    .innerJoin("blobs", "blobs.sha256", "documents.sha256")
    .select(["documents.id", "documents.name", "blobs.content"])
    .where("documents.engine_version", "!=", ENGINE.version)
    .execute();
  let failed = 0;
  for (const doc of stale) {
    try {
      const record = await analyzeBytes(new Uint8Array(doc.content), doc.name, options);
      await store.db.transaction().execute((trx) => insertAnalysis(trx, doc.id, record));
    } catch {
      failed++;
    }
  }
  return { reanalyzed: stale.length - failed, failed };
}
