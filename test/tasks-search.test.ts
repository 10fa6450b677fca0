// 督办's text search through the API: words found in a task's title, its unit (as the plan names
// it, or the registry's full name) or its measure's text; several words must all be found; the
// search combines with the status and unit filters, pages, sees only a unit's own tasks, and
// takes %, _ and \ literally; a plan's measures are read once per analysis.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { measureReads } from "../src/commands/tasks/plan-measures.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { allPages } from "./helpers/paging.ts";
import { demoLedger } from "./helpers/ledger.ts";
import { as, login, type Session } from "./helpers/session.ts";

interface Row {
  id: number;
  measureNo: number | null;
  title: string;
  unitName: string;
  display: string;
  matched: string | null;
}

describe("task search", { timeout: 180_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  let coord: Session;
  let unit: Session;
  let ledgerId = 0;
  const now = new Date("2018-01-15T02:00:00Z");

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({ store, options: resolveOptions(), config: { now: () => now } });
    ({ coord, ledgerId } = await demoLedger(store, app));
    unit = await login(app, "unit-sfj");
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  const search = (q: string, extra = "", s: Session = coord) =>
    allPages<Row>(`/api/tasks?ledger=${ledgerId}&q=${encodeURIComponent(q)}${extra}`, (u) =>
      app.inject({ method: "GET", url: u, headers: as(s) }),
    );

  test("a word only in a measure's text finds that measure's tasks, with the passage", async () => {
    // 红顶中介 is in measure (4)'s text, not in any title
    const found = await search("红顶中介");
    assert.deepEqual([...new Set(found.map((t) => t.measureNo))], [4]);
    assert.ok(found.length >= 2, "every unit of the measure");
    for (const t of found) assert.match(t.matched ?? "", /红顶中介/);
  });

  test("a title word needs no passage; several words must all be found (title and unit)", async () => {
    const byTitle = await search("负面清单");
    assert.ok(byTitle.some((t) => t.measureNo === 6 && t.matched === null));
    const both = await search("负面清单 发改委");
    assert.ok(both.length > 0);
    for (const t of both) assert.match(t.unitName, /发改委/);
    assert.ok(both.length < byTitle.length, "the second word narrows the first");
  });

  test("a unit by the registry's full name finds the tasks the plan gave its short name", async () => {
    const short = await search("市司法局");
    const full = await search("长治市司法局");
    assert.ok(short.length > 0);
    assert.deepEqual(
      full.map((t) => t.id).sort(),
      short
        .filter((t) => t.unitName === "市司法局")
        .map((t) => t.id)
        .sort(),
    );
  });

  test("combined with the status and unit filters", async () => {
    const all = await search("行政");
    const overdue = await search("行政", `&status=${encodeURIComponent("已逾期")}`);
    assert.ok(overdue.length > 0 && overdue.length < all.length);
    assert.ok(overdue.every((t) => t.display === "已逾期"));
    const ofUnit = await search("行政", `&unit=${encodeURIComponent("市编办")}`);
    assert.ok(ofUnit.length > 0 && ofUnit.every((t) => t.unitName === "市编办"));
  });

  test("pages like the list (total counts the matches)", async () => {
    const all = await search("行政");
    const res = await app.inject({
      method: "GET",
      url: `/api/tasks?ledger=${ledgerId}&q=${encodeURIComponent("行政")}&pageSize=5&page=2`,
      headers: as(coord),
    });
    const page = res.json() as { total: number; items: Row[] };
    assert.equal(page.total, all.length);
    assert.equal(page.items.length, 5);
  });

  test("a unit searches its own tasks only", async () => {
    assert.deepEqual(await search("红顶中介", "", unit), []);
    const own = await search("行政", "", unit);
    assert.ok(own.length > 0 && own.every((t) => t.unitName === "市司法局"));
  });

  test("a plan's measures are read once, and again when the plan is re-analysed", async () => {
    await search("红顶中介");
    const reads = measureReads(store);
    assert.ok((await search("中介")).length > 0);
    assert.ok((await search("清理")).length > 0);
    assert.equal(measureReads(store), reads, "the kept measures serve later searches");
    // a re-analysis whose text reads otherwise (same length, so the measures' spans hold):
    // a new analysis made current, as replaceAnalysis does
    const doc = await store.db
      .selectFrom("ledgers")
      .innerJoin("documents", "documents.id", "ledgers.document_id")
      .select(["documents.id", "documents.analysis_id", "documents.text"])
      .where("ledgers.id", "=", ledgerId)
      .executeTakeFirstOrThrow();
    const fresh = await sql<{ id: number }>`
      insert into analyses (document_id, engine_name, engine_version, record)
      select document_id, engine_name, engine_version, record from analyses where id = ${doc.analysis_id}
      returning id`.execute(store.db);
    await sql`update analyses set text = ${doc.text} where id = ${doc.analysis_id}`.execute(store.db);
    await store.db
      .updateTable("documents")
      .set({ analysis_id: fresh.rows[0].id, text: (doc.text ?? "").replaceAll("红顶中介", "蓝顶中介") })
      .where("id", "=", doc.id)
      .execute();
    const found = await search("蓝顶中介");
    assert.deepEqual([...new Set(found.map((t) => t.measureNo))], [4]);
    for (const t of found) assert.match(t.matched ?? "", /蓝顶中介/);
    assert.deepEqual(await search("红顶中介"), []);
    assert.equal(measureReads(store), reads + 1, "the new analysis read once");
  });

  test("wildcards are literal; an empty query is no search", async () => {
    assert.deepEqual(await search("%"), []);
    assert.deepEqual(await search("_"), []);
    assert.deepEqual(await search("\\"), []);
    const none = await search("");
    const plain = await allPages<Row>(`/api/tasks?ledger=${ledgerId}`, (u) =>
      app.inject({ method: "GET", url: u, headers: as(coord) }),
    );
    assert.equal(none.length, plain.length);
  });
});
