// Lists are paged and capped: a document with very many facts cannot make any response
// unbounded — not the comparison, not its export, not the document's own page.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { setPublished } from "../src/commands/documents/documents.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { MAX_EXPORT_ROWS, MAX_PAGE_SIZE } from "../src/commands/paging.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { MAX_RECORD_ITEMS } from "../src/server/presenters/document.ts";
import { openStore, type Store } from "../src/store/db.ts";

// one statement per line, each a fact of the same indicator: more facts than an export holds
const FACTS = MAX_EXPORT_ROWS + 500;
const lines = ["某县2022年法治政府建设情况报告"];
for (let i = 0; i < FACTS; i++) lines.push(`第${i + 1}批受理行政复议案件${100 + (i % 50)}件。`);
const INDICATOR = "reconsideration.received";

describe("lists are paged and capped", { timeout: 300_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  let id = 0;

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({ store, options: resolveOptions() });
    ({ documentId: id } = await ingestDocument(store, SYSTEM_SCOPE, {
      bytes: new Uint8Array(Buffer.from(lines.join("\n"))),
      name: "many-facts.txt",
      options: resolveOptions(),
    }));
    await setPublished(store, SYSTEM_SCOPE, id, true);
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  test("the comparison answers one page, says how many there are, and refuses larger pages", async () => {
    const first = await app.inject({ method: "GET", url: `/api/facts?indicators=${INDICATOR}` });
    const body = first.json() as {
      total: number;
      page: number;
      pageSize: number;
      items: Array<{ id: number; documentId: number }>;
      points: unknown[];
    };
    assert.equal(body.total, FACTS, "every fact is counted");
    assert.ok(body.items.length <= MAX_PAGE_SIZE);
    assert.equal(body.points.length, 1, "one point per region, year and indicator");
    const biggest = await app.inject({
      method: "GET",
      url: `/api/facts?indicators=${INDICATOR}&pageSize=${MAX_PAGE_SIZE}&page=2`,
    });
    const page2 = biggest.json() as { items: Array<{ id: number }> };
    assert.equal(page2.items.length, MAX_PAGE_SIZE);
    assert.ok(biggest.body.length < 200_000, `one page is small: ${biggest.body.length} bytes`);
    const ids = new Set(body.items.map((f) => f.id));
    assert.ok(
      page2.items.every((f) => !ids.has(f.id)),
      "pages do not overlap",
    );
    const tooBig = await app.inject({
      method: "GET",
      url: `/api/facts?indicators=${INDICATOR}&pageSize=${MAX_PAGE_SIZE + 1}`,
    });
    assert.equal(tooBig.statusCode, 400);
  });

  test("exports hold at most the stated number of rows", async () => {
    const csv = await app.inject({ method: "GET", url: `/api/export/compare.csv?indicators=${INDICATOR}` });
    assert.equal(csv.statusCode, 200);
    const rows = csv.body.trim().split("\n").length - 1;
    assert.equal(rows, MAX_EXPORT_ROWS);
  });

  test("a document's page shows a bounded part of its record; its counts say how many", async () => {
    const res = await app.inject({ method: "GET", url: `/api/documents/${id}` });
    const doc = res.json() as { facts: number; record: { facts: unknown[] } };
    assert.equal(doc.facts, FACTS);
    assert.equal(doc.record.facts.length, MAX_RECORD_ITEMS);
  });

  test("every list route declares a capped page size", async () => {
    const spec = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<
        string,
        Record<string, { parameters?: Array<{ name: string; schema: { maximum?: number } }> }>
      >;
    };
    for (const path of [
      "/api/documents",
      "/api/facts",
      "/api/tasks",
      "/api/ledgers",
      "/api/users",
      "/api/audit",
    ]) {
      const size = spec.paths[path].get.parameters?.find((p) => p.name === "pageSize");
      assert.ok(
        size && (size.schema.maximum ?? Infinity) <= MAX_PAGE_SIZE,
        `${path} pageSize ≤ ${MAX_PAGE_SIZE}`,
      );
    }
  });
});
