// Reading order and paragraph assembly on laid-out boxes (no model involved): one column, two
// columns under a title, a column block interrupted by a one-sided heading, a table, and the
// joining of wrapped lines into paragraphs.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { PageLine, PageReading } from "./engine.ts";
import { type Piece, readingOrder } from "./layout.ts";
import { assembleText } from "./text.ts";

interface Labelled extends Piece {
  text: string;
}

/** A box of `chars` characters of height 20 starting at x, on text row y (rows 30 apart). */
const box = (text: string, x: number, row: number, chars = text.length): Labelled => ({
  text,
  x0: x,
  x1: x + chars * 20,
  cy: 100 + row * 30,
  h: 20,
});

const order = (pieces: Labelled[]) => readingOrder(pieces).map((r) => r.pieces.map((p) => p.text).join("|"));

describe("reading order", () => {
  test("one column reads top to bottom, whatever order the boxes come in", () => {
    const pieces = [box("第三行", 100, 2, 30), box("第一行", 140, 0, 28), box("第二行", 100, 1, 30)];
    assert.deepEqual(order(pieces), ["第一行", "第二行", "第三行"]);
  });

  test("two columns under a spanning title: title, then the left column, then the right", () => {
    const pieces = [box("标题", 300, 0, 14)];
    for (let r = 1; r <= 6; r++) {
      pieces.push(box(`左${r}`, 100, r, 16), box(`右${r}`, 480, r, 16));
    }
    assert.deepEqual(order(pieces), [
      "标题",
      "左1",
      "左2",
      "左3",
      "左4",
      "左5",
      "左6",
      "右1",
      "右2",
      "右3",
      "右4",
      "右5",
      "右6",
    ]);
  });

  test("a heading set in one column only does not break the column block", () => {
    const pieces: Labelled[] = [];
    for (let r = 0; r < 8; r++) {
      if (r !== 3) pieces.push(box(`左${r}`, 100, r, 16));
      pieces.push(box(`右${r}`, 480, r, r === 3 ? 8 : 16));
    }
    const read = order(pieces);
    assert.deepEqual(read.slice(0, 7), ["左0", "左1", "左2", "左4", "左5", "左6", "左7"]);
    assert.deepEqual(read.slice(7), ["右0", "右1", "右2", "右3", "右4", "右5", "右6", "右7"]);
  });

  test("a table is read row by row, cells left to right", () => {
    const pieces: Labelled[] = [];
    for (let r = 0; r < 5; r++) {
      pieces.push(box(`项目${r}`, 100, r, 5), box(`${r}件`, 400, r, 3), box(`${r}%`, 600, r, 3));
    }
    assert.deepEqual(order(pieces), [
      "项目0|0件|0%",
      "项目1|1件|1%",
      "项目2|2件|2%",
      "项目3|3件|3%",
      "项目4|4件|4%",
    ]);
  });

  test("skewed neighbours overlapping at their margins stay separate rows", () => {
    const pieces = [0, 1, 2].map((r) => ({ ...box(`行${r}`, 100, r, 30), h: 40 }));
    assert.equal(readingOrder(pieces).length, 3);
  });
});

function page(
  lines: Array<{ text: string; x0: number; x1: number; row: number }>,
  column = { x0: 100, x1: 700 },
) {
  const out: PageLine[] = lines.map((l) => ({
    text: l.text,
    confidence: 0.9,
    box: [l.x0, 100 + l.row * 30 - 10, l.x1, 100 + l.row * 30 + 10],
    column,
    frame: { x0: l.x0, x1: l.x1, cy: 100 + l.row * 30, h: 20 },
  }));
  return { width: 800, height: 1100, turns: 0, skew: 0, lines: out } satisfies PageReading;
}

describe("paragraphs", () => {
  test("wrapped lines join without spaces; an indented line or a heading starts a paragraph", () => {
    const { text, lines } = assembleText([
      page([
        { text: "一、总体要求", x0: 140, x1: 260, row: 0 },
        { text: "全年共办理行政复议案件", x0: 140, x1: 700, row: 1 },
        { text: "126件,纠错率12.5%。", x0: 100, x1: 380, row: 2 },
        { text: "下一段开头缩进两字", x0: 140, x1: 690, row: 3 },
        { text: "接着写完。", x0: 100, x1: 200, row: 4 },
      ]),
    ]);
    assert.equal(
      text,
      "一、总体要求\n全年共办理行政复议案件126件,纠错率12.5%。\n下一段开头缩进两字接着写完。",
    );
    assert.deepEqual(
      lines.map((l) => text.slice(l.start, l.end)),
      ["一、总体要求", "全年共办理行政复议案件", "126件,纠错率12.5%。", "下一段开头缩进两字", "接着写完。"],
    );
  });

  test("a sentence left open at the foot of a page goes on at the top of the next", () => {
    const { text } = assembleText([
      page([
        { text: "(二)强化监督", x0: 140, x1: 300, row: 0 },
        { text: "全市共开展行政执法检查", x0: 140, x1: 700, row: 1 },
        { text: "- 1 -", x0: 380, x1: 420, row: 30 },
      ]),
      page([
        { text: "- 2 -", x0: 380, x1: 420, row: 0 },
        { text: "3400余次,发现问题215个。", x0: 100, x1: 500, row: 1 },
      ]),
    ]);
    assert.equal(text, "(二)强化监督\n全市共开展行政执法检查3400余次,发现问题215个。");
  });

  test("a finished sentence at the foot of a page ends its paragraph", () => {
    const { text } = assembleText([
      page([{ text: "全年办结投诉举报1520件。", x0: 100, x1: 700, row: 0 }]),
      page([{ text: "二是规范执法行为", x0: 100, x1: 400, row: 0 }]),
    ]);
    assert.equal(text, "全年办结投诉举报1520件。\n二是规范执法行为");
  });
});
