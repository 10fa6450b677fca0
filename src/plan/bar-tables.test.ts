// Tables drawn with bars — as pages rendered to text (a | b | c |) and Markdown (| a | b |, with a
// rule line under the header) write them — read as the tabbed tables the decoders give.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../pipeline.ts";
import { barsAsTabs } from "../structure/table-lines.ts";

const source = { path: "t.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };

test("bars become tabs in a run of rows only, the length kept", () => {
  const text = "首页 | 政务公开\n项目 | 2023年 | 2024年\n|---|---|---|\n立案数（件） | 120 | 135\n说明：a|b";
  const out = barsAsTabs(text);
  assert.equal(out.length, text.length);
  assert.equal(out.split("\n")[0], "首页 | 政务公开", "one bar alone is no table row");
  assert.equal(out.split("\n")[1], "项目 \t 2023年 \t 2024年");
  assert.equal(out.split("\n")[2].trim(), "", "the rule line is a blank row");
  assert.equal(out.split("\n")[4], "说明：a|b");
});

test("a task table drawn with bars gives the plan's measures", () => {
  const plan = [
    "某某市2025年法治政府建设重点任务分工方案",
    "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |",
    "| --- | --- | --- | --- | --- |",
    "| 1 | 动态调整权责清单 | 市委编办 | 市直各部门 | 2025年6月底前 |",
    "| 2 | 开展规范性文件清理 | 市司法局 | 各县（市、区）人民政府 | 2025年10月底前 |",
  ].join("\n");
  const measures = analyzeText(plan, source).measures;
  assert.deepEqual(
    measures.map((m) => [m.no, m.title, m.lead, m.cooperate, m.due?.date]),
    [
      [1, "动态调整权责清单", ["市委编办"], ["市直各部门"], "2025-06-30"],
      [2, "开展规范性文件清理", ["市司法局"], ["各县(市、区)人民政府"], "2025-10-31"],
    ],
  );
});

test("a table of figures drawn with bars is read cell by cell", () => {
  const report = [
    "某某省司法厅2024年法治政府建设情况报告",
    "一、主要举措和成效",
    "项目 | 2023年 | 2024年",
    "新收行政复议案件（件） | 1210 | 1432",
    "办结行政复议案件（件） | 1180 | 1390",
  ].join("\n");
  const facts = analyzeText(report, source).facts.map((f) => [f.quote, f.subject]);
  assert.deepEqual(facts.slice(0, 2), [
    ["1210", "新收行政复议案件(2023年)"],
    ["1432", "新收行政复议案件(2024年)"],
  ]);
});
