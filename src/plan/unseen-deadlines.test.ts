// Deadlines written as plans outside the seeds write them: with dots (2025.12.31前完成) and in
// Chinese numerals (二〇二五年十一月底前), in the measure's text and as the tail of its clause.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../pipeline.ts";
import { findDeadlines } from "./deadlines.ts";

const source = { path: "t.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const dates = (s: string) => findDeadlines(s, s, 0, s.length).map((d) => [d.quote, d.date]);

test("dotted and slashed dates", () => {
  assert.deepEqual(dates("于2025.12.31前完成"), [["2025.12.31前", "2025-12-31"]]);
  assert.deepEqual(dates("2026/6/30完成清理"), [["2026/6/30", "2026-06-30"]]);
  assert.deepEqual(dates("2025.9底前报送"), [["2025.9底前", "2025-09-30"]]);
  // a year and a month alone, not before 前/底, may be a number (2025.3万元): no date
  assert.deepEqual(dates("投入2025.3万元"), []);
});

test("dates in Chinese numerals", () => {
  assert.deepEqual(dates("二〇二五年十一月底前完成"), [["二〇二五年十一月底前", "2025-11-30"]]);
  assert.deepEqual(dates("二〇二六年三月三十一日前"), [["二〇二六年三月三十一日前", "2026-03-31"]]);
  assert.deepEqual(dates("二〇二五年底前全面完成"), [["二〇二五年底前", "2025-12-31"]]);
});

test("a clause whose tail is such a date gives the measure its deadline", () => {
  const plan = [
    "青海省自然资源厅2025年法治政府建设工作要点",
    "一、完善制度",
    "1.开展规范性文件清理。（法规处牵头，各处室配合，2025.10.31前完成）",
    "2.推行行政执法“三项制度”。（执法局牵头，各市（州）自然资源局按职责分工负责；二〇二五年十一月底前）",
    "3.编制年度立法计划。（法规处负责，2025年3月底前）",
  ].join("\n");
  const measures = analyzeText(plan, source).measures;
  assert.deepEqual(
    measures.map((m) => m.due?.date ?? null),
    ["2025-10-31", "2025-11-30", "2025-03-31"],
  );
});

test("a plan republished years later is dated by its notice's signature, not the page", () => {
  const page = (signed: string) =>
    [
      "中共白银市委 白银市人民政府关于印发《白银市法治政府建设实施方案(2016-2020年)》的通知",
      "发布时间: 2024-11-20 10:02 来源:白银市人民政府办公室",
      "各县区委、县区人民政府,市直各部门:",
      "《白银市法治政府建设实施方案(2016-2020年)》已经市委、市政府同意,现印发给你们,请认真贯彻执行。",
      "中共白银市委   白银市人民政府",
      signed,
      "白银市法治政府建设实施方案(2016-2020年)",
      "一、依法全面履行政府职能",
      "(一)深化行政审批制度改革。2017年底前完成市级行政审批事项清理。(市编办牵头,市政府各部门配合)",
      "(二)推行权力清单制度。2018年6月底前公布权力清单和责任清单。(市编办牵头,市司法局配合)",
    ].join("\n");
  const late = (signed: string) =>
    analyzeText(page(signed), source).findings.filter((f) => f.rule === "plan:deadline-before-plan").length;
  assert.equal(late("2017年5月10日"), 0);
  // signed after its deadlines, the plan is still told so
  assert.equal(late("2018年1月10日"), 1);
});

test("a standing term as the last clause of the measure's own text is its term (…机制，长期坚持。)", () => {
  // 湖北某自治县实施方案: the term written in the text, not in the bracket with the units
  const plan = [
    "某自治县法治政府建设实施方案（2021—2025年）",
    "一、健全依法行政制度体系",
    "1.建立规范性文件定期清理机制，长期坚持。（责任单位：县司法局）",
    "2.持续推进政务服务标准化建设。（责任单位：县行政审批服务局）",
    "3.加强行政规范性文件制定监督管理，每年3月底前公布上一年度规范性文件目录。（责任单位：县司法局）",
  ].join("\n");
  const measures = analyzeText(plan, source).measures;
  assert.deepEqual(
    measures.map((m) => [m.no, m.term?.kind ?? null, m.term ? plan.slice(m.term.start, m.term.end) : null]),
    [
      [1, "standing", "长期坚持"],
      // 持续推进 opening the text says how the work is done, not when
      [2, null, null],
      [3, "recurring", "每年3月底前"],
    ],
  );
});
