// Demo data: on the first start of an empty database, the seed documents are loaded so
// that every page has something to show.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { AnalyzeOptions } from "../../pipeline.ts";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { ingestDocument, sha256 } from "./ingest.ts";
import { documentName } from "../../labels.ts";

export const DEMO_DIR = new URL("../../../demo/", import.meta.url).pathname;

/** What the start did with the demo documents: loaded into an empty database, or (a database
 *  loaded by an older version) renamed from their hash names (renameHashNamedDemo). */
export interface DemoAtStart {
  loaded: number;
  renamed: number;
}

export async function loadDemoIfEmpty(
  store: Store,
  scope: Scope,
  options: AnalyzeOptions,
  dir = DEMO_DIR,
): Promise<DemoAtStart> {
  requirePermission(scope, "documents:write");
  const { n } = await store.db
    .selectFrom("documents")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(n) > 0) return { loaded: 0, renamed: await renameHashNamedDemo(store, dir) };
  let loaded = 0;
  for (const name of demoFiles(dir)) {
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
  return { loaded, renamed: 0 };
}

const demoFiles = (dir: string) =>
  readdirSync(dir)
    .sort()
    .filter((name) => !name.startsWith(".") && !name.endsWith(".md"));

/**
 * A database loaded before the demo documents were named by their titles still shows them by
 * their hash names (000_759704e5000b19aa.txt): they get their title-based names at start. Only
 * a document that is a demo file — the same bytes — and still bears that file's hash name is
 * renamed; a user's upload (or a demo document someone renamed since) keeps its name.
 * Returns how many were renamed.
 */
export async function renameHashNamedDemo(store: Store, dir = DEMO_DIR): Promise<number> {
  const files = demoFiles(dir);
  if (files.length === 0) return 0;
  const rows = await store.db
    .selectFrom("documents")
    .select(["id", "name", "sha256", "title", "region", "year", "kind"])
    .where("name", "in", files)
    .execute();
  let renamed = 0;
  for (const row of rows) {
    if (row.sha256 !== sha256(new Uint8Array(readFileSync(join(dir, row.name))))) continue;
    const name = demoFileName(row.name, documentName(row));
    if (name === row.name) continue;
    // counted when it took: another start on the same database may have renamed it meanwhile
    const { numUpdatedRows } = await store.db
      .updateTable("documents")
      .set({ name })
      .where("id", "=", row.id)
      .where("name", "=", row.name)
      .executeTakeFirst();
    renamed += Number(numUpdatedRows);
  }
  return renamed;
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
