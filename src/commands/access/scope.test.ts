// Commands check their own permission and apply the scope themselves: called directly, with
// no route in front, an anonymous or public caller is refused or sees published documents only.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { resolveOptions } from "../../pipeline.ts";
import { openStore, type Store } from "../../store/db.ts";
import { listAudit } from "../audit/audit.ts";
import { compareFacts } from "../compare/compare.ts";
import { getDocument, listDocuments, setPublished } from "../documents/documents.ts";
import { ingestDocument } from "../documents/ingest.ts";
import { DomainError } from "../errors.ts";
import { MAX_PAGE_SIZE } from "../paging.ts";
import { listTasks } from "../tasks/tasks.ts";
import { createUser, listUsers } from "../users/users.ts";
import { type Caller, SYSTEM_SCOPE, scopeOf } from "./scope.ts";

const caller = (role: Caller["role"], unitKey: string | null = null): Caller => ({
  id: 1,
  username: role,
  displayName: role,
  role,
  unitName: unitKey,
  unitKey,
});
const refusedAs = (kind: DomainError["kind"]) => (e: unknown) => e instanceof DomainError && e.kind === kind;

describe("commands decide who sees what", () => {
  let store: Store;
  let id = 0;
  const anonymous = scopeOf(null);
  const publicReader = scopeOf(caller("public"));
  const page = { page: 1, pageSize: 20 };

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    const text = "某县2022年法治政府建设情况报告\n全年受理行政复议案件108件。";
    ({ documentId: id } = await ingestDocument(store, SYSTEM_SCOPE, {
      bytes: new TextEncoder().encode(text),
      name: "report.txt",
      options: resolveOptions(),
    }));
  });
  after(async () => {
    await store?.close();
  });

  test("anonymous and public callers are refused what their role may not do", async () => {
    await assert.rejects(listUsers(store, anonymous, page), refusedAs("unauthenticated"));
    await assert.rejects(listUsers(store, publicReader, page), refusedAs("forbidden"));
    await assert.rejects(listAudit(store, publicReader, page), refusedAs("forbidden"));
    await assert.rejects(listTasks(store, anonymous, page, "2024-01-01"), refusedAs("unauthenticated"));
    await assert.rejects(setPublished(store, publicReader, id, true), refusedAs("forbidden"));
    await assert.rejects(
      createUser(store, publicReader, { username: "x", displayName: "x", role: "admin", password: "x" }),
      refusedAs("forbidden"),
    );
    await assert.rejects(
      ingestDocument(store, anonymous, {
        bytes: new Uint8Array([65]),
        name: "a.txt",
        options: resolveOptions(),
      }),
      refusedAs("unauthenticated"),
    );
  });

  test("an unpublished document does not exist for them, and does for staff", async () => {
    for (const scope of [anonymous, publicReader]) {
      await assert.rejects(getDocument(store, scope, id), refusedAs("not_found"));
      assert.equal((await listDocuments(store, scope, page)).total, 0);
      const facts = await compareFacts(store, scope, { indicators: ["reconsideration.received"], ...page });
      assert.equal(facts.total, 0);
    }
    const staff = scopeOf(caller("evaluator"));
    assert.equal((await getDocument(store, staff, id)).row.id, id);
    assert.equal((await listDocuments(store, staff, page)).total, 1);
  });

  test("a page never exceeds the cap, whatever the caller asks", async () => {
    const asked = await listDocuments(store, SYSTEM_SCOPE, { page: 1, pageSize: 1_000_000 });
    assert.equal(asked.pageSize, MAX_PAGE_SIZE);
  });

  test("a unit account without a unit sees no unit's tasks", () => {
    assert.deepEqual(scopeOf(caller("unit")).unit, { key: "", name: "" });
    assert.equal(scopeOf(caller("coordinator")).unit, null);
  });
});
