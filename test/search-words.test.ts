// search_index's vector holds, besides a document's compact vector (its 256 most used words,
// weight D), its other words most common in the corpus as far as one page allows (weight C,
// migration 0024), so that a word said once or twice in each of many reports (宣传) is ranked
// without reading the full vectors. Whatever is added, the results must be those of the full
// vectors: each word kept keeps every position (ranks equal the full vector's), the compact
// words are exactly search_salient's (the common way's test is unchanged), and the row stays
// one uncompressed page. On PGlite and on PostgreSQL (TEST_DATABASE_URL).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { listDocuments } from "../src/commands/documents/documents.ts";
import { rebuildSearchIndex } from "../src/commands/documents/search-index.ts";
import { forgetSearchPlans } from "../src/commands/documents/search.ts";
import { refreshStatistics, type Store } from "../src/store/db.ts";
import { storeTargets } from "./helpers/store-targets.ts";

/** 300 filler words each used twice: more than the compact vector keeps, so a word used once is left out of it. */
const FILLER = Array.from({ length: 300 }, (_, k) => `词${k} 词${k}`).join(" ");

/** Documents from–to written straight into the table, each with its own words. */
async function addDocuments(store: Store, from: number, to: number, words: (k: number) => string) {
  for (let k = from; k <= to; k++) {
    await sql`insert into blobs (sha256, content, size) values (${`w-${k}`}, '\\x00'::bytea, 1)`.execute(
      store.db,
    );
    const tokens = words(k);
    await sql`insert into documents (sha256, name, format, kind, script, engine_version, search_tsv, text, published_at)
      values (${`w-${k}`}, ${`w-${k}.txt`}, 'txt', 'report', 'simplified', 'test', to_tsvector('simple', ${tokens}),
        ${tokens.replaceAll(" ", "")}, now())`.execute(store.db);
  }
}

/** Words used once each in half the documents: more than fit beside the compact vector. */
const ONCE = Array.from({ length: 600 }, (_, k) => `常用${k}`).join(" ");

/** Document k's words: 宣传 once or twice in most (too seldom for the compact vector), four
 *  times in every tenth (in it), 法治 at both ends, the last next to 宣传, and words used by
 *  one document only. */
function words(k: number): string {
  const seldom = "宣传 ".repeat(k % 10 === 0 ? 3 : k % 2);
  const own = Array.from({ length: 40 }, (_, j) => `独${k}x${j}`).join(" ");
  return `报告 法治 ${FILLER} ${seldom}${k % 2 === 0 ? ONCE : ""} ${own} 法治 宣传 ${k % 5 === 0 ? "所" : ""}`;
}

for (const target of storeTargets()) {
  describe(`search_index adds common words (${target.label})`, { timeout: 300_000 }, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await addDocuments(store, 1, 120, words);
      await refreshStatistics(store);
      await rebuildSearchIndex(store, SYSTEM_SCOPE);
      forgetSearchPlans(store);
    });
    after(async () => {
      await store?.close();
    });

    test("the corpus's common words are read from the statistics and added with weight C", async () => {
      const { rows } = await sql<{ lexeme: string }>`select lexeme from search_words`.execute(store.db);
      const listed = new Set(rows.map((r) => r.lexeme));
      assert.ok(listed.has("宣传") && listed.has("报告"), `${listed.size} words`);
      assert.ok(![...listed].some((w) => w.startsWith("独")), "a word of one document is not common");
      const added = await sql<{ n: number; without: number }>`
        select count(*) filter (where s.vector @@ to_tsquery('simple', '宣传'))::int as n,
          count(*) filter (where not search_salient(d.search_tsv) @@ to_tsquery('simple', '宣传'))::int as without
        from search_index s join documents d on d.id = s.document_id
        where d.search_tsv @@ to_tsquery('simple', '宣传')`.execute(store.db);
      assert.ok(added.rows[0].without >= 60, `compact vectors without 宣传: ${added.rows[0].without}`);
      assert.equal(added.rows[0].n, 120, "every document using 宣传 holds it");
    });

    test("the compact words are search_salient's, weight D; a row stays one uncompressed page", async () => {
      const { rows } = await sql<{ same: number; n: number; largest: number; compressed: number }>`
        select count(*) filter (where ts_filter(s.vector, '{d}') = search_salient(d.search_tsv))::int as same,
          count(*)::int as n, max(pg_column_size(s.vector))::int as largest,
          count(*) filter (where pg_column_size(s.vector) < pg_column_size(s.vector || ''::tsvector))::int as compressed
        from search_index s join documents d on d.id = s.document_id`.execute(store.db);
      assert.equal(rows[0].same, rows[0].n);
      assert.ok(rows[0].largest <= 8000, `largest ${rows[0].largest}`);
      assert.equal(rows[0].compressed, 0);
    });

    test("a vector holding every word of a query ranks it as the full vector does", async () => {
      for (const q of ["宣传", "法治 & 宣传", "宣传 & 法治 & 报告", "所 & 宣传", "词7 & 宣传"]) {
        const { rows } = await sql<{ held: number; differ: number; compact: number; weighted: number }>`
          select count(*) filter (where s.vector @@ q)::int as held,
            count(*) filter (where s.vector @@ q and ts_rank('{0.1,0.1,0.4,1.0}', s.vector, q) <> ts_rank(d.search_tsv, q))::int as differ,
            count(*) filter (where search_salient(d.search_tsv) @@ q)::int as compact,
            count(*) filter (where s.vector @@ to_tsquery('simple', replace(${q}, ' &', ':D &') || ':D'))::int as weighted
          from search_index s join documents d on d.id = s.document_id, to_tsquery('simple', ${q}) q
          where d.search_tsv @@ q`.execute(store.db);
        assert.ok(rows[0].held > rows[0].compact, `${q}: more held than the compact vectors hold`);
        assert.equal(rows[0].differ, 0, q);
        assert.equal(
          rows[0].weighted,
          rows[0].compact,
          `${q}: the common way's test is the compact vector's`,
        );
      }
    });

    test("pages are those of the full vectors' ranking", async () => {
      for (const q of ["宣传", "法治宣传", "宣传 所"]) {
        const terms = q === "法治宣传" ? "法治 & 宣传" : q === "宣传 所" ? "宣传 & 所" : q;
        const { rows } = await sql<{ id: number }>`select id from documents, to_tsquery('simple', ${terms}) q
          where search_tsv @@ q order by ts_rank(search_tsv, q) desc, id desc`.execute(store.db);
        for (const page of [1, 2]) {
          const got = await listDocuments(store, SYSTEM_SCOPE, { q, page, pageSize: 20 });
          assert.equal(got.total, rows.length, q);
          assert.deepEqual(
            got.items.map((i) => i.row.id),
            rows.slice((page - 1) * 20, page * 20).map((r) => r.id),
            `${q} page ${page}`,
          );
        }
      }
    });

    test("a write adds the words known then; a new statistics' list only changes later writes", async () => {
      const [{ id }] = await store.db
        .selectFrom("documents")
        .select("id")
        .where("name", "=", "w-7.txt")
        .execute();
      await sql`delete from search_words`.execute(store.db);
      await sql`update documents set search_tsv = to_tsvector('simple', ${`${FILLER} 宣传 新词`}) where id = ${id}`.execute(
        store.db,
      );
      const plain = await sql<{
        c: number;
      }>`select length(ts_filter(vector, '{c}'))::int as c from search_index
        where document_id = ${id}`.execute(store.db);
      assert.equal(plain.rows[0].c, 0, "no list: the compact vector alone");
      await refreshStatistics(store);
      await sql`update documents set search_tsv = to_tsvector('simple', ${`${FILLER} 宣传 新词 报告`}) where id = ${id}`.execute(
        store.db,
      );
      const added = await sql<{
        held: boolean;
      }>`select vector @@ to_tsquery('simple', '宣传:C') as held from search_index
        where document_id = ${id}`.execute(store.db);
      assert.equal(added.rows[0].held, true);
    });
  });
}
