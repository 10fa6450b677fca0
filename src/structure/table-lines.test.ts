import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CATEGORY_ROW, TABLE_ROW, tableLineKinds } from "./table-lines.ts";

const kinds = (text: string) => [...tableLineKinds(text.split("\n").map((t) => ({ text: t })))];

describe("a table's lines", () => {
  test("rows of cells, and a row whose one cell spans them between rows", () => {
    const text = [
      "一、主要工作情况",
      "项目\t2022年\t2023年",
      "一、行政处罚\t\t",
      "一般程序案件\t1,203\t1,350",
      "二、行政许可\t\t",
      "受理许可申请\t8,900\t9,650",
      "二、存在的不足",
    ].join("\n");
    assert.deepEqual(kinds(text), [0, TABLE_ROW, CATEGORY_ROW, TABLE_ROW, CATEGORY_ROW, TABLE_ROW, 0]);
  });

  test("a lone line with a tab, a caption with its unit and a spanning row after the table are not the table's", () => {
    // a PDF heading with a wide gap; a caption; a spanning row with no row after it
    assert.deepEqual(kinds("一、主要工作\t2023年\n正文。"), [0, 0]);
    assert.deepEqual(kinds("表1 执法情况\t单位:件\n项目\t2023年\n案件(件)\t5\n注:含简易程序\t"), [
      0,
      TABLE_ROW,
      TABLE_ROW,
      0,
    ]);
  });
});
