// The review opinion's words, shared by its Word copy and its print page (src/shared/opinion.ts):
// part 二 lists each automatic finding with the passage it stands in, so that two findings of the
// same message (异常字符「?」 at two places) are not two identical lines the unit cannot find.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { opinionFindings } from "../src/shared/opinion.ts";
import { findingContext } from "../src/shared/passage.ts";

describe("the opinion's automatic findings", () => {
  test("each with its passage and what the rule means; none said so", () => {
    const garbled = (before: string, after: string) => ({
      message: "异常字符「?」",
      ruleLabel: "文本中有乱码、替换字符、多余的问号或拼音残留，可能是转换错误",
      context: { before, text: "?", after },
    });
    const lines = opinionFindings([garbled("…推进依法", "行政工作"), garbled("全年办理", "件复议案件…")]);
    assert.deepEqual(lines, [
      "1. 异常字符「?」，原文“…推进依法?行政工作”（文本中有乱码、替换字符、多余的问号或拼音残留，可能是转换错误）",
      "2. 异常字符「?」，原文“全年办理?件复议案件…”（文本中有乱码、替换字符、多余的问号或拼音残留，可能是转换错误）",
    ]);
    assert.notEqual(lines[0].slice(3), lines[1].slice(3), "two places, two lines that differ");
    // without a place, or a meaning that only repeats the message
    assert.deepEqual(
      opinionFindings([{ message: "报告年度为2022年", ruleLabel: "报告年度为2022年", context: null }]),
      ["1. 报告年度为2022年"],
    );
    assert.deepEqual(opinionFindings([]), ["未发现问题。"]);
  });

  test("a lone ? on its own line is quoted with the lines around it", () => {
    const text = "一、主要举措\n全面推进依法行政\n?\n各项工作落到实处。";
    const at = text.indexOf("?");
    const [line] = opinionFindings([
      { message: "异常字符「?」", ruleLabel: "异常字符「?」", context: findingContext(text, at, at + 1) },
    ]);
    assert.equal(line, "1. 异常字符「?」，原文“一、主要举措 全面推进依法行政 ? 各项工作落到实处。”");
  });
});
