import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cellText, ruledTables, tableRows } from "./pdf-tables.ts";

const h = (at: number, from: number, to: number) => ({ at, from, to });
const v = h;

describe("ruled tables on a PDF page", () => {
  // three columns at x 0/50/150/200, rows at y 100/80/60/40 (y grows upwards)
  const sides = [0, 50, 150, 200].map((x) => v(x, 40, 100));

  test("crossing rules are a grid of cells; a missing rule joins two slots into one cell", () => {
    // the middle column's cell spans the two lower rows: no rule at y 60 under it
    const rules = [h(100, 0, 200), h(80, 0, 200), h(60, 0, 50), h(60, 150, 200), h(40, 0, 200)];
    const [table] = ruledTables(rules, sides);
    assert.equal(table.nRows, 3);
    assert.equal(table.nCols, 3);
    const spanning = table.cells.find((c) => c.row === 1 && c.col === 1);
    assert.deepEqual(spanning && [spanning.rows, spanning.cols], [2, 1]);
    assert.deepEqual(
      tableRows(
        table,
        table.cells.map((c) => `${c.row}${c.col}`),
      ),
      [
        { texts: ["00", "01", "02"], spans: [1, 1, 1] },
        { texts: ["10", "11", "12"], spans: [1, 1, 1] },
        { texts: ["20", "", "22"], spans: [1, 1, 1] },
      ],
    );
  });

  test("a cell left open at the page's top (it goes on from the page before) is a cell", () => {
    // the first column has no top rule: its cell began on the previous page
    const [table] = ruledTables(
      [h(100, 50, 200), h(80, 0, 200), h(60, 0, 200)],
      sides.map((s) => v(s.at, 60, 100)),
    );
    assert.equal(table.nCols, 3);
    assert.deepEqual(
      tableRows(
        table,
        table.cells.map((c) => (c.col === 0 ? "" : `${c.row}${c.col}`)),
      ).map((r) => r.texts),
      [
        ["", "01", "02"],
        ["", "11", "12"],
      ],
    );
  });

  test("a frame around text, rules that do not cross and a row of two are no table", () => {
    assert.deepEqual(ruledTables([h(100, 0, 200), h(40, 0, 200)], [v(0, 40, 100), v(200, 40, 100)]), []);
    assert.deepEqual(ruledTables([h(100, 0, 200), h(90, 0, 200)], [v(300, 0, 50)]), []);
    assert.deepEqual(
      ruledTables([h(100, 0, 100), h(80, 0, 100)], [v(0, 80, 100), v(50, 80, 100), v(100, 80, 100)]),
      [],
    );
  });
});

describe("a cell's text", () => {
  const cell = { x0: 0, x1: 100, y0: 0, y1: 100 };
  const run = (str: string, y: number, x = 2) => ({ str, x, y, size: 10, width: 10 * str.length });
  test("a wrapped line goes on without a break; a line stopping short was broken on purpose", () => {
    assert.equal(
      cellText([run("全面实行政府权责清单", 80), run("制度。", 66)], cell),
      "全面实行政府权责清单制度。",
    );
    assert.equal(cellText([run("县政府办", 80), run("县司法局", 66)], cell), "县政府办 县司法局");
  });
  test("a line stopping short for a character that cannot start a line is still a wrap", () => {
    assert.equal(cellText([run("执行《暂行条", 80), run("例》", 66)], cell), "执行《暂行条例》");
    assert.equal(cellText([run("执行《暂行条", 80), run("例", 66)], cell), "执行《暂行条 例");
  });
  test("lines are read top to bottom whatever order the page drew them in; Latin words keep a space", () => {
    assert.equal(cellText([run("Office", 66), run("2024 State", 80)], cell), "2024 State Office");
  });
});
