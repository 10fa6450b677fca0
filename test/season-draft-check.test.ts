// A unit's automatic check before submitting. Its heading (web/src/scenes/season/types.ts):
// the count of problems to fix names what it counts — "2 项须修改" above one 错误 and three
// 警告 read as a miscount, a missing part being listed as a warning and as a red tag. Its
// findings (src/commands/season/draft-review.ts) quote the words around their place: the
// unit sees no text beside the check, and 异常字符「?」 twice said nothing of where.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { spanContext } from "../src/commands/season/draft-review.ts";
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
  ].map((f) => ({ ...f, rule: "x", ruleLabel: "x", message: "x", start: null, end: null, context: null })),
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

describe("a finding's place in the draft", () => {
  const text =
    "一、主要举措\n深入学习贯彻党的二十大精神?全面推进依法行政各项工作落到实处，取得积极成效。\n二、存在的不足";
  const q = text.indexOf("?");
  test("the span with the words around it on its line, cut with … where the line goes on", () => {
    assert.deepEqual(spanContext(text, q, q + 1), {
      before: "深入学习贯彻党的二十大精神",
      text: "?",
      after: "全面推进依法行政各项工作落到实处…",
    });
  });
  test("never crosses into the next line; a long span is cut; no span, no context", () => {
    const end = text.indexOf("。") + 1;
    assert.equal(spanContext(text, end - 1, end)?.after, "");
    const para = `${"法治政府建设".repeat(10)}。`;
    const long = spanContext(para, 0, para.length);
    assert.equal(long?.text.length, 41);
    assert.ok(long?.text.endsWith("…"));
    assert.equal(spanContext(text, null, null), null);
    assert.equal(spanContext(text, 5, 999), null);
  });
});
