// Comments carried to a resubmitted version: the passage found unchanged (with its sentence) is
// placed in the new text; a rewritten or removed one is said to have changed; a short quote that
// occurs elsewhere is not mistaken for the passage.
import assert from "node:assert/strict";
import { test } from "node:test";
import { carryComments } from "./carried.ts";

const comment = (text: string, quote: string, id = 1) => {
  const start = text.indexOf(quote);
  assert.ok(start >= 0);
  return { id, start, end: start + quote.length, quote, text: "请核实" };
};

const V1 = "一、主要成效\n全年办理行政复议案件312件，纠错率12%。\n二、存在问题\n执法人员培训不足。\n";

test("an untouched passage stands unchanged, placed in the new version", () => {
  const v2 = `前言一段。\n${V1}三、下一步安排\n加强培训。\n`;
  const [c] = carryComments(V1, [comment(V1, "执法人员培训不足")], v2);
  assert.equal(c.state, "unchanged");
  assert.ok(c.at);
  assert.equal(v2.slice(c.at.start, c.at.end), "执法人员培训不足");
});

test("a rewritten or removed passage has changed", () => {
  const rewritten = V1.replace("纠错率12%", "纠错率12.5%");
  const [c] = carryComments(V1, [comment(V1, "纠错率12%")], rewritten);
  assert.deepEqual([c.state, c.at], ["changed", null]);
  const removed = V1.replace("执法人员培训不足。\n", "");
  assert.equal(carryComments(V1, [comment(V1, "执法人员培训不足")], removed)[0].state, "changed");
});

test("a short quote is judged by its sentence, not by any place it occurs", () => {
  // 312件 stays in the text, but the sentence around the commented one was rewritten
  const v2 = V1.replace("全年办理行政复议案件312件", "全年收到行政复议申请312件");
  const [c] = carryComments(V1, [comment(V1, "312件")], v2);
  assert.equal(c.state, "changed");
});

test("of two places the nearest to the old one; a comment whose span no longer holds its quote has changed", () => {
  const twice = `执法人员培训不足。\n${V1}`;
  const old = `${"甲".repeat(3)}${twice}`;
  const c = comment(old, "二、存在问题\n执法人员培训不足");
  const [carried] = carryComments(old, [c], twice);
  assert.equal(carried.at?.start, twice.indexOf("二、存在问题"));
  const stale = { ...c, quote: "别的字" };
  assert.equal(carryComments(old, [stale], twice)[0].state, "changed");
});
