import assert from "node:assert/strict";
import { test } from "node:test";
import { excerpt, passageUrl } from "./cite.ts";

const TEXT =
  "一、主要工作\n2022年，我局坚持依法行政。全年办理行政复议案件312件，纠错率12%，较上年有所提高，群众满意度持续上升，各项工作稳步推进。二、存在的不足";

test("a short span is quoted with its sentence, cut at the sentence's ends", () => {
  const start = TEXT.indexOf("312件");
  assert.equal(
    excerpt(TEXT, start, start + 4),
    "全年办理行政复议案件312件，纠错率12%，较上年有所提高，群众满意度持续上升，各项工作……",
  );
});

test("the context stops at a sentence end and never cuts the span", () => {
  const start = TEXT.indexOf("我局");
  assert.equal(excerpt(TEXT, start, start + 2), "2022年，我局坚持依法行政。");
  // a span across a line break reads as one line
  const at = TEXT.indexOf("主要工作");
  assert.equal(excerpt(TEXT, at, at + 12), "一、主要工作 2022年，我局坚持依法行政。");
});

test("a long span is shown by its opening words", () => {
  const long = "甲".repeat(300);
  assert.equal(excerpt(long, 0, 300), `${"甲".repeat(120)}……`);
});

test("the passage's page in the web app", () => {
  assert.equal(passageUrl("https://fz.example.cn/", 7, 10, 14), "https://fz.example.cn/documents/7?at=10-14");
});
