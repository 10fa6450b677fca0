// Review of the read34b round on passages it had not seen: a case's bare step (办结, 立案, 受理)
// after a count of no matters. read34b keeps such a step from the sessions or people counted
// before it (开展人民调解员培训3期,调解成功1230件); these are the neighbouring forms — a service or an
// enforcement counted in people or vehicles, whose matters the step still counts, and a second
// step after a step that shared nothing.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { some } from "../../test/helpers/passages.ts";

const section = (...sentences: string[]) => [
  "襄阳市2024年法治政府建设年度报告",
  "一、主要举措和成效",
  ...sentences,
  "二、存在的不足",
];
/** [quote, subject, indicator] of some quotes in a section of one sentence. */
const factsOf = (sentence: string, quotes: string[]) => some(section(sentence), quotes);

describe("a case's step after a count in people or vehicles of matters handled", () => {
  test("legal aid given to people, then closed: the legal aid's cases", () => {
    const [, subject, indicator] = factsOf(
      "（三）法律援助。全年为农民工等群体提供法律援助2,316人次，办结1,986件。",
      ["1,986件"],
    )[0];
    assert.match(String(subject), /法律援助/);
    assert.equal(indicator, "legal_aid.cases");
  });
  test("legal aid served in attendances, then received and closed", () => {
    const facts = factsOf("（二）公共法律服务。全年提供法律援助服务3,120人次，受理1,526件，办结1,498件。", [
      "1,526件",
      "1,498件",
    ]);
    for (const [quote, subject] of facts) assert.match(String(subject), /法律援助/, String(quote));
  });
  test("vehicles investigated, then their cases closed", () => {
    const [, subject, indicator] = factsOf(
      "（四）交通执法。市交通运输综合执法支队全年查处违法运输车辆1,286台次，办结1,132件。",
      ["1,132件"],
    )[0];
    assert.match(String(subject), /违法运输车辆/);
    assert.equal(indicator, "enforcement.cases");
  });
  test("complaints taken in attendances, then closed", () => {
    const [, subject] = factsOf("（五）信访。全年受理网上投诉举报3,260人次，办结3,186件。", ["3,186件"])[0];
    assert.match(String(subject), /投诉举报/);
  });
  test("people trained are still no matters (read34b's rule stands)", () => {
    const [, subject, indicator] = factsOf("（二）人民调解。全年培训人民调解员1,860人次，调解成功2,310件。", [
      "2,310件",
    ])[0];
    assert.doesNotMatch(String(subject), /培训|调解员/);
    assert.equal(indicator, "mediation.successes");
  });
  test("a visit's sessions are still no matters", () => {
    const [, subject] = factsOf("（五）信访。开展实地走访调查61次，受理38件，办结37件。", ["37件"])[0];
    assert.doesNotMatch(String(subject), /调查/);
  });
});

describe("a step after a step that shared no noun", () => {
  test("立案 then 结案 after a count of firms: no 立案结案", () => {
    for (const sentence of [
      "（一）执法。全年检查企业1,213家，立案126件，结案118件。",
      "（一）市场监管。全年检查经营户2,360户，立案36件，办结34件。",
      "（四）治超。全年检测超限超载车辆1,236辆，立案1,186件，结案1,126件。",
    ]) {
      const facts = some(section(sentence), ["118件", "34件", "1,126件"]);
      assert.equal(facts.length, 1, sentence);
      const [, subject, indicator] = facts[0];
      assert.doesNotMatch(String(subject), /立案(结案|办结)/, sentence);
      assert.equal(indicator, "enforcement.cases", sentence);
    }
  });
});

describe("correcting decisions listed where only the heading names reconsideration", () => {
  test("确认违法 is the decision's word, no topic of enforcement that stops the heading's", () => {
    for (const sentence of [
      "（一）行政复议。全年作出撤销决定29件、确认违法决定11件、责令履行决定3件。",
      "（一）行政复议。全年审结案件326件，其中作出撤销决定29件、确认违法决定11件、责令履行决定3件。",
    ]) {
      const indicators = some(section(sentence), ["29件", "11件", "3件"]).map((f) => f[2]);
      assert.deepEqual(indicators, Array(3).fill("reconsideration.corrected"), sentence);
    }
  });
  test("a violation investigated after a heading of another topic keeps its own", () => {
    const [, , indicator] = some(section("（三）执法监督。全年立案查处违法案件126件。"), ["126件"])[0];
    assert.equal(indicator, "enforcement.cases");
  });
});

describe("bodies counted by a classifier, then what they did", () => {
  test("a body named by its word alone (18个司法所排查…) is counted as bodies, not as disputes", () => {
    const [, subject, indicator] = some(section("（六）矛盾排查。全县18个司法所排查矛盾纠纷1,236次。"), [
      "18个",
    ])[0];
    assert.equal(subject, "司法所数");
    assert.notEqual(indicator, "mediation.disputes");
  });
});
