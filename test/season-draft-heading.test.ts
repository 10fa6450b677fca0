// The heading of a unit's automatic check before submitting (web/src/scenes/season/types.ts):
// the count of problems to fix names what it counts. "2 项须修改" above one 错误 and three
// 警告 read as a miscount — a missing part is listed as a warning and as a red tag.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { blockingText, type DraftReview } from "../web/src/scenes/season/types.ts";

const review = (errors: number, missing: number, warnings = 2): DraftReview => ({
  title: null,
  region: "长治市",
  year: 2023,
  kind: "report",
  parts: [
    { part: "achievements", label: "主要举措和成效", present: true, start: 0 },
    ...Array.from({ length: missing }, () => ({
      part: "shortcomings" as const,
      label: "存在的不足和原因",
      present: false,
      start: null,
    })),
  ],
  findings: [
    ...Array.from({ length: errors }, () => ({ severity: "error" })),
    ...Array.from({ length: warnings }, () => ({ severity: "warning" })),
  ].map((f) => ({ ...f, rule: "x", ruleLabel: "x", message: "x", start: null, end: null })),
  tampered: false,
  copied: null,
  blocking: errors + missing,
});

describe("the draft check's heading", () => {
  test("says what the problems to fix are", () => {
    assert.equal(blockingText(review(1, 1)), "2 项须修改：1 个错误，缺少 1 项必备内容");
    assert.equal(blockingText(review(0, 2)), "2 项须修改：缺少 2 项必备内容");
    assert.equal(blockingText(review(1, 0)), "1 项须修改：1 个错误");
  });
});
