// Meta read from shapes of real pages the seeds do not have: a title broken over lines, a
// township named with 和, an information box naming the issuer, a two-character county name
// inside ordinary words (示范县, 提高县级).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../pipeline.ts";
import { kindOfTitle } from "./kind.ts";
import { findRegions } from "./regions.ts";

const source = { path: "t.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const analyze = (text: string) => analyzeText(text, source);
const names = (s: string) => findRegions(s).map((m) => m.region.name);

describe("two-character county names", () => {
  test("inside ordinary words they name no county", () => {
    assert.deepEqual(names("以创成全国法治政府建设示范县为起点"), []);
    assert.deepEqual(names("着力提高县级执法水平,完成县域治理任务,加强清单县级管理"), []);
    assert.deepEqual(names("组织各部门和县直单位开展培训"), []);
  });
  test("at a line's start, after a larger division or a preposition they do", () => {
    assert.deepEqual(names("范县2023年法治政府建设情况报告"), ["范县"]);
    assert.deepEqual(names("河南省濮阳市范县人民政府"), ["河南省", "濮阳市", "范县"]);
    assert.deepEqual(names("赴高县开展调研,中共泾县县委"), ["高县", "泾县"]);
  });
  test("a progress table that speaks of a 示范县 has no region from it", () => {
    const record = analyze(
      [
        "2023年重点工作目标任务进展情况表",
        "序号 | 目标与任务 | 牵头责任单位 | 完成情况 |",
        "83 | 以创成全国法治政府建设示范县为起点,明确法治建设任务清单。 | 县司法局 | 已完成 |",
      ].join("\n"),
    );
    assert.notEqual(record.meta.region, "范县");
  });
});

describe("titles and issuers of unseen shapes", () => {
  test("a title broken over two lines, under its issuer's line", () => {
    const record = analyze(
      [
        "泾县人民政府办公室",
        "关于印发泾县2021年度法治政府建设",
        "工作要点的通知",
        "各乡镇人民政府,县直有关单位:",
        "《泾县2021年度法治政府建设工作要点》已经县政府同意,现印发给你们,请认真贯彻执行。",
      ].join("\n"),
    );
    assert.equal(record.meta.title, "泾县人民政府办公室关于印发泾县2021年度法治政府建设工作要点的通知");
    assert.equal(record.meta.kind, "plan");
    assert.equal(record.meta.region, "泾县");
  });
  test("a report's title broken before 情况的报告", () => {
    const record = analyze(
      ["关于2024年度法治政府建设", "情况的报告", "2024年,我县坚持依法行政,全年召开常务会议学法4次。"].join(
        "\n",
      ),
    );
    assert.equal(record.meta.title, "关于2024年度法治政府建设情况的报告");
    assert.equal(record.meta.kind, "report");
  });
  test("a township named with 和 issues on the line above 关于…的报告", () => {
    const record = analyze(
      ["永和乡人民政府", "关于2024年度法治政府建设工作的报告", "2024年,我乡深入推进依法行政。"].join("\n"),
    );
    assert.equal(record.meta.title, "永和乡人民政府关于2024年度法治政府建设工作的报告");
    assert.equal(record.meta.issuer, "永和乡");
    assert.equal(record.meta.level, "township");
  });
  test("the information box names the issuer; the salutation names whom it reports to", () => {
    const record = analyze(
      [
        "- 索 引 号: 001-2025-00003",
        "- 发布机构: 白沙镇人民政府",
        "- 公文生成日期: 2025-02-07",
        "中共泾县委员会,泾县人民政府:",
        "2024年,白沙镇法治政府建设工作在县委、县政府的指导下扎实推进。现将有关情况报告如下:",
        "一、2024年度推进法治政府建设的主要举措和成效",
      ].join("\n"),
    );
    assert.equal(record.meta.issuer, "白沙镇");
    assert.equal(record.meta.level, "township");
  });
  test("a report without a title: the opening sentence's subject after the year issues", () => {
    const dept = analyze(
      [
        "2024年,省司法厅坚持以习近平法治思想为指导,紧紧围绕《甘肃省法治政府建设实施方案(2021-2025年)》要求,推进法治政府建设。",
        "一、坚持党的全面领导",
        "一是抓好理论学习。举办专题培训班2期。",
      ].join("\n"),
    );
    assert.equal(dept.meta.issuer, "甘肃省司法厅");
    assert.equal(dept.meta.level, "department");
    const town = analyze(
      [
        "2024年,白沙镇法治政府建设工作在县委、县政府的指导下扎实推进,现将有关情况报告如下。",
        "一、主要举措",
      ].join("\n"),
    );
    assert.equal(town.meta.issuer, "白沙镇");
    assert.equal(town.meta.level, "township");
  });
  test("a place inside a 《title》 of the opening sentence is not its subject", () => {
    const record = analyze(
      [
        "2024年,区政府办公室坚持以习近平法治思想为指导,严格落实《四川省法治政府建设实施方案(2021—2025年)》,现将我办2024年度法治政府建设情况报告如下:",
        "一、主要举措和成效",
        "对照《青羊区法治政府建设应知应会手册》开展专题学习31次,办理《青羊区2024年普法责任清单》所列事项。",
      ].join("\n"),
    );
    assert.notEqual(record.meta.region, "四川省");
  });
  test("a signature date written with dots is the report's date", () => {
    const record = analyze(
      [
        "关于石门镇2024年法治政府建设情况的报告",
        "2024年,石门镇深入推进依法行政。",
        "一、主要做法",
        "石门镇人民政府",
        "2025.1.20",
      ].join("\n"),
    );
    assert.equal(record.meta.published, "2025-01-20");
  });
  test("an information box drawn with bars: its publication date, not its signing date", () => {
    const record = analyze(
      [
        "发文字号 | 酒政发〔2025〕12号 | 主题分类 | 政府工作 |",
        "成文日期 | 2025-03-13 | 发布日期 | 2025-03-30 |",
        "酒泉市人民政府关于2024年度法治政府建设情况的报告",
        "2024年,酒泉市深入推进依法行政,法治政府建设取得新成效。现将有关情况报告如下。",
        "一、主要举措和成效",
      ].join("\n"),
    );
    assert.equal(record.meta.published, "2025-03-30");
    assert.equal(record.meta.title, "酒泉市人民政府关于2024年度法治政府建设情况的报告");
  });
  test("a commentary that names a report after its colon is no report", () => {
    assert.equal(kindOfTitle("区政府常务会议议题解读:关于2024年度法治建设工作情况的汇报"), "other");
    assert.equal(kindOfTitle("图解：某某县2024年度法治政府建设情况报告"), "other");
    assert.equal(kindOfTitle("某某县2024年度法治政府建设情况报告"), "report");
  });
  test("a government's general office reporting on its own work is a department of that area", () => {
    const named = analyze(
      [
        "滨江区政府办公室关于2024年度法治政府建设工作情况的报告",
        "2024年,区政府办公室坚持以习近平法治思想为指导,全年审核以区政府名义印发的规范性文件12件。",
        "一、主要举措和成效",
      ].join("\n"),
    );
    assert.equal(named.meta.region, "滨江区");
    assert.equal(named.meta.level, "department");
    assert.equal(named.meta.issuer, "滨江区政府办公室");
    // named by its level only, the area from the text (not 滨江区区政府办公室)
    const byLevel = analyze(
      [
        "区政府办公室2024年度法治政府建设情况报告",
        "2024年,在区委、区政府的坚强领导下,区政府办公室认真落实滨江区法治政府建设工作部署。",
        "一、主要举措和成效",
      ].join("\n"),
    );
    assert.equal(byLevel.meta.level, "department");
    assert.equal(byLevel.meta.issuer, "滨江区政府办公室");
    // sending out the government's document, it issues for the government
    const sent = analyze(
      [
        "瑞金市人民政府办公室关于印发瑞金市2024年法治政府建设工作要点的通知",
        "各乡(镇)人民政府,市政府各部门:",
        "《瑞金市2024年法治政府建设工作要点》已经市政府同意,现印发给你们,请认真抓好落实。",
      ].join("\n"),
    );
    assert.equal(sent.meta.region, "瑞金市");
    assert.notEqual(sent.meta.level, "department");
    assert.equal(sent.meta.issuer, "瑞金市");
  });
  test("a signature dated by its month alone gives the month (ISO 8601 month precision)", () => {
    const report = (date: string) =>
      analyze(
        [
          "龙泉市2024年法治政府建设年度报告",
          "2024年,龙泉市深入推进依法行政,全年办理行政复议案件56件。",
          "一、主要举措和成效",
          "龙泉市人民政府",
          date,
        ].join("\n"),
      );
    assert.equal(report("二〇二五年三月").meta.published, "2025-03");
    assert.equal(report("2025年2月").meta.published, "2025-02");
    assert.equal(report("二〇二五年十二月").meta.published, "2025-12");
    // a month after the deadline's is late; the deadline's own month is not known to be
    const late = (date: string) => report(date).findings.some((f) => f.rule === "review:late-publication");
    assert.equal(late("二〇二五年五月"), true);
    assert.equal(late("二〇二五年四月"), false);
    assert.equal(report("二〇二五年三月二十日").meta.published, "2025-03-20");
  });
  test("a notice without a title line of its own: the document's title stands under its signature", () => {
    const record = analyze(
      [
        "同政办发〔2024〕5号",
        "各镇人民政府,县政府各部门:",
        "现将《同心县法治政府建设2024年工作要点》印发你们,请认真抓好落实。",
        "同心县人民政府办公室",
        "2024年3月15日",
        "(此件公开发布)",
        "同心县法治政府建设2024年工作要点",
        "为深入推进依法行政,加快建设法治政府,结合我县实际,制定本要点。",
        "一、总体要求",
      ].join("\n"),
    );
    assert.equal(record.meta.title, "同心县法治政府建设2024年工作要点");
    assert.equal(record.meta.kind, "plan");
    // the office sends out the county's document: the county's
    assert.equal(record.meta.level, "county");
    assert.equal(record.meta.issuer, "同心县");
  });
  test("a report without a title whose opening sentence's subject is a ministry", () => {
    const record = analyze(
      [
        "2023年,水利部坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实《法治政府建设实施纲要(2021—2025年)》,扎实推进水利法治建设。",
        "一、深入学习贯彻习近平法治思想",
      ].join("\n"),
    );
    assert.equal(record.meta.issuer, "水利部");
    assert.equal(record.meta.level, "central");
  });
  test("an information box: its publication date before a generation date on the line above", () => {
    const record = analyze(
      [
        "索引号 | 113302000/2024-00315 | 发布机构 | 龙山街道 |",
        "生成日期 | 2024-02-20 | 公开方式 | 主动公开 |",
        "龙山街道2023年度法治政府建设情况报告",
        "发布时间: 2024-03-05 10:12 信息来源: 龙山街道",
        "2023年,龙山街道深入推进依法行政,全年召开法治建设专题会议3次。",
      ].join("\n"),
    );
    assert.equal(record.meta.published, "2024-03-05");
  });
  test("the opening sentence's subject after a setting clause (在…上,某街道办事处坚持…) issues", () => {
    const record = analyze(
      [
        "区委全面依法治区委员会:",
        "在推进基层治理现代化的新征程上,新华街街道办事处坚持以习近平法治思想为指导,认真落实《东城区2024年法治政府建设工作要点》,现将2024年工作情况报告如下:",
        "一、主要工作",
      ].join("\n"),
    );
    assert.equal(record.meta.issuer, "新华街街道");
    assert.equal(record.meta.level, "township");
  });
});

describe("an untitled report of a department on its own work", () => {
  const issuer = (text: string) => {
    const { region, level, issuer } = analyze(text).meta;
    return { region, level, issuer };
  };
  const bureau = { region: "湘潭市", level: "department", issuer: "湘潭市司法局" };
  const body =
    "\n一、主要举措和成效\n全年共收到行政复议申请312件。湘潭市行政复议案件纠错率8.2%。湘潭市人民政府法律顾问团审查合同95件。\n";
  test("its subject opens the sentence after one about the year", () => {
    assert.deepEqual(
      issuer(
        `2023年是全面贯彻落实党的二十大精神的开局之年。市司法局坚持以习近平法治思想为指导,全面履行法治建设职责。${body}`,
      ),
      bureau,
    );
  });
  test("its subject comes after several settings (一年来, 在…领导下, 在…指导下)", () => {
    assert.deepEqual(
      issuer(
        `一年来,在市委、市政府的正确领导下,在省司法厅的精心指导下,市司法局紧紧围绕中心工作,全面推进法治政府建设。${body}`,
      ),
      bureau,
    );
  });
  test("a short opening line names it", () => {
    assert.deepEqual(issuer(`2023年,湘潭市司法局深入学习贯彻习近平法治思想。${body}`), bureau);
  });
  test("我局: the department of that kind the text names by its level", () => {
    assert.deepEqual(
      issuer(
        `2023年,我局深入学习贯彻习近平法治思想,全面履行法治建设职责。${body}作为市委全面依法治市委员会办公室所在单位,市司法局统筹推进全市法治建设。`,
      ),
      bureau,
    );
  });
  test("the government's own report stays the government's", () => {
    assert.deepEqual(
      issuer(
        `2023年是全面贯彻落实党的二十大精神的开局之年。我市坚持以习近平法治思想为指导,统筹推进法治政府建设。${body}市司法局全年办理行政复议案件312件。`,
      ),
      { region: "湘潭市", level: "city", issuer: "湘潭市" },
    );
  });
});

describe("民国 years (Taiwan's publications and their mirrors)", () => {
  const text = [
    "臺中市政府111年度法治政府建設工作報告",
    "一、主要成果",
    "辦理111年度訴願案件312件，審結298件。111年度法制教育訓練辦理15場次。",
  ].join("\n");
  test("111年度 in a Traditional title is the year 2022", () => {
    assert.equal(analyze(text).meta.year, 2022);
  });
  test("in a subject it is a year, dropped as 2022年 is; never a count", () => {
    const facts = analyze(text).facts.map((f) => [f.quote, f.subject]);
    assert.deepEqual(facts, [
      ["312件", "办理诉愿案件数"],
      ["298件", "诉愿案件审结数"],
      ["15場次", "法制教育训练办理场次"],
    ]);
  });
  test("a government named without 人民 before a 民国 year (臺中市政府111年度…) issues the page", () => {
    const { meta, facts } = analyze(text);
    // Taiwan is not in the division list: the organ as written, no region of ours
    assert.deepEqual([meta.issuer, meta.region, meta.year], ["台中市政府", null, 2022]);
    // its 訴願 cases are administrative reconsideration (rules/indicators.ts RECONSIDERATION)
    assert.deepEqual(
      facts.map((f) => f.indicator),
      ["reconsideration.cases", "reconsideration.closed", null],
    );
  });
  test("a Taiwan city's government is read at city level (台湾 is a province of the division)", () => {
    assert.equal(analyze(text).meta.level, "city");
    const kaohsiung = analyze(
      "高雄市政府112年度法治政府建設推動情形報告\n一、訴願業務\n本府112年受理訴願案件823件，審結801件，訴願撤銷率為4.1%，較上年度下降0.6個百分點。\n",
    );
    assert.deepEqual(
      [kaohsiung.meta.issuer, kaohsiung.meta.level, kaohsiung.meta.year],
      ["高雄市政府", "city", 2023],
    );
    // 本府 and the 民国 year the clause opens with are no part of what is counted; a 訴願's 撤銷率 is
    // its correction rate (訴願法 §81: 撤銷 with or without 變更); the change after it is of it
    assert.deepEqual(
      kaohsiung.facts.map((f) => [f.subject, f.indicator]),
      [
        ["受理诉愿案件数", "reconsideration.received"],
        ["诉愿案件审结数", "reconsideration.closed"],
        ["诉愿撤销率", "reconsideration.correction_rate"],
        ["诉愿撤销率较上年度下降", null],
      ],
    );
    // a county (彰化縣) keeps its level by its last character; a mainland 市 without 人民 is unknown
    assert.equal(
      analyze("彰化縣政府112年度法治政府建設報告\n一、訴願業務\n受理訴願案件120件。\n").meta.level,
      "county",
    );
  });
  test("three digits and 年度 in a Simplified text are no 民国 year", () => {
    assert.equal(analyze("某县111年度工作总结\n一、主要工作\n全年办理案件12件。\n").meta.year, null);
  });
});

describe("local bureaus of central bodies and customs houses", () => {
  const meta = (title: string) => {
    const { region, level, issuer } = analyze(
      `${title}\n一、主要举措和成效\n全年办理行政复议案件12件。\n`,
    ).meta;
    return [region, level, issuer];
  };
  test("a bureau named by its province's short name is a department of that province", () => {
    assert.deepEqual(meta("国家金融监督管理总局广东监管局2023年法治建设工作报告"), [
      "广东省",
      "department",
      "国家金融监督管理总局广东监管局",
    ]);
    assert.deepEqual(meta("中国证券监督管理委员会四川监管局2023年法治政府建设年度报告"), [
      "四川省",
      "department",
      "中国证券监督管理委员会四川监管局",
    ]);
    // a city with a bureau of its own
    assert.deepEqual(meta("国家金融监督管理总局深圳监管局2023年法治政府建设情况报告")[0], "深圳市");
  });
  test("a 分行 or 分局 after the area named in full is the bureau, not the area's government", () => {
    assert.deepEqual(meta("中国人民银行广西壮族自治区分行2023年法治建设报告"), [
      "广西壮族自治区",
      "department",
      "中国人民银行广西壮族自治区分行",
    ]);
    // the central body itself is still central
    assert.deepEqual(meta("国家金融监督管理总局2023年法治政府建设年度报告"), [
      "全国",
      "central",
      "国家金融监督管理总局",
    ]);
  });
  test("a customs house (黄埔海关) issues as a department", () => {
    assert.deepEqual(meta("黄埔海关2022年法治政府建设年度报告").slice(1), ["department", "黄埔海关"]);
  });
});

describe("a development zone's 管理委员会", () => {
  const meta = (title: string) => {
    const { region, level, issuer } = analyze(
      `${title}\n一、主要举措和成效\n全年办理行政复议案件12件。\n`,
    ).meta;
    return [region, level, issuer];
  };
  test("of a zone the division list counts as an area (苏州工业园区): the area's government", () => {
    assert.deepEqual(meta("苏州工业园区管理委员会2023年度法治政府建设工作报告"), [
      "苏州工业园区",
      "county",
      "苏州工业园区",
    ]);
  });
  test("of another zone: no department but a county's level, written in full as in short (管委会)", () => {
    assert.deepEqual(meta("湘潭经济技术开发区管理委员会2023年法治政府建设年度报告"), [
      null,
      "county",
      "湘潭经济技术开发区管理委员会",
    ]);
    assert.deepEqual(meta("湘潭经济技术开发区管委会2023年法治政府建设年度报告")[1], "county");
    assert.deepEqual(meta("西安高新技术产业开发区管理委员会2023年法治政府建设情况报告")[1], "county");
    // a commission of a government is its department
    assert.deepEqual(meta("株洲市国有资产监督管理委员会2023年法治政府建设年度报告"), [
      "株洲市",
      "department",
      "株洲市国有资产监督管理委员会",
    ]);
  });
});

describe("a report's parts under names of their own (某县司法局2023年报告)", () => {
  test("短板弱项 names the shortcomings; 补齐短板弱项 in the achievements does not", () => {
    const parts = (text: string) => {
      const s = analyze(text).sections_present;
      return s
        ? [s.achievements.present, s.shortcomings.present, s.first_responsible.present, s.next_year.present]
        : null;
    };
    const report = [
      "某县司法局2023年法治政府建设年度报告",
      "一、主要工作成效",
      "办理行政复议案件12件。",
      "二、短板弱项",
      "人员不足。",
      "三、主要负责人履职情况",
      "局长带头学法4次。",
      "四、2024年工作谋划",
      "继续加强。",
    ].join("\n");
    assert.deepEqual(parts(report), [true, true, true, true]);
    const mends =
      "某县司法局2023年法治政府建设年度报告\n一、主要工作成效\n（一）补齐短板弱项，提升执法水平。\n办理行政复议案件12件。\n";
    assert.equal(analyze(mends).sections_present?.shortcomings.present, false);
  });
});

describe("a body under a government (…人民政府国有资产监督管理委员会)", () => {
  const meta = (lines: string[]) => {
    const m = analyze(lines.join("\n")).meta;
    return [m.issuer, m.region, m.level];
  };
  test("a commission, an office, a research office named after 人民政府: a department of the area", () => {
    assert.deepEqual(
      meta([
        "长沙市人民政府国有资产监督管理委员会2023年法治政府建设年度报告",
        "2023年，市国资委坚持以习近平法治思想为指导，全年审查合同45份。",
      ]),
      ["长沙市人民政府国有资产监督管理委员会", "长沙市", "department"],
    );
    assert.deepEqual(
      meta([
        "株洲市人民政府研究室2023年度法治政府建设工作情况报告",
        "2023年，我室认真落实法治政府建设各项要求。",
      ]),
      ["株洲市人民政府研究室", "株洲市", "department"],
    );
    assert.deepEqual(
      meta([
        "关于2017年度法治政府建设工作情况的报告",
        "2017年，在县委、县政府的正确领导下，我办认真履行职责，审查规范性文件12件。",
        "株洲县人民政府法制办公室",
        "2018年1月20日",
      ]),
      ["株洲县人民政府法制办公室", "株洲县", "department"],
    );
  });
  test("as 长沙市司法局 is read; the government itself and its sentences stay the government", () => {
    assert.deepEqual(meta(["长沙市司法局2023年法治政府建设年度报告", "2023年，市司法局深入推进依法行政。"]), [
      "长沙市司法局",
      "长沙市",
      "department",
    ]);
    assert.deepEqual(
      meta([
        "法治政府建设年度报告",
        "2023年，长沙市人民政府坚持以人民为中心的发展思想，全面推进依法行政，审议规章草案3件。",
      ]),
      ["长沙市", "长沙市", "city"],
    );
    assert.deepEqual(
      meta([
        "长沙市人民政府关于成立长沙市法治政府建设领导小组办公室的通知",
        "各区县(市)人民政府，市直机关各单位：经研究，决定成立领导小组办公室。",
      ]),
      ["长沙市", "长沙市", "city"],
    );
  });
});

describe("short names of Xinjiang's prefectures (巴州, 克州, 博州)", () => {
  test("where the text names 新疆 or the seat, the prefecture", () => {
    assert.deepEqual(names("新疆巴州2023年法治政府建设情况报告。库尔勒市"), [
      "巴音郭楞蒙古自治州",
      "库尔勒市",
    ]);
    assert.deepEqual(names("克州司法局赴阿图什市开展调研"), ["克孜勒苏柯尔克孜自治州", "阿图什市"]);
    assert.deepEqual(names("博州党委依法治州办。博乐市"), ["博尔塔拉蒙古自治州", "博乐市"]);
    const record = analyze(
      [
        "巴州2023年法治政府建设情况报告",
        "2023年，巴州坚持以习近平法治思想为指导，推进新疆依法治疆各项任务。",
      ].join("\n"),
    );
    assert.equal(record.meta.region, "巴音郭楞蒙古自治州");
    assert.equal(record.meta.level, "city");
  });
  test("巴州 of 巴中 (巴州区), or with nothing to tell, is no Xinjiang prefecture", () => {
    assert.deepEqual(names("巴中市巴州区司法局。巴州法治建设"), ["巴中市", "巴州区"]);
    assert.deepEqual(names("巴州区2023年法治政府建设。新疆对口援建,巴州"), ["巴州区"]);
    assert.deepEqual(names("巴州2023年法治政府建设情况"), []);
    assert.deepEqual(names("攻克州县难题"), []);
  });
});
