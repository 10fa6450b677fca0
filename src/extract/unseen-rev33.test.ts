// Review of the read33 round on passages it had not seen: words of the game-cheat advertising
// list that ordinary official text writes (公开挂牌出让, 科技辅助手段, a hospital site's 免费挂号).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { read } from "../../test/helpers/passages.ts";

const head = [
  "长治市自然资源局2023年法治政府建设年度报告",
  "2023年，市自然资源局坚持以习近平法治思想为指导，全面推进依法行政。",
  "一、主要举措和成效",
];
const spamOf = (lines: string[]) => {
  const record = read(lines);
  const text = `${lines.join("\n")}\n`;
  return {
    spam: record.noise.filter((n) => n.kind === "spam").map((n) => text.slice(n.start, n.end)),
    tampered: Boolean(record.meta.tampering),
  };
};

describe("official text that holds a game-cheat word inside its own words", () => {
  test("land sold by public listing (公开挂牌) is no 开挂", () => {
    const lines = [
      ...head,
      "（一）规范土地出让。全年通过公开挂牌方式出让国有建设用地42宗，成交价款18.6亿元。",
      "二、存在的不足",
    ];
    assert.deepEqual(spamOf(lines), { spam: [], tampered: false });
  });
  test("enforcement with technical aids (科技辅助手段) is no cheat sold", () => {
    const lines = [
      ...head,
      "（一）创新执法方式。运用无人机等科技辅助手段开展执法巡查36次，核查图斑1260个。",
      "二、存在的不足",
    ];
    assert.deepEqual(spamOf(lines), { spam: [], tampered: false });
  });
  test("a hospital site's menu (免费挂号) is no advertising", () => {
    const lines = [
      "首页 医院概况 预约挂号 免费挂号 就诊指南 院务公开",
      ...head,
      "（一）加强学法。学法6次。",
      "二、存在的不足",
    ];
    assert.deepEqual(spamOf(lines), { spam: [], tampered: false });
  });
  test("the cheat sellers' own copy is still spam", () => {
    const lines = [
      ...head,
      "（一）加强学法。学法6次。",
      "王者荣耀代练 和平精英外挂 传奇私服 充值返利 官方QQ群 1234567",
      "二、存在的不足",
    ];
    const { spam, tampered } = spamOf(lines);
    assert.ok(
      spam.some((s) => s.includes("代练")),
      spam.join(" / "),
    );
    assert.ok(tampered);
  });
});

describe("an opening sentence's subject after a setting clause, by any verb of its own", () => {
  const body = ["一、主要举措和成效", "（一）加强组织领导。常务会议专题学法6次。", "二、存在的不足"];
  const issuerOf = (opening: string) => read([opening, ...body]).meta.issuer;
  test("the place that goes straight on to its verb, whichever verb opens the clause", () => {
    const cases: Array<[string, string]> = [
      ["2023年，福州新区建设加快推进，福州市扎实推进法治政府建设，各项工作取得新成效。", "福州市"],
      ["2023年，西咸新区交由西安市全面代管，西安市积极推进依法行政。", "西安市"],
      ["2024年，两江新区开发开放提速，重庆市着力推进法治政府建设，取得明显成效。", "重庆市"],
      ["2023年，赣江新区建设全面起势，南昌市大力推进法治政府建设示范创建。", "南昌市"],
      ["2024年，兰州新区产业加快集聚，兰州市统筹推进法治政府建设各项任务。", "兰州市"],
      ["2023年，滇中新区改革持续深化，昆明市切实履行法治政府建设主体责任。", "昆明市"],
      ["2023年，金普新区开放水平不断提升，大连市紧扣法治政府建设目标任务，不断深化依法行政。", "大连市"],
    ];
    for (const [opening, issuer] of cases) assert.equal(issuerOf(opening), issuer, opening);
  });
  test("a setting clause whose place goes on to a verb of its own is still read first", () => {
    // both clauses open with a place and a verb: nothing tells them apart, the first stays
    assert.equal(issuerOf("2023年，长沙市着力推进法治政府建设，浏阳市积极配合。"), "长沙市");
  });
});

describe("a 整改率 of what the government's own supervision found", () => {
  const indicatorOf = (sentence: string, quote: string) =>
    read(["一、主要举措和成效", sentence, "二、存在的不足"]).facts.find((f) => f.quote === quote)?.indicator;
  test("problems an enforcement supervision found and had fixed", () => {
    for (const sentence of [
      "（二）强化行政执法监督。开展行政执法监督检查12次，发现问题86个，整改率100%。",
      "（三）加强执法监督。县司法局对12个执法部门开展行政执法监督，发现问题45个，整改率97.8%。",
    ])
      assert.equal(
        indicatorOf(sentence, sentence.includes("100%") ? "100%" : "97.8%"),
        "supervision.completion_rate",
        sentence,
      );
  });
  test("a safety inspection's hazards stay none", () => {
    assert.equal(
      indicatorOf("（二）安全监管。开展安全生产监督检查，排查安全隐患320处，隐患整改率100%。", "100%"),
      null,
    );
  });
});

describe("a court's own cases that are no lawsuits tried", () => {
  test("judgments enforced (执结, 执行案件) are not the administrative cases it tried", () => {
    const lines = [
      "岳阳市中级人民法院2024年法治建设工作情况报告",
      "一、主要工作",
      "（一）依法审理行政案件。全年受理各类行政案件356件，审结341件；执结行政案件28件，新收行政执行案件31件。",
      "二、存在的不足",
    ];
    const indicators = read(lines).facts.map((f) => [f.quote, f.indicator]);
    assert.deepEqual(indicators, [
      ["356件", "litigation.cases"],
      ["341件", "litigation.cases"],
      ["28件", null],
      ["31件", null],
    ]);
  });
});

describe("what an enforcement clause lists as the wrongs it fought", () => {
  const police = [
    "长治市公安局2023年法治政府建设年度报告",
    "2023年，市公安局坚持以习近平法治思想为指导，全面推进依法行政。",
    "一、主要举措和成效",
  ];
  test("a list of cheats or gambling games ending in 等 is the report's own words", () => {
    for (const sentence of [
      "（一）针对游戏外挂、私服、代练、充值返利等新型违法行为开展专项整治，立案查处12起。",
      "（一）严厉打击网络赌博、百家乐、六合彩、网上赌场等违法犯罪活动，破获案件12起。",
    ])
      assert.deepEqual(
        spamOf([...police, sentence, "二、存在的不足"]),
        { spam: [], tampered: false },
        sentence,
      );
  });
});
