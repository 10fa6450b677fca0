// Lines and paragraphs from glyph positions: the cases official OFDs present.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { expandDeltas, type TextRun } from "./content.ts";
import { joinLines, pageLines } from "./layout.ts";

const SIZE = 5;
/** A run of `text` starting `col` characters from the left margin on line `row`. */
const run = (text: string, row: number, col = 0, size = SIZE): TextRun => ({
  text,
  x0: 30 + col * size,
  x1: 30 + (col + [...text].length) * size,
  y: 40 + row * 9,
  size,
});
const FULL = "一".repeat(28); // a line that fills the column

describe("OFD layout", () => {
  test("DeltaX: plain numbers and `g N D` repeats", () => {
    assert.deepEqual(expandDeltas("g 3 5 2.5 g 2 1", 10), [5, 5, 5, 2.5, 1, 1]);
    assert.deepEqual(expandDeltas("g 1000000000 5", 4), [5, 5, 5, 5], "bounded by the glyph count");
    assert.deepEqual(expandDeltas(undefined, 3), []);
  });

  test("runs on one baseline form a line in x order; a wide gap becomes a space", () => {
    const lines = pageLines([run("签发人：", 0, 20), run("主送单位", 0, 0), run("张三", 0, 24)]);
    assert.deepEqual(
      lines.map((l) => l.text),
      ["主送单位 签发人：张三"],
    );
  });

  test("a run drawn twice at one place (faux bold) is read once", () => {
    const lines = pageLines([
      run("关于印发方案的通知", 0, 5),
      { ...run("关于印发方案的通知", 0, 5), x0: 30 + 25.2 },
    ]);
    assert.equal(lines[0].text, "关于印发方案的通知");
  });

  test("a full line continues into an unindented one; an indented line or a heading starts a paragraph", () => {
    const page = pageLines([
      run(FULL, 0),
      run("二二二。", 1),
      run("三".repeat(26), 2, 2),
      run("三尾。", 3),
      run(FULL, 4),
      run("四".repeat(5), 5, 2),
      run(FULL, 6),
      run("（一）加强组织领导", 7),
    ]);
    assert.deepEqual(joinLines([page]).split("\n"), [
      `${FULL}二二二。`,
      `${"三".repeat(26)}三尾。`,
      FULL,
      "四".repeat(5),
      FULL,
      "（一）加强组织领导",
    ]);
  });

  test("a paragraph runs on across a page break; page numbers are dropped", () => {
    const one = pageLines([run("标题", 0, 13), run(FULL, 1, 0), run("- 1 -", 25, 12)]);
    const two = pageLines([run("接上页的文字。", 0, 0), run("新段落。", 1, 2)]);
    assert.deepEqual(joinLines([one, two]).split("\n"), ["标题", `${FULL}接上页的文字。`, "新段落。"]);
  });
});
