// The demo plan (长治市, 121 measures; deadlines in 2017–2019) stored as the system would: the
// document every supervision test makes its ledger from.
import { readFileSync } from "node:fs";
import { SYSTEM_SCOPE } from "../../src/commands/access/scope.ts";
import { ingestDocument } from "../../src/commands/documents/ingest.ts";
import { resolveOptions } from "../../src/pipeline.ts";
import { openStore, type Store, type StoreOptions } from "../../src/store/db.ts";

export const DEMO_PLAN = new URL("../../demo/001_1d911b1d986cfee9.txt", import.meta.url);

/** Ingest the demo plan; returns its document id. */
export async function ingestDemoPlan(store: Store): Promise<number> {
  const { documentId } = await ingestDocument(store, SYSTEM_SCOPE, {
    bytes: new Uint8Array(readFileSync(DEMO_PLAN)),
    name: "001.txt",
    options: resolveOptions(),
  });
  return documentId;
}

/** Ingest a text written in the test (a short report); returns its document id. */
export async function ingestText(store: Store, name: string, text: string): Promise<number> {
  const bytes = new Uint8Array(Buffer.from(text, "utf8"));
  return (await ingestDocument(store, SYSTEM_SCOPE, { bytes, name, options: resolveOptions() })).documentId;
}

/**
 * A store at an older migration (`before`) holding what `fill` stored with today's code: filled
 * at the latest schema, then migrated down to `before`, as today's writes name columns the older
 * schemas lack (documents.region_code, 0021). Returns the store, open at `before`, and `fill`'s
 * result; the test adds the older rows it needs, closes it and opens it again to migrate up.
 */
export async function storeBefore<T>(
  options: StoreOptions,
  before: string,
  fill: (store: Store) => Promise<T>,
): Promise<{ old: Store; filled: T }> {
  const latest = await openStore(options);
  let filled: T;
  try {
    filled = await fill(latest);
  } finally {
    await latest.close();
  }
  return { old: await openStore({ ...options, migrateTo: before }), filled };
}
