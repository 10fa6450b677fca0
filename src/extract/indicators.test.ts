import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { INDICATORS } from "../rules/indicators.ts";
import { passageFacts } from "./gold-eval.ts";
import { classifyIndicator } from "./indicators.ts";

const indicatorOf = (sentence: string, quote: string) =>
  passageFacts(sentence).find((f) => f.quote === quote)?.indicator;

describe("indicator catalogue", () => {
  test("ids are unique and every entry has a Chinese label and a sample", () => {
    const ids = INDICATORS.map((d) => d.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const d of INDICATORS) {
      assert.match(d.label, /[\u4e00-\u9fff]/, d.id);
      assert.ok(d.sample.length > 0, d.id);
      if (d.kind !== "count") assert.equal(d.units, undefined, `${d.id}: units only constrain counts`);
    }
  });

  test("every sample maps to its own entry", () => {
    for (const d of INDICATORS) {
      const mapped = passageFacts(d.sample).map((f) => f.indicator);
      assert.ok(mapped.includes(d.id), `${d.id}: “${d.sample}” gave ${JSON.stringify(mapped)}`);
    }
  });
});

describe("indicator mapping", () => {
  test("the counted noun decides: disputes and successes are not mediators", () => {
    const text = "全市1638个人民调解组织,10924名人民调解员全年调解纠纷15223件,调解成功15184件。";
    assert.equal(indicatorOf(text, "1638个"), "mediation.organizations");
    assert.equal(indicatorOf(text, "10924名"), "mediation.mediators");
    assert.equal(indicatorOf(text, "15223件"), "mediation.disputes");
    assert.equal(indicatorOf(text, "15184件"), "mediation.successes");
  });

  test("units must agree: 件 is not people, 名 is not cases", () => {
    assert.equal(
      classifyIndicator({ subject: "人民调解员数", after: "", sentence: "", earlier: "", unit: "件" }),
      null,
    );
    assert.equal(
      classifyIndicator({ subject: "人民调解员数", after: "", sentence: "", earlier: "", unit: "名" }),
      "mediation.mediators",
    );
    assert.equal(
      classifyIndicator({ subject: "调解纠纷数", after: "", sentence: "调解", earlier: "", unit: "人" }),
      null,
    );
  });

  test("the action tells counts of the same cases apart", () => {
    const text = "全年共收到行政复议申请325件,依法受理298件,审结276件,直接纠错31件,纠错率11.2%。";
    assert.deepEqual(
      passageFacts(text).map((f) => f.indicator),
      [
        "reconsideration.applications",
        "reconsideration.received",
        "reconsideration.closed",
        "reconsideration.corrected",
        "reconsideration.correction_rate",
      ],
    );
  });

  test("changes are not levels: 同比增长, 个百分点 and shares stay unmapped", () => {
    const text = "新收行政复议案件1274件,同比增长20.4%;败诉率9.6%,同比下降2.3个百分点;网上信访占比58.7%。";
    const byQuote = new Map(passageFacts(text).map((f) => [f.quote, f.indicator]));
    assert.equal(byQuote.get("1274件"), "reconsideration.received");
    assert.equal(byQuote.get("20.4%"), null);
    assert.equal(byQuote.get("9.6%"), "litigation.loss_rate");
    assert.equal(byQuote.get("2.3个百分点"), null);
    assert.equal(byQuote.get("58.7%"), null);
  });

  test("a topic named in the sentence, or in the one before when the sentence names none", () => {
    assert.equal(
      indicatorOf("（一）行政复议。收到申请2146件,受理1903件。", "2146件"),
      "reconsideration.applications",
    );
    assert.equal(
      indicatorOf("（一）行政复议。收到申请2146件,受理1903件。", "1903件"),
      "reconsideration.received",
    );
    // the sentence names its own area: the one before is not borrowed
    assert.equal(indicatorOf("办理人大代表建议382件。全年开展审计项目37个,提出建议55条。", "55条"), null);
  });

  test("a list after 分别 pairs with the names before it", () => {
    const facts = passageFacts("全区行政复议、行政应诉案件分别为87件、102件,同比分别下降12.1%、6.4%。");
    assert.deepEqual(
      facts.map((f) => [f.quote, f.indicator]),
      [
        ["87件", "reconsideration.cases"],
        ["102件", "litigation.cases"],
        ["12.1%", null],
        ["6.4%", null],
      ],
    );
    assert.match(facts[1].subject, /行政应诉案件/);
    assert.match(facts[2].subject, /行政复议案件/);
  });

  test("a list after 分别 pairs with a run of quantities before it, joined by 、 or 和", () => {
    const facts = passageFacts("共接待群众来访136批次、182人次,同比分别下降15.5%和18.8%。");
    assert.deepEqual(
      facts.map((f) => f.subject),
      ["接待群众来访批次", "群众来访人次", "接待群众来访批次同比下降", "群众来访人次同比下降"],
    );
    // items each with its own name: the names without their bare 数
    const rates = passageFacts("办理市人大代表建议186件、市政协委员提案247件,满意率分别为98.9%和99.2%。");
    assert.deepEqual(
      rates.slice(2).map((f) => [f.subject, f.indicator]),
      [
        ["办理市人大代表建议满意率", "satisfaction.rate"],
        ["办理市政协委员提案满意率", "satisfaction.rate"],
      ],
    );
  });

  test("one number reporting several rates maps by the first rate that fits", () => {
    assert.equal(
      indicatorOf("规范性文件合法性审查率、报备率、及时率、规范率均达100%。", "100%"),
      "normative_docs.legality_review_rate",
    );
  });

  test("what became of applications is no application; cases investigated are no disputes mediated", () => {
    const text = "办理行政复议案件46件,其中维持38件,撤销3件,确认违法1件,驳回申请4件。";
    assert.equal(indicatorOf(text, "4件"), null);
    assert.equal(indicatorOf("全年共收到行政复议申请63件。", "63件"), "reconsideration.applications");
    const fundraising = "排查非法集资风险线索54条,立案查处非法集资案件7起。";
    assert.notEqual(indicatorOf(fundraising, "7起"), "mediation.disputes");
    // a total under a caption 行政争议化解: reconsideration and litigation, not people's mediation
    const table =
      "表1 行政争议化解主要数据\n项目\t2023年\n行政复议案件(件)\t186\n行政应诉案件(件)\t97\n合计(件)\t283";
    assert.equal(indicatorOf(table, "283"), null);
  });

  test("an enforcement decision's review rate is no normative document's; appearances in 件次 are appearances", () => {
    assert.equal(indicatorOf("对2617件重大执法决定开展法制审核,审核率100%。", "100%"), null);
    assert.equal(indicatorOf("重大执法决定法制审核18件,法制审核率100%。", "100%"), null);
    assert.equal(indicatorOf("规范性文件法制审核率100%。", "100%"), "normative_docs.legality_review_rate");
    assert.equal(
      indicatorOf("行政机关负责人出庭应诉1096件次,出庭应诉率99.2%。", "1096件次"),
      "litigation.head_appearances",
    );
  });

  test("what was waived, refused or missed is not the count its positive words name", () => {
    const waived = "罚没款金额2468.3万元;其中适用“首违不罚”“轻微免罚”清单办理案件217件,免除罚款286.4万元。";
    assert.equal(indicatorOf(waived, "2468.3万元"), "enforcement.fines");
    assert.equal(indicatorOf(waived, "286.4万元"), null);
    // a case not punished is still a case investigated (the gold's convention: a subset keeps it)
    assert.equal(indicatorOf("对轻微违法行为依法不予处罚案件1356件。", "1356件"), "enforcement.cases");
    assert.equal(indicatorOf("对轻微违法行为不予处罚,免除罚款28.6万元。", "28.6万元"), null);
    assert.equal(indicatorOf("仍有3个县(区)未按要求报送备案,逾期报备文件共11件。", "11件"), null);
    assert.equal(indicatorOf("报送备案规范性文件11件。", "11件"), "normative_docs.filings");
  });

  test("disputes received and resolved: 受理 counts the disputes, 化解 after their noun the successes", () => {
    const street = "依托街道社会治理中心,全年受理矛盾纠纷1047件,化解1019件,化解率97.3%。";
    assert.equal(indicatorOf(street, "1047件"), "mediation.disputes");
    assert.equal(indicatorOf(street, "1019件"), "mediation.successes");
    // 化解 before the noun is the work on all of them
    assert.equal(indicatorOf("全区768名人民调解员全年化解矛盾纠纷6215件。", "6215件"), "mediation.disputes");
    assert.equal(indicatorOf("受理劳动争议纠纷120件。", "120件"), null);
  });

  test("a quantity per head or per unit is no total", () => {
    assert.equal(indicatorOf("人民调解员人均调解纠纷12.6件。", "12.6件"), null);
    assert.equal(indicatorOf("每个乡镇配备法律顾问2名。", "2名"), null);
    assert.equal(indicatorOf("人民调解员调解纠纷1260件。", "1260件"), "mediation.disputes");
  });

  test("contracts filed are not normative documents filed", () => {
    const text =
      "全年审查政府合同126份,百万元以上合同备案4份,重大合同备案率100%;报送规范性文件备案23件,备案率100%。";
    assert.equal(indicatorOf(text, "4份"), null);
    assert.equal(indicatorOf(text, "23件"), "normative_docs.filings");
    const rates = passageFacts(text)
      .filter((f) => f.quote === "100%")
      .map((f) => f.indicator);
    assert.deepEqual(rates, [null, "normative_docs.filing_rate"]);
  });

  test("诉愿 (Taiwan's appeal to the superior organ) is counted as 行政复议, its 行政诉讼 as litigation", () => {
    const text = "本府全年受理訴願案件320件,審結訴願案件298件。行政訴訟案件45件。";
    assert.equal(indicatorOf(text, "320件"), "reconsideration.received");
    assert.equal(indicatorOf(text, "298件"), "reconsideration.closed");
    assert.equal(indicatorOf(text, "45件"), "litigation.cases");
    assert.equal(indicatorOf("办理诉愿案件312件。", "312件"), "reconsideration.cases");
  });

  test("a 撤销率 is the correction rate of a 诉愿 only; a mainland 行政复议 撤销率 is a part of it", () => {
    assert.equal(indicatorOf("诉愿撤销率为6.8%。", "6.8%"), "reconsideration.correction_rate");
    assert.equal(
      indicatorOf("受理诉愿案件1,236件,撤销率为6.8%。", "6.8%"),
      "reconsideration.correction_rate",
    );
    const mainland = "全年办理行政复议案件120件,撤销率为8.3%,纠错率为12.5%。";
    assert.equal(indicatorOf(mainland, "8.3%"), null);
    assert.equal(indicatorOf(mainland, "12.5%"), "reconsideration.correction_rate");
    assert.equal(indicatorOf("行政复议直接纠错率为15.2%。", "15.2%"), "reconsideration.correction_rate");
    assert.equal(indicatorOf("行政诉讼案件撤销率为3%。", "3%"), null);
  });

  test("people or bodies honoured are no count of all of them", () => {
    assert.equal(indicatorOf("4名人民调解员获评全省优秀人民调解员。", "4名"), null);
    assert.equal(indicatorOf("获评全省优秀人民调解员4名。", "4名"), null);
    // a demonstration village is named so: its count is of the honour
    assert.equal(indicatorOf("5个村被确定为省级民主法治示范村。", "5个"), "publicity.demo_villages");
    assert.equal(indicatorOf("被确定为省级民主法治示范村5个。", "5个"), "publicity.demo_villages");
    // 确定为 names an honour only with one: a decision's kind is none
    assert.equal(indicatorOf("4名人民调解员被确定为全省金牌调解员。", "4名"), null);
    assert.equal(indicatorOf("被确定为重大行政决策事项12项。", "12项"), "decisions.made");
  });
});
