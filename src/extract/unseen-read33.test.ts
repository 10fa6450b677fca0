// The read33 round, on passages no rule was written from: whose report an untitled opening
// sentence is, when it tells of another place first; a department named by its level alone; a
// Party committee's department; the supreme court and procuratorate; what a congress's
// 专题询问, a court's 行政案件 and a safety body's 隐患整改率 count.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { metaOf, read, some } from "../../test/helpers/passages.ts";

const body = ["一、主要举措和成效", "（一）加强组织领导。常务会议专题学法6次。", "二、存在的不足"];

describe("an opening sentence that tells of another place before its subject", () => {
  // [opening sentence, issuer (its area too), level]
  const cases: Array<[string, string, string]> = [
    // the place the setting clause tells of is not the issuer; the clause's subject is
    [
      "2023年，福州新区建设加快推进，福州市坚持以习近平法治思想为指导，深入推进依法行政，法治政府建设取得新成效。",
      "福州市",
      "city",
    ],
    [
      "2024年，滨海新区综合配套改革持续深化，天津市坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：",
      "天津市",
      "province",
    ],
    // a city the setting names before its county's subject: the county
    [
      "2023年，遵义市全域旅游示范创建提速，湄潭县深入学习贯彻习近平法治思想，扎实推进法治政府建设。",
      "湄潭县",
      "county",
    ],
    // past a 在…领导下 setting and a new area's, the subject still decides
    [
      "2022年，在省委、省政府的坚强领导下，赣江新区开发建设全面起势，南昌市始终坚持依法行政，各项工作取得新成效。",
      "南昌市",
      "city",
    ],
    [
      "2023年，随着西咸新区交由西安市全面代管，西安市认真贯彻落实党中央、国务院决策部署，法治政府建设取得新进展。",
      "西安市",
      "city",
    ],
    // a new area that is itself the subject stays the issuer
    [
      "2023年，贵安新区坚持以习近平法治思想为指导，全面推进法治政府建设，各项工作取得积极成效。",
      "贵安新区",
      "city",
    ],
  ];
  test("the issuer is the place the sentence's subject names", () => {
    for (const [opening, issuer, level] of cases) {
      const year = Number(opening.slice(0, 4));
      assert.deepEqual(metaOf([opening, ...body]), { issuer, region: issuer, level, year }, opening);
    }
  });
});

describe("a department named by its level alone beside a new area", () => {
  test("a new area the text serves is not the department's area", () => {
    const city = metaOf([
      "市司法局2023年法治政府建设工作情况报告",
      "2023年，市司法局坚持以习近平法治思想为指导，主动服务京津冀协同发展和雄安新区建设，全面推进依法行政。",
      ...body,
    ]);
    assert.deepEqual(city, { issuer: "市司法局", region: null, level: "department", year: 2023 });
    const district = metaOf([
      "区司法局2024年法治政府建设年度报告",
      "2024年，区司法局主动融入两江新区开发开放，全面推进依法行政。两江新区法治化营商环境持续优化。",
      ...body,
    ]);
    assert.deepEqual(district, { issuer: "区司法局", region: null, level: "department", year: 2024 });
  });
  test("a city the text names beside the new area is", () => {
    const record = metaOf([
      "市司法局2023年法治政府建设工作情况报告",
      "2023年，市司法局坚持服务保定市高质量发展和雄安新区建设，全面推进依法行政。雄安新区、保定市协同发展取得新成效。",
      ...body,
    ]);
    assert.deepEqual(record, { issuer: "保定市司法局", region: "保定市", level: "department", year: 2023 });
  });
});

describe("a Party committee's department", () => {
  const organOf = (lines: string[]) => {
    const { issuer, region, level, organ } = read(lines).meta;
    return { issuer, region, level, organ: organ ?? null };
  };
  test("the department its title names, not the committee", () => {
    assert.deepEqual(organOf(["长治市委老干部局2023年度法治建设工作报告", ...body]), {
      issuer: "长治市委老干部局",
      region: "长治市",
      level: "department",
      organ: "party",
    });
    assert.deepEqual(organOf(["中共常德市委直属机关工作委员会2023年法治建设工作报告", ...body]), {
      issuer: "中共常德市委直属机关工作委员会",
      region: "常德市",
      level: "department",
      organ: "party",
    });
  });
  test("named by its level alone, of the area the text names", () => {
    const lines = [
      "市委老干部局2024年度法治建设工作情况报告",
      "2024年，市委老干部局坚持以习近平法治思想为指导，扎实推进法治机关建设。",
      "一、主要举措和成效",
      "（一）加强组织领导。泸州市老干部活动中心开展法治讲座3场。",
    ];
    assert.deepEqual(organOf(lines), {
      issuer: "泸州市委老干部局",
      region: "泸州市",
      level: "department",
      organ: "party",
    });
  });
  test("the subject of an untitled report's opening sentence", () => {
    const lines = [
      "关于2023年度法治建设工作情况的报告",
      "2023年，曲靖市委老干部局坚持以习近平法治思想为指导，认真履行法治建设职责。",
      ...body,
    ];
    assert.deepEqual(organOf(lines), {
      issuer: "曲靖市委老干部局",
      region: "曲靖市",
      level: "department",
      organ: "party",
    });
  });
  test("the committee named on the way is still no subject", () => {
    const lines = ["2023年，在泸州市委、市政府的坚强领导下，全市法治政府建设取得新成效。", ...body];
    assert.deepEqual(organOf(lines), { issuer: "泸州市", region: "泸州市", level: "city", organ: null });
  });
});

describe("the supreme court and procuratorate", () => {
  const organOf = (lines: string[]) => {
    const { issuer, region, level, organ, division } = read(lines).meta;
    return { issuer, region, level, organ: organ ?? null, division };
  };
  const national = (issuer: string, organ: string) => ({
    issuer,
    region: "全国",
    level: "central",
    organ,
    division: null,
  });
  test("national organs of no area, by title, opening sentence or signature", () => {
    assert.deepEqual(
      organOf(["最高人民法院关于2023年度法治建设工作情况的报告", ...body]),
      national("最高人民法院", "court"),
    );
    assert.deepEqual(
      organOf([
        "2023年，最高人民检察院坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，依法履行法律监督职责。",
        ...body,
      ]),
      national("最高人民检察院", "procuratorate"),
    );
    assert.deepEqual(
      organOf([
        "关于2024年度法治建设情况的报告",
        "2024年，我院深入贯彻习近平法治思想，认真落实党中央决策部署。",
        ...body,
        "最高人民法院",
        "2025年3月20日",
      ]),
      national("最高人民法院", "court"),
    );
  });
  test("a province's court the supreme court guides stays the province's", () => {
    const lines = [
      "2023年，在最高人民法院的监督指导下，湖南省高级人民法院坚持司法为民，全省法院受理各类行政案件2.1万件。",
      ...body,
    ];
    const { issuer, level, organ } = organOf(lines);
    assert.deepEqual([issuer, level, organ], ["湖南省高级人民法院", "province", "court"]);
  });
});

describe("a clause that holds an activity of its own after a count of another", () => {
  test("a congress's 专题询问 and 视察 are their own counts, not the 执法检查 before them", () => {
    const lines = [
      "苏州市人大常委会2023年度法治建设工作情况报告",
      "2023年，市人大常委会坚持党的领导、人民当家作主、依法治国有机统一。全年听取和审议专项工作报告12项，开展执法检查4次，组织专题询问2次，开展视察5次。",
      "二、存在的不足",
    ];
    assert.deepEqual(some(lines, ["4次", "2次", "5次"]), [
      ["4次", "开展执法检查次数", "supervision.inspections"],
      ["2次", "专题询问次数", null],
      ["5次", "开展视察次数", null],
    ]);
  });
  test("a hearing held after a count of applications is no step on them", () => {
    const lines = [
      "一、主要举措和成效",
      "（一）发挥行政复议主渠道作用。全年共受理行政复议申请108件、组织听证6次，举办行政复议案件庭审观摩2场。",
    ];
    const [received, hearings] = some(lines, ["108件", "6次"]);
    assert.deepEqual(received, ["108件", "受理行政复议申请数", "reconsideration.received"]);
    assert.doesNotMatch(String(hearings[1]), /申请|受理/);
  });
  test("a bare step still counts the thing before it", () => {
    const lines = ["（一）行政复议。全年收到行政复议申请86件、办结79件。"];
    assert.deepEqual(some(lines, ["79件"]), [["79件", "行政复议申请办结数", "reconsideration.closed"]]);
  });
});

describe("a court's own administrative cases", () => {
  const report = (title: string, sentence: string) => [title, "一、主要工作", sentence, "二、存在的不足"];
  test("a court's 行政案件 are lawsuits, though it names no 诉讼", () => {
    const lines = report(
      "邵阳县人民法院2024年法治建设工作情况报告",
      "（一）依法审理行政案件。2024年，我院受理各类行政案件86件，同比上升12%，审结81件，结案率94.19%。",
    );
    assert.deepEqual(some(lines, ["86件", "81件"]), [
      ["86件", "我院受理行政案件数", "litigation.cases"],
      ["81件", "我院受理行政案件审结数", "litigation.cases"],
    ]);
  });
  test("an intermediate court's first-instance cases too; its 非诉 enforcement cases are none", () => {
    const lines = report(
      "咸宁市中级人民法院2023年法治建设工作报告",
      "（一）监督支持依法行政。全年新收行政一审案件412件，审查非诉行政案件137件。",
    );
    assert.deepEqual(some(lines, ["412件", "137件"]), [
      ["412件", "新收行政一审案件数", "litigation.cases"],
      ["137件", "审查非诉行政案件数", null],
    ]);
  });
  test("a procuratorate's or a police bureau's 行政案件 are no lawsuits", () => {
    const procuratorate = report(
      "咸宁市人民检察院2023年法治建设工作报告",
      "（一）依法履职。全年我院办理行政案件65件。",
    );
    assert.deepEqual(some(procuratorate, ["65件"]), [["65件", "我院办理行政案件数", null]]);
    const police = report(
      "咸宁市公安局2023年法治政府建设年度报告",
      "（一）规范执法。全年受理行政案件5326起。",
    );
    assert.deepEqual(some(police, ["5326起"]), [["5326起", "受理行政案件数", null]]);
  });
});

describe("what a 整改率 is the rate of", () => {
  test("a safety body's hazards fixed are no supervision items", () => {
    const lines = [
      "芜湖市应急管理局2023年法治政府建设年度报告",
      "一、主要举措和成效",
      "（一）强化安全监管。组织开展安全生产大检查，排查一般安全隐患3216处，已整改3198处，安全隐患整改率99.4%。",
      "（二）落实督办。市安委会交办督办事项42项，已办结41项，办结率97.6%。",
    ];
    assert.deepEqual(some(lines, ["3198处", "99.4%", "97.6%"]), [
      ["3198处", "排查一般安全隐患整改数", null],
      ["99.4%", "安全隐患整改率", null],
      ["97.6%", "市安委会交办督办事项办结率", "supervision.completion_rate"],
    ]);
  });
  test("a 整改率 of what a supervision found still is", () => {
    const lines = [
      "（三）加强法治督察。区委依法治区办开展法治政府建设专项督察1轮，发现问题53个，已整改51个，整改率96.2%。",
    ];
    assert.deepEqual(some(lines, ["51个", "96.2%"]), [
      ["51个", "问题整改数", "supervision.rectified"],
      ["96.2%", "问题整改率", "supervision.completion_rate"],
    ]);
  });
  test("a fire brigade's hazards, written the other way round, are none either", () => {
    const lines = ["（二）消防安全。全年督促整改火灾隐患1.2万处，隐患整改完成率100%。"];
    assert.deepEqual(
      some(lines, ["1.2万处", "100%"]).map(([, , indicator]) => indicator),
      [null, null],
    );
  });
});
