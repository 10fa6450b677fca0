// Unseen passages from issuers the earlier rounds lack: the area's other organs (a
// procuratorate, the people's congress, the Party committee's 依法治市办, an intermediate court,
// the supervisory commission), national new areas (雄安新区, 两江新区, 南沙新区), a district with
// its reconsideration and lawsuit figures as a table written as text, departments (市场监管局,
// 生态环境局, 司法局), a 镇 and a 街道, a Traditional-character mirror, and plans whose measures
// close with 牵头单位：…；责任单位：…；完成时限：… or stand in a table. Each test says what a
// careful reader takes out, and what not.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { metaOf, read, some } from "../../test/helpers/passages.ts";
import { organOfName } from "../rules/other-organs.ts";

/** who issued, at what level, and which organ it is (none for a government or a department) */
const organOf = (lines: string[]) => ({ ...metaOf(lines), organ: read(lines).meta.organ ?? null });

describe("a procuratorate's report (长治市人民检察院)", () => {
  const lines = [
    "长治市人民检察院2023年法治建设工作报告",
    "2023年，长治市人民检察院坚持以习近平法治思想为指导，依法履行法律监督职责。",
    "一、主要工作",
    "（一）做优行政检察。全年受理行政生效裁判监督案件46件，提出抗诉和再审检察建议6件；开展行政争议实质性化解，化解行政争议38件。",
    "（二）做实公益诉讼检察。全年立案办理公益诉讼案件312件，发出诉前检察建议268件，行政机关回复整改率98.5%；提起公益诉讼23件。",
    "二、存在的问题",
  ];
  test("the procuratorate issues, of the city and at its level, not the city's government", () => {
    assert.deepEqual(organOf(lines), {
      issuer: "长治市人民检察院",
      region: "长治市",
      level: "city",
      year: 2023,
      organ: "procuratorate",
    });
  });
  test("its suggestions are counted; its public-interest cases are no lawsuits against the government", () => {
    assert.deepEqual(some(lines, ["6件", "268件", "312件", "23件"]), [
      ["6件", "提出抗诉和再审检察建议数", "oversight.procuratorial_suggestions"],
      ["312件", "立案办理公益诉讼案件数", null],
      ["268件", "发出诉前检察建议数", "oversight.procuratorial_suggestions"],
      ["23件", "提起公益诉讼数", null],
    ]);
  });
});

describe("the people's congress, the Party committee's office, a court, the supervisory commission", () => {
  const report = (title: string) => [
    title,
    "一、主要工作",
    "（一）依法履职。全年制定地方性法规3件，开展执法检查5次。",
    "二、存在的问题",
  ];
  const of = (title: string) => {
    const { issuer, level, organ } = organOf(report(title));
    return [issuer, level, organ];
  };
  test("each organ as its title names it, at its area's level", () => {
    assert.deepEqual(of("长治市人大常委会2023年度法治建设工作情况报告"), [
      "长治市人大常委会",
      "city",
      "congress",
    ]);
    assert.deepEqual(of("中共长治市委全面依法治市委员会办公室关于2023年度法治建设工作情况的报告"), [
      "中共长治市委全面依法治市委员会办公室",
      "city",
      "party",
    ]);
    assert.deepEqual(of("长治市委依法治市办关于2023年法治建设工作的报告"), [
      "长治市委依法治市办",
      "city",
      "party",
    ]);
    assert.deepEqual(of("长治市中级人民法院2023年法治建设工作报告"), ["长治市中级人民法院", "city", "court"]);
    assert.deepEqual(of("长治市监察委员会2023年法治建设工作情况报告"), [
      "长治市监察委员会",
      "city",
      "supervision",
    ]);
    assert.deepEqual(of("沁源县人民法院2023年法治建设工作报告"), ["沁源县人民法院", "county", "court"]);
    assert.deepEqual(of("政协长治市委员会2023年法治建设工作报告"), ["政协长治市委员会", "city", "cppcc"]);
    assert.deepEqual(of("中国共产党长治市委员会2023年法治建设工作报告"), [
      "中国共产党长治市委员会",
      "city",
      "party",
    ]);
    assert.deepEqual(of("山西省高级人民法院2023年法治建设工作报告"), [
      "山西省高级人民法院",
      "province",
      "court",
    ]);
    // the Party committee's departments, named in full: departments of the committee, as a
    // 司法局 is of the government
    assert.deepEqual(of("长治市委组织部2023年法治建设工作报告"), ["长治市委组织部", "department", "party"]);
    assert.deepEqual(of("中共长治市委宣传部2023年法治建设工作报告"), [
      "中共长治市委宣传部",
      "department",
      "party",
    ]);
    assert.deepEqual(of("长治市委政法委2023年法治建设工作报告"), ["长治市委政法委", "department", "party"]);
    // an organ named by its level alone: of the area the text names (here none)
    assert.deepEqual(of("市人民检察院2023年法治建设工作报告"), ["市人民检察院", "city", "procuratorate"]);
  });
  test("the assessment tells the organ from the issuer's name as the engine read it (one table)", () => {
    for (const title of [
      "长治市人大常委会2023年度法治建设工作情况报告",
      "中共长治市委全面依法治市委员会办公室关于2023年度法治建设工作情况的报告",
      "长治市委依法治市办关于2023年法治建设工作的报告",
      "长治市中级人民法院2023年法治建设工作报告",
      "长治市监察委员会2023年法治建设工作情况报告",
      "长治市纪委监委2023年法治建设工作情况报告",
      "中共长治市委宣传部2023年法治建设工作报告",
      "长治市委政法委2023年法治建设工作报告",
      "政协长治市委员会2023年法治建设工作报告",
      "中国共产党长治市委员会2023年法治建设工作报告",
      "长治市人民检察院2023年法治建设工作报告",
      "长治市2023年法治政府建设年度报告",
      "长治市发展和改革委员会2023年法治政府建设年度报告",
      "长治市人民政府办公室2023年法治政府建设年度报告",
    ]) {
      const [issuer, , organ] = of(title);
      assert.equal(organOfName(issuer), organ, title);
    }
  });
  test("the Party committee with the government is the government's report", () => {
    assert.deepEqual(of("中共长治市委 长治市人民政府关于2023年法治政府建设情况的报告"), [
      "长治市",
      "city",
      null,
    ]);
    assert.deepEqual(of("长治市2023年法治政府建设年度报告"), ["长治市", "city", null]);
  });
  test("an organ the opening sentence names on the way is no issuer; one that is its subject is", () => {
    const opening = (sentence: string) =>
      organOf(["一、主要举措和成效", sentence, "（一）依法履职。全年办理行政复议案件12件。"]);
    assert.deepEqual(
      opening("2023年，在长治市人大常委会的监督下，深入推进法治政府建设，现将有关情况报告如下。"),
      { issuer: "长治市", region: "长治市", level: "city", year: 2023, organ: null },
    );
    assert.deepEqual(opening("2023年，长治市人民检察院坚持以习近平法治思想为指导，现将有关情况报告如下。"), {
      issuer: "长治市人民检察院",
      region: "长治市",
      level: "city",
      year: 2023,
      organ: "procuratorate",
    });
  });
  test("a court's and a congress's figures", () => {
    const court = [
      "长治市中级人民法院2023年法治建设工作报告",
      "一、主要工作",
      "（一）依法审理行政案件。全年共受理各类行政案件1286件，审结1201件，结案率93.4%；行政机关败诉案件62件，败诉率5.2%。",
      "二、下一步工作",
    ];
    court.splice(3, 0, "（二）推进府院联动。向行政机关发出司法建议15份，全年向公安机关移送案件线索9件。");
    assert.deepEqual(some(court, ["62件", "5.2%", "15份", "9件"]), [
      ["62件", "行政机关败诉案件数", "litigation.lost"],
      ["5.2%", "行政机关败诉案件败诉率", "litigation.loss_rate"],
      // whom the suggestions went to is no one who made them
      ["15份", "发出司法建议数", "oversight.procuratorial_suggestions"],
      ["9件", "移送案件线索数", null],
    ]);
    const congress = [
      "长治市人大常委会2023年度法治建设工作情况报告",
      "一、依法履职情况",
      "（一）加强地方立法。全年制定地方性法规3件，修改2件，审查备案规范性文件57件，对其中4件提出纠正意见。",
      "二、存在的问题",
    ];
    assert.deepEqual(some(congress, ["3件", "57件"]), [
      ["3件", "制定地方性法规数", "legislation.regulations"],
      ["57件", "审查备案规范性文件数", "normative_docs.filings"],
    ]);
  });
  test("the Party committee's office that sends out the area's plan sends it for the area", () => {
    const notice = [
      "中共运城市委全面依法治市委员会办公室关于印发《运城市2024年法治政府建设工作要点》的通知",
      "各县（市、区）委全面依法治县（市、区）委员会办公室，市直各部门：",
      "现将《运城市2024年法治政府建设工作要点》印发给你们，请认真贯彻落实。",
    ];
    assert.deepEqual(organOf(notice), {
      issuer: "运城市",
      region: "运城市",
      level: "city",
      year: 2024,
      organ: null,
    });
  });
});

describe("national new areas (雄安新区, 两江新区, 南沙新区)", () => {
  const report = (title: string, subject: string) => [
    title,
    `2023年，${subject}深入学习贯彻习近平法治思想，全面推进法治政府建设。`,
    "一、主要举措和成效",
    "（一）规范行政执法。综合执法机构办理行政处罚案件1352件，罚没款金额636.8万元。",
    "二、存在的不足",
  ];
  test("雄安新区 answers to 河北省 beside its cities: a city", () => {
    const lines = report("河北雄安新区管理委员会2023年法治政府建设年度报告", "雄安新区管委会");
    assert.deepEqual(metaOf(lines), { issuer: "雄安新区", region: "雄安新区", level: "city", year: 2023 });
    assert.equal(read(lines).meta.division?.parent?.name, "河北省");
    assert.deepEqual(some(lines, ["1352件", "636.8万元"]), [
      ["1352件", "综合执法机构办理行政处罚案件数", "enforcement.cases"],
      ["636.8万元", "罚没款金额", "enforcement.fines"],
    ]);
  });
  test("两江新区 stands with 重庆's districts and counties: a county", () => {
    const lines = report("重庆两江新区2023年法治政府建设情况报告", "两江新区");
    assert.deepEqual(metaOf(lines), { issuer: "两江新区", region: "两江新区", level: "county", year: 2023 });
    assert.equal(read(lines).meta.division?.parent?.name, "重庆市");
  });
  test("南沙新区 is 南沙区 under another name; 贵安新区 a city of 贵州省", () => {
    const nansha = report("广州南沙新区管委会2023年法治政府建设年度报告", "南沙新区");
    assert.deepEqual(metaOf(nansha), { issuer: "南沙区", region: "南沙区", level: "county", year: 2023 });
    assert.equal(read(nansha).meta.division?.code, "440115");
    const guian = report("贵安新区2023年法治政府建设年度报告", "贵安新区");
    assert.deepEqual(metaOf(guian), { issuer: "贵安新区", region: "贵安新区", level: "city", year: 2023 });
  });
  test("a new area's Party working committee is an organ of the new area", () => {
    const lines = report("雄安新区党工委2023年法治建设工作报告", "新区党工委");
    assert.deepEqual(organOf(lines), {
      issuer: "雄安新区党工委",
      region: "雄安新区",
      level: "city",
      year: 2023,
      organ: "party",
    });
  });
});

describe("a district's reconsideration and lawsuits in a table written as text (成都市武侯区)", () => {
  const lines = [
    "成都市武侯区2023年法治政府建设年度报告",
    "一、2023年推进法治政府建设的主要举措和成效",
    "（一）化解行政争议。全年行政复议和行政应诉情况如下表：",
    "项目\t2023年\t2022年\t增减",
    "收到行政复议申请（件）\t236\t198\t38",
    "受理（件）\t212\t180\t32",
    "直接纠错（件）\t18\t15\t3",
    "一审行政诉讼案件（件）\t87\t95\t-8",
    "行政机关负责人出庭应诉率\t100%\t98.9%\t1.1个百分点",
    "（二）推进严格规范公正文明执法。全区开展行政执法案卷评查2次，评查案卷312卷，发现问题46个，均已整改到位。",
    "二、存在的不足和原因",
  ];
  test("the district is a county; this year's column gives the indicators, last year's and the change do not", () => {
    assert.deepEqual(metaOf(lines), { issuer: "武侯区", region: "武侯区", level: "county", year: 2023 });
    assert.deepEqual(some(lines, ["236", "198", "38", "18", "87", "100%", "98.9%", "312卷"]), [
      ["236", "收到行政复议申请(2023年)", "reconsideration.applications"],
      ["198", "收到行政复议申请(2022年)", null],
      ["38", "收到行政复议申请(增减)", null],
      ["18", "直接纠错(2023年)", "reconsideration.corrected"],
      ["87", "一审行政诉讼案件(2023年)", "litigation.cases"],
      ["100%", "行政机关负责人出庭应诉率(2023年)", "litigation.head_appearance_rate"],
      ["98.9%", "行政机关负责人出庭应诉率(2022年)", null],
      ["312卷", "评查案卷数", "enforcement.case_file_reviews"],
    ]);
  });
  test("every cell's span is the number as written", () => {
    const record = read(lines);
    const text = `${lines.join("\n")}\n`;
    for (const f of record.facts) assert.equal(text.slice(f.start, f.end), f.quote);
  });
});

describe("a table whose columns are the steps of what its rows count (株洲市芦淞区)", () => {
  const lines = [
    "株洲市芦淞区2023年法治政府建设年度报告",
    "一、主要举措和成效",
    "（一）发挥行政复议化解行政争议主渠道作用。全区行政复议、行政诉讼案件情况如下：",
    "类别\t收到\t受理\t审结\t纠错",
    "行政复议（件）\t156\t148\t140\t21",
    "二、存在的不足和原因",
  ];
  test("each cell is the row's thing at its column's step: received, closed, corrected — not four totals", () => {
    assert.deepEqual(some(lines, ["156", "148", "140", "21"]), [
      ["156", "行政复议(收到)", null],
      ["148", "行政复议(受理)", "reconsideration.received"],
      ["140", "行政复议(审结)", "reconsideration.closed"],
      ["21", "行政复议(纠错)", "reconsideration.corrected"],
    ]);
  });
});

describe("departments' reports (市场监管局, 生态环境局, 司法局)", () => {
  test("a 市场监督管理局: inspections, cases and fines", () => {
    const lines = [
      "宜宾市市场监督管理局2023年法治政府建设工作报告",
      "2023年，宜宾市市场监督管理局在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，现将有关情况报告如下。",
      "一、主要举措和成效",
      "（一）深化“双随机、一公开”监管。全年制定抽查计划56个，抽查市场主体3120户次，抽查结果100%在国家企业信用信息公示系统公示。",
      "（二）严格行政执法。全年查办各类案件1046件，罚没款812.6万元，移送公安机关涉嫌犯罪案件9件；办理行政复议案件4件，无被纠错案件。",
      "二、存在的问题",
    ];
    assert.deepEqual(organOf(lines), {
      issuer: "宜宾市市场监督管理局",
      region: "宜宾市",
      level: "department",
      year: 2023,
      organ: null,
    });
    assert.deepEqual(some(lines, ["3120户次", "1046件", "812.6万元", "4件"]), [
      ["3120户次", "抽查市场主体数", "enforcement.random_inspections"],
      ["1046件", "查办案件数", "enforcement.cases"],
      ["812.6万元", "罚没款", "enforcement.fines"],
      ["4件", "办理行政复议案件数", "reconsideration.cases"],
    ]);
  });
  test("a 生态环境局 speaking of itself (我局): cases and fines", () => {
    const lines = [
      "绍兴市生态环境局2023年度法治政府建设情况报告",
      "2023年，我局坚持以习近平生态文明思想和习近平法治思想为指导，全面推进生态环境领域依法行政。",
      "一、主要工作及成效",
      "（一）严格生态环境执法。全年共出动执法人员8650人次，检查企业3216家次，立案查处环境违法案件215件，处罚金额1862.3万元。",
      "二、存在的不足",
    ];
    assert.deepEqual(metaOf(lines), {
      issuer: "绍兴市生态环境局",
      region: "绍兴市",
      level: "department",
      year: 2023,
    });
    assert.deepEqual(some(lines, ["215件", "1862.3万元"]), [
      ["215件", "立案查处环境违法案件数", "enforcement.cases"],
      ["1862.3万元", "立案查处环境违法案件处罚金额", "enforcement.fines"],
    ]);
  });
  test("a 司法局: certificates issued and, in the next clause, revoked", () => {
    const lines = [
      "阳泉市司法局2023年法治政府建设年度报告",
      "一、主要举措和成效",
      "（一）规范行政执法。组织全市行政执法人员培训考试，新办行政执法证件826个，注销132个；开展案卷评查，评查案卷540卷，优秀率35.2%。",
      "（二）推进人民调解。全市1024个人民调解委员会共调解矛盾纠纷9865件，调解成功9712件，调解成功率98.4%。",
      "二、存在的不足",
    ];
    assert.deepEqual(some(lines, ["826个", "132个", "1024个", "9712件", "98.4%"]), [
      ["826个", "新办行政执法证件数", "enforcement.certificates_issued"],
      // the certificates, revoked: not certificates newly issued and revoked
      ["132个", "行政执法证件注销数", "enforcement.certificates_revoked"],
      ["1024个", "人民调解委员会数", "mediation.committees"],
      ["9712件", "人民调解委员会调解矛盾纠纷调解成功数", "mediation.successes"],
      ["98.4%", "调解成功率", "mediation.success_rate"],
    ]);
  });
});

describe("an 应急管理局: people taking part in the drills just counted", () => {
  const lines = [
    "某市应急管理局2023年法治政府建设情况报告",
    "一、主要举措和成效",
    "（一）加强应急预案管理。修订市级专项应急预案14部，组织开展各类应急演练326场次，参与人数5.6万人次。",
    "（二）排查安全隐患。检查生产经营单位2860家次，发现并督促整改安全隐患9415项，整改率99.6%。",
    "（二）强化安全生产执法。立案处罚112起，罚款金额468.5万元。",
    "二、存在的不足和原因",
  ];
  test("the participants are the drills', named once and without the drills' number", () => {
    assert.deepEqual(some(lines, ["14部", "326场次", "5.6万人次", "112起", "468.5万元"]), [
      ["14部", "修订市级专项应急预案数", "emergency.plans"],
      ["326场次", "开展应急演练场次", "emergency.drills"],
      ["5.6万人次", "开展应急演练参与人次", null],
      ["112起", "立案处罚数", "enforcement.cases"],
      ["468.5万元", "罚款金额", "enforcement.fines"],
    ]);
  });
  test("a rate of the things found and fixed is named by the things, not by a dangling 并…", () => {
    assert.deepEqual(
      some(lines, ["9415项", "99.6%"]).map(([quote, subject]) => [quote, subject]),
      [
        ["9415项", "发现并督促整改安全隐患数"],
        ["99.6%", "安全隐患整改率"],
      ],
    );
  });
  test("a year in the clause before does not cut its name short (举办2024年…培训班)", () => {
    const course = [
      "某县司法局2024年法治政府建设年度报告",
      "一、主要举措",
      "（一）抓好学法。桐梓县举办2024年领导干部法治专题培训班，全县各乡镇（街道）、县直各部门主要负责同志共计120余人参加培训。",
    ];
    assert.deepEqual(some(course, ["120余人"]), [
      ["120余人", "桐梓县举办领导干部法治专题培训班参加培训人数", "training.participants"],
    ]);
  });
});

describe("a 镇 and a 街道", () => {
  test("a township government under its county (桐梓县茅石镇)", () => {
    const lines = [
      "桐梓县茅石镇人民政府2023年法治政府建设工作报告",
      "2023年，茅石镇在县委、县政府的正确领导下，认真落实法治政府建设各项任务，现将工作情况报告如下。",
      "一、主要工作开展情况",
      "（一）化解矛盾纠纷。镇村两级调解组织共排查矛盾纠纷132件，成功调解128件，调解成功率96.97%。",
      "二、存在的问题和不足",
    ];
    assert.deepEqual(metaOf(lines), { issuer: "茅石镇", region: "茅石镇", level: "township", year: 2023 });
    assert.deepEqual(some(lines, ["132件", "128件", "96.97%"]), [
      ["132件", "镇村两级调解组织排查矛盾纠纷数", "mediation.disputes"],
      ["128件", "镇村两级调解组织排查矛盾纠纷成功调解数", "mediation.successes"],
      ["96.97%", "调解成功率", "mediation.success_rate"],
    ]);
  });
  test("a 街道办事处 under its district (武侯区玉林街道)", () => {
    const lines = [
      "武侯区玉林街道办事处2023年法治建设工作报告",
      "一、主要工作",
      "（一）深化矛盾纠纷排查化解。全年排查化解各类矛盾纠纷418件，化解率99.3%；受理信访事项62件，按期办结率100%。",
      "二、存在的问题",
    ];
    assert.deepEqual(metaOf(lines), {
      issuer: "玉林街道",
      region: "玉林街道",
      level: "township",
      year: 2023,
    });
    assert.deepEqual(some(lines, ["418件", "62件"]), [
      ["418件", "排查化解矛盾纠纷数", "mediation.disputes"],
      ["62件", "受理信访事项数", "petitions.cases"],
    ]);
  });
});

describe("a Traditional-character mirror (平遙縣, 長治市人民檢察院)", () => {
  test("the county and its reconsideration steps, read through the Traditional characters", () => {
    const lines = [
      "平遙縣2023年法治政府建設年度報告",
      "一、主要舉措和成效",
      "（一）深化行政復議體制改革。全年共收到行政復議申請86件，受理79件，審結75件，糾錯率12.0%。",
      "（二）加強行政應訴工作。全縣行政機關共辦理一審行政訴訟案件41件，行政機關負責人出庭應訴率100%，敗訴案件2件。",
      "二、存在的不足和原因",
    ];
    assert.deepEqual(metaOf(lines), { issuer: "平遥县", region: "平遥县", level: "county", year: 2023 });
    assert.deepEqual(some(lines, ["86件", "79件", "75件", "12.0%", "41件", "2件"]), [
      ["86件", "收到行政复议申请数", "reconsideration.applications"],
      ["79件", "行政复议申请受理数", "reconsideration.received"],
      ["75件", "行政复议申请审结数", "reconsideration.closed"],
      ["12.0%", "行政复议申请纠错率", "reconsideration.correction_rate"],
      ["41件", "行政机关办理一审行政诉讼案件数", "litigation.cases"],
      ["2件", "败诉案件数", "litigation.lost"],
    ]);
  });
  test("a procuratorate's title in Traditional characters", () => {
    const lines = [
      "長治市人民檢察院2023年法治建設工作報告",
      "一、主要工作",
      "（一）全年辦理行政檢察案件46件。",
    ];
    assert.deepEqual(organOf(lines), {
      issuer: "长治市人民检察院",
      region: "长治市",
      level: "city",
      year: 2023,
      organ: "procuratorate",
    });
  });
});

describe("a plan's measures (牵头单位：…；责任单位：…；完成时限：…, and a table)", () => {
  const measures = (lines: string[]) =>
    read(lines).measures.map((m) => [m.no, m.lead, m.cooperate, m.due?.date ?? null]);
  test("each measure closes with its lead, responsible units and time limit", () => {
    const lines = [
      "运城市2024年法治政府建设工作要点",
      "一、加强党对法治政府建设的领导",
      "（一）深入学习贯彻习近平法治思想。将习近平法治思想纳入政府常务会议学法内容。牵头单位：市司法局；责任单位：市直各部门；完成时限：2024年12月底前。",
      "（二）落实党政主要负责人履行推进法治建设第一责任人职责。牵头单位：市委依法治市办；责任单位：各县（市、区）人民政府；完成时限：2024年3月31日前。",
      "二、推进行政决策科学化民主化法治化",
      "（三）编制重大行政决策事项目录。牵头单位：市政府办公室；责任单位：市发展改革委、市财政局；完成时限：2024年6月底前。",
    ];
    assert.deepEqual(metaOf(lines), { issuer: "运城市", region: "运城市", level: "city", year: 2024 });
    assert.deepEqual(measures(lines), [
      [1, ["市司法局"], ["市直各部门"], "2024-12-31"],
      [2, ["市委依法治市办"], ["各县(市、区)人民政府"], "2024-03-31"],
      [3, ["市政府办公室"], ["市发展改革委", "市财政局"], "2024-06-30"],
    ]);
  });
  test("labels on lines of their own, the lead marked （牵头） among the responsible units", () => {
    const lines = [
      "邵阳市2024年法治政府建设工作任务清单",
      "一、依法全面履行政府职能",
      "（一）深化“放管服”改革。全面实行行政许可事项清单管理。",
      "责任单位：市政务服务中心（牵头），市直有关单位",
      "完成时限：2024年12月底前",
      "（二）推进综合行政执法体制改革。",
      "责任单位：市委编办、市司法局",
      "完成时限：长期坚持",
    ];
    assert.deepEqual(measures(lines), [
      [1, ["市政务服务中心"], ["市直有关单位"], "2024-12-31"],
      [2, ["市委编办", "市司法局"], [], null],
    ]);
    const text = `${lines.join("\n")}\n`;
    const [first, second] = read(lines).measures;
    // the clause is the labelled lines, not the （牵头） mark; its span is exact
    assert.equal(first.clause, "责任单位：市政务服务中心（牵头），市直有关单位\n完成时限：2024年12月底前");
    assert.equal(
      text.slice(first.clause_start ?? 0, (first.clause_start ?? 0) + (first.clause ?? "").length),
      first.clause,
    );
    assert.equal(second.term?.quote, "长期坚持");
  });
  test("a court's plan names its own offices, as a department's does: none is an unknown unit", () => {
    const lines = [
      "长治市中级人民法院2024年法治建设工作要点",
      "一、加强行政审判",
      "（一）规范行政案件审理。落实行政机关负责人出庭应诉制度。（行政审判庭牵头，研究室配合，2024年6月底前）",
      "（二）推进府院联动。健全司法建议反馈机制。（研究室牵头，2024年12月底前）",
    ];
    assert.deepEqual(measures(lines), [
      [1, ["行政审判庭"], ["研究室"], "2024-06-30"],
      [2, ["研究室"], [], "2024-12-31"],
    ]);
    assert.deepEqual(
      read(lines).findings.filter((f) => f.rule === "plan:unknown-unit"),
      [],
    );
  });
  test("a table of tasks written as text", () => {
    const lines = [
      "晋城市2024年法治政府建设重点任务分工表",
      "序号\t重点任务\t牵头单位\t责任单位\t完成时限",
      "1\t开展规范性文件集中清理\t市司法局\t市直各部门\t2024年9月底前",
      "2\t推行行政执法三项制度\t市司法局\t各行政执法部门\t2024年12月底前",
      "3\t完善重大行政决策程序\t市政府办公室\t市发展改革委\t2024年6月底前",
    ];
    assert.deepEqual(measures(lines), [
      [1, ["市司法局"], ["市直各部门"], "2024-09-30"],
      [2, ["市司法局"], ["各行政执法部门"], "2024-12-31"],
      [3, ["市政府办公室"], ["市发展改革委"], "2024-06-30"],
    ]);
  });
});
