import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { unwrapHardLines } from "./hard-wrap.ts";

/** Breaks each paragraph every `n` characters, as text copied out of a PDF comes. */
const wrap = (paragraph: string, n: number) => paragraph.match(new RegExp(`.{1,${n}}`, "gu")) ?? [];

const PARAGRAPHS = [
  "　　全市生态环境部门共立案查处环境违法案件1,147件，处罚金额8,523.6万元，同比下降12.4%；办理查封扣押案件86件、限产停产案件14件，移送公安机关行政拘留案件37件。",
  "　　全年受理环境信访投诉1.26万件，按期办结率99.2%。办理行政复议案件12件，行政诉讼案件9件，无败诉案件，办复率均为100%，满意率98.5%。",
  "　　局主要负责人切实履行推进法治建设第一责任人职责，全年主持召开局党组会、局务会专题研究法治建设工作5次，组织开展法治专题学习2次。",
];

describe("text copied out of a PDF", () => {
  test("lines broken at the page's width are one paragraph again; headings and paragraphs stay apart", () => {
    const lines = [
      "某局2023年度法治政府建设情况报告",
      "一、主要举措和成效",
      ...wrap(PARAGRAPHS[0], 30),
      "二、存在的不足",
    ];
    lines.push(...wrap(PARAGRAPHS[1], 30), ...wrap(PARAGRAPHS[2], 30));
    assert.deepEqual(unwrapHardLines(lines.join("\n")).split("\n"), [
      "某局2023年度法治政府建设情况报告",
      "一、主要举措和成效",
      PARAGRAPHS[0],
      "二、存在的不足",
      PARAGRAPHS[1],
      PARAGRAPHS[2],
    ]);
  });

  test("page numbers and the running header go; the sentence goes on over the page's end", () => {
    const [first, ...rest] = [wrap(PARAGRAPHS[0], 30), wrap(PARAGRAPHS[1], 30)];
    const lines = [
      ...first.slice(0, 3),
      "",
      "— 2 —",
      "某局文件",
      ...first.slice(3),
      ...rest[0].slice(0, 2),
      "",
      "— 3 —",
      "某局文件",
      ...rest[0].slice(2),
      ...wrap(PARAGRAPHS[2], 30),
    ];
    assert.deepEqual(unwrapHardLines(lines.join("\n")).split("\n"), PARAGRAPHS);
  });

  test("a text written a paragraph a line, a table in columns and English prose are left as they are", () => {
    const plain = [
      "某县2023年法治政府建设年度报告",
      ...PARAGRAPHS,
      "二、存在的不足",
      "执法队伍专业化水平有待提高",
    ].join("\n");
    assert.equal(unwrapHardLines(plain), plain);
    const columns = Array.from(
      { length: 12 },
      (_, k) => `指标${k}  审计查出问题金额    100.0% 3/3   100.0% 3/3`,
    ).join("\n");
    assert.equal(unwrapHardLines(columns), columns);
    const english = Array.from(
      { length: 12 },
      () => "Pages written for this project in the shapes seen on real",
    ).join("\n");
    assert.equal(unwrapHardLines(english), english);
  });
});
