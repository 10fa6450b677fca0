// Review of the read32 round on passages it had not seen: numbers inside the name of what a
// clause did (“12·4”, 第3期, G20) are no count of it; the joint report of a new area's Party
// working committee and its administrative committee is the new area's government's.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { read } from "../../test/helpers/passages.ts";

const subjectOf = (lines: string[], quote: string) =>
  read(lines).facts.find((f) => f.quote === quote)?.subject;

describe("the clause before a number that names nothing itself", () => {
  const lines = [
    "长治市2023年法治政府建设年度报告",
    "一、主要工作",
    "（一）普法宣传。组织开展“12·4”国家宪法日宣传活动，3万人次参与。",
    "举办第3期领导干部法治培训班，1200人参加。",
    "组织开展G20峰会安保法治宣传，1.5万人次参与。",
    "开展应急演练326场次，5.6万人次参与。",
    "二、存在的问题",
  ];
  test("a number inside the name of what was done stays in the name", () => {
    assert.match(subjectOf(lines, "3万人次") ?? "", /12·4国家宪法日宣传活动/);
    assert.match(subjectOf(lines, "1200人") ?? "", /第3期领导干部法治培训班/);
    assert.match(subjectOf(lines, "1.5万人次") ?? "", /G20峰会安保法治宣传/);
  });
  test("the count the clause ends with is left out, as before", () => {
    assert.doesNotMatch(subjectOf(lines, "5.6万人次") ?? "", /326/);
  });
});
