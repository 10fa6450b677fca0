// The search vector made in the analysis worker is exactly the one the database makes from the
// same tokens (`to_tsvector('simple', …)`): for the seeds' tokens and for tokens at the edges
// (digits beside ideographs, repeats, positions past the largest one kept); tokens the parser
// might split answer null (the database parses them). The compact ranking vector made beside it
// is exactly `search_salient` of that vector (migration 0011), and with the store's common words
// exactly `search_ranking` of it (migration 0024). On PGlite, and on PostgreSQL when
// TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import type { Store } from "../src/store/db.ts";
import { indexText, indexTokens, searchWordsOf } from "../src/store/search.ts";
import { tsvectorText, VectorText, vectorOfTokens } from "./helpers/vector-text.ts";
import { readSeeds } from "./helpers/shared.ts";
import { storeTargets } from "./helpers/store-targets.ts";

const seeds = readSeeds().map(([, text]) => text);

const crafted = [
  "2024年 第3 a1b2 abc 中文abc123 123 0012 1e5 1e e1 法治 法治 法治 法治 政府",
  "x",
  "",
  Array.from({ length: 20000 }, (_, k) => `词${k % 3000}`).join(" "),
  // more than 256 words with ties in count and length: byte order decides which are kept
  Array.from(
    { length: 900 },
    (_, k) => `${String.fromCharCode(0x4e00 + ((k * 37) % 600))}${k % 3 ? "a" : "1"}`,
  ).join(" "),
];

test("tokens the parser might split are left to the database", () => {
  for (const tokens of ["a-b", "3.5", "Abc", "①", "가나", "a_b", "é"])
    assert.equal(tsvectorText(tokens), null);
});

for (const target of storeTargets()) {
  describe(`search vector made off the database on ${target.label}`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(async () => {
      await store.close();
    });

    test("equals to_tsvector('simple', tokens)", async () => {
      const all = [...seeds.map((s) => indexTokens(s)), ...crafted];
      for (const tokens of all) {
        const text = tsvectorText(tokens);
        assert.notEqual(text, null, tokens.slice(0, 80));
        const { rows } = await sql<{ same: boolean; made: string }>`
          select ${text}::tsvector = to_tsvector('simple', ${tokens}) as same, ${text}::tsvector::text as made`.execute(
          store.db,
        );
        assert.ok(rows[0].same, tokens.slice(0, 80));
      }
    });

    test("indexing a text makes the vector and compact vector of its tokens in the same pass, in binary", async () => {
      // words that clean alike (case, punctuation) count as one; a text indexed again gives the same
      const texts = [...seeds, "ABC abc A-B-C 法治 法治。法治，法治 法治 政府 2024年", seeds.join("\n")];
      for (const text of [...texts, ...texts]) {
        const { tokens, vector, salient } = indexText(text);
        assert.ok(vector && salient);
        const { rows } = await sql<{ same: boolean; salient: boolean; size: boolean }>`
          select ${vector}::tsvector = to_tsvector('simple', ${tokens}) as same,
            ${salient}::tsvector = search_salient(to_tsvector('simple', ${tokens})) as salient,
            pg_column_size(${vector}::tsvector) = pg_column_size(${tsvectorText(tokens)}::tsvector) as size`.execute(
          store.db,
        );
        assert.deepEqual(rows[0], { same: true, salient: true, size: true }, text.slice(0, 80));
      }
    });

    test("the binary forms read as the text forms", async () => {
      for (const tokens of crafted.slice(0, 4)) {
        const vector = vectorOfTokens(tokens);
        const made = vector.binary();
        assert.ok(made);
        const { rows } = await sql<{ same: boolean; salient: boolean }>`
          select ${made.vector}::tsvector::text = ${vector.text()}::tsvector::text as same,
            ${made.salient}::tsvector = search_salient(to_tsvector('simple', ${tokens})) as salient`.execute(
          store.db,
        );
        assert.deepEqual(rows[0], { same: true, salient: true }, tokens.slice(0, 80));
      }
      assert.equal(new VectorText().binary()?.vector.length, 4);
    });

    test("with the common words, search_index's vector equals search_ranking of it", async () => {
      // a list of words from every seed, in an order of its own (some in the compact vectors,
      // most not), each with a share that orders them so
      const seen = new Set<string>();
      for (const text of [...seeds, crafted[3]])
        for (const t of indexTokens(text).split(" ")) if (t) seen.add(t);
      const listed = [...seen].filter((_, k) => k % 3 !== 1).sort((a, b) => (a.length % 3) - (b.length % 3));
      await sql`delete from search_words`.execute(store.db);
      await sql`insert into search_words (lexeme, share)
        select w, 1 - k / 4000.0 from unnest(${listed}::text[]) with ordinality as u(w, k)`.execute(store.db);
      const words = searchWordsOf(listed);
      let added = 0;
      let full = 0;
      try {
        for (const text of [...seeds, crafted[3]]) {
          const made = indexText(text, { words });
          assert.ok(made.salient, text.slice(0, 80));
          const { rows } = await sql<{ same: boolean; added: number; size: number; rest: number }>`
            select ${made.salient}::tsvector = search_ranking(v, search_salient(v)) as same,
              length(ts_filter(${made.salient}::tsvector, '{c}'))::int as added,
              pg_column_size(${made.salient}::tsvector)::int as size,
              length(v) - length(${made.salient}::tsvector) as rest
            from to_tsvector('simple', ${made.tokens}) v`.execute(store.db);
          assert.ok(rows[0].same, text.slice(0, 80));
          if (rows[0].added > 0) added++;
          // the room is used up: words are left out though listed
          if (rows[0].size > 7500 && rows[0].rest > 0) full++;
        }
      } finally {
        await sql`delete from search_words`.execute(store.db);
      }
      assert.ok(added >= seeds.length / 2, `vectors with words added: ${added}`);
      assert.ok(full >= 1, `vectors filled to the room: ${full}`);
    });

    test("its compact ranking vector equals search_salient of it", async () => {
      const all = [...seeds.map((s) => indexTokens(s)), ...crafted];
      for (const tokens of all) {
        const salient = vectorOfTokens(tokens).salientText();
        assert.notEqual(salient, null, tokens.slice(0, 80));
        const { rows } = await sql<{ same: boolean }>`
          select ${salient}::tsvector = search_salient(to_tsvector('simple', ${tokens})) as same`.execute(
          store.db,
        );
        assert.ok(rows[0].same, tokens.slice(0, 80));
      }
    });
  });
}
