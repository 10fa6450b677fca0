// Re-analyse stored originals whose record was made by another engine version. The earlier
// analyses stay in the database; the new one becomes current. The server does this in the
// background after it starts (job "reanalyze"), serving the stored records meanwhile, in
// batches that walk the documents by id so a document that fails is not retried forever.
import { ENGINE } from "../../engine.ts";
import type { AnalyzeOptions } from "../../pipeline.ts";
import { whenAccepted } from "../../ingest/pool.ts";
import { analyzeAndIndex } from "../../pipeline.ts";
import { unpackBlob } from "../../store/blobs.ts";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { audit } from "../audit/audit.ts";
import { visibleDocuments } from "./documents.ts";
import { replaceAnalysis } from "./ingest.ts";

/** Documents the scope may see whose current record comes from another engine version. */
export async function countStale(store: Store, scope: Scope): Promise<number> {
  requirePermission(scope, "public");
  const row = await visibleDocuments(store, scope)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("engine_version", "!=", ENGINE.version)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface BatchResult {
  reanalyzed: number;
  failed: number;
  /** the last document id looked at: the next batch starts after it; null when none was left */
  lastId: number | null;
}

/** Re-analyses up to `limit` stale documents with ids above `afterId`, each in its own transaction. */
export async function reanalyzeBatch(
  store: Store,
  scope: Scope,
  options: AnalyzeOptions,
  { afterId = 0, limit = 50 }: { afterId?: number; limit?: number } = {},
): Promise<BatchResult> {
  requirePermission(scope, "documents:write");
  const stale = await store.db
    .selectFrom("documents")
    .select(["id", "name", "sha256", "engine_version"])
    .where("engine_version", "!=", ENGINE.version)
    .where("id", ">", afterId)
    .orderBy("id")
    .limit(limit)
    .execute();
  let failed = 0;
  for (const doc of stale) {
    try {
      const blob = await store.db
        .selectFrom("blobs")
        .select(["content", "encoding"])
        .where("sha256", "=", doc.sha256)
        .executeTakeFirstOrThrow();
      // uploads come first: while the analysis pool is full, background work waits its turn
      const indexed = await whenAccepted(() =>
        analyzeAndIndex(new Uint8Array(unpackBlob(blob)), doc.name, options),
      );
      await store.db.transaction().execute(async (trx) => {
        // another worker may have done it meanwhile: only a still-stale document gets a new record
        const still = await trx
          .selectFrom("documents")
          .select("id")
          .where("id", "=", doc.id)
          .where("engine_version", "!=", ENGINE.version)
          .forUpdate()
          .executeTakeFirst();
        if (!still) return;
        const analysisId = await replaceAnalysis(trx, doc.id, indexed);
        await audit(
          trx,
          scope.caller,
          "reanalyze",
          "document",
          doc.id,
          { engineVersion: doc.engine_version },
          { engineVersion: indexed.record.engine.version, analysisId },
        );
      });
    } catch {
      failed++;
    }
  }
  return { reanalyzed: stale.length - failed, failed, lastId: stale.at(-1)?.id ?? null };
}

/** Re-analyses every stale document now (command line, tests). */
export async function reanalyzeStale(
  store: Store,
  scope: Scope,
  options: AnalyzeOptions,
): Promise<{ reanalyzed: number; failed: number }> {
  let total = { reanalyzed: 0, failed: 0 };
  for (let afterId = 0; ; ) {
    const batch = await reanalyzeBatch(store, scope, options, { afterId });
    total = { reanalyzed: total.reanalyzed + batch.reanalyzed, failed: total.failed + batch.failed };
    if (batch.lastId === null) return total;
    afterId = batch.lastId;
  }
}
