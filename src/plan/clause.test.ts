import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { bareRoleClause, parseClause } from "./clause.ts";
import { findDeadlines } from "./deadlines.ts";
import { resolveUnit } from "./units.ts";

describe("responsibility clauses", () => {
  const cases: Array<[string, string[], string[]]> = [
    [
      "市政府办公厅牵头,市发改委、市政务服务中心等相关单位、各县市区政府配合",
      ["市政府办公厅"],
      ["市发改委", "市政务服务中心", "各县市区政府"],
    ],
    ["市编办、市政府办公厅按职责分别负责,市直各相关单位配合", ["市编办", "市政府办公厅"], ["市直各相关单位"]],
    [
      "市政府办公厅、市编办按照职责分工分别负责,市直各相关单位配合",
      ["市政府办公厅", "市编办"],
      ["市直各相关单位"],
    ],
    [
      "市委宣传部、市政府办公厅按按职责分工分别负责,市直各相关单位配合",
      ["市委宣传部", "市政府办公厅"],
      ["市直各相关单位"],
    ],
    [
      "市政府办公厅、市司法局按职责分工分别负责、市直各相关单位配合",
      ["市政府办公厅", "市司法局"],
      ["市直各相关单位"],
    ],
    [
      "市人社局和各级党校、行政学院按职责分工分别负责,市直各相关单位配合",
      ["市人社局", "各级党校", "行政学院"],
      ["市直各相关单位"],
    ],
    ["市住房和城乡建设局牵头,市人力资源和社会保障局配合", ["市住房和城乡建设局"], ["市人力资源和社会保障局"]],
    ["市住建局牵头,市编办等各相关单位配合", ["市住建局"], ["市编办"]],
    ["市直各相关单位、各县市区政府按职责分别负责", ["市直各相关单位", "各县市区政府"], []],
    ["市安监局、市环保局等相关单位按职责分工分别负责", ["市安监局", "市环保局"], []],
    ["市司法局牵头,市直各相关单位、组织、行业协会配合", ["市司法局"], ["市直各相关单位", "组织", "行业协会"]],
    ["市司法局负责", ["市司法局"], []],
    ["县司法局牵头;县法院、县检察院协助", ["县司法局"], ["县法院", "县检察院"]],
    ["牵头单位:市司法局;配合单位:市财政局、市人社局", ["市司法局"], ["市财政局", "市人社局"]],
    ["责任单位:市政府办公室、市司法局", ["市政府办公室", "市司法局"], []],
    ["牵头单位:县司法局;配合单位:县直各部门;完成时限:长期坚持", ["县司法局"], ["县直各部门"]],
    ["牵头单位:县司法局;完成时限:2024年12月", ["县司法局"], []],
  ];
  for (const [clause, lead, cooperate] of cases) {
    test(clause, () => assert.deepEqual(parseClause(clause), { lead, cooperate }));
  }
  test("a clause without any role gives no units", () =>
    assert.deepEqual(parseClause("详见附件"), { lead: [], cooperate: [] }));
});

describe("responsibility sentences without brackets", () => {
  const clauseOf = (s: string) => {
    const bare = bareRoleClause(s);
    return (
      bare && {
        clause: s.slice(bare.start),
        due: bare.dueAt === null ? null : s.slice(bare.start + bare.dueAt),
      }
    );
  };
  test("units and roles closing a sentence, with a deadline tail", () => {
    assert.deepEqual(clauseOf("严格落实行政执法三项制度,市司法局牵头,各县(区)政府配合,2024年11月底前完成"), {
      clause: "市司法局牵头,各县(区)政府配合,2024年11月底前完成",
      due: "2024年11月底前完成",
    });
    assert.deepEqual(clauseOf("市司法局负责,长期坚持"), { clause: "市司法局负责,长期坚持", due: "长期坚持" });
    assert.deepEqual(clauseOf("市政务服务局牵头,市司法局、市发展改革委配合"), {
      clause: "市政务服务局牵头,市司法局、市发展改革委配合",
      due: null,
    });
  });
  test("prose that merely names a unit and a role is no clause", () => {
    assert.equal(bareRoleClause("市政府办公室负责统筹协调,各部门按要求落实"), null);
    assert.equal(bareRoleClause("日常工作由市司法局负责"), null);
    assert.equal(bareRoleClause("各县区要积极配合,2024年底前完成"), null);
    assert.equal(bareRoleClause("2024年底前完成"), null);
  });
});

describe("deadlines", () => {
  const dates = (s: string) => findDeadlines(s, s, 0, s.length).map((d) => [d.quote, d.date]);
  test("year end, month end, half year, quarter, year + verb", () => {
    assert.deepEqual(dates("2017年底前完成"), [["2017年底前", "2017-12-31"]]);
    assert.deepEqual(dates("2018年6月底前,完成清理"), [["2018年6月底前", "2018-06-30"]]);
    assert.deepEqual(dates("2024年2月底前"), [["2024年2月底前", "2024-02-29"]]);
    assert.deepEqual(dates("2020年下半年,进行全面验收"), [["2020年下半年", "2020-12-31"]]);
    assert.deepEqual(dates("2019年上半年完成"), [["2019年上半年", "2019-06-30"]]);
    assert.deepEqual(dates("2019年第一季度前印发"), [["2019年第一季度前", "2019-03-31"]]);
    assert.deepEqual(dates("2017年出台《实施方案》"), [["2017年", "2017-12-31"]]);
  });
  test("in a plan for one year, dates written without it are that year's; without the year, none", () => {
    const inYear = (t: string) => findDeadlines(t, t, 0, t.length, 2024).map((d) => [d.quote, d.date]);
    assert.deepEqual(inYear("6月底前完成"), [["6月底前", "2024-06-30"]]);
    assert.deepEqual(inYear("第三季度"), [["第三季度", "2024-09-30"]]);
    assert.deepEqual(inYear("上半年完成清理"), [["上半年", "2024-06-30"]]);
    assert.deepEqual(inYear("年底前"), [["年底前", "2024-12-31"]]);
    assert.deepEqual(inYear("11月30日前报送"), [["11月30日前", "2024-11-30"]]);
    // a year written wins; a month with no 底 or 前 is when, not by when; recurring is none
    assert.deepEqual(inYear("2025年6月底前"), [["2025年6月底前", "2025-06-30"]]);
    assert.deepEqual(inYear("在6月开展宣传"), []);
    assert.deepEqual(inYear("每季度末报送"), []);
    assert.deepEqual(dates("6月底前完成"), []);
  });
  test("recurring dates, periods and titles are not deadlines", () => {
    assert.deepEqual(dates("每年第一季度制定计划"), []);
    assert.deepEqual(dates("按照《社会信用体系建设规划纲要(2014—2020年)》的要求"), []);
    assert.deepEqual(dates("2014—2020年"), []);
  });
});

describe("unit registry", () => {
  test("aliases resolve to one unit", () => {
    const ids = ["市编办", "市委编办", "市机构编制委员会办公室"].map((u) => resolveUnit(u).id);
    assert.deepEqual(ids, ["staffing", "staffing", "staffing"]);
    assert.equal(resolveUnit("市发改委").id, resolveUnit("市发展和改革委员会").id);
    assert.equal(resolveUnit("长沙市发展改革委").name, "长沙市发展和改革委员会");
  });
  test("assessment office, the congress's legal commission and traffic police are known units", () => {
    const ids = (names: string[]) => names.map((u) => resolveUnit(u).id);
    assert.deepEqual(ids(["市考核办", "市委考核办", "县绩效考核办"]), [
      "assessment",
      "assessment",
      "assessment",
    ]);
    assert.deepEqual(ids(["市人大常委会法工委", "区人大常委会法制工作委员会"]), [
      "congress-legal",
      "congress-legal",
    ]);
    assert.equal(resolveUnit("市人大常委会").id, "congress");
    assert.deepEqual(ids(["市公安局交警支队", "县公安局交警大队"]), [
      "traffic-police",
      "traffic-police-brigade",
    ]);
    assert.equal(resolveUnit("长沙市公安局交警支队").name, "长沙市公安局交通警察支队");
    // people's organisations, party offices and service centres plans name beside departments
    const known = [
      "县融媒体中心",
      "团市委",
      "市妇联",
      "市委改革办",
      "市人防办",
      "市公共资源交易中心",
      "市民宗局",
    ];
    assert.deepEqual(
      known.filter((u) => !resolveUnit(u).known),
      [],
    );
  });
  test("collectives and unknown names are kept as written", () => {
    assert.equal(resolveUnit("各县市区政府").collective, true);
    assert.equal(resolveUnit("市直各相关单位").collective, true);
    const unknown = resolveUnit("行业协会");
    assert.deepEqual([unknown.known, unknown.name], [false, "行业协会"]);
  });
});

describe("collectives of places and levels", () => {
  test("a place's unit after a collective of another place shares its 各", () => {
    assert.deepEqual(parseClause("区司法局牵头,各镇人民政府、街道办事处配合"), {
      lead: ["区司法局"],
      cooperate: ["各镇人民政府", "各街道办事处"],
    });
    assert.deepEqual(parseClause("县司法局牵头,各乡镇、街道配合").cooperate, ["各乡镇", "各街道"]);
  });
  test("区级/市级/县级 units named together are collectives", () => {
    for (const name of ["区级各行政执法部门", "市级各部门", "县级有关单位", "各街道办事处"])
      assert.ok(resolveUnit(name).collective, name);
    assert.ok(!resolveUnit("区级财政局").collective);
  });
});

describe("what a unit's name carries that is no part of it", () => {
  test("等…部门 tails, (邀请) notes and a bracketed other name leave the unit", () => {
    assert.deepEqual(parseClause("责任单位:县公安局、县农业农村局等行政执法部门").lead, [
      "县公安局",
      "县农业农村局",
    ]);
    assert.deepEqual(parseClause("牵头单位:县发改局(县营商环境建设局);配合单位:区法院(邀请)"), {
      lead: ["县发改局"],
      cooperate: ["区法院"],
    });
    // brackets that are part of the name stay
    assert.deepEqual(parseClause("市委党校(行政学院)牵头,各县(市、区)政府配合"), {
      lead: ["市委党校(行政学院)"],
      cooperate: ["各县(市、区)政府"],
    });
  });

  test("a name written with 〔〕 is one unit, the same as with （）", () => {
    assert.deepEqual(parseClause("市司法局牵头,各县〔市、区〕人民政府、市直各部门配合"), {
      lead: ["市司法局"],
      cooperate: ["各县(市、区)人民政府", "市直各部门"],
    });
    assert.deepEqual(parseClause("责任单位:市司法局,各县〔市、区〕司法局").lead, [
      "市司法局",
      "各县(市、区)司法局",
    ]);
  });
});

describe("more ways plans write roles", () => {
  test("统筹, 共同负责, 具体落实, 按职责分工落实, 协同 and 协同单位", () => {
    const cases: Array<[string, string[], string[]]> = [
      ["市委组织部、市司法局按职责分工落实", ["市委组织部", "市司法局"], []],
      ["市司法局、市财政局共同负责", ["市司法局", "市财政局"], []],
      ["市司法局牵头,各县(市、区)政府具体落实", ["市司法局"], ["各县(市、区)政府"]],
      ["市政府办公室统筹,市直各部门负责", ["市政府办公室"], ["市直各部门"]],
      ["市司法局牵头,市财政局、市审计局协同", ["市司法局"], ["市财政局", "市审计局"]],
      ["主要责任单位:市司法局;协同单位:市财政局", ["市司法局"], ["市财政局"]],
    ];
    for (const [clause, lead, cooperate] of cases)
      assert.deepEqual(parseClause(clause), { lead, cooperate }, clause);
  });
  test("X会同Y: Y cooperates, before a role and in a last piece after the roles", () => {
    assert.deepEqual(parseClause("市司法局会同市财政局负责"), {
      lead: ["市司法局"],
      cooperate: ["市财政局"],
    });
    assert.deepEqual(parseClause("由市司法局牵头,会同市财政局等部门实施"), {
      lead: ["市司法局"],
      cooperate: ["市财政局"],
    });
    assert.deepEqual(parseClause("市司法局牵头,会同市财政局、市审计局"), {
      lead: ["市司法局"],
      cooperate: ["市财政局", "市审计局"],
    });
  });
  test("a list marking its lead with (牵头), alone or after a label, up to a deadline", () => {
    assert.deepEqual(parseClause("市司法局(牵头)、市财政局"), {
      lead: ["市司法局"],
      cooperate: ["市财政局"],
    });
    assert.deepEqual(parseClause("责任单位:市司法局(牵头),市财政局;完成时限:2026年6月底前"), {
      lead: ["市司法局"],
      cooperate: ["市财政局"],
    });
  });
});

describe("supervising units", () => {
  test("a unit that 督促指导/指导 those responsible takes part in the task", () => {
    assert.deepEqual(parseClause("市直各行政执法单位分别负责,市司法局督促指导"), {
      lead: ["市直各行政执法单位"],
      cooperate: ["市司法局"],
    });
    assert.deepEqual(parseClause("各乡镇人民政府负责,县司法局指导,11月底前"), {
      lead: ["各乡镇人民政府"],
      cooperate: ["县司法局"],
    });
  });
});

describe("branches, merged bureaus and data bureaus", () => {
  test("分局 of a district, 文化旅游体育局, 城管执法局, 行政审批服务局 and the data bureaus are the registry's agencies", () => {
    assert.deepEqual(
      [
        "区公安分局",
        "区市场监管分局",
        "县文化旅游体育局",
        "市城管执法局",
        "县数据资源局",
        "区大数据发展局",
        "市数据和政务服务局",
        "市行政审批服务局",
      ].map((n) => resolveUnit(n).id),
      [
        "public-security",
        "market-regulation",
        "culture",
        "urban-management",
        "administrative-approval",
        "administrative-approval",
        "administrative-approval",
        "administrative-approval",
      ],
    );
  });
});

describe("units under their newer names", () => {
  test("生态环境分局, 综合行政执法局 and 政数局 are the registry's agencies", () => {
    assert.deepEqual(
      ["区生态环境分局", "区综合执法局", "县综合行政执法局", "县政数局"].map((n) => resolveUnit(n).id),
      ["ecology", "urban-management", "urban-management", "administrative-approval"],
    );
  });
});

describe("a deadline written in the list of units", () => {
  test("is no unit (责任单位:县司法局法制股,2016年6月底前完成)", () => {
    assert.deepEqual(parseClause("责任单位:县司法局法制股,2016年6月底前完成").lead, ["县司法局法制股"]);
    assert.deepEqual(parseClause("责任单位:县司法局、县财政局,长期坚持").lead, ["县司法局", "县财政局"]);
  });
});
