import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { foldWidth } from "../normalize/normalize.ts";
import { scanNumbers } from "./numbers.ts";
import { runRecognizersSuite } from "./peer-suite.ts";

const one = (s: string) => {
  const tokens = scanNumbers(foldWidth(s));
  assert.equal(tokens.length, 1, `${s}: ${JSON.stringify(tokens)}`);
  return tokens[0];
};

describe("number recogniser", () => {
  const values: Array<[string, number]> = [
    ["108", 108],
    ["97.22", 97.22],
    ["１２３４", 1234],
    ["1,050,000", 1050000],
    ["2.2万", 22000],
    ["2.2萬", 22000],
    ["3649.41万", 36494100],
    ["1.75亿", 175000000],
    ["两", 2],
    ["七", 7],
    ["百", 100],
    ["一千零五", 1005],
    ["一千三", 1300],
    ["十五点七", 15.7],
    ["四亿五千六百四十二万零一十五", 456420015],
    ["壹佰伍拾", 150],
    ["5万4千6百", 54600],
    ["十余万", 100000],
  ];
  for (const [input, value] of values) {
    test(`${input} = ${value}`, () => assert.equal(one(input).value, value));
  }

  test("percent forms", () => {
    assert.deepEqual(
      scanNumbers("成功率99.7%,百分之九十七点二,100 %,提高2个百分点").map((t) => [t.kind, t.value]),
      [
        ["percent", 99.7],
        ["percent", 97.2],
        ["percent", 100],
        ["points", 2],
      ],
    );
  });

  test("inner and trailing approximations", () => {
    const inner = one("120余万");
    assert.equal(inner.value, 1200000);
    assert.equal(inner.innerApprox, "余");
    const trailing = one("300余");
    assert.equal(trailing.value, 300);
    assert.equal(trailing.end, 3, "the trailing 余 is left to the fact layer");
  });

  test("words that merely contain numeral characters are not numbers", () => {
    for (const s of ["四川", "一切", "入伍", "收拾房间", "两两"]) assert.deepEqual(scanNumbers(s), [], s);
  });

  test("identifiers glued to Latin letters are skipped", () => {
    assert.deepEqual(scanNumbers("app2下载 H5页面"), []);
  });

  test("offsets point into the original", () => {
    const text = "调解纠纷1826件";
    const [t] = scanNumbers(text);
    assert.equal(text.slice(t.start, t.end), "1826");
  });
});

describe("Recognizers-Text Chinese number and percent specs (../shared/peers)", () => {
  const path = new URL("../../../shared/peers/recognizers-text-zh/cases.jsonl", import.meta.url).pathname;
  const report = runRecognizersSuite(path);
  test("pass rate on the forms used in government text", {
    skip: report ? false : "peer suite not present",
  }, () => {
    assert.ok(report);
    const rate = report.passed / report.run;
    console.log(
      `recognizers-text-zh: ${report.passed}/${report.run} passed (${(rate * 100).toFixed(1)}%) of ${report.total} cases`,
    );
    for (const [model, m] of Object.entries(report.byModel)) console.log(`  ${model}: ${m.passed}/${m.run}`);
    console.log("  skipped categories:");
    for (const s of report.skipped) console.log(`    ${s.id} (${s.count}): ${s.reason}`);
    for (const f of report.failures) console.log(`  failed: ${f.model} ${JSON.stringify(f.input)}`);
    assert.ok(rate >= 0.99, `pass rate ${rate}`);
  });
});

test("百分点 without 个 is a change in points (同比下降2.4百分点), not 2.4 hundred", () => {
  const [t] = scanNumbers("同比下降2.4百分点。", {}).filter((x) => x.start === 4);
  assert.deepEqual([t.kind, t.value, t.end], ["points", 2.4, 10]);
  const [p] = scanNumbers("下降0.6千分点", {}).filter((x) => x.start === 2);
  assert.deepEqual([p.kind, p.value], ["permillePoints", 0.6]);
  // 3百 is still three hundred
  assert.equal(scanNumbers("培训3百人次", {})[0].value, 300);
});
