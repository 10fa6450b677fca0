// Unseen passages from issuers and shapes earlier rounds lack: an autonomous prefecture's
// government (恩施州), county-level cities (昆山, 都匀), provincial departments (生态环境厅, 市场
// 监管局, 司法厅), development zones' 管委会 outside the division list, districts of the
// municipalities (重庆渝北, 上海浦东), a 林区, a 盟, the 兵团's 师市, a township and a 街道, a
// GBK page of a Traditional-character mirror; and the figures as such reports write them: years
// and counts in Chinese numerals (二〇二三年, 一百二十件, 两千余人), 分别 lists that spread values and
// changes over several subjects, 其中 breakdowns, 同比/环比 in percentage points, 万元/亿元, 人次/
// 家次/批次, time limits (3至5个工作日), ranks (第3名) and a table written as text. Each passage
// is written as such a report is; each test says what a careful reader takes out, and what not.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { gbk, traditional } from "../../test/helpers/fixtures.ts";
import { facts, metaOf, read, some } from "../../test/helpers/passages.ts";
import { decodeHere } from "../ingest/decode.ts";
import { analyzeDecoded, resolveOptions } from "../pipeline.ts";

describe("an autonomous prefecture's government (恩施土家族苗族自治州)", () => {
  const lines = [
    "恩施土家族苗族自治州人民政府关于2023年度法治政府建设情况的报告",
    "州委、州人大常委会：",
    "2023年，州人民政府深入学习贯彻习近平法治思想，现将有关情况报告如下。",
    "一、2023年推进法治政府建设的主要举措和成效",
    "（一）加强民族区域自治法治保障。推动出台《恩施土家族苗族自治州酉水河保护条例》等单行条例2件，修订自治条例1件。",
    "（二）深化行政复议体制改革。全州各级行政复议机构共收到行政复议申请一百二十件，同比增长18.8%，其中州本级46件、县市74件。",
    "（三）推进公共法律服务。全州两千余名村（社区）法律顾问开展法治讲座3200余场次，受益群众达15.6万人次。",
    "二、存在的不足和原因",
  ];
  test("the prefecture is a city; its regulations, reconsideration and services counted", () => {
    assert.deepEqual(metaOf(lines), {
      issuer: "恩施土家族苗族自治州",
      region: "恩施土家族苗族自治州",
      level: "city",
      year: 2023,
    });
    assert.deepEqual(
      some(lines, ["2件", "1件", "一百二十件", "18.8%", "两千余名", "3200余场次", "15.6万人次"]),
      [
        ["2件", "单行条例数", "legislation.regulations"],
        ["1件", "修订自治条例数", "legislation.regulations"],
        ["一百二十件", "行政复议机构收到行政复议申请数", "reconsideration.applications"],
        ["18.8%", "行政复议机构收到行政复议申请同比增长", null],
        ["两千余名", "村(社区)法律顾问数", "legal_advisers.count"],
        ["3200余场次", "村(社区)法律顾问开展法治讲座场次", "publicity.events"],
        ["15.6万人次", "受益群众人次", "publicity.audience"],
      ],
    );
    // the parts by level are parts: no second total of applications
    const parts = read(lines).facts.filter((f) => f.quote === "46件" || f.quote === "74件");
    assert.deepEqual(
      parts.map((f) => f.indicator),
      [null, null],
    );
    const two = read(lines).facts.find((f) => f.quote === "两千余名");
    assert.deepEqual([two?.value, two?.approx], [2000, "余"]);
  });
});

describe("a county-level city's report (昆山市)", () => {
  const lines = [
    "昆山市2023年法治政府建设年度报告",
    "一、主要举措和成效",
    "（一）优化法治化营商环境。全市政务服务事项网上可办率达99.2%，“一件事一次办”事项增至128项，企业开办时间压缩至0.5个工作日。",
    "（二）规范行政执法行为。全市各执法部门共办理行政处罚案件9,876件，其中适用简易程序3,210件、普通程序6,666件；罚没款金额2.35亿元，同比下降6.4%。",
    "（三）化解行政争议。市人民法院审结以市政府为被告的一审行政诉讼案件58件，行政机关负责人出庭应诉率100%，败诉率3.4%，较上年下降1.2个百分点。",
    "二、存在的不足和原因",
  ];
  test("a 县级市 is a county; 增至 gives the level reached, not an increase", () => {
    assert.deepEqual(metaOf(lines), { issuer: "昆山市", region: "昆山市", level: "county", year: 2023 });
    assert.deepEqual(
      some(lines, ["99.2%", "128项", "9,876件", "2.35亿元", "6.4%", "58件", "100%", "3.4%", "1.2个百分点"]),
      [
        ["99.2%", "政务服务事项网上可办率", null],
        ["128项", "一件事一次办事项数", "services.items"],
        ["9,876件", "各执法部门办理行政处罚案件数", "enforcement.cases"],
        ["2.35亿元", "罚没款金额", "enforcement.fines"],
        ["6.4%", "罚没款金额同比下降", null],
        ["58件", "市人民法院审结以市政府为被告的一审行政诉讼案件数", "litigation.cases"],
        ["100%", "行政机关负责人出庭应诉率", "litigation.head_appearance_rate"],
        ["3.4%", "败诉率", "litigation.loss_rate"],
        ["1.2个百分点", "败诉率较上年下降", null],
      ],
    );
    assert.equal(read(lines).facts.find((f) => f.quote === "2.35亿元")?.value, 235000000);
  });
  test("a time limit (0.5个工作日) is no count; the breakdown's parts are no second total", () => {
    const found = read(lines).facts;
    assert.ok(!found.some((f) => f.quote.includes("0.5")));
    assert.deepEqual(
      found.filter((f) => f.quote === "3,210件" || f.quote === "6,666件").map((f) => f.indicator),
      [null, null],
    );
  });
});

describe("a provincial department (四川省生态环境厅)", () => {
  const lines = [
    "四川省生态环境厅2023年法治政府建设情况报告",
    "一、主要举措和成效",
    "（一）完善生态环境法规制度。配合省人大常委会完成《四川省固体废物污染环境防治条例》等3部地方性法规的立法工作，制定出台规范性文件5件，清理规章和规范性文件42件，其中废止7件、修改3件。",
    "（二）严格生态环境执法。全省生态环境部门共下达行政处罚决定书2,981份，罚没款金额2.06亿元；办理按日连续处罚、查封扣押、限产停产等配套办法案件分别为12件、386件、45件。",
    "（三）推进行政审批改革。将环评审批时限由法定的60个工作日压缩至30个工作日，报告表审批时限压缩至15个工作日。",
    "二、存在的不足",
  ];
  test("the department of the province; 共 before the verb is no part of what was issued", () => {
    assert.deepEqual(metaOf(lines), {
      issuer: "四川省生态环境厅",
      region: "四川省",
      level: "department",
      year: 2023,
    });
    assert.deepEqual(some(lines, ["5件", "42件", "7件", "2,981份", "2.06亿元", "12件", "386件", "45件"]), [
      ["5件", "制定出台规范性文件数", "normative_docs.issued"],
      ["42件", "清理规章和规范性文件数", "normative_docs.cleaned"],
      ["7件", "清理规章和规范性文件废止数", "normative_docs.cleanup_repealed"],
      ["2,981份", "生态环境部门下达行政处罚决定书数", null],
      ["2.06亿元", "罚没款金额", "enforcement.fines"],
      // 分别为 spreads the three numbers over the three kinds of case
      ["12件", "办理按日连续处罚案件数", "enforcement.cases"],
      ["386件", "查封扣押案件数", "enforcement.cases"],
      ["45件", "限产停产等配套办法案件数", "enforcement.cases"],
    ]);
  });
  test("time limits in 工作日 (statutory and reached) are no figures of the work", () => {
    assert.ok(!read(lines).facts.some((f) => /工作日/.test(f.quote) || [60, 30, 15].includes(f.value)));
  });
});

describe("a provincial 市场监管局 (浙江省)", () => {
  const lines = [
    "浙江省市场监督管理局2023年度法治政府建设工作报告",
    "一、2023年法治政府建设主要工作",
    "（一）规范涉企检查。全省市场监管系统开展“双随机、一公开”抽查2.8万批次，检查市场主体13.6万户次，抽查问题发现率8.7%，环比提高1.3个百分点。",
    "（二）强化产品质量监督。组织开展产品质量省级监督抽查4,306批次，不合格批次312批次，不合格率7.2%。",
    "（三）加强执法办案。全省共查处各类违法案件4.1万件，罚没金额5.6亿元，移送司法机关案件213件。",
    "二、存在的问题和不足",
  ];
  test("双随机 checks are random inspections; batches of products sampled for quality are not", () => {
    assert.deepEqual(some(lines, ["2.8万批次", "8.7%", "1.3个百分点", "4,306批次", "4.1万件", "5.6亿元"]), [
      ["2.8万批次", "市场监管系统开展双随机、一公开抽查批次", "enforcement.random_inspections"],
      ["8.7%", "抽查问题发现率", null],
      ["1.3个百分点", "抽查问题发现率环比提高", null],
      // 产品质量 holds 量, but names no count: the batches are still counted (…批次)
      ["4,306批次", "开展产品质量省级监督抽查批次", null],
      ["4.1万件", "查处违法案件数", "enforcement.cases"],
      ["5.6亿元", "罚没金额", "enforcement.fines"],
    ]);
    assert.equal(read(lines).facts.find((f) => f.quote === "1.3个百分点")?.unit, "个百分点");
  });
});

describe("a development zone's 管委会 outside the division list (西安高新区)", () => {
  const lines = [
    "西安高新技术产业开发区管理委员会2023年法治政府建设情况报告",
    "一、主要举措和成效",
    "（一）规范重大行政决策。全年管委会主任办公会议审议重大行政决策事项9项，均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。",
    "（二）推进合法性审查。管委会法制机构审查合同协议316份，审查规范性文件13件，提出法律意见建议420余条。",
    "二、存在的不足和原因",
  ];
  test("the zone reports at a county's level, with no region of the list", () => {
    assert.deepEqual(metaOf(lines), {
      issuer: "西安高新技术产业开发区管理委员会",
      region: null,
      level: "county",
      year: 2023,
    });
    assert.deepEqual(some(lines, ["9项", "13件"]), [
      ["9项", "管委会主任办公会议审议重大行政决策事项数", "decisions.made"],
      ["13件", "审查规范性文件数", "normative_docs.legality_reviews"],
    ]);
  });
  test("a zone's implementation plan: measures with lead and cooperating units and deadlines", () => {
    const plan = read([
      "都匀经济开发区管委会关于印发《都匀经济开发区法治政府建设实施方案（2021—2025年）》的通知",
      "各部门：",
      "现将《都匀经济开发区法治政府建设实施方案（2021—2025年）》印发给你们，请认真贯彻执行。",
      "一、依法全面履行政府职能",
      "（一）推进政府机构职能优化协同高效。全面实行政府权责清单制度，2022年6月底前完成权责清单动态调整。（牵头单位：党政办；配合单位：各部门）",
      "（二）深入推进“放管服”改革。推行“一件事一次办”，企业开办时间压缩至1个工作日以内。（牵头单位：政务服务中心；配合单位：市场监管分局、税务分局，2023年底前完成）",
      "（三）加强和规范事中事后监管。二〇二二年底前实现“双随机、一公开”监管全覆盖。（牵头单位：市场监管分局、综合执法局按职责分工负责）",
    ]);
    assert.deepEqual([plan.meta.kind, plan.meta.level], ["plan", "county"]);
    assert.deepEqual(
      plan.measures.map((m) => [m.lead, m.cooperate, m.due?.date ?? null]),
      [
        [["党政办"], ["各部门"], "2022-06-30"],
        [["政务服务中心"], ["市场监管分局", "税务分局"], "2023-12-31"],
        // a deadline with its year in Chinese numerals
        [["市场监管分局", "综合执法局"], [], "2022-12-31"],
      ],
    );
  });
});

describe("a municipality's district (重庆市渝北区)", () => {
  const lines = [
    "重庆市渝北区人民政府关于2023年法治政府建设情况的报告",
    "一、主要举措和成效",
    "（一）推进严格规范公正文明执法。全区开展行政执法案卷评查2次，评查案卷360卷，评出优秀案卷42卷。",
    "（二）深化“大综合一体化”行政执法改革。全区19个镇街均组建综合行政执法大队，每个镇街配备执法人员不少于10名。",
    "（三）强化基层法治。全区建成市级民主法治示范村（社区）23个、区级示范村（社区）86个。",
    "二、存在的不足和原因",
  ];
  test("the district of 重庆 is a county; 镇街 are places named by what each did", () => {
    assert.deepEqual(metaOf(lines), { issuer: "渝北区", region: "渝北区", level: "county", year: 2023 });
    assert.deepEqual(facts(lines), [
      ["2次", "开展行政执法案卷评查次数", null],
      ["360卷", "评查案卷数", "enforcement.case_file_reviews"],
      ["42卷", "评出优秀案卷数", null],
      // 镇街 is 镇 and 街道: 19 places that each set up a team, not 19 teams; a floor per place
      // (不少于10名) is no figure reached
      ["19个", "组建综合行政执法大队镇街数", null],
      ["23个", "建成市级民主法治示范村(社区)数", "publicity.demo_villages"],
      ["86个", "建成区级示范村(社区)数", "publicity.demo_villages"],
    ]);
  });
});

describe("a municipality's new area (上海市浦东新区)", () => {
  const lines = [
    "上海市浦东新区2023年法治政府建设情况报告",
    "一、主要举措和成效",
    "（一）推进浦东新区法规实施。全年配合市人大常委会制定浦东新区法规6部，区政府制定管理措施4件。",
    "（二）行政复议。区行政复议局全年收到行政复议申请3,142件，受理2,870件，审结2,715件，审结率94.6%。其中，撤销、变更、确认违法、责令履行等纠错决定共计198件，纠错率7.3%。",
    "二、存在的不足",
  ];
  test("纠错决定 after a reconsideration sentence are corrected cases", () => {
    assert.deepEqual(metaOf(lines), { issuer: "浦东新区", region: "浦东新区", level: "county", year: 2023 });
    assert.deepEqual(some(lines, ["6部", "3,142件", "2,870件", "2,715件", "198件", "7.3%"]), [
      ["6部", "配合市人大常委会制定浦东新区法规数", "legislation.regulations"],
      ["3,142件", "区行政复议局收到行政复议申请数", "reconsideration.applications"],
      ["2,870件", "区行政复议局收到行政复议申请受理数", "reconsideration.received"],
      ["2,715件", "区行政复议局收到行政复议申请审结数", "reconsideration.closed"],
      ["198件", "纠错决定数", "reconsideration.corrected"],
      ["7.3%", "纠错率", "reconsideration.correction_rate"],
    ]);
  });
});

describe("a year and counts in Chinese numerals (二〇二三年度沁源县)", () => {
  const lines = [
    "二〇二三年度沁源县法治政府建设情况报告",
    "二〇二三年，沁源县人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。",
    "一、主要工作",
    "（一）全县共排查矛盾纠纷一千三百四十二件，调解成功一千三百一十件，调解成功率97.6%。",
    "（二）组织全县一千八百余名国家工作人员参加学法考试，参考率100%。",
    "二、存在的不足",
  ];
  test("the year is the report's, no figure; the counts in words are", () => {
    assert.deepEqual(metaOf(lines), { issuer: "沁源县", region: "沁源县", level: "county", year: 2023 });
    assert.deepEqual(
      read(lines).facts.map((f) => [f.quote, f.value, f.indicator]),
      [
        ["一千三百四十二件", 1342, "mediation.disputes"],
        ["一千三百一十件", 1310, "mediation.successes"],
        ["97.6%", 97.6, "mediation.success_rate"],
        ["一千八百余名", 1800, "exams.participants"],
        ["100%", 100, "exams.participation_rate"],
      ],
    );
  });
});

describe("分别 over several subjects (某县)", () => {
  const lines = [
    "某县2023年法治政府建设年度报告",
    "一、主要举措和成效",
    "（一）行政复议和应诉。全年新收行政复议案件、行政诉讼案件分别为45件、37件，同比分别增长12.5%、下降7.5%。",
    "（二）普法宣传。县司法局、县教育局、县卫健局分别开展普法活动36场、28场、19场。",
    "二、存在的不足",
  ];
  test("each number its own subject; a change of its own direction (增长…、下降…) is of its own subject", () => {
    assert.deepEqual(facts(lines), [
      ["45件", "新收行政复议案件数", "reconsideration.received"],
      ["37件", "行政诉讼案件数", "litigation.cases"],
      ["12.5%", "新收行政复议案件同比增长", null],
      ["7.5%", "行政诉讼案件同比下降", null],
      ["36场", "县司法局开展普法活动场数", "publicity.events"],
      ["28场", "县教育局开展普法活动场数", "publicity.events"],
      ["19场", "县卫健局开展普法活动场数", "publicity.events"],
    ]);
  });
  test("the same direction for both keeps the one after 分别", () => {
    const same = facts([
      lines[0],
      lines[1],
      "全年新收行政复议案件、行政诉讼案件分别为45件、37件，同比分别增长12.5%、8.8%。",
      "",
    ]);
    assert.deepEqual(
      same.slice(2).map((f) => f[1]),
      ["新收行政复议案件同比增长", "行政诉讼案件同比增长"],
    );
  });
});

describe("项 counts with 其中 breakdowns (某市)", () => {
  const lines = [
    "某市2023年法治政府建设情况报告",
    "一、主要举措和成效",
    "（一）深化“放管服”改革。全年取消、下放和调整行政许可事项86项，其中取消12项、下放58项、调整16项。",
    "（二）梳理权责清单。编制市级部门权责清单事项5,132项，其中行政许可287项、行政处罚3,416项、行政强制156项。",
    "二、存在的不足",
  ];
  test("the totals map; each part is named by the total and its own kind, and maps to none", () => {
    assert.deepEqual(facts(lines), [
      ["86项", "取消、下放和调整行政许可事项数", "services.items"],
      ["12项", "取消、下放和调整行政许可事项取消数", null],
      ["58项", "取消、下放和调整行政许可事项下放数", null],
      ["16项", "取消、下放和调整行政许可事项调整数", null],
      ["5,132项", "编制市级部门权责清单事项数", "services.items"],
      ["287项", "编制市级部门权责清单事项行政许可数", null],
      ["3,416项", "编制市级部门权责清单事项行政处罚数", null],
      ["156项", "编制市级部门权责清单事项行政强制数", null],
    ]);
  });
});

describe("ranks (第3名, 排名第二) and time limits (3至5个工作日)", () => {
  test("a rank is no count of people or things", () => {
    const lines = [
      "某市2023年法治政府建设年度报告",
      "一、主要举措和成效",
      "在全省2022年度法治政府建设考核中位列第3名，较上年前进5个位次。在全省营商环境评价中排名第二。",
      "全年办理行政复议案件210件。",
      "二、存在的不足",
    ];
    const found = read(lines).facts;
    assert.ok(!found.some((f) => f.quote === "3名" || f.quote.includes("第")));
    // the move up the ranking is no indicator of any work
    assert.deepEqual(
      found.map((f) => [f.quote, f.indicator]),
      [
        ["5个", null],
        ["210件", "reconsideration.cases"],
      ],
    );
  });
  test("a time limit with a range is no figure; the count beside it is", () => {
    const lines = [
      "某区行政审批服务局2023年法治政府建设工作报告",
      "一、主要工作成效",
      "推行“承诺即开工”审批模式，一般工业项目审批时限压缩至3至5个工作日；全年共办理各类审批事项2.3万件，办件提前办结率92.1%。",
      "二、存在的不足",
    ];
    assert.equal(read(lines).meta.level, "department");
    assert.deepEqual(facts(lines), [
      ["2.3万件", "办理审批事项数", null],
      ["92.1%", "办件提前办结率", null],
    ]);
  });
});

describe("人次, 家次 and 批次 (某县卫生健康局)", () => {
  test("each counted in its own unit; a health body's own inspections are no 双随机 count", () => {
    const lines = [
      "某县卫生健康局2023年法治政府建设年度报告",
      "一、主要举措和成效",
      "全年出动卫生监督执法人员4,236人次，监督检查医疗机构1,862家次，抽检生活饮用水样品120批次，立案查处违法案件68件，罚没款27.6万元。",
      "二、存在的不足",
    ];
    assert.deepEqual(
      read(lines).facts.map((f) => [f.quote, f.subject, f.unit, f.indicator]),
      [
        ["4,236人次", "出动卫生监督执法人员人次", "人次", null],
        ["1,862家次", "监督检查医疗机构数", "家次", null],
        ["120批次", "抽检生活饮用水样品批次", "批次", null],
        ["68件", "立案查处违法案件数", "件", "enforcement.cases"],
        ["27.6万元", "罚没款", "元", "enforcement.fines"],
      ],
    );
  });
});

describe("a table written as text, this year beside last (某县)", () => {
  test("this year's column maps; last year's and the change column do not", () => {
    const lines = [
      "某县2023年法治政府建设年度报告",
      "一、主要举措和成效",
      "表1 2023年全县行政复议和行政诉讼情况",
      "单位：件",
      "项目          2023年     2022年     增减",
      "行政复议收案   126        98        +28",
      "行政复议纠错   11         9         +2",
      "行政诉讼收案   73         81        -8",
      "二、存在的不足",
    ];
    assert.deepEqual(
      read(lines).facts.map((f) => [f.quote, f.value, f.subject, f.indicator]),
      [
        ["126", 126, "行政复议收案(2023年)", "reconsideration.received"],
        ["98", 98, "行政复议收案(2022年)", null],
        ["+28", 28, "行政复议收案(增减)", null],
        ["11", 11, "行政复议纠错(2023年)", "reconsideration.corrected"],
        ["9", 9, "行政复议纠错(2022年)", null],
        ["+2", 2, "行政复议纠错(增减)", null],
        ["73", 73, "行政诉讼收案(2023年)", "litigation.cases"],
        ["81", 81, "行政诉讼收案(2022年)", null],
        ["-8", -8, "行政诉讼收案(增减)", null],
      ],
    );
  });
});

describe("a Traditional-character copy (二〇二三年度永和縣)", () => {
  const lines = [
    "二〇二三年度永和縣法治政府建設年度報告",
    "二〇二三年，永和縣人民政府堅持以習近平新時代中國特色社會主義思想為指導，全面推進依法行政。",
    "一、主要舉措和成效",
    "（一）全年共受理行政複議案件一百零六件，審結九十八件，糾錯率百分之十二點二。",
    "（二）全縣建成公共法律服務工作站二十三個，法律援助案件辦理量同比增長百分之八。",
    "二、存在的不足",
  ];
  test("read as its Simplified original: percent in words, 個 as 个", () => {
    const record = read(lines);
    assert.deepEqual(
      [record.meta.issuer, record.meta.level, record.meta.year, record.meta.script],
      ["永和县", "county", 2023, "traditional"],
    );
    assert.deepEqual(
      record.facts.map((f) => [f.quote, f.value, f.unit, f.indicator]),
      [
        ["一百零六件", 106, "件", "reconsideration.received"],
        ["九十八件", 98, "件", "reconsideration.closed"],
        ["百分之十二點二", 12.2, "%", "reconsideration.correction_rate"],
        ["二十三個", 23, "个", "legal_services.platforms"],
        ["百分之八", 8, "%", null],
      ],
    );
  });
});

test("a GBK page of a Traditional mirror, with its site's furniture (恩施市)", async () => {
  const body = [
    "恩施市2023年法治政府建设年度报告",
    "2023年，恩施市坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。",
    "一、主要举措和成效",
    "（一）全市共收到行政复议申请一百二十件，受理一百零六件，审结九十八件，纠错率12.2%。",
    "（二）全市法律援助案件办理量同比增长8%，为受援人挽回经济损失1,260余万元。",
    "二、存在的不足和原因",
  ];
  const html = [
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">',
    `<title>${traditional(body[0])}_恩施市人民政府</title></head><body>`,
    '<div class="top"><a href="/">首頁</a> | <a href="/jt/">简体版</a> | 繁體版 | <a href="/wza/">無障礙</a></div>',
    '<div class="crumb">當前位置：首頁 &gt; 政務公開 &gt; 法治政府建設</div>',
    `<div class="content">${body.map((l) => `<p>${traditional(l)}</p>`).join("\n")}</div>`,
    '<div class="foot">主辦：恩施市人民政府辦公室 版權所有</div></body></html>',
  ].join("\n");
  const bytes = gbk(html);
  const options = resolveOptions();
  const decoded = await decodeHere(bytes, "page.html", options.limits);
  assert.ok(!("needsOcr" in decoded));
  const record = analyzeDecoded(bytes, "page.html", decoded, options);
  assert.equal(record.source.charset, "gb18030");
  assert.deepEqual(
    [record.meta.region, record.meta.level, record.meta.year, record.meta.script],
    ["恩施市", "county", 2023, "traditional"],
  );
  assert.deepEqual(
    record.facts.map((f) => [record.text.slice(f.start, f.end), f.value, f.indicator]),
    [
      ["一百二十件", 120, "reconsideration.applications"],
      ["一百零六件", 106, "reconsideration.received"],
      ["九十八件", 98, "reconsideration.closed"],
      ["12.2%", 12.2, "reconsideration.correction_rate"],
      ["8%", 8, null],
      ["1,260餘萬元", 12600000, "legal_aid.recovered"],
    ],
  );
});

describe("people counted by what they did (某镇)", () => {
  test("两千余人参加… is a number of people (…人数); 百余场, 五千余份 in words", () => {
    const lines = [
      "某镇2023年法治政府建设工作报告",
      "一、主要做法",
      "全镇两千余人参加民法典专题宣讲，开展法律进乡村活动百余场，发放宣传册五千余份，接待群众法律咨询三百八十余人次。",
      "二、存在问题",
    ];
    assert.equal(read(lines).meta.level, "township");
    assert.deepEqual(
      read(lines).facts.map((f) => [f.quote, f.subject, f.value, f.indicator]),
      [
        ["两千余人", "参加民法典专题宣讲人数", 2000, null],
        ["百余场", "开展法律进乡村活动场数", 100, "publicity.events"],
        ["五千余份", "发放宣传册数", 5000, "publicity.materials"],
        ["三百八十余人次", "接待群众法律咨询人次", 380, "legal_services.consultations"],
      ],
    );
  });
});

describe("a figure for each grass-roots place (各乡镇…配备…2名)", () => {
  const lines = [
    "某县司法局2023年法治政府建设年度报告",
    "一、主要举措和成效",
    "各乡镇司法所配备专职人民调解员2名，每个村（社区）配备法律明白人3名。全县共培养“法律明白人”1,860名。",
    "二、存在的不足",
  ];
  test("各 before a place and a verb of staffing is each of them, as 每个 is: no total", () => {
    assert.deepEqual(facts(lines), [
      ["2名", "每个乡镇司法所配备专职人民调解员数", null],
      ["3名", "每个村(社区)配备法律明白人数", null],
      ["1,860名", "培养法律明白人数", null],
    ]);
  });
  test("a total of them (共, 合计) and 各级/各部门 stay totals", () => {
    const head = [lines[0], lines[1]];
    assert.deepEqual(facts([...head, "全县各乡镇共配备专职人民调解员86名。", ""]), [
      ["86名", "各乡镇配备专职人民调解员数", "mediation.mediators"],
    ]);
    assert.deepEqual(
      facts([...head, "各乡镇（街道）配备法律顾问合计26名。", ""])[0][2],
      "legal_advisers.count",
    );
    assert.deepEqual(
      facts([...head, "各部门设立公平竞争审查联络员56名。", ""])[0][1],
      "各部门设立公平竞争审查联络员数",
    );
    assert.deepEqual(facts([...head, "各村（社区）明确1名法治联络员。", ""]), [
      ["1名", "每个村(社区)法治联络员数", null],
    ]);
  });
});

describe("the 兵团's 师市 and a 盟 (石河子, 锡林郭勒)", () => {
  test("the 师市's figures as a county's; 全师市 is the scope, no part of what is counted", () => {
    const lines = [
      "新疆生产建设兵团第八师石河子市2023年法治政府建设情况报告",
      "一、主要举措和成效",
      "全师市共办理法律援助案件1,024件，为受援人挽回经济损失3,862.4万元；开展“八五”普法宣传活动420场次。",
      "二、存在的不足和原因",
    ];
    assert.deepEqual(metaOf(lines).level, "county");
    assert.deepEqual(
      read(lines).facts.map((f) => [f.quote, f.subject, f.value, f.indicator]),
      [
        ["1,024件", "办理法律援助案件数", 1024, "legal_aid.cases"],
        ["3,862.4万元", "受援人挽回经济损失金额", 38624000, "legal_aid.recovered"],
        ["420场次", "开展八五普法宣传活动场次", 420, "publicity.events"],
      ],
    );
    // 全师生 are teachers and students, 全团队 a team: no 师 or 团 of the 兵团
    const school = read([lines[0], lines[1], "全师生1200余人参加宪法晨读。", ""]).facts;
    assert.equal(school[0].subject, "全师生数");
  });
  test("a 盟 is a city; 旗县市(区) and 苏木乡镇(街道) are places named by what they set up", () => {
    const lines = [
      "锡林郭勒盟行政公署2023年法治政府建设情况报告",
      "一、主要举措和成效",
      "全盟12个旗县市（区）全部建成公共法律服务中心，75个苏木乡镇（街道）建成公共法律服务工作站；全年办理公证事项8,316件，司法鉴定案件1,205件。",
      "二、存在的不足",
    ];
    assert.deepEqual(metaOf(lines), {
      issuer: "锡林郭勒盟",
      region: "锡林郭勒盟",
      level: "city",
      year: 2023,
    });
    assert.deepEqual(facts(lines), [
      // 12 places with a centre each, not 12 centres: no count of platforms
      ["12个", "建成公共法律服务中心旗县市(区)数", null],
      ["75个", "建成公共法律服务工作站苏木乡镇(街道)数", null],
      ["8,316件", "办理公证事项数", "notarization.cases"],
      ["1,205件", "司法鉴定案件数", null],
    ]);
  });
});

describe("amounts in 亿元 and 万元 with 余 (某市审计局)", () => {
  test("each amount in 元; 3.2亿余元 is about 3.2亿", () => {
    const lines = [
      "某市审计局2023年法治政府建设工作报告",
      "一、主要举措和成效",
      "全年完成审计项目48个，查出违规金额1.86亿元、管理不规范金额3.2亿余元，促进整改到位资金9,560余万元，移送问题线索15件。",
      "二、存在的不足",
    ];
    assert.deepEqual(
      read(lines).facts.map((f) => [f.quote, f.value, f.approx, f.indicator]),
      [
        ["48个", 48, null, "audit.projects"],
        ["1.86亿元", 186000000, null, "audit.amount"],
        // what was badly managed is no violation found
        ["3.2亿余元", 320000000, "余", null],
        ["9,560余万元", 95600000, "余", null],
        ["15件", 15, null, null],
      ],
    );
  });
});

describe("同比 and 环比 beside rates (某市12345热线)", () => {
  test("a rate's change in percentage points is of that rate", () => {
    const lines = [
      "某市12345政务服务便民热线2023年法治政府建设工作报告",
      "一、主要举措和成效",
      "全年受理群众诉求128.6万件，同比增长15.3%；按时办结率99.1%，同比提高0.8个百分点；群众满意率96.5%，环比上升1.1个百分点。",
      "二、存在的不足",
    ];
    assert.deepEqual(
      read(lines).facts.map((f) => [f.quote, f.subject, f.unit]),
      [
        ["128.6万件", "受理群众诉求数", "件"],
        ["15.3%", "群众诉求同比增长", "%"],
        ["99.1%", "按时办结率", "%"],
        ["0.8个百分点", "按时办结率同比提高", "个百分点"],
        ["96.5%", "群众满意率", "%"],
        ["1.1个百分点", "群众满意率环比上升", "个百分点"],
      ],
    );
  });
});

describe("a provincial 司法厅 (湖南省)", () => {
  test("legislation and reconsideration of the whole province; filings parted by their source", () => {
    const lines = [
      "湖南省司法厅2023年法治政府建设年度报告",
      "一、主要举措和成效",
      "（一）加强行政立法。全年提请省政府审议地方性法规草案8件，制定省政府规章5件，审核规范性文件备案137件，其中省政府部门62件、市州政府75件。",
      "（二）全省各级行政复议机关共办理行政复议案件2.1万件，较上年增长41.2%，办结率95.4%，直接纠错率14.8%。",
      "二、存在的不足和原因",
    ];
    assert.deepEqual(metaOf(lines), {
      issuer: "湖南省司法厅",
      region: "湖南省",
      level: "department",
      year: 2023,
    });
    assert.deepEqual(facts(lines), [
      ["8件", "提请省政府审议地方性法规草案数", "legislation.regulations"],
      ["5件", "制定省政府规章数", "legislation.regulations"],
      ["137件", "审核规范性文件备案数", "normative_docs.filings"],
      // the parts by where the documents came from: documents, not departments, and no second total
      ["62件", "审核规范性文件备案省政府部门数", null],
      ["75件", "审核规范性文件备案市州政府数", null],
      ["2.1万件", "行政复议机关办理行政复议案件数", "reconsideration.cases"],
      ["41.2%", "行政复议机关办理行政复议案件较上年增长比例", null],
      ["95.4%", "行政复议机关办理行政复议案件办结率", null],
      ["14.8%", "直接纠错率", "reconsideration.correction_rate"],
    ]);
  });
});

test("filings parted by kinds of document: each kind was filed too, no review of its own (湖南省司法厅)", () => {
  const lines = [
    "湖南省司法厅2023年法治政府建设年度报告",
    "一、主要举措和成效",
    "全年审核规范性文件备案137件，其中省政府部门规范性文件62件、市州政府规范性文件75件。报送规范性文件备案12件，其中涉企规范性文件5件。",
    "二、存在的不足和原因",
  ];
  assert.deepEqual(facts(lines), [
    ["137件", "审核规范性文件备案数", "normative_docs.filings"],
    ["62件", "审核省政府部门规范性文件备案数", "normative_docs.filings"],
    ["75件", "审核市州政府规范性文件备案数", "normative_docs.filings"],
    ["12件", "报送规范性文件备案数", "normative_docs.filings"],
    // the step carried as the list's verb is written once
    ["5件", "涉企规范性文件备案数", "normative_docs.filings"],
  ]);
  // a clean-up names no step after its thing: its parts are cleaned documents
  assert.deepEqual(facts([lines[0], lines[1], "全年清理规范性文件88件，其中涉企规范性文件21件。", ""])[1], [
    "21件",
    "清理涉企规范性文件数",
    "normative_docs.cleaned",
  ]);
});

describe("a county-level city in an autonomous prefecture (都匀市)", () => {
  test("a time limit moved from the statutory days is no figure; an average per errand maps to none", () => {
    const lines = [
      "都匀市2023年法治政府建设年度报告",
      "一、主要举措和成效",
      "全面推行证明事项告知承诺制，取消证明事项48项，政务服务事项平均办理时限由法定的20个工作日压缩至5个工作日以内，群众办事平均跑动次数降至0.3次。",
      "二、存在的不足",
    ];
    assert.deepEqual(metaOf(lines), { issuer: "都匀市", region: "都匀市", level: "county", year: 2023 });
    assert.deepEqual(facts(lines), [
      ["48项", "取消证明事项数", "services.items"],
      ["0.3次", "群众办事平均跑动次数", null],
    ]);
  });
});

describe("a document number and a plan's task count (某自治县)", () => {
  test("〔2023〕12号 is no figure; tasks set and done are", () => {
    const lines = [
      "某自治县2023年法治政府建设年度报告",
      "一、主要举措和成效",
      "县政府印发《某自治县2023年法治政府建设工作要点》（某政办发〔2023〕12号），明确年度重点任务32项，已完成30项，完成率93.8%。",
      "二、存在的不足",
    ];
    assert.deepEqual(
      read(lines).facts.map((f) => f.quote),
      ["32项", "30项", "93.8%"],
    );
  });
});

describe("a 林区's report (神农架林区)", () => {
  test("the 林区 is a county; 160余件(套) counts the tools", () => {
    const lines = [
      "神农架林区2023年法治政府建设情况报告",
      "一、主要举措和成效",
      "开展林区生态环境保护专项执法行动6次，查处破坏森林资源案件23起，收缴非法猎捕野生动物工具160余件（套）。",
      "二、存在的不足",
    ];
    assert.deepEqual(metaOf(lines), {
      issuer: "神农架林区",
      region: "神农架林区",
      level: "county",
      year: 2023,
    });
    assert.deepEqual(facts(lines), [
      ["6次", "开展林区生态环境保护专项执法行动次数", null],
      ["23起", "查处破坏森林资源案件数", "enforcement.cases"],
      ["160余件", "收缴非法猎捕野生动物工具数", null],
    ]);
  });
});

describe("a 街道办事处's report with figures per period (每月, 每季度)", () => {
  test("once a month is a routine, no count; the year's disputes are", () => {
    const lines = [
      "某街道办事处2023年法治政府建设工作报告",
      "一、主要工作",
      "每月组织开展矛盾纠纷排查1次，全年共排查矛盾纠纷236件，化解230件，化解率97.5%。每季度召开法治建设专题会议1次。",
      "二、存在的问题",
    ];
    assert.equal(read(lines).meta.level, "township");
    assert.deepEqual(facts(lines), [
      ["236件", "排查矛盾纠纷数", "mediation.disputes"],
      ["230件", "排查矛盾纠纷化解数", "mediation.successes"],
      ["97.5%", "排查矛盾纠纷化解率", "mediation.success_rate"],
    ]);
  });
});

describe("the same shapes in other words (a check that the rules above are no one passage's)", () => {
  const head = ["某区2023年法治政府建设年度报告", "一、主要举措和成效"];
  test("three numbers, three directions after 分别; a petition case beside reconsideration is a petition's", () => {
    assert.deepEqual(
      facts([
        ...head,
        "全年受理行政复议、行政诉讼、信访案件分别为45件、37件、120件，同比分别增长5.2%、下降3.1%、增长12%。",
        "",
      ]),
      [
        ["45件", "受理行政复议案件数", "reconsideration.received"],
        ["37件", "行政诉讼案件数", "litigation.cases"],
        ["120件", "信访案件数", "petitions.cases"],
        ["5.2%", "受理行政复议案件同比增长", null],
        ["3.1%", "行政诉讼案件同比下降", null],
        ["12%", "信访案件同比增长", null],
      ],
    );
  });
  test("各社区 with a range per place; 共建成 is a total; 镇街 named by what all did", () => {
    assert.deepEqual(
      facts([
        ...head,
        "全区各镇街共建成调解室126个，各社区配备专职网格员2至3名。全区12个镇街全部设立公共法律服务站。",
        "",
      ]),
      [
        ["126个", "各镇街建成调解室数", "mediation.organizations"],
        ["2至3名", "每个社区配备专职网格员数", null],
        ["12个", "设立公共法律服务站镇街数", null],
      ],
    );
  });
  test("an enforcement supervisor's 纠错决定书 are no reconsideration's", () => {
    assert.deepEqual(facts([...head, "区司法局开展行政执法监督，下达行政执法监督纠错决定书12份。", ""]), [
      ["12份", "下达行政执法监督纠错决定书数", "enforcement.oversight_notices"],
    ]);
  });
});

describe("petitions and 共建 spoken of beside a count that is not theirs", () => {
  const head = ["某区2023年法治政府建设年度报告", "一、主要举措和成效"];
  test("信访 in the words after a reconsideration count leaves it the reconsideration's", () => {
    // the brackets after the number say where some cases came from; 118 are still cases received
    assert.deepEqual(
      facts([
        ...head,
        "全年受理行政复议案件118件（其中由信访转入23件），审结行政复议案件102件（含信访转入的9件）。",
        "",
      ]).slice(0, 1),
      [["118件", "受理行政复议案件数", "reconsideration.received"]],
    );
    assert.deepEqual(facts([...head, "全年审结行政复议案件102件（含信访转入的9件）。", ""]).slice(0, 1), [
      ["102件", "审结行政复议案件数", "reconsideration.closed"],
    ]);
  });
  test("共建立法联系点 is built together: 共 stays, 立法 is not 建立's", () => {
    assert.deepEqual(
      facts([...head, "区人大常委会与我区共建立法联系点5个，全区共建立法律顾问工作室18个。", ""]),
      [
        ["5个", "区人大常委会与我区共建立法联系点数", null],
        ["18个", "建立法律顾问工作室数", null],
      ],
    );
  });
});
