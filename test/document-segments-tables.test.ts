// Statistics tables in the document view: lines holding a tab (a decoded table's row) are drawn
// as a table, each tab a cell's edge; the text and its offsets are the record's own.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { presentRecord } from "../src/server/presenters/document.ts";
import { analyzeText } from "../src/pipeline.ts";
import { cutPieces } from "../web/src/scenes/document/segments.ts";
import {
  isNumberCell,
  markPieces,
  type Placed,
  placePieces,
  type Range,
  type TextBlock,
  textBlocks,
} from "../web/src/scenes/document/tables.ts";

const TEXT = [
  "某区2023年法治政府建设情况报告",
  "一、主要举措和成效",
  "全年行政复议工作稳步推进，案件情况见下表。",
  "单位：件",
  "项目\t2022年\t2023年",
  "行政复议案件受理数\t108\t125",
  "行政复议案件办结数\t98\t118",
  "纠错数\t12\t",
  "二、存在的不足和原因",
  "个别部门依法行政意识不强。",
].join("\n");

const cellTexts = (text: string, b: TextBlock) =>
  b.kind === "table" ? b.rows.map((r) => r.cells.map((c) => text.slice(c.start, c.end))) : [];

/** Everything drawn, in order: text blocks' and cells' pieces. */
function drawn<P extends Range>(text: string, blocks: Placed<P>[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === "text") out.push(...b.pieces.map((p) => text.slice(p.start, p.end)));
    else
      for (const r of b.rows)
        for (const c of r.cells) out.push(...c.pieces.map((p) => text.slice(p.start, p.end)));
  }
  return out;
}

describe("statistics tables in the document view", () => {
  test("prose, a table of the lines with tabs, prose", () => {
    const blocks = textBlocks(TEXT);
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ["text", "table", "text"],
    );
    const [before, table, after] = blocks;
    assert.ok(TEXT.slice(before.start, before.end).endsWith("单位：件"), "the unit line stays prose");
    assert.ok(TEXT.slice(after.start, after.end).startsWith("二、存在的不足和原因"));
    assert.equal(table.kind, "table");
    if (table.kind !== "table") return;
    assert.equal(table.columns, 3);
    assert.equal(table.header, true, "a first row of labels and years is the header");
    assert.deepEqual(cellTexts(TEXT, table), [
      ["项目", "2022年", "2023年"],
      ["行政复议案件受理数", "108", "125"],
      ["行政复议案件办结数", "98", "118"],
      ["纠错数", "12", ""],
    ]);
    assert.deepEqual(
      table.rows[1].cells.map((c) => c.number),
      [false, true, true],
    );
  });

  test("every character but the tabs and the line breaks at the table's edges is drawn once", () => {
    const blocks = textBlocks(TEXT);
    const covered = new Array(TEXT.length).fill(0);
    const mark = (r: Range) => {
      for (let i = r.start; i < r.end; i++) covered[i]++;
    };
    for (const b of blocks) {
      if (b.kind === "text") mark(b);
      else for (const r of b.rows) for (const c of r.cells) mark(c);
    }
    const left = [...TEXT].map((c, i) => (covered[i] === 0 ? c : "")).join("");
    assert.ok(covered.every((n) => n <= 1));
    // the tabs, the line breaks between rows, and one each before and after the table
    assert.equal(left, "\n\t\t\n\t\t\n\t\t\n\t\t\n");
  });

  test("the record's facts fall in their cells, with their own offsets", () => {
    const record = presentRecord(
      analyzeText(TEXT, { path: "t.html", sha256: "", bytes: 0, charset: "utf-8", format: "html" }),
    );
    const placed = placePieces(textBlocks(record.text), cutPieces(record));
    // all the text is drawn but the tabs and the line breaks in and around the table
    assert.deepEqual(
      drawn(record.text, placed).join(""),
      record.text.replace(/\t|\n(?=[^\n]*\t)|(?<=\t[^\n]*)\n/g, ""),
    );
    const table = placed.find((b) => b.kind === "table");
    assert.ok(table && table.kind === "table");
    const cell = table.rows[1].cells[2];
    assert.equal(record.text.slice(cell.start, cell.end), "125");
    const [p] = cell.pieces;
    assert.ok(p.fact !== null, "the number in the cell is a fact");
    const fact = record.facts[p.fact];
    assert.equal(fact.value, 125);
    assert.deepEqual([fact.start, fact.end], [p.start, p.end]);
  });

  test("a mark over a table's edges is cut at every cell, each part keeping it", () => {
    const text = "甲\n乙\t丙\n丁\t戊\n己";
    const pieces = markPieces(text.length, [{ start: 0, end: text.length, id: 1 }]);
    const placed = placePieces(textBlocks(text), pieces);
    const parts = drawn(text, placed);
    assert.deepEqual(parts, ["甲", "乙", "丙", "丁", "戊", "己"]);
    const table = placed[1];
    assert.ok(table.kind === "table");
    assert.equal(table.header, true);
    assert.deepEqual(
      table.rows[0].cells.map((c) => c.pieces.map((p) => [p.start, p.end, p.mark?.id])),
      [[[2, 3, 1]], [[4, 5, 1]]],
    );
  });

  test("short rows are filled with empty cells, a lone label spans, trailing empties do not widen", () => {
    // a line without a tab would end the table: the lone label has its (spanned) empty cell
    const text = "指标\t2022年\t2023年\n一、行政复议\t\n受理数\t10\n一、行政复议\t\n办结数\t8\t9\t\t\t";
    const [table] = textBlocks(text);
    assert.ok(table.kind === "table");
    assert.equal(table.columns, 3);
    const shape = table.rows.map((r) => r.cells.map((c) => `${text.slice(c.start, c.end)}/${c.span}`));
    assert.deepEqual(shape, [
      ["指标/1", "2022年/1", "2023年/1"],
      ["一、行政复议/3"],
      ["受理数/1", "10/1", "/1"],
      ["一、行政复议/3"],
      ["办结数/1", "8/1", "9/1"],
    ]);
  });

  test("a header's empty cell after a named one is that one spanning", () => {
    const text = "项目\t金额(万元)\t\t备注\n\t2022年\t2023年\t\n罚没收入\t120.5\t150\t无";
    const [table] = textBlocks(text);
    assert.ok(table.kind === "table");
    assert.equal(table.columns, 4);
    assert.deepEqual(
      table.rows[0].cells.map((c) => [text.slice(c.start, c.end), c.span]),
      [
        ["项目", 1],
        ["金额(万元)", 2],
        ["备注", 1],
      ],
    );
    // a data row's empty cell is a value left empty: it keeps its column
    assert.equal(table.rows[1].cells.length, 4);
  });

  test("a first row with numbers is no header", () => {
    const [table] = textBlocks("受理数\t108\t125\n办结数\t98\t118");
    assert.ok(table.kind === "table");
    assert.equal(table.header, false);
    assert.ok(isNumberCell("99.7%") && isNumberCell("125件") && isNumberCell("1,234"));
    assert.ok(!isNumberCell("2023年") && !isNumberCell("2022") && !isNumberCell("受理数"));
  });

  test("paragraphs indented by a tab (plain-text reports) stay prose, also around a table", () => {
    const indented = "\t一、主要举措和成效\n\t全年受理行政复议案件125件。\n结尾有制表符的一行\t";
    assert.deepEqual(
      textBlocks(indented).map((b) => b.kind),
      ["text"],
    );
    const text = `\t第一段。\n项目\t2022年\t2023年\n受理数\t108\t125\n\t第二段。`;
    const blocks = textBlocks(text);
    assert.deepEqual(
      blocks.map((b) => [b.kind, text.slice(b.start, b.end)]),
      [
        ["text", "\t第一段。"],
        ["table", "项目\t2022年\t2023年\n受理数\t108\t125"],
        ["text", "\t第二段。"],
      ],
    );
  });

  test("the blank line a decoder leaves after a table is the table's margin, not an empty line", () => {
    const text = "单位：件\n项目\t2023年\n受理数\t125\n\n二、存在的不足";
    const blocks = textBlocks(text);
    assert.deepEqual(
      blocks.map((b) => text.slice(b.start, b.end)),
      ["单位：件", "项目\t2023年\n受理数\t125", "二、存在的不足"],
    );
  });

  test("a text without tabs is one block, as before", () => {
    const text = "第一段\n第二段";
    assert.deepEqual(textBlocks(text), [{ kind: "text", start: 0, end: text.length }]);
    assert.deepEqual(textBlocks(""), []);
    // as the engine reads them: a lone line with a tab (a PDF heading with a wide gap) and a
    // caption with its unit in a cell are no table
    for (const lone of ["一、主要工作\t2023年\n正文。", "表1 执法情况\t单位：件\n正文。"])
      assert.deepEqual(
        textBlocks(lone).map((b) => b.kind),
        ["text"],
      );
  });
});
