import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../pipeline.ts";

const source = { path: "plan.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const measuresOf = (text: string) =>
  analyzeText(text, source).measures.map((m) => ({
    no: m.no,
    title: m.title,
    area: m.area,
    lead: m.lead,
    cooperate: m.cooperate,
    due: m.due,
  }));

const TABLE_PLAN = [
  "某市法治政府建设实施方案",
  "为深入推进依法行政，制定本方案。各项任务除注明时限外，均于2025年底前完成。",
  "一、总体要求",
  "到2025年，政府行为全面纳入法治轨道。",
  "附件：重点任务分工表",
  "序号\t重点任务\t牵头单位\t责任单位\t完成时限",
  "一、依法全面履行政府职能\t\t\t\t",
  "1\t推行政府权责清单制度\t市委编办\t市直各部门\t2022年底前",
  // the lead cell spans this row and the next: empty here, the one above
  "2\t深化“放管服”改革\t市政务服务局\t各县区政府、市发展改革委\t持续推进",
  "3\t优化法治化营商环境\t\t市市场监管局\t2023年6月底前",
  "二、完善依法行政制度体系\t\t\t\t",
  "4\t加强重点领域立法\t市司法局牵头，市人大法工委配合\t\t",
].join("\n");

describe("task tables (重点任务分工表)", () => {
  test("each row is a measure: its task, units and deadline by the header's columns, under the spanning rows' areas", () => {
    assert.deepEqual(measuresOf(TABLE_PLAN), [
      {
        no: 1,
        title: "推行政府权责清单制度",
        area: "依法全面履行政府职能",
        lead: ["市委编办"],
        cooperate: ["市直各部门"],
        due: { date: "2022-12-31", inherited: false },
      },
      {
        no: 2,
        title: "深化“放管服”改革",
        area: "依法全面履行政府职能",
        lead: ["市政务服务局"],
        cooperate: ["各县区政府", "市发展改革委"],
        due: { date: "2025-12-31", inherited: true },
      },
      {
        no: 3,
        title: "优化法治化营商环境",
        area: "依法全面履行政府职能",
        lead: ["市政务服务局"],
        cooperate: ["市市场监管局"],
        due: { date: "2023-06-30", inherited: false },
      },
      {
        no: 4,
        title: "加强重点领域立法",
        area: "完善依法行政制度体系",
        lead: ["市司法局"],
        cooperate: ["市人大法工委"],
        due: { date: "2025-12-31", inherited: true },
      },
    ]);
  });

  test("a table without a lead column takes 责任单位 for the lead; a table of figures is no task table", () => {
    const plan =
      "2024年法治政府建设工作要点\n序号\t工作任务\t责任单位\n1\t开展执法检查\t市司法局\n2\t清理规范性文件\t市政府办公室";
    assert.deepEqual(
      measuresOf(plan).map((m) => [m.no, m.lead, m.cooperate]),
      [
        [1, ["市司法局"], []],
        [2, ["市政府办公室"], []],
      ],
    );
    assert.deepEqual(measuresOf("指标\t2022年\t2023年\n行政复议案件(件)\t41\t49"), []);
  });

  test("numbered paragraphs with clauses stay the measures when the table has no more rows", () => {
    const prose = [
      "某市法治政府建设实施方案",
      "一、主要任务",
      "(一)推行政府权责清单制度。(市委编办牵头)",
      "(二)加强重点领域立法。(市司法局牵头)",
      "序号\t重点任务\t牵头单位",
      "1\t推行政府权责清单制度\t市委编办",
      "2\t加强重点领域立法\t市司法局",
    ].join("\n");
    const found = analyzeText(prose, source).measures;
    assert.deepEqual(
      found.map((m) => [m.title, m.clause]),
      [
        ["推行政府权责清单制度", "市委编办牵头"],
        ["加强重点领域立法", "市司法局牵头"],
      ],
    );
  });
});
