// The order search vectors are written in: the typed-array sort of sortedIds gives
// exactly the order of comparing whole tokens by code units, for words sharing their first one,
// two or three characters, words that are prefixes of others, digits and letters beside
// ideographs, runs sorted by insertion and longer ones, and the order the lexemes came in turned
// around, whatever their numbers.
import assert from "node:assert/strict";
import { test } from "node:test";
import { orderKey, sortedIds, type VectorColumns } from "./tsvector.ts";

const columnsOf = (tokens: string[]): VectorColumns => ({
  tokens,
  keys: Float64Array.from(tokens, orderKey),
  positions: new Uint16Array(tokens.length),
  positionCounts: new Uint8Array(tokens.length).fill(1),
  slots: 1,
});
const sortedTokens = (tokens: string[], ids: number[]): string[] =>
  Array.from(sortedIds(columnsOf(tokens), Int32Array.from([...ids, -1]), ids.length), (id) => tokens[id]);

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
  // the 300 words sharing 行政 are one run for the comparing sort; 12 sharing 法院, one by insertion
  for (let k = 0; k < 12; k++) tokens.push(`法院${String.fromCharCode(0x4e00 + ((k * 7) % 5))}${k}`);
  const expected = [...tokens].sort();
  const ids = tokens.map((_, k) => k);
  for (const order of [ids, [...ids].reverse(), ids.map((_, k) => (k * 37) % ids.length)])
    assert.deepEqual(sortedTokens(tokens, order), expected);
  assert.deepEqual(sortedTokens(tokens, []), []);
  assert.deepEqual(sortedTokens(tokens, [tokens.indexOf("z9")]), ["z9"]);
});
