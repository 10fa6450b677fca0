// Demo data: on the first start of an empty database, the seed documents are loaded so
// that every page has something to show.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnalyzeOptions } from "../../pipeline.ts";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { ingestDocument } from "./ingest.ts";

export const DEMO_DIR = new URL("../../../demo/", import.meta.url).pathname;

export async function loadDemoIfEmpty(
  store: Store,
  scope: Scope,
  options: AnalyzeOptions,
  dir = DEMO_DIR,
): Promise<number> {
  requirePermission(scope, "documents:write");
  const { n } = await store.db
    .selectFrom("documents")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(n) > 0) return 0;
  let loaded = 0;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name.endsWith(".md")) continue;
    const { documentId } = await ingestDocument(store, scope, {
      bytes: new Uint8Array(readFileSync(join(dir, name))),
      name,
      options,
    });
    // the demo documents were published by their governments: public here too
    await store.db
      .updateTable("documents")
      .set({ published_at: new Date() })
      .where("id", "=", documentId)
      .execute();
    loaded++;
  }
  return loaded;
}
