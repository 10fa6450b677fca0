// The search vector made in the analysis worker is exactly the one the database makes from the
// same tokens (`to_tsvector('simple', …)`): for the seeds' tokens and for tokens at the edges
// (digits beside ideographs, repeats, positions past the largest one kept); tokens the parser
// might split answer null (the database parses them). On PGlite, and on PostgreSQL when
// TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import type { Store } from "../src/store/db.ts";
import { indexTokens } from "../src/store/search.ts";
import { tsvectorText } from "../src/store/tsvector.ts";
import { readSeeds } from "./helpers/shared.ts";
import { storeTargets } from "./helpers/store-targets.ts";

const seeds = readSeeds().map(([, text]) => text);

const crafted = [
  "2024年 第3 a1b2 abc 中文abc123 123 0012 1e5 1e e1 法治 法治 法治 法治 政府",
  "x",
  "",
  Array.from({ length: 20000 }, (_, k) => `词${k % 3000}`).join(" "),
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
  });
}
