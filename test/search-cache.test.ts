// Search answers remembered by a process (commands/documents/search-cache.ts) are given only
// while the database's search generation (migration 0018) is the one they were made under:
// every committed insert, update (publishing, withdrawing, a re-read text), delete and truncate
// of documents or search_index changes it, once a transaction, and a write not yet committed
// does not. Two stores on one PostgreSQL database (two pools: as two web processes) never
// answer from memory what the other has changed. Runs on PGlite, and on PostgreSQL when
// TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import pg from "pg";
import { SYSTEM_SCOPE, scopeOf } from "../src/commands/access/scope.ts";
import { listDocuments, setPublished } from "../src/commands/documents/documents.ts";
import {
  configureSearchCache,
  SEARCH_CACHE_ENTRIES,
  searchCacheCounts,
} from "../src/commands/documents/search-cache.ts";
import { SettingError, searchCacheFromEnv } from "../src/server/services/settings.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { freshDatabase } from "./helpers/postgres.ts";
import { storeTargets } from "./helpers/store-targets.ts";

const anonymous = scopeOf(null);
const page = (q: string) => ({ q, page: 1, pageSize: 20 });

/** One document written straight into the table (the triggers see raw SQL as they see the app). */
async function addDocument(db: Store["db"], key: string, words: string, published: boolean) {
  await sql`insert into blobs (sha256, content, size) values (${`cache-${key}`}, '\\x00'::bytea, 1)`.execute(
    db,
  );
  const { rows } = await sql<{ id: number }>`
    insert into documents (sha256, name, format, kind, script, engine_version, search_tsv, text, published_at)
    values (${`cache-${key}`}, ${`${key}.txt`}, 'txt', 'report', 'simplified', 'test', to_tsvector('simple', ${words}),
      ${words.replaceAll(" ", "")}, ${published ? sql`now()` : sql`null`})
    returning id`.execute(db);
  return rows[0].id;
}

const generation = async (store: Store) =>
  Number((await store.db.selectFrom("search_generation").select("n").executeTakeFirstOrThrow()).n);

/** The search's answer and whether it came from memory. */
async function searched(store: Store, scope: typeof SYSTEM_SCOPE, q: string) {
  const before = searchCacheCounts(store).hits;
  const result = await listDocuments(store, scope, page(q));
  return { result, remembered: searchCacheCounts(store).hits > before };
}

for (const target of storeTargets())
  describe(`search cache (${target.label})`, { timeout: 120_000 }, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await addDocument(store.db, "a", "海域 使用 海域 报告", true);
      await addDocument(store.db, "b", "海域 使用 报告", true);
    });
    after(async () => {
      await store?.close();
    });

    test("a repeated search is answered from memory, the same answer", async () => {
      const first = await searched(store, SYSTEM_SCOPE, "海域使用");
      const again = await searched(store, SYSTEM_SCOPE, "海域使用");
      assert.equal(again.remembered, true);
      assert.deepEqual(again.result, first.result);
      assert.equal(first.result.total, 2);
      // another page, another scope, other words: each its own answer
      assert.equal((await searched(store, anonymous, "海域使用")).remembered, false);
      const second = await listDocuments(store, SYSTEM_SCOPE, { q: "海域使用", page: 2, pageSize: 20 });
      assert.equal(second.items.length, 0);
    });

    test("an insert, a delete, publishing and withdrawing each change the next answer", async () => {
      const ids = async (scope: typeof SYSTEM_SCOPE) =>
        (await searched(store, scope, "海域使用")).result.items.map((i) => i.row.id).sort((x, y) => x - y);
      const before = await ids(SYSTEM_SCOPE);
      const added = await addDocument(store.db, "c", "海域 使用 海域 使用", false);
      const withNew = await ids(SYSTEM_SCOPE);
      assert.deepEqual(
        withNew,
        [...before, added].sort((x, y) => x - y),
      );
      // unpublished: anonymous readers do not see it, then do once it is published, then not
      assert.ok(!(await ids(anonymous)).includes(added));
      await setPublished(store, SYSTEM_SCOPE, added, true);
      assert.ok((await ids(anonymous)).includes(added));
      await setPublished(store, SYSTEM_SCOPE, added, false);
      assert.ok(!(await ids(anonymous)).includes(added));
      await sql`delete from documents where id = ${added}`.execute(store.db);
      assert.deepEqual(await ids(SYSTEM_SCOPE), before);
    });

    test("the generation changes once a transaction, however many rows it writes, and on truncate", async () => {
      const start = await generation(store);
      await store.db.transaction().execute(async (trx) => {
        await sql`update documents set title = 'x' where sha256 like 'cache-%'`.execute(trx);
        await sql`update documents set title = null where sha256 like 'cache-%'`.execute(trx);
      });
      assert.equal(await generation(store), start + 1);
      // a statement that changes no row changes nothing
      await sql`update documents set title = 'x' where false`.execute(store.db);
      assert.equal(await generation(store), start + 1);
      // a transaction rolled back changes nothing
      await assert.rejects(
        store.db.transaction().execute(async (trx) => {
          await sql`update documents set title = 'y'`.execute(trx);
          throw new Error("rolled back");
        }),
      );
      assert.equal(await generation(store), start + 1);
      await sql`truncate search_index`.execute(store.db);
      assert.equal(await generation(store), start + 2);
    });

    test("FAZHI_SEARCH_CACHE: entries to keep, 0 none; anything else stops the start", () => {
      assert.equal(searchCacheFromEnv({}), 200);
      assert.equal(searchCacheFromEnv({ FAZHI_SEARCH_CACHE: "0" }), 0);
      assert.equal(searchCacheFromEnv({ FAZHI_SEARCH_CACHE: "2000" }), 2000);
      assert.throws(() => searchCacheFromEnv({ FAZHI_SEARCH_CACHE: "many" }), SettingError);
      assert.throws(() => searchCacheFromEnv({ FAZHI_SEARCH_CACHE: "-1" }), SettingError);
    });

    test("with the cache off every search is computed", async () => {
      configureSearchCache(store, 0);
      try {
        await listDocuments(store, SYSTEM_SCOPE, page("海域"));
        assert.equal((await searched(store, SYSTEM_SCOPE, "海域")).remembered, false);
      } finally {
        configureSearchCache(store, SEARCH_CACHE_ENTRIES);
      }
    });
  });

const url = process.env.TEST_DATABASE_URL;
describe("search cache across processes (PostgreSQL)", { skip: !url, timeout: 120_000 }, () => {
  // two stores with their own pools on one database: two web processes
  let one: Store;
  let two: Store;
  let writer: pg.Client;
  let dbUrl: string;
  before(async () => {
    dbUrl = await freshDatabase(url as string);
    one = await openStore({ databaseUrl: dbUrl });
    two = await openStore({ databaseUrl: dbUrl });
    writer = new pg.Client({ connectionString: dbUrl });
    await writer.connect();
    await addDocument(one.db, "p", "稽查 报告", true);
  });
  after(async () => {
    await writer?.end();
    await one?.close();
    await two?.close();
  });

  const idsIn = async (store: Store, scope: typeof SYSTEM_SCOPE) =>
    (await listDocuments(store, scope, page("稽查"))).items.map((i) => i.row.id).sort((x, y) => x - y);

  test("what one process writes, the other's next search shows; its remembered answer is not given", async () => {
    const first = await idsIn(one, anonymous);
    assert.equal((await searched(one, anonymous, "稽查")).remembered, true);
    const added = await addDocument(two.db, "q", "稽查 稽查 报告", false);
    assert.deepEqual(await idsIn(one, anonymous), first, "unpublished: not shown to anonymous readers");
    assert.deepEqual(
      await idsIn(one, SYSTEM_SCOPE),
      [...first, added].sort((x, y) => x - y),
    );
    await setPublished(two, SYSTEM_SCOPE, added, true);
    assert.deepEqual(
      await idsIn(one, anonymous),
      [...first, added].sort((x, y) => x - y),
    );
    await sql`delete from documents where id = ${added}`.execute(two.db);
    assert.deepEqual(await idsIn(one, anonymous), first);
  });

  test("a write not yet committed changes nothing; once committed the next search shows it", async () => {
    const first = await idsIn(one, SYSTEM_SCOPE);
    await writer.query("begin");
    await writer.query(`insert into blobs (sha256, content, size) values ('cache-r', '\\x00'::bytea, 1)`);
    const { rows } = await writer.query(
      `insert into documents (sha256, name, format, kind, script, engine_version, search_tsv, text, published_at)
       values ('cache-r', 'r.txt', 'txt', 'report', 'simplified', 'test', to_tsvector('simple', '稽查'), '稽查', now())
       returning id`,
    );
    assert.deepEqual(await idsIn(one, SYSTEM_SCOPE), first);
    assert.equal((await searched(one, SYSTEM_SCOPE, "稽查")).remembered, true);
    await writer.query("commit");
    assert.equal((await searched(one, SYSTEM_SCOPE, "稽查")).remembered, false);
    assert.deepEqual(
      await idsIn(one, SYSTEM_SCOPE),
      [...first, rows[0].id].sort((x, y) => x - y),
    );
  });

  test("transactions that write the same documents wait for each other, not for the generation", async () => {
    // A writes document 1, B document 2, then A document 2 (it waits for B): had B locked the
    // generation's row when it wrote (and held it until its commit), B's commit would wait for
    // nothing, but a trigger taking the row at B's write while A held it would deadlock; the row
    // is taken at the commit only, so both commit and the generation moves once for each
    const [d1, d2] = (await one.db.selectFrom("documents").select("id").orderBy("id").limit(2).execute()).map(
      (r) => r.id,
    );
    assert.ok(d2 !== undefined);
    const start = await generation(one);
    const a = new pg.Client({ connectionString: dbUrl });
    const b = new pg.Client({ connectionString: dbUrl });
    await a.connect();
    await b.connect();
    try {
      await a.query("begin");
      await a.query("update documents set title = 'a' where id = $1", [d1]);
      await b.query("begin");
      await b.query("update documents set title = 'b' where id = $1", [d2]);
      const waiting = a.query("update documents set title = 'a' where id = $1", [d2]);
      await b.query("commit");
      await waiting;
      await a.query("commit");
    } finally {
      await a.end();
      await b.end();
    }
    assert.equal(await generation(one), start + 2);
    assert.equal((await searched(two, SYSTEM_SCOPE, "稽查")).remembered, false);
  });
});
