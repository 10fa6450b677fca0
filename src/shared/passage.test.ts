import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { citedPassage, findingContext, markedPassage, passageAround } from "./passage.ts";

const TEXT =
  "一、主要工作\n2022年，我局坚持依法行政。全年办理行政复议案件312件，纠错率12%，较上年有所提高，群众满意度持续上升，各项工作稳步推进。二、存在的不足";

describe("the passage around a span", () => {
  test("stops at the nearest stop each side; a shown stop ends the sentence, a line break is left out", () => {
    const at = TEXT.indexOf("我局");
    assert.deepEqual(passageAround(TEXT, at, at + 2, { context: 30, stop: /[。\n]/u }), {
      before: "2022年，",
      span: "我局",
      after: "坚持依法行政。",
      cutBefore: false,
      cutAfter: false,
    });
    const line = passageAround("甲乙丙\n丁", 1, 2, { context: 5, stop: /\n/u });
    assert.equal(line.after, "丙");
    assert.equal(line.cutAfter, false);
  });

  test("a window reaching just to a sentence's start or a line's end is not cut", () => {
    // 。 just before the window: the window starts a sentence
    assert.equal(passageAround("。甲乙丙", 3, 4, { context: 2, stop: /。/u }).cutBefore, false);
    assert.equal(passageAround("丁甲乙丙", 3, 4, { context: 2, stop: /。/u }).cutBefore, true);
    // a line break just after the window ends the line there
    assert.equal(passageAround("甲乙丙\n", 0, 1, { context: 2, stop: /\n/u }).cutAfter, false);
    // a shown stop just past the window is not taken in, so the passage is cut before it
    const p = passageAround("甲乙丙。", 0, 1, { context: 2, stop: /。/u });
    assert.deepEqual([p.after, p.cutAfter], ["乙丙", true]);
  });

  test("a character of two UTF-16 units at the window's edge is left out whole, not split", () => {
    const text = "𠀀乙丙甲丁戊𠀀";
    const at = text.indexOf("甲");
    const p = passageAround(text, at, at + 1, { context: 3 });
    assert.deepEqual([p.before, p.after], ["乙丙", "丁戊"]);
    assert.equal(passageAround(text, at, at + 1, { context: 4 }).before, "𠀀乙丙");
  });

  test("without stops the context runs its full length, cut only where the text goes on", () => {
    assert.deepEqual(passageAround("一二三四五六七", 3, 4, { context: 2 }), {
      before: "二三",
      span: "四",
      after: "五六",
      cutBefore: true,
      cutAfter: true,
    });
    const whole = passageAround("一二三", 1, 2, { context: 5 });
    assert.deepEqual([whole.cutBefore, whole.cutAfter], [false, false]);
  });
});

describe("a citation (assessment exports)", () => {
  test("a short span is quoted with its sentence, cut at the sentence's ends", () => {
    const start = TEXT.indexOf("312件");
    assert.equal(
      citedPassage(TEXT, start, start + 4),
      "全年办理行政复议案件312件，纠错率12%，较上年有所提高，群众满意度持续上升，各项工作……",
    );
  });

  test("the context stops at a sentence end and never cuts the span", () => {
    const start = TEXT.indexOf("我局");
    assert.equal(citedPassage(TEXT, start, start + 2), "2022年，我局坚持依法行政。");
    // a span across a line break reads as one line
    const at = TEXT.indexOf("主要工作");
    assert.equal(citedPassage(TEXT, at, at + 12), "一、主要工作 2022年，我局坚持依法行政。");
  });

  test("a long span is shown by its opening words", () => {
    const long = "甲".repeat(300);
    assert.equal(citedPassage(long, 0, 300), `${"甲".repeat(120)}……`);
  });
});

describe("a finding's context (the draft check)", () => {
  const text =
    "一、主要举措\n深入学习贯彻党的二十大精神?全面推进依法行政各项工作落到实处，取得积极成效。\n二、存在的不足";
  test("the words around the span on its line, … where the line goes on", () => {
    const q = text.indexOf("?");
    assert.deepEqual(findingContext(text, q, q + 1), {
      before: "深入学习贯彻党的二十大精神",
      text: "?",
      after: "全面推进依法行政各项工作落到实处…",
    });
  });
  test("a span alone on its line: the words of the lines around it, on one line", () => {
    const lone =
      "一、主要举措\n深入学习贯彻党的二十大精神，全面推进依法行政\n?\n各项工作落到实处，取得积极成效。";
    const q = lone.indexOf("?");
    assert.deepEqual(findingContext(lone, q, q + 1), {
      before: "…的二十大精神，全面推进依法行政 ",
      text: "?",
      after: " 各项工作落到实处，取得积极成效…",
    });
    // a line holding a few words beside the span keeps to its line
    const short = "一、主要举措\n第五条?规定\n二、存在的不足";
    const s = short.indexOf("?");
    assert.deepEqual(findingContext(short, s, s + 1), { before: "第五条", text: "?", after: "规定" });
    // a lone span at the start of the text: what follows only
    assert.deepEqual(findingContext("?\n各项工作落到实处", 0, 1), {
      before: "",
      text: "?",
      after: " 各项工作落到实处",
    });
  });
  test("no span, or one outside the text: no context", () => {
    assert.equal(findingContext(text, null, 3), null);
    assert.equal(findingContext(text, 4, 2), null);
    assert.equal(findingContext(text, 0, text.length + 1), null);
  });
});

describe("a finding in the terminal", () => {
  test("the span in 【】 with eight characters each side, on one line", () => {
    const at = TEXT.indexOf("312件");
    assert.equal(markedPassage(TEXT, at, at + 4), "…办理行政复议案件【312件】，纠错率12%，…");
    assert.equal(markedPassage(TEXT, 0, 2), "【一、】主要工作 202…");
  });
});
