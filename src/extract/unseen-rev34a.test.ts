// The rev34a review of read34, on openings and titles no rule was written from: a zone's 管委会
// named inside an action (关于深化开发区管委会改革, 推进园区管委会法治建设) is no issuer, and a
// government report whose opening sentence names the Party committee first and then the
// government as a clause's subject (市委坚持…，市政府全面推进…) stays the government's.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { read } from "../../test/helpers/passages.ts";

const body = ["一、主要举措和成效", "（一）加强组织领导。常务会议专题学法6次。", "二、存在的不足"];

/** issuer, region, level, organ (none for a government or department), division code */
type Read = [
  issuer: string | null,
  region: string | null,
  level: string | null,
  organ?: string,
  code?: string,
];

const readOf = (lines: string[]): Read => {
  const m = read(lines.length > 1 ? lines : [...lines, ...body]).meta;
  const out: Read = [m.issuer, m.region, m.level];
  if (m.organ || m.division?.code) out.push(m.organ ?? "");
  if (m.division?.code) out.push(m.division.code);
  return out;
};

const check = (cases: Array<[string[], Read]>) => {
  for (const [lines, expected] of cases) assert.deepEqual(readOf(lines), expected, lines.join(" / "));
};

describe("a zone's governing body named inside an action", () => {
  test("a title about zones names no issuer", () => {
    check([
      [
        ["关于深化开发区管委会改革的实施方案", "为深化开发区管理体制改革，结合我市实际，制定本方案。"],
        [null, null, null],
      ],
      [
        ["关于进一步理顺高新区管委会职能的实施意见", "为理顺管理体制，结合我省实际，制定本意见。"],
        [null, null, null],
      ],
      [
        ["关于推进园区管委会依法行政的指导意见", "为推进园区依法行政，结合我省实际，制定本意见。"],
        [null, null, null],
      ],
    ]);
  });
  test("an opening clause that acts on a zone's body is no zone's subject", () => {
    check([
      [["2023年，推进园区管委会法治建设，渭南市坚持依法行政。"], ["渭南市", "渭南市", "city", "", "610500"]],
      [
        [
          "2023年，市委市政府高度重视开发区管委会改革，全市法治政府建设取得新成效。",
          "榆林市人民政府",
          "2024年3月1日",
        ],
        ["榆林市", "榆林市", "city", "", "610800"],
      ],
      [
        ["2023年，安康市深化高新区管委会改革，法治政府建设取得新成效。"],
        ["安康市", "安康市", "city", "", "610900"],
      ],
    ]);
  });
  test("a zone's body that is the subject still issues", () => {
    check([
      [
        ["2023年，汉中经济技术开发区管委会坚持以习近平法治思想为指导。"],
        ["汉中经济技术开发区管委会", null, "county"],
      ],
      [
        ["2023年，在市委、市政府的坚强领导下，渭南高新区管委会认真落实法治政府建设各项任务。"],
        ["渭南高新区管委会", null, "county"],
      ],
      [["渭南高新区管委会关于2023年法治政府建设情况的报告"], ["渭南高新区管委会", null, "county"]],
    ]);
  });
});

describe("the Party committee first, the government after it in the same sentence", () => {
  test("the government's clause makes the report the government's", () => {
    check([
      [
        ["2023年，汉中市委坚持以习近平法治思想为指导，市政府全面推进依法行政，法治政府建设取得新成效。"],
        ["汉中市", "汉中市", "city", "", "610700"],
      ],
      [
        ["2023年，中共延川县委统筹推进法治延川建设，延川县人民政府坚持依法行政。"],
        ["延川县", "延川县", "county", "", "610622"],
      ],
      [
        ["2022年，铜川市委把法治政府建设摆在全局工作的重要位置，铜川市政府认真落实各项任务。"],
        ["铜川市", "铜川市", "city", "", "610200"],
      ],
    ]);
  });
  test("the committee alone, or with the government as its object, issues", () => {
    check([
      [
        ["2023年，汉中市委坚持以习近平法治思想为指导，支持市政府依法行政，统筹推进法治汉中建设。"],
        ["汉中市委", "汉中市", "city", "party", "610700"],
      ],
      [
        ["2023年，延川县委坚持以习近平法治思想为指导，统筹推进法治延川建设。"],
        ["延川县委", "延川县", "county", "party", "610622"],
      ],
      // another area's government later is not the committee's own
      [
        ["2023年，汉中市委坚持以习近平法治思想为指导，省政府督察组反馈问题全部整改。"],
        ["汉中市委", "汉中市", "city", "party", "610700"],
      ],
    ]);
  });
});

describe("the Party committee's standing committee as the subject", () => {
  test("the committee issues, as it does written alone", () => {
    check([
      [
        ["2023年，富平县委常委会坚持以习近平法治思想为指导，统筹推进法治富平建设。"],
        ["富平县委", "富平县", "county", "party", "610528"],
      ],
      [
        ["2022年，中共石泉县委常委会认真履行推进法治建设领导职责，统筹推进法治石泉建设。"],
        ["中共石泉县委", "石泉县", "county", "party", "610922"],
      ],
      // with the government's clause after it, the government's report
      [
        ["2023年，富平县委常委会坚持以习近平法治思想为指导，县政府全面推进依法行政。"],
        ["富平县", "富平县", "county", "", "610528"],
      ],
      // a meeting named on the way is no subject
      [
        ["2023年，富平县委常委会会议、县政府常务会议专题研究法治政府建设工作4次。"],
        ["富平县", "富平县", "county", "", "610528"],
      ],
    ]);
  });
});

describe("the committee and the government named by their level alone", () => {
  test("县委、县政府 jointly is the government's, of the area the text names", () => {
    check([
      [
        ["2023年，县委、县政府高度重视法治政府建设，镇安县法治政府建设取得新成效。"],
        ["镇安县", "镇安县", "county", "", "611025"],
      ],
      [
        ["2023年，区委区政府坚持以习近平法治思想为指导，平利县法治政府建设取得新成效。"],
        ["平利县", "平利县", "county", "", "610926"],
      ],
      [
        ["县委、县政府关于2023年法治政府建设情况的报告", "2023年，旬阳市坚持依法行政。"],
        ["旬阳市", "旬阳市", "county", "", "610981"],
      ],
      // no area named: no issuer rather than the Party committee
      [["2023年，市委、市政府坚持以习近平法治思想为指导，推动法治建设。"], [null, null, null]],
      [
        ["2023年，区委坚持以习近平法治思想为指导，区政府全面推进依法行政，吴堡县法治政府建设取得新成效。"],
        ["吴堡县", "吴堡县", "county", "", "610829"],
      ],
    ]);
  });
  test("the committee alone, or a department of it with the government, stays the Party's", () => {
    check([
      [["2023年，县委坚持以习近平法治思想为指导，统筹推进法治建设。"], ["县委", null, "county", "party"]],
      [
        ["2023年，县委坚持以习近平法治思想为指导，支持县政府依法行政，统筹推进法治建设。"],
        ["县委", null, "county", "party"],
      ],
      [
        ["2023年，县委依法治县办坚持以习近平法治思想为指导，统筹推进法治建设。"],
        ["县委依法治县办", null, "county", "party"],
      ],
    ]);
  });
});
