// A citation names and quotes around only what the caller may see: an unpublished document cited
// as evidence gives a caller who sees published documents only nothing but the stored quote.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { scopeOf, SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { citedDocuments } from "../src/commands/assess/index.ts";
import { setPublished } from "../src/commands/documents/documents.ts";
import { openStore, type Store } from "../src/store/db.ts";
import type { Evidence } from "../src/assess/index.ts";
import { ingestDemoPlan } from "./helpers/demo-plan.ts";

let store: Store;
let documentId = 0;
before(async () => {
  store = await openStore({ dataDir: "memory://" });
  documentId = await ingestDemoPlan(store);
});
after(async () => {
  await store?.close();
});

test("an unpublished document is cited only to callers who may see it", async () => {
  const evidence = [{ kind: "span", documentId, start: 0, end: 4, quote: "x" }] as unknown as Evidence[];
  const anonymous = scopeOf(null);
  assert.notEqual(anonymous.documents, "all");
  assert.equal((await citedDocuments(store, SYSTEM_SCOPE, evidence)).has(documentId), true);
  assert.equal((await citedDocuments(store, anonymous, evidence)).has(documentId), false);
  await setPublished(store, SYSTEM_SCOPE, documentId, true);
  assert.equal((await citedDocuments(store, anonymous, evidence)).has(documentId), true);
});
