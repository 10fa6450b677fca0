// The document view's cutting of the text into styled pieces: a heading's bold ends where the
// heading ends (it used to run on to the next highlighted number, paragraphs later), and places
// are given as line and paragraph, not character offsets.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { presentRecord } from "../src/server/presenters/document.ts";
import { analyzeText } from "../src/pipeline.ts";
import { cutPieces, headingEnd, positionLabel, positionOf } from "../web/src/scenes/document/segments.ts";

const TEXT = [
  "某县2022年法治政府建设情况报告",
  "一、主要举措和成效",
  "我县深入推进依法行政,各项工作稳步开展。",
  "严格规范公正文明执法,持续优化营商环境。",
  "全年受理行政复议案件125件,办结118件。",
  "二、存在的不足和原因",
  "个别部门依法行政意识不强。",
].join("\n");

describe("document segments", () => {
  const record = presentRecord(
    analyzeText(TEXT, { path: "demo.txt", sha256: "", bytes: 0, charset: "utf-8", format: "txt" }),
  );

  test("the demo text has headings and a fact after a plain paragraph", () => {
    assert.ok(record.outline.length >= 2, "two headings");
    assert.ok(record.facts.length >= 1, "a number");
  });

  test("a heading's style ends at the heading's end", () => {
    const pieces = cutPieces(record);
    for (const p of pieces) {
      const text = record.text.slice(p.start, p.end);
      if (p.heading === null) continue;
      const h = record.outline[p.heading];
      assert.ok(p.end <= headingEnd(record.text, h), `bold runs past its heading: ${JSON.stringify(text)}`);
      assert.ok(!text.includes("\n"), `bold spans a line break: ${JSON.stringify(text)}`);
    }
    const plain = record.text.indexOf("我县深入推进");
    const piece = pieces.find((p) => p.start <= plain && plain < p.end);
    assert.equal(piece?.heading, null, "the paragraph after a heading is not bold");
    const boldText = pieces
      .filter((p) => p.heading !== null)
      .map((p) => record.text.slice(p.start, p.end))
      .join("|");
    assert.match(boldText, /主要举措和成效/);
    assert.match(boldText, /存在的不足和原因/);
  });

  test("pieces cover the text exactly once", () => {
    const pieces = cutPieces(record);
    assert.equal(pieces.map((p) => record.text.slice(p.start, p.end)).join(""), record.text);
  });

  test("a heading whose title is not found ends at its line's end", () => {
    assert.equal(headingEnd("一、甲乙\n丙丁", { start: 0, title: "不在此处" }), 4);
    assert.equal(headingEnd("一、甲乙", { start: 0, title: "甲乙" }), 4);
  });

  test("positions read as line and paragraph", () => {
    const text = "标题\n\n第一段\n第二段\n\n第三段";
    assert.deepEqual(positionOf(text, 0), { line: 1, paragraph: 1 });
    assert.deepEqual(positionOf(text, text.indexOf("第二段")), { line: 4, paragraph: 3 });
    assert.equal(positionLabel(text, text.indexOf("第三段")), "第 6 行（第 4 段）");
    const fact = record.facts[0];
    assert.doesNotMatch(positionLabel(record.text, fact.start), /字符/);
  });
});
