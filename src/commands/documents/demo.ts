// Demo data: on the first start of an empty database, the seed documents are loaded so
// that every page has something to show.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { AnalyzeOptions } from "../../pipeline.ts";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { ingestDocument } from "./ingest.ts";
import { documentName } from "../../labels.ts";

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
    // the demo documents were published by their governments: public here too. Their files are
    // named by content hash (000_759704e5000b19aa.txt, as in the seed corpus): a civil servant
    // would meet that name in the library and on the download, so the document is named as a
    // person saves it, by its title (or the title composed from place, year and kind)
    const row = await store.db
      .selectFrom("documents")
      .select(["title", "region", "year", "kind"])
      .where("id", "=", documentId)
      .executeTakeFirstOrThrow();
    await store.db
      .updateTable("documents")
      .set({ published_at: new Date(), name: demoFileName(name, documentName(row)) })
      .where("id", "=", documentId)
      .execute();
    loaded++;
  }
  return loaded;
}

/** The name a demo file is shown and downloaded by: its title with the file's extension, without
 * the characters a file name cannot carry (< > become 《 》, / \\ | become 、, : * ? " go); the
 * stored name when there is no title to give. */
export function demoFileName(stored: string, title: string | null): string {
  const clean = (title ?? "")
    .replace(/[<>]/g, (c) => (c === "<" ? "《" : "》"))
    .replace(/[/\\|]/g, "、")
    .replace(/[:*?"\p{Cc}]/gu, "")
    .trim()
    .slice(0, 100);
  return clean ? `${clean}${extname(stored)}` : stored;
}
