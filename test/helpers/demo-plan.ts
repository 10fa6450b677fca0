// The demo plan (长治市, 121 measures; deadlines in 2017–2019) stored as the system would: the
// document every supervision test makes its ledger from.
import { readFileSync } from "node:fs";
import { SYSTEM_SCOPE } from "../../src/commands/access/scope.ts";
import { ingestDocument } from "../../src/commands/documents/ingest.ts";
import { resolveOptions } from "../../src/pipeline.ts";
import type { Store } from "../../src/store/db.ts";

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
