// The index's tokens are jieba's search mode (`cutForSearch`), made as the precise cut plus each
// distinct word's dictionary pieces found once (src/store/search.ts): the same tokens, in the same
// order, as the segmenter's own search mode — on the seeds, the demo reports, and every
// dictionary word that holds a character other than the common ideographs (looked up apart).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { simplify } from "../src/normalize/script.ts";
import { cutForSearch, indexText, searchIndexed, searchPieces } from "../src/store/search.ts";
import type { AnalysisRecord } from "../src/types.ts";
import { readSeeds } from "./helpers/shared.ts";

const jieba = Jieba.withDict(dict);
const demoDir = new URL("../demo/", import.meta.url);
const demo = readdirSync(demoDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(new URL(f, demoDir), "utf8"));
/** The dictionary's words with a character outside U+4E00–U+9FD5 (4S店, C++, AT&T, …). */
const otherWords = Buffer.from(dict)
  .toString("utf8")
  .split("\n")
  .map((line) => line.split(" ")[0])
  .filter((w) => w !== "" && !/^[\u4e00-\u9fd5]+$/.test(w));

const crafted = [
  "卡拉OK 4S店的AA制 C++程序员 T恤衫 B超检查 A股市场 AT&T公司",
  "㐀㐁中华人民共和国 𠀀𠀁行政执法\r\n行政复议\r\n法治政府 海域使用 复议纠错率 合法性审查",
  "2023年度 3.5% 第十二条 a-b_c.d 中华人民共和国行政复议法实施条例",
  otherWords.join("的"),
  otherWords.join(""),
  otherWords.join(" "),
];

test("search mode made from the precise cut gives the segmenter's own search mode, token for token", () => {
  const texts = [...readSeeds().map(([, text]) => text), ...demo, ...crafted];
  assert.ok(otherWords.length > 20, "the dictionary's words with other characters are read");
  for (const text of texts) assert.deepEqual(cutForSearch(text), jieba.cutForSearch(text, true));
});

test("a word's pieces: its two-character dictionary words, then its three-character ones, then itself", () => {
  assert.deepEqual(searchPieces("中华人民共和国"), jieba.cutForSearch("中华人民共和国", true));
  assert.deepEqual(searchPieces("中华人民共和国"), [
    "中华",
    "华人",
    "人民",
    "共和",
    "共和国",
    "中华人民共和国",
  ]);
  // a piece with a Latin letter is a dictionary word only when the dictionary has it as written
  assert.deepEqual(searchPieces("卡拉OK"), ["卡拉", "卡拉OK"]);
  assert.deepEqual(searchPieces("法治"), ["法治"]);
});

test("the index tokens of a text are its search-mode tokens, cleaned, each word at most four times", () => {
  // a short text, then whole reports (Traditional ones Simplified first) and crafted words, twice
  // (the words remembered across documents)
  const texts = [
    "行政执法，行政执法。行政执法 行政执法 行政执法 法治政府建设",
    ...readSeeds().map(([, text]) => text),
    ...demo,
    ...crafted,
  ];
  for (const text of [...texts, ...texts]) {
    const expected: string[] = [];
    const counts = new Map<string, number>();
    for (const w of jieba.cutForSearch(simplify(text), true)) {
      const token = w.replace(/[\p{P}\p{S}\s]+/gu, "").toLowerCase();
      if (token === "") continue;
      const n = (counts.get(token) ?? 0) + 1;
      counts.set(token, n);
      if (n <= 4) expected.push(token);
    }
    assert.equal(indexText(text).tokens, expected.join(" "), text.slice(0, 40));
  }
});

test("a stored document's index tokens are joined only when the database must make its vector", () => {
  const record = (text: string) => ({ meta: { title: "标题" }, text }) as unknown as AnalysisRecord;
  // plain tokens: the worker makes the vector, and the tokens would cross threads unread
  const made = searchIndexed(record(demo[0]));
  assert.ok(made.vector && made.salient);
  assert.equal(made.tokens, null);
  // a token the text-search parser might split: the database makes the vector of the tokens
  const left = searchIndexed(record("法治政府 가나 建设"));
  assert.equal(left.vector, null);
  assert.equal(left.tokens, indexText("标题\n法治政府 가나 建设").tokens);
});
