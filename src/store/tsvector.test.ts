// The order search vectors are written in: the typed-array sort of sortedByCodeUnits gives
// exactly the order of comparing whole tokens by code units, for words sharing their first one,
// two or three characters, words that are prefixes of others, digits and letters beside
// ideographs, and the order the entries came in turned around.
import assert from "node:assert/strict";
import { test } from "node:test";
import { type KeyedEntry, orderKey, sortedByCodeUnits } from "./tsvector.ts";

const entry = (token: string): KeyedEntry => ({ token, key: orderKey(token), positions: [1] });
const byWholeToken = (a: KeyedEntry, b: KeyedEntry) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0);

test("entries come out in code unit order, whatever order they come in", () => {
  const tokens = [
    "法治",
    "法治政府",
    "法治政府建设",
    "法治建设",
    "法",
    "法制",
    "政府",
    "政",
    "a",
    "ab",
    "abc",
    "abd",
    "abca",
    "0",
    "00",
    "2024",
    "2024年",
    "z9",
    "龥",
    "一",
    "一一",
    "一丁",
  ];
  // many words with the same first two characters, and the same first three
  for (let k = 0; k < 300; k++) tokens.push(`行政${String.fromCharCode(0x4e00 + (k % 40))}${k}`);
  for (const entries of [tokens.map(entry), tokens.map(entry).reverse()]) {
    const sorted = sortedByCodeUnits(entries);
    assert.deepEqual(
      sorted.map((e) => e.token),
      [...tokens].sort(),
    );
    assert.deepEqual(sorted, [...entries].sort(byWholeToken));
  }
  assert.deepEqual(sortedByCodeUnits([]), []);
  assert.deepEqual(
    sortedByCodeUnits([entry("x")]).map((e) => e.token),
    ["x"],
  );
});
