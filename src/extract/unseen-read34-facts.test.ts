// The read34 round, on passages no rule was written from: a procuratorate's supervision of
// lawsuits and a court's appeals; subjects that took the noun of a count of something else (a
// training's sessions, a note's last count, a body's own count run on into its cases); mediators
// and 法律明白人 trained; what a case-file review found; and some forty statistic sentences of the
// kinds reports carry, each with the indicator a user expects.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { read, some } from "../../test/helpers/passages.ts";
import { LEADING_VERBS } from "../rules/subjects.ts";

const section = (...sentences: string[]) => ["一、主要举措和成效", ...sentences, "二、存在的不足"];
/** [quote, subject, indicator] of one quote in a section of these sentences. */
const factOf = (sentence: string, quote: string) => some(section(sentence), [quote])[0];
const indicatorOf = (sentence: string, quote: string) => factOf(sentence, quote)?.[2];

describe("a procuratorate's supervision of administrative lawsuits", () => {
  test("its 行政诉讼监督案件 are no lawsuits against the government", () => {
    for (const lines of [
      [
        "绍兴市人民检察院2023年法治建设工作情况报告",
        "一、主要工作",
        "（一）做实行政检察。全年办理行政诉讼监督案件64件，提出抗诉3件，发出再审检察建议5件。",
        "二、存在的不足",
      ],
      [
        "汉中市人民检察院2024年度法治建设工作报告",
        "一、主要工作",
        "（二）强化行政检察监督。受理行政诉讼监督案件118件，其中裁判结果监督案件37件、执行活动监督案件59件。",
        "二、存在的不足",
      ],
    ]) {
      const litigation = read(lines).facts.filter((f) => f.indicator?.startsWith("litigation."));
      assert.deepEqual(litigation, [], lines[2]);
    }
  });
  test("its procuratorial suggestions keep their own indicator", () => {
    const lines = [
      "汉中市人民检察院2024年度法治建设工作报告",
      "一、主要工作",
      "（二）强化行政检察监督。办理行政诉讼监督案件118件，发出行政检察建议46件。",
      "二、存在的不足",
    ];
    assert.deepEqual(some(lines, ["46件"]), [
      ["46件", "发出行政检察建议数", "oversight.procuratorial_suggestions"],
    ]);
  });
});

describe("appeals (上诉) are lawsuits of the second instance", () => {
  test("a court's appeals, though it names no 诉讼", () => {
    const lines = [
      "岳阳市中级人民法院2024年法治建设工作情况报告",
      "一、主要工作",
      "（一）依法履行行政审判职能。全年受理行政上诉案件236件，审结229件，发回重审11件。",
      "二、存在的不足",
    ];
    assert.deepEqual(some(lines, ["236件", "229件"]), [
      ["236件", "受理行政上诉案件数", "litigation.cases"],
      ["229件", "行政上诉案件审结数", "litigation.cases"],
    ]);
  });
  test("a government's appeals in a note on its lawsuits", () => {
    assert.deepEqual(
      factOf("（三）行政应诉。全年共办理行政应诉案件214件（含行政上诉案件39件），同比增长8.6%。", "39件"),
      ["39件", "行政上诉案件数", "litigation.cases"],
    );
  });
  test("an appeal counted by itself in a list of lawsuits", () => {
    assert.equal(
      indicatorOf("（二）行政应诉。全年县政府被提起行政诉讼37件、行政上诉9件，负责人出庭应诉率100%。", "9件"),
      "litigation.cases",
    );
  });
  test("a court's second-instance appeals beside its first-instance cases", () => {
    const lines = [
      "常德市中级人民法院2024年法治建设工作报告",
      "一、主要工作",
      "（一）行政审判。全市法院共受理一审行政案件1,236件、二审行政上诉案件318件。",
      "二、存在的不足",
    ];
    assert.deepEqual(
      read(lines).facts.map((f) => f.indicator),
      ["litigation.cases", "litigation.cases"],
    );
  });
  test("a procuratorate's supervision of civil and administrative lawsuits and of enforcement", () => {
    const lines = [
      "孝感市人民检察院2023年度法治建设工作报告",
      "一、主要工作",
      "（一）行政检察。受理民事行政诉讼监督案件241件，办理行政非诉执行监督案件57件。",
      "二、存在的不足",
    ];
    assert.deepEqual(
      read(lines).facts.map((f) => f.indicator),
      [null, null],
    );
  });
  test("a criminal or civil appeal is none", () => {
    assert.equal(indicatorOf("（三）审判工作。全年审结刑事上诉案件58件、民事上诉案件412件。", "58件"), null);
  });
});

describe("a matter's step after a count of something else", () => {
  test("disputes resolved after a count of trainings are no training's", () => {
    for (const [sentence, quote] of [
      ["（二）人民调解。组织人民调解员业务培训8期，调解成功矛盾纠纷纠纷1862件。", "1862件"],
      ["（二）人民调解。开展人民调解员培训5期，调解成功2146件，调解成功率98.2%。", "2146件"],
      ["（二）人民调解。举办村（居）人民调解员培训班14场次、调解成功1307件。", "1307件"],
    ]) {
      const [, subject, indicator] = factOf(sentence, quote);
      assert.doesNotMatch(String(subject), /培训/, sentence);
      assert.equal(indicator, "mediation.successes", sentence);
    }
  });
  test("cases closed after a count of visits are not the visits closed", () => {
    const [, subject, indicator] = factOf("（五）信访。开展实地走访调查61次，办结37件。", "37件");
    assert.doesNotMatch(String(subject), /调查/);
    assert.equal(indicator, null);
  });
  test("a step after a count of the same matters still shares their noun", () => {
    assert.deepEqual(factOf("（一）行政复议。全年受理行政复议案件126件、办结119件。", "119件"), [
      "119件",
      "行政复议案件办结数",
      "reconsideration.closed",
    ]);
  });
  test("investigated (调查) and closed is no case investigated (查办)", () => {
    assert.equal(indicatorOf("（五）信访工作。受理群众来信来访512件。经实地调查办结486件。", "486件"), null);
    assert.equal(indicatorOf("（五）信访。对重点信访事项开展核查处理42件。", "42件"), null);
    // a violation investigated stays enforcement's
    assert.equal(
      indicatorOf("（三）执法。全年立案查办各类违法案件683件，办结651件。", "683件"),
      "enforcement.cases",
    );
  });
});

describe("rows of fields whose value key names the step", () => {
  test("办理数量, 受理件数, 调解数量: the label with its step", () => {
    const lines = section(
      "（一）主要业务数据如下：",
      "项目名称：法律援助；办理数量：523件；同比：上升7.2%",
      "项目名称：行政复议；受理件数：74件；同比：增长15.6%",
      "项目名称：人民调解；调解数量：2816件；同比：下降3.1%",
    );
    assert.deepEqual(some(lines, ["523件", "74件", "2816件"]), [
      ["523件", "法律援助办理数", "legal_aid.cases"],
      ["74件", "行政复议受理数", "reconsideration.received"],
      ["2816件", "人民调解数", "mediation.disputes"],
    ]);
  });
});

describe("what follows a note on a count goes on from that count", () => {
  test("a change after the note is the count's, not the note's", () => {
    const lines = section(
      "（三）法律援助。全区共办理法律援助案件862件（其中未成年人案件96件），同比增长11.4%。",
    );
    assert.deepEqual(some(lines, ["11.4%"]), [["11.4%", "法律援助案件同比增长", null]]);
  });
  test("a note's other count does not undo the count it is on", () => {
    assert.deepEqual(
      factOf(
        "（一）行政复议。县政府共收到行政复议申请137件，受理121件（不予受理9件），审结114件。",
        "121件",
      )?.[2],
      "reconsideration.received",
    );
  });
});

describe("one count in two units", () => {
  test("visits in batches, then in people", () => {
    const lines = section("（六）信访。全年接待群众来访412批次1,386人次，办理网上信访1,027件。");
    assert.deepEqual(some(lines, ["412批次", "1,386人次"]), [
      ["412批次", "接待群众来访批次", "petitions.visits"],
      ["1,386人次", "接待群众来访人次", "petitions.visits"],
    ]);
  });
  test("vehicles inspected are counted in 台次", () => {
    const [quote] =
      factOf("（四）交通执法。全年检查营运车辆2,614台次，查处违法行为318起。", "2,614台次") ?? [];
    assert.equal(quote, "2,614台次");
  });
});

describe("bodies counted before what they handled", () => {
  test("the bodies, then their matters", () => {
    assert.deepEqual(some(section("（二）调解。全县18个人民调解委员会调解纠纷612件。"), ["18个", "612件"]), [
      ["18个", "人民调解委员会数", "mediation.committees"],
      ["612件", "人民调解委员会调解纠纷数", "mediation.disputes"],
    ]);
    assert.deepEqual(some(section("（四）公证服务。全州5家公证机构办证12,340件。"), ["5家", "12,340件"]), [
      ["5家", "公证机构数", null],
      ["12,340件", "公证机构办证数", "notarization.cases"],
    ]);
  });
  test("办证 of no notary is no notarisation", () => {
    assert.equal(indicatorOf("（四）不动产登记。全年为企业群众办证3.6万件。", "3.6万件"), null);
  });
});

describe("outcomes listed after a shared verb", () => {
  test("each outcome replaces the one before", () => {
    const sentence =
      "（二）行政应诉。全市法院审结以市政府部门为被告的案件96件，其中行政机关胜诉82件、败诉6件。";
    assert.deepEqual(some(section(sentence), ["82件", "6件"]), [
      ["82件", "审结行政机关胜诉数", "litigation.won"],
      ["6件", "审结行政机关败诉数", "litigation.lost"],
    ]);
  });
});

describe("a share after a count", () => {
  test("the share the count just given has", () => {
    assert.deepEqual(factOf("（五）信访。全年受理信访事项1,206件，其中网上信访834件，占69.2%。", "69.2%"), [
      "69.2%",
      "受理信访事项网上信访占比",
      null,
    ]);
    assert.deepEqual(factOf("（一）行政复议。调解和解结案41件，占审结案件的22.3%。", "22.3%"), [
      "22.3%",
      "调解和解结案占审结案件比例",
      null,
    ]);
  });
});

describe("a rate's change from an earlier year's level", () => {
  test("the change in points is the rate's", () => {
    const lines = [
      "荆门市2023年法治政府建设年度报告",
      ...section("（二）行政应诉。全市行政机关败诉率为5.1%，比2022年的8.3%下降3.2个百分点。"),
    ];
    assert.deepEqual(some(lines, ["8.3%", "3.2个百分点"]), [
      ["8.3%", "行政机关败诉率(2022年)", null],
      ["3.2个百分点", "行政机关败诉率较2022年下降", null],
    ]);
  });
});

describe("people of the grass roots trained", () => {
  test("法律明白人 and mediators trained are attendances of a training", () => {
    assert.deepEqual(
      factOf("（三）普法。举办“法律明白人”骨干培训班26期，培训法律明白人2,140人次。", "2,140人次"),
      ["2,140人次", "培训法律明白人人次", "training.participants"],
    );
    assert.deepEqual(
      factOf("（三）普法。举办“法律明白人”骨干培训班26期，培训法律明白人2,140人次。", "26期"),
      ["26期", "举办法律明白人骨干培训班期数", "training.sessions"],
    );
    assert.equal(
      indicatorOf("（二）人民调解。全年培训人民调解员1,520人次。", "1,520人次"),
      "training.participants",
    );
  });
  test("法律明白人 raised, and mediators there are, are no training", () => {
    assert.equal(indicatorOf("（三）普法。全县培养“法律明白人”1,346名。", "1,346名"), null);
    assert.equal(indicatorOf("（二）人民调解。全县共有人民调解员986名。", "986名"), "mediation.mediators");
  });
});

describe("what a case-file review found", () => {
  test("problems found or reported back by a review are a supervision's findings", () => {
    assert.equal(
      indicatorOf("（四）执法监督。组织行政执法案卷评查，评查案卷412卷，案卷评查发现问题58个。", "58个"),
      "supervision.problems",
    );
    assert.equal(
      indicatorOf(
        "（四）执法监督。开展行政执法案卷集中评查，评查案卷650卷，反馈问题97个，督促整改97个。",
        "97个",
      ),
      "supervision.problems",
    );
  });
  test("files found wanting are no count of files reviewed", () => {
    assert.equal(indicatorOf("（四）执法监督。评查案卷650卷，发现问题案卷43卷。", "43卷"), null);
  });
});

describe("forty statistic sentences of the kinds reports carry", () => {
  // [sentence, quote, subject, indicator]
  const cases: Array<[string, string, string, string | null]> = [
    // 复议
    [
      "全市各级行政复议机关共收到行政复议申请1586件，同比上升23.6%，依法受理1402件。",
      "1586件",
      "行政复议机关收到行政复议申请数",
      "reconsideration.applications",
    ],
    [
      "审结行政复议案件1318件，其中维持856件、驳回203件、撤销97件、确认违法41件，综合纠错率13.4%。",
      "97件",
      "审结行政复议案件撤销数",
      "reconsideration.corrected",
    ],
    [
      "审结行政复议案件1318件，其中维持856件、驳回203件、撤销97件、确认违法41件，综合纠错率13.4%。",
      "13.4%",
      "综合纠错率",
      "reconsideration.correction_rate",
    ],
    ["全年新收行政复议案件398件，同比增长51.3%。", "398件", "新收行政复议案件数", "reconsideration.received"],
    [
      "在行政复议中积极运用调解和解方式，调解和解结案62件，占审结案件的18.7%。",
      "62件",
      "调解和解结案数",
      "reconsideration.settled",
    ],
    // 诉讼、应诉
    [
      "全县行政机关共发生行政诉讼案件73件，同比下降8.8%，行政机关败诉5件，败诉率8.2%。",
      "5件",
      "行政机关败诉数",
      "litigation.lost",
    ],
    [
      "全县行政机关共发生行政诉讼案件73件，同比下降8.8%，行政机关败诉5件，败诉率8.2%。",
      "8.2%",
      "行政机关败诉率",
      "litigation.loss_rate",
    ],
    [
      "行政机关负责人出庭应诉68件，出庭应诉率93.2%。",
      "93.2%",
      "出庭应诉率",
      "litigation.head_appearance_rate",
    ],
    // 执法
    [
      "全区各行政执法部门共办理行政处罚案件4826件，罚没款2376.5万元。",
      "2376.5万元",
      "罚没款",
      "enforcement.fines",
    ],
    [
      "全年开展部门联合“双随机、一公开”抽查186次，抽查结果公示率100%。",
      "100%",
      "抽查结果公示率",
      "enforcement.publicity_rate",
    ],
    [
      "为326名执法人员核发行政执法证件，注销执法证件41个。",
      "41个",
      "注销执法证件数",
      "enforcement.certificates_revoked",
    ],
    ["全市现有持证行政执法人员4218人。", "4218人", "现有持证行政执法人员数", "enforcement.personnel"],
    [
      "开展行政执法案卷评查2轮，抽查案卷436卷，下发行政执法监督意见书14份。",
      "14份",
      "下发行政执法监督意见书数",
      "enforcement.oversight_notices",
    ],
    // 普法
    [
      "开展送法下乡、送法进校园活动420场次，发放宣传资料12.6万份。",
      "12.6万份",
      "发放宣传资料数",
      "publicity.materials",
    ],
    [
      "全年新增省级民主法治示范村（社区）8个。",
      "8个",
      "新增省级民主法治示范村(社区)数",
      "publicity.demo_villages",
    ],
    // 调解
    ["全县共有人民调解委员会213个，人民调解员1064名。", "213个", "人民调解委员会数", "mediation.committees"],
    [
      "全年排查矛盾纠纷2930件，调解成功2871件，调解成功率98%，涉及金额3682万元。",
      "3682万元",
      "涉及金额",
      "mediation.amount",
    ],
    [
      "建成行业性专业性人民调解组织34个，派驻调解工作室17个。",
      "17个",
      "派驻调解工作室数",
      "mediation.organizations",
    ],
    // 公证、法律援助、法律服务
    ["全年办理各类公证事项5213件，同比增长6.4%。", "5213件", "办理公证事项数", "notarization.cases"],
    [
      "全市法律援助机构共受理法律援助案件2468件，为受援人挽回经济损失3150万元。",
      "3150万元",
      "受援人挽回经济损失金额",
      "legal_aid.recovered",
    ],
    [
      "建成县级公共法律服务中心1个、乡镇公共法律服务工作站18个。",
      "18个",
      "建成乡镇公共法律服务工作站数",
      "legal_services.platforms",
    ],
    [
      "全区聘请政府法律顾问和公职律师86名，出具法律意见书412份。",
      "86名",
      "聘请政府法律顾问和公职律师数",
      "legal_advisers.count",
    ],
    [
      "全区聘请政府法律顾问和公职律师86名，出具法律意见书412份，审核合同文本203份。",
      "203份",
      "审核合同文本数",
      "normative_docs.legality_reviews",
    ],
    ["全县在册社区矫正对象342人。", "342人", "在册社区矫正对象数", "corrections.persons"],
    // 合法性审查、备案、清理
    [
      "全年共审查市政府规范性文件32件、重大行政决策事项15项、政府合同148份。",
      "148份",
      "审查政府合同数",
      "normative_docs.legality_reviews",
    ],
    [
      "向市人大常委会报备规范性文件18件，报备率、及时率、规范率均达100%。",
      "100%",
      "报备率、及时率、规范率",
      "normative_docs.filing_rate",
    ],
    [
      "全年报送省政府备案规章2件、市政府规范性文件9件。",
      "2件",
      "报送省政府备案规章数",
      "normative_docs.filings",
    ],
    [
      "共清理规范性文件312件，其中继续有效226件，废止61件，宣布失效18件，修改7件。",
      "226件",
      "清理规范性文件继续有效数",
      "normative_docs.cleanup_kept",
    ],
    [
      "共清理规范性文件312件，其中继续有效226件，废止61件，宣布失效18件，修改7件。",
      "61件",
      "清理规范性文件废止数",
      "normative_docs.cleanup_repealed",
    ],
    ["清理存量政策措施1243件，废止或修订11件。", "11件", "废止或修订数", null],
    ["对新出台的政策措施68件进行公平竞争审查。", "68件", "新出台的政策措施数", "fair_competition.reviews"],
    // 政务公开、监督
    [
      "全年通过政府门户网站主动公开政府信息2.16万条，受理政府信息公开申请386件。",
      "386件",
      "受理政府信息公开申请数",
      "disclosure.requests",
    ],
    [
      "召开新闻发布会32场，发布政策解读材料186篇。",
      "32场",
      "召开新闻发布会场数",
      "disclosure.press_conferences",
    ],
    [
      "共承办市人大代表建议126件、市政协委员提案183件，办复率100%。",
      "100%",
      "建议提案办复率",
      "proposals.reply_rate",
    ],
    [
      "开展法治政府建设专项督察3次，发现问题58个，已整改55个，整改率94.8%。",
      "55个",
      "问题整改数",
      "supervision.rectified",
    ],
    ["全年完成审计项目48个，查出违规资金1.26亿元。", "1.26亿元", "查出违规资金", "audit.amount"],
    // 信访、热线
    [
      "全市信访部门共登记群众来信来访4128件次，同比下降11.2%；县级领导接访下访326批次。",
      "326批次",
      "县级领导接访下访批次",
      "petitions.visits",
    ],
    ["依法分类处理信访诉求1862件，按期办结率98.9%。", "1862件", "分类处理信访诉求数", "petitions.cases"],
    [
      "全年12345政务服务便民热线共受理群众诉求38.6万件，办结率99.6%。",
      "99.6%",
      "12345政务服务便民热线受理群众诉求办结率",
      "hotline.completion_rate",
    ],
    // 培训、考试、应急、决策、政务服务
    [
      "组织全县1562名国家工作人员参加学法考试，参考率100%，合格率99.4%。",
      "99.4%",
      "国家工作人员合格率",
      "exams.pass_rate",
    ],
    [
      "修订完善各类应急预案96部，组织开展应急演练213场次。",
      "213场次",
      "开展应急演练场次",
      "emergency.drills",
    ],
    ["市政府全年作出重大行政决策21项。", "21项", "市政府作出重大行政决策数", "decisions.made"],
    [
      "全面梳理公布政务服务事项1826项，其中“最多跑一次”事项1703项，占比93.3%。",
      "93.3%",
      "最多跑一次事项占比",
      null,
    ],
  ];
  test("each read with its subject and the indicator a user expects", () => {
    for (const [sentence, quote, subject, indicator] of cases)
      assert.deepEqual(factOf(`（一）${sentence}`, quote), [quote, subject, indicator], sentence);
  });
});

describe("a table whose rows are years, under a caption naming the cases", () => {
  test("a column naming only a step is the step of the caption's cases", () => {
    const lines = section(
      "（一）行政复议工作情况。",
      "表2 近两年行政复议案件情况（单位：件）",
      "年度\t收案\t审结\t纠错",
      "2024年\t286\t271\t33",
      "2023年\t241\t230\t29",
    );
    assert.deepEqual(some(lines, ["286", "271", "33", "241"]), [
      ["286", "行政复议案件收案(2024年)", "reconsideration.received"],
      ["271", "行政复议案件审结(2024年)", "reconsideration.closed"],
      ["33", "行政复议案件纠错(2024年)", "reconsideration.corrected"],
      ["241", "行政复议案件收案(2023年)", null],
    ]);
  });
});

describe("complaints about enforcement, and problems fixed 到位", () => {
  test("complaints handled are no cases investigated, unless investigated", () => {
    assert.equal(
      indicatorOf("（四）执法监督。全年受理行政执法投诉举报63件，办结61件，办结率96.8%。", "61件"),
      null,
    );
    assert.equal(
      indicatorOf(
        "（四）市场监管。受理消费者投诉举报2,874件，根据投诉举报线索立案查处违法案件97件。",
        "97件",
      ),
      "enforcement.cases",
    );
  });
  test("整改到位 is problems fixed", () => {
    assert.equal(
      indicatorOf("（五）法治督察。对9个县（市、区）开展实地督察，反馈问题54个，督促整改到位51个。", "51个"),
      "supervision.rectified",
    );
  });
});

describe("a count named by what is left out", () => {
  test("a count right after its field's key is named by the key", () => {
    const lines = section(
      "（七）政务公开。",
      "主动公开政府信息：6,318条；依申请公开：174件；政策解读：362篇",
    );
    assert.deepEqual(some(lines, ["6,318条", "174件", "362篇"]), [
      ["6,318条", "主动公开政府信息数", "disclosure.proactive"],
      ["174件", "依申请公开数", "disclosure.requests"],
      ["362篇", "政策解读数", null],
    ]);
  });
  test("a bare step before 的 is the step of the thing before; a shared verb is written once", () => {
    assert.deepEqual(factOf("（一）行政复议。全年收到复议申请74件，已审结的69件。", "69件"), [
      "69件",
      "复议申请审结数",
      "reconsideration.closed",
    ]);
    assert.deepEqual(
      factOf("（六）培训。全年培训行政执法人员2,860人次，其中科级以上的214人次。", "214人次"),
      ["214人次", "培训科级以上的行政执法人员人次", "training.participants"],
    );
  });
  test("a noun elided after 的 is the thing just counted", () => {
    const sentence =
      "（一）行政复议。县政府全年受理行政复议案件148件，其中涉及行政处罚的61件、涉及行政强制的17件。";
    assert.deepEqual(some(section(sentence), ["61件", "17件"]), [
      ["61件", "受理涉及行政处罚的行政复议案件数", "reconsideration.received"],
      ["17件", "受理涉及行政强制的行政复议案件数", "reconsideration.received"],
    ]);
  });
});

describe("reconsideration decisions named as decisions", () => {
  test("each correcting decision is a corrected case; what follows is no decision's", () => {
    const sentence =
      "（一）行政复议。全年办理行政复议案件267件，作出维持决定151件、撤销决定23件、确认违法决定9件、责令履行决定4件，终止审理31件。";
    assert.deepEqual(some(section(sentence), ["151件", "23件", "9件", "4件", "31件"]), [
      ["151件", "作出维持决定数", null],
      ["23件", "撤销决定数", "reconsideration.corrected"],
      ["9件", "确认违法决定数", "reconsideration.corrected"],
      ["4件", "责令履行决定数", "reconsideration.corrected"],
      ["31件", "终止审理数", null],
    ]);
  });
});

describe("an earlier year's level written as a field in a note", () => {
  test("(2022年：896件) is that year's, no figure of the report's", () => {
    const lines = [
      "遵义市2023年法治政府建设年度报告",
      ...section("（一）行政复议。全年收到行政复议申请1,046件（2022年：812件），同比增长28.8%。"),
    ];
    assert.deepEqual(some(lines, ["1,046件", "812件", "28.8%"]), [
      ["1,046件", "收到行政复议申请数", "reconsideration.applications"],
      ["812件", "收到行政复议申请数(2022年)", null],
      ["28.8%", "行政复议申请同比增长", null],
    ]);
  });
});

describe("a long clause cut by the subject's length", () => {
  test("the subject starts at a verb, not inside the word the cut fell in", () => {
    assert.deepEqual(
      factOf(
        "（二）人民调解。依托市人民调解员协会持续深化全市专兼职人民调解员培训调解成功2,614件。",
        "2,614件",
      ),
      ["2,614件", "调解成功数", "mediation.successes"],
    );
    const [, said, indicator] = factOf(
      "（四）执法监督。依托省行政执法综合管理监督信息系统对全县各执法单位行政执法案卷评查412卷。",
      "412卷",
    );
    assert.match(String(said), LEADING_VERBS);
    assert.match(String(said), /评查数$/);
    assert.equal(indicator, "enforcement.case_file_reviews");
  });
});
