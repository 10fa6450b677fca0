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
