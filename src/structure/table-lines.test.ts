import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CATEGORY_ROW, cellLinesAsTabs, TABLE_ROW, tableLineKinds } from "./table-lines.ts";

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

describe("tables copied one cell per line (Word or PDF to text)", () => {
  test("a task table: the header's cells and each numbered row's become one tabbed line, same length", () => {
    const text = [
      "附件：2024年度重点任务分工",
      "序号",
      "工作任务",
      "牵头单位",
      "",
      "完成时限",
      "1",
      "制定政府规章和规范性文件年度计划",
      "区司法局",
      "2024年3月底前",
      "2",
      "开展行政执法案卷评查",
      "区司法局",
      "2024年11月底前",
      "区政府办公室",
    ].join("\n");
    const out = cellLinesAsTabs(text);
    assert.equal(out.length, text.length);
    assert.deepEqual(out.split("\n"), [
      "附件：2024年度重点任务分工",
      "序号\t工作任务\t牵头单位\t 完成时限",
      "1\t制定政府规章和规范性文件年度计划\t区司法局\t2024年3月底前",
      "2\t开展行政执法案卷评查\t区司法局\t2024年11月底前",
      "区政府办公室",
    ]);
  });
  test("a statistics table: a label and its values per row; prose after it is left alone", () => {
    const text = [
      "项目",
      "2023年",
      "2024年",
      "行政复议申请",
      "128",
      "143",
      "行政应诉案件",
      "45",
      "—",
      "全年共办理行政复议案件143件。",
    ].join("\n");
    assert.deepEqual(cellLinesAsTabs(text).split("\n"), [
      "项目\t2023年\t2024年",
      "行政复议申请\t128\t143",
      "行政应诉案件\t45\t—",
      "全年共办理行政复议案件143件。",
    ]);
  });
  test("a row out of step (an empty cell left no line), a single row, a list of headings: no table", () => {
    const stepped = [
      "序号",
      "工作任务",
      "牵头单位",
      "1",
      "健全依法决策机制",
      "2",
      "推进执法规范化",
      "县司法局",
    ].join("\n");
    assert.equal(cellLinesAsTabs(stepped), stepped);
    const one = ["序号", "工作任务", "牵头单位", "1", "健全依法决策机制", "县司法局", "一、总体要求"].join(
      "\n",
    );
    assert.equal(cellLinesAsTabs(one), one);
    const prose = ["工作任务", "主要措施", "工作要点", "一、加强组织领导", "各单位要高度重视。"].join("\n");
    assert.equal(cellLinesAsTabs(prose), prose);
  });
});

describe("a category line that lost its tabs", () => {
  test("between rows it is the table's; before a header row it heads the next table", () => {
    const text = [
      "项目\t2022年\t2023年",
      "一、行政处罚",
      "一般程序案件\t1,203\t1,350",
      "二、行政许可",
      "指标\t2022年\t2023年",
      "受理许可申请\t8,900\t9,650",
    ].join("\n");
    assert.deepEqual(kinds(text), [TABLE_ROW, CATEGORY_ROW, TABLE_ROW, 0, TABLE_ROW, TABLE_ROW]);
    // a sentence is no category line
    assert.deepEqual(kinds("项目\t2023年\n一、全年办理案件,同比增长。\n案件\t5"), [0, 0, 0]);
    // columns of spaces (a PDF copied as text) read the same; words apart by spaces are no row
    const spaced = text.replace(/\t/g, "    ");
    assert.deepEqual(kinds(spaced), [TABLE_ROW, CATEGORY_ROW, TABLE_ROW, 0, TABLE_ROW, TABLE_ROW]);
    assert.deepEqual(kinds("一、  总体要求\n(一)  指导思想\n二、  主要任务"), [0, 0, 0]);
  });
});
