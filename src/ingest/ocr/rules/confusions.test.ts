import assert from "node:assert/strict";
import { test } from "node:test";
import { correctConfusions } from "./confusions.ts";

test("入 misread as 人 is put right where 人 cannot be meant", () => {
  assert.equal(
    correctConfusions("深人学习贯彻，纳人法治化轨道，投人资金3.2亿元"),
    "深入学习贯彻，纳入法治化轨道，投入资金3.2亿元",
  );
  assert.equal(
    correctConfusions("列人年度计划，融人基层治理，提前介人"),
    "列入年度计划，融入基层治理，提前介入",
  );
  assert.equal(correctConfusions("深人人心"), "深入人心");
});

test("人 that is a person stays", () => {
  for (const text of [
    "资深人士",
    "出纳人员",
    "金融人才",
    "运输人员",
    "中介人员",
    "深化人才发展",
    "投人民币",
  ]) {
    assert.equal(correctConfusions(text), text);
  }
});
