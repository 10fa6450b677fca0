// Unseen passages of kinds the seeds and earlier tests lack: a township's report, a 高新区 管委会's,
// an autonomous prefecture's and an autonomous county's (minority-language work, 单行条例), the
// vertical systems' (税务, 海关, 公安), a 街道办事处's, an Inner Mongolian 旗's (苏木, 嘎查), a
// department's of 市场监管; figures in Chinese numerals (二十三件), ranges (3至5名), 万元/亿元 and
// this year's beside last year's (较上年增长12.5%). Each passage is written as such a report is.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { facts, read, some } from "../../test/helpers/passages.ts";

describe("a township's report (湖南某镇)", () => {
  const lines = [
    "桃源县漳江镇2023年法治政府建设工作报告",
    "2023年，漳江镇在县委、县政府的坚强领导下，深入推进法治政府建设，现将有关情况报告如下。",
    "一、主要举措和成效",
    "（一）强化矛盾纠纷化解。全镇21个村（社区）均建立人民调解委员会，共排查化解矛盾纠纷二百一十三件，调解成功率98.6%。",
    "（二）推进法治宣传。开展“送法下乡”活动十二场次，发放宣传资料3000余份。",
    "二、存在的不足和原因",
    "部分村干部法治意识不强。",
  ];
  test("the town issues at township level; numbers in Chinese numerals are counted", () => {
    const { meta } = read(lines);
    assert.deepEqual([meta.issuer, meta.level, meta.year], ["漳江镇", "township", 2023]);
    assert.deepEqual(facts(lines), [
      // 均 says all of them did it: named by the deed, as 全部建成 is
      ["21个", "建立人民调解委员会村(社区)数", null],
      ["二百一十三件", "排查化解矛盾纠纷数", "mediation.disputes"],
      ["98.6%", "调解成功率", "mediation.success_rate"],
      ["十二场次", "开展送法下乡活动场次", "publicity.events"],
      ["3000余份", "发放宣传资料数", "publicity.materials"],
    ]);
  });
});

describe("a 高新区 管委会's report (长沙)", () => {
  const lines = [
    "长沙高新技术产业开发区管理委员会2023年法治政府建设年度报告",
    "一、2023年推进法治政府建设的主要举措和成效",
    "（一）规范行政执法。管委会各执法单位共办理行政处罚案件317件，罚没款金额1286.5万元，较上年增长12.5%。",
    "（二）依法化解争议。行政诉讼案件14件，败诉1件，败诉率7.1%。",
    "二、存在的不足",
  ];
  test("万元 is stored in 元; the change after an amount is of it, no amount of its own", () => {
    assert.deepEqual(some(lines, ["1286.5万元", "12.5%", "1件", "7.1%"]), [
      ["1286.5万元", "罚没款金额", "enforcement.fines"],
      ["12.5%", "罚没款金额较上年增长比例", null],
      ["1件", "行政诉讼案件败诉数", "litigation.lost"],
      ["7.1%", "行政诉讼案件败诉率", "litigation.loss_rate"],
    ]);
    assert.equal(read(lines).facts.find((f) => f.quote === "1286.5万元")?.value, 12865000);
  });
});

describe("an autonomous prefecture's report (黔东南苗族侗族自治州)", () => {
  const lines = [
    "黔东南苗族侗族自治州2023年法治政府建设情况报告",
    "一、主要工作及成效",
    "（一）加强民族法治建设。制定修订单行条例3件，开展苗语、侗语双语法治宣讲120余场次，受众达2.3万人次。",
    "（二）深化行政复议体制改革。全州共收到行政复议申请1,146件，受理1,032件，审结987件，直接纠错101件，纠错率10.2%。",
    "（三）推进公共法律服务。办理法律援助案件5,821件，为受援群众挽回经济损失1.36亿元。",
    "二、存在的问题",
  ];
  test("the prefecture is a city-level area; its figures map as a city's", () => {
    const { meta } = read(lines);
    assert.deepEqual([meta.region, meta.level], ["黔东南苗族侗族自治州", "city"]);
    assert.deepEqual(
      read(lines).facts.map((f) => f.indicator),
      [
        "legislation.regulations",
        "publicity.events",
        "publicity.audience",
        "reconsideration.applications",
        "reconsideration.received",
        "reconsideration.closed",
        "reconsideration.corrected",
        "reconsideration.correction_rate",
        "legal_aid.cases",
        "legal_aid.recovered",
      ],
    );
    assert.equal(read(lines).facts.at(-1)?.value, 136000000);
  });
});

describe("an autonomous county's report (长阳土家族自治县)", () => {
  const lines = [
    "长阳土家族自治县2022年法治政府建设年度报告",
    "一、2022年主要工作",
    "全县共审查规范性文件二十三件，其中纠正问题文件三件；清理规范性文件41件，废止6件，宣布失效2件。聘请政府法律顾问7名。",
    "县政府及部门负责人出庭应诉率由上年的85.7%提升至100%。",
    "二、存在的不足",
  ];
  test("a level raised from last year's: the old level is no figure of this year", () => {
    assert.equal(read(lines).meta.level, "county");
    assert.deepEqual(facts(lines), [
      ["二十三件", "审查规范性文件数", "normative_docs.legality_reviews"],
      // the documents found wrong are a part of those reviewed, no count of reviews
      ["三件", "审查纠正问题文件数", null],
      ["41件", "清理规范性文件数", "normative_docs.cleaned"],
      ["6件", "规范性文件废止数", "normative_docs.cleanup_repealed"],
      ["2件", "规范性文件宣布失效数", "normative_docs.cleanup_invalid"],
      ["7名", "聘请政府法律顾问数", "legal_advisers.count"],
      ["85.7%", "县政府及部门负责人出庭应诉率(原值)", null],
      ["100%", "县政府及部门负责人出庭应诉率", "litigation.head_appearance_rate"],
    ]);
  });
});

describe("a tax bureau's report (国家税务总局苏州市税务局)", () => {
  const lines = [
    "国家税务总局苏州市税务局2023年法治税务建设工作报告",
    "一、主要做法和成效",
    "全年受理税务行政复议申请26件，审结24件，其中维持18件、撤销3件、驳回3件；发生税务行政诉讼案件11件，无败诉案件。",
    "二、存在的问题和不足",
  ];
  test("a vertical system's bureau is a department; its reconsideration counts as any other", () => {
    const { meta } = read(lines);
    assert.deepEqual([meta.issuer, meta.level], ["国家税务总局苏州市税务局", "department"]);
    assert.deepEqual(facts(lines), [
      ["26件", "受理税务行政复议申请数", "reconsideration.received"],
      ["24件", "税务行政复议申请审结数", "reconsideration.closed"],
      ["18件", "税务行政复议申请审结维持数", null],
      ["3件", "税务行政复议申请审结撤销数", "reconsideration.corrected"],
      ["3件", "税务行政复议申请审结驳回数", null],
      ["11件", "发生税务行政诉讼案件数", "litigation.cases"],
    ]);
  });
});

describe("a customs house's report (宁波海关)", () => {
  const lines = [
    "宁波海关2023年法治政府建设年度报告",
    "一、2023年推进法治海关建设的主要举措和成效",
    "全年立案查处走私违规案件1,358起，案值3.6亿元，罚没收入入库1.12亿元。",
    "二、存在的不足和原因",
  ];
  test("海关 names the organ (no 局): a department; 罚没收入入库 is the sum of fines collected", () => {
    const { meta } = read(lines);
    assert.deepEqual([meta.issuer, meta.level], ["宁波海关", "department"]);
    assert.deepEqual(facts(lines), [
      ["1,358起", "立案查处走私违规案件数", "enforcement.cases"],
      ["3.6亿元", "立案查处走私违规案件案值金额", null],
      ["1.12亿元", "罚没收入入库金额", "enforcement.fines"],
    ]);
  });
});

describe("a table of 行政诉讼 outcomes", () => {
  test("first and second instance and their total, under a unit line", () => {
    const lines = [
      "2023年某县法治政府建设年度报告",
      "一、主要举措",
      "（一）行政应诉。全年行政诉讼案件审理情况如下表。",
      "单位：件",
      "项目\t一审\t二审\t合计",
      "收案数\t46\t12\t58",
      "审结数\t41\t10\t51",
      "其中:驳回诉讼请求\t28\t8\t36",
      "确认违法\t3\t0\t3",
      "二、存在的不足和原因",
    ];
    assert.deepEqual(
      read(lines).facts.map((f) => [f.quote, f.subject]),
      [
        ["46", "收案数(一审)"],
        ["12", "收案数(二审)"],
        ["58", "收案数(合计)"],
        ["41", "审结数(一审)"],
        ["10", "审结数(二审)"],
        ["51", "审结数(合计)"],
        ["28", "驳回诉讼请求(一审)"],
        ["8", "驳回诉讼请求(二审)"],
        ["36", "驳回诉讼请求(合计)"],
        ["3", "确认违法(一审)"],
        ["0", "确认违法(二审)"],
        ["3", "确认违法(合计)"],
      ],
    );
  });
});

describe("this year's figures beside last year's (四川某县)", () => {
  const lines = [
    "2023年度兴文县法治政府建设情况报告",
    "一、主要成效",
    "全年共收到行政复议申请86件，较上年增长12.5%；受理79件，同比增加11件；办结75件，办结率94.9%，较上年提高3.2个百分点。",
    "二、存在的不足",
  ];
  test("a bare verb after a change goes on counting the thing before the change", () => {
    assert.deepEqual(facts(lines), [
      ["86件", "收到行政复议申请数", "reconsideration.applications"],
      ["12.5%", "行政复议申请较上年增长比例", null],
      ["79件", "行政复议申请受理数", "reconsideration.received"],
      ["11件", "行政复议申请受理数同比增加", null],
      ["75件", "行政复议申请办结数", "reconsideration.closed"],
      ["94.9%", "行政复议申请办结率", null],
      ["3.2个百分点", "行政复议申请办结率较上年提高", null],
    ]);
  });
});

describe("counts in Chinese numerals (某区)", () => {
  test("四期, 十二次, 一千二百余名, 七项", () => {
    const lines = [
      "某区2023年法治政府建设工作报告",
      "一、主要工作",
      "举办领导干部法治专题讲座四期，组织区政府常务会议会前学法十二次，全区一千二百余名执法人员参加年度法律知识考试。",
      "区政府常务会议审议重大行政决策事项七项，均经过合法性审查。",
      "二、存在的不足",
    ];
    assert.deepEqual(
      read(lines).facts.map((f) => [f.quote, f.value, f.indicator]),
      [
        ["四期", 4, "training.sessions"],
        ["十二次", 12, "training.sessions"],
        ["一千二百余名", 1200, "exams.participants"],
        ["七项", 7, "decisions.made"],
      ],
    );
  });
});

describe("ranges and per-place figures (某市司法局)", () => {
  test("3至5名 per 乡镇 is no total; 15至20个 is one fact", () => {
    const lines = [
      "2023年某市司法局法治政府建设年度报告",
      "一、主要举措和成效",
      "每个乡镇（街道）配备3至5名专职人民调解员。全市建成个人调解工作室15至20个。",
      "二、存在的不足",
    ];
    assert.deepEqual(facts(lines), [
      ["3至5名", "每个乡镇(街道)专职人民调解员数", null],
      ["15至20个", "建成个人调解工作室数", "mediation.organizations"],
    ]);
  });
});

describe("amounts in 万元 and 亿元 (审计, 罚没)", () => {
  test("each amount with its value in 元", () => {
    const lines = [
      "2023年某县法治政府建设年度报告",
      "一、主要举措",
      "全年审计项目36个，查出违规资金2,356.8万元，促进增收节支1.05亿元；罚没款收入入库4,567万元。",
      "二、存在的不足",
    ];
    assert.deepEqual(
      read(lines).facts.map((f) => [f.quote, f.value, f.indicator]),
      [
        ["36个", 36, "audit.projects"],
        ["2,356.8万元", 23568000, "audit.amount"],
        ["1.05亿元", 105000000, null],
        ["4,567万元", 45670000, "enforcement.fines"],
      ],
    );
  });
});

describe("a 街道办事处's report (北京朝阳区)", () => {
  test("the 街道 issues at township level; 12345 hotline rates", () => {
    const lines = [
      "朝阳区建外街道办事处2023年法治政府建设情况报告",
      "一、主要工作",
      "全年受理12345市民服务热线诉求8,326件，解决率92.3%，满意率94.1%。街道综合执法队立案查处违法行为213起，罚款金额46.8万元。",
      "二、存在的问题",
    ];
    const { meta } = read(lines);
    assert.equal(meta.level, "township");
    assert.deepEqual(
      read(lines).facts.map((f) => f.indicator),
      [
        "hotline.cases",
        "hotline.completion_rate",
        "satisfaction.rate",
        "enforcement.cases",
        "enforcement.fines",
      ],
    );
  });
});

describe("an Inner Mongolian 旗's report (鄂托克前旗)", () => {
  test("苏木 and 嘎查 are places named by what all of them did", () => {
    const lines = [
      "鄂托克前旗2023年法治政府建设年度报告",
      "一、主要工作",
      "全旗4个苏木镇均建成公共法律服务工作站，69个嘎查村（社区）实现法律顾问全覆盖。开展蒙汉双语普法宣传活动86场次。",
      "二、存在的不足",
    ];
    assert.equal(read(lines).meta.level, "county");
    assert.deepEqual(facts(lines), [
      ["4个", "建成公共法律服务工作站苏木镇数", null],
      ["69个", "法律顾问覆盖嘎查村(社区)数", null],
      ["86场次", "开展蒙汉双语普法宣传活动场次", "publicity.events"],
    ]);
  });
});

describe("a county government's report on its lawsuits", () => {
  test("胜诉15件,败诉2件: the second outcome stands in the first's place", () => {
    const lines = [
      "2022年某县人民政府关于法治政府建设工作情况的报告",
      "一、主要成效",
      "全县32个执法部门公示执法信息1.6万条。",
      "县人民法院一审审结以县政府为被告的行政案件17件，县政府胜诉15件，败诉2件。",
      "二、存在的不足和原因",
    ];
    assert.deepEqual(facts(lines), [
      // the departments end at their noun before what they did (公示)
      ["32个", "执法部门数", null],
      ["1.6万条", "执法部门公示执法信息数", null],
      ["17件", "县人民法院一审审结以县政府为被告的行政案件数", "litigation.cases"],
      ["15件", "县政府胜诉数", "litigation.won"],
      ["2件", "县政府败诉数", "litigation.lost"],
    ]);
  });
});

describe("a 公安局's report", () => {
  test("its own 行政案件 (治安) are no lawsuits; its reconsideration cases are", () => {
    const lines = [
      "某县公安局2023年法治公安建设工作报告",
      "一、工作成效",
      "全年受理行政案件5,326起，查处4,987起；受理行政复议案件八件。",
      "二、存在的不足",
    ];
    assert.equal(read(lines).meta.level, "department");
    assert.deepEqual(facts(lines), [
      ["5,326起", "受理行政案件数", null],
      ["4,987起", "行政案件查处数", "enforcement.cases"],
      ["八件", "受理行政复议案件数", "reconsideration.received"],
    ]);
    // a court's 行政案件 are lawsuits; its 各类案件 are not all administrative
    const court = ["某市中级人民法院工作报告", "一、2023年主要工作", "全市法院受理行政案件8621件。", ""];
    assert.deepEqual(facts(court), [["8621件", "法院受理行政案件数", "litigation.cases"]]);
    assert.equal(facts(["某市中级人民法院工作报告", "全市法院受理各类案件68.2万件。", ""])[0][2], null);
  });
});

describe("a 市场监管局's report", () => {
  test("cases and fines, with a breakdown by field", () => {
    const lines = [
      "某市市场监督管理局2023年法治政府建设年度报告",
      "一、主要举措",
      "全年查办各类案件2,415件，罚没款3,286.4万元，其中查办食品安全案件612件。",
      "二、存在的不足",
    ];
    assert.deepEqual(facts(lines), [
      ["2,415件", "查办案件数", "enforcement.cases"],
      ["3,286.4万元", "罚没款", "enforcement.fines"],
      ["612件", "查办食品安全案件数", "enforcement.cases"],
    ]);
  });
});

describe("last year's figures written beside this year's (广东某区2023年报告)", () => {
  const lines = [
    "某区2023年法治政府建设年度报告",
    "一、主要举措和成效",
    "全年受理行政复议案件68件，上年同期为56件；行政诉讼案件42件（2022年为51件）。",
    "2023年新收行政应诉案件39件，2022年新收45件。行政机关负责人出庭应诉率由2022年的76.5%提高到100%。",
    "对全区2012年至2022年制发的96件规范性文件进行清理，保留61件。",
    "二、存在的不足",
  ];
  test("an earlier year's level is named with its year and maps to no indicator", () => {
    assert.deepEqual(facts(lines), [
      ["68件", "受理行政复议案件数", "reconsideration.received"],
      // the same thing as the figure before it, in the year before
      ["56件", "受理行政复议案件数(上年)", null],
      ["42件", "行政诉讼案件数", "litigation.cases"],
      ["51件", "行政诉讼案件数(2022年)", null],
      ["39件", "新收行政应诉案件数", "litigation.cases"],
      ["45件", "行政应诉案件新收数(2022年)", null],
      ["76.5%", "行政机关负责人出庭应诉率(原值)", null],
      ["100%", "行政机关负责人出庭应诉率", "litigation.head_appearance_rate"],
      // the years the documents were made in are no time of the count
      ["96件", "规范性文件数", "normative_docs.cleaned"],
      ["61件", "规范性文件保留数", "normative_docs.cleanup_kept"],
    ]);
  });
  test("a comparison's base is the figure before in that year; the change after it is from it", () => {
    assert.deepEqual(facts([lines[0], lines[1], "全年受理行政复议案件68件，比2022年的56件增加12件。", ""]), [
      ["68件", "受理行政复议案件数", "reconsideration.received"],
      ["56件", "受理行政复议案件数(2022年)", null],
      ["12件", "受理行政复议案件数较2022年增加", null],
    ]);
  });
  test("a change from last year, a span since a year and this year's own year are this year's", () => {
    assert.deepEqual(
      facts([
        lines[0],
        lines[1],
        "全年收到行政复议申请86件，较上年增长12.5%。2023年度受理行政复议案件79件。",
        "",
      ]),
      [
        ["86件", "收到行政复议申请数", "reconsideration.applications"],
        ["12.5%", "行政复议申请较上年增长比例", null],
        ["79件", "受理行政复议案件数", "reconsideration.received"],
      ],
    );
  });
});

describe("a rate of how the things just counted were handled (信访, 政务公开, 热线)", () => {
  test("按期办结率, 按时答复率, 及时响应率 are the things' own, not nameless", () => {
    const head = ["2023年某县法治政府建设年度报告", "一、主要举措"];
    assert.deepEqual(some([...head, "全年登记信访事项1,037件，按期办结率98.7%。", ""], ["98.7%"]), [
      ["98.7%", "信访事项按期办结率", null],
    ]);
    assert.deepEqual(some([...head, "市12345热线接听群众来电8,326件，及时响应率99.6%。", ""], ["99.6%"]), [
      ["99.6%", "群众来电及时响应率", null],
    ]);
  });
  test("past a change, the handled count is of the thing, not of who received it", () => {
    const lines = [
      "2023年某区法治政府建设年度报告",
      "一、主要举措",
      "区政府及区直部门全年发生行政诉讼案件184件，同比下降9.8%；已审结158件，败诉7件，败诉率4.4%。",
      "",
    ];
    assert.deepEqual(some(lines, ["158件", "7件", "4.4%"]), [
      ["158件", "行政诉讼案件审结数", "litigation.cases"],
      ["7件", "行政诉讼案件败诉数", "litigation.lost"],
      ["4.4%", "行政诉讼案件败诉率", "litigation.loss_rate"],
    ]);
  });
});

describe("counts written in words (某县2022年报告)", () => {
  const head = ["2022年某县法治政府建设年度报告", "一、主要举措"];
  test("a vague count (数十次, 数百人次, 几十期) is no figure", () => {
    assert.deepEqual(
      facts([...head, "开展专项执法检查数十次，出动执法人员数百人次，举办培训几十期。", ""]),
      [],
    );
    // 十余次 is about ten: a figure, approximate
    assert.deepEqual(
      read([...head, "开展专项执法检查十余次。", ""]).facts.map((f) => [f.quote, f.value, f.approx]),
      [["十余次", 10, "余"]],
    );
  });
  test("全年共计 before the verb is no part of what is counted", () => {
    assert.deepEqual(facts([...head, "全年共计受理行政复议案件一百零八件，审结九十八件。", ""]), [
      ["一百零八件", "受理行政复议案件数", "reconsideration.received"],
      ["九十八件", "行政复议案件审结数", "reconsideration.closed"],
    ]);
  });
});

describe("a table of lawsuits by area, copied from a PDF (某市2023年报告附表)", () => {
  test("the areas' rows are no figure of the city; its 合计 row is, by each column", () => {
    const lines = [
      "2023年某市法治政府建设年度报告",
      "一、主要举措和成效",
      "表2  2023年各县（市、区）行政诉讼案件情况",
      "单位：件",
      "地区        一审案件    败诉    败诉率",
      "甲县        45          3       6.7%",
      "乙区        38          1       2.6%",
      "合计        83          4       4.8%",
      "二、存在的不足",
    ];
    const got = read(lines).facts.filter((f) => f.indicator !== null);
    assert.deepEqual(
      got.map((f) => [f.quote, f.indicator]),
      [
        ["83", "litigation.cases"],
        ["4", "litigation.lost"],
        ["4.8%", "litigation.loss_rate"],
      ],
    );
  });
});

describe("a change written before the level it led to (福建某区2023年报告)", () => {
  test("行政复议案件数同比增长12.5%,达到86件: 86 is the cases, not the change", () => {
    const lines = [
      "2023年某区法治政府建设年度报告",
      "一、主要举措",
      "全区行政复议案件数同比增长12.5%，达到86件。",
      "",
    ];
    assert.deepEqual(facts(lines), [
      ["12.5%", "行政复议案件数同比增长", null],
      ["86件", "行政复议案件数", "reconsideration.cases"],
    ]);
  });
});

test("a figure per head keeps its 人均 (法律援助经费人均达到2.3元): no total", () => {
  const lines = ["2023年某县法治政府建设年度报告", "一、主要举措", "法律援助经费人均达到2.3元。", ""];
  assert.deepEqual(facts(lines), [["2.3元", "法律援助经费人均", null]]);
});

describe("inspections counted by the entities inspected (某市市场监管局2023年报告)", () => {
  const lines = [
    "某市市场监督管理局2023年法治政府建设工作报告",
    "一、主要举措和成效",
    "全面推行“双随机、一公开”监管，抽查市场主体4,520户次，抽查结果公示率100%。",
    "联合开展执法检查企业860家次。全年新登记企业1200户，培训企业负责人300人次。",
    "",
  ];
  test("户次 and 家次 count random inspections; an enforcement body's own 家次, 户 and 人次 do not", () => {
    assert.deepEqual(facts(lines), [
      ["4,520户次", "抽查市场主体数", "enforcement.random_inspections"],
      ["100%", "抽查结果公示率", "enforcement.publicity_rate"],
      // a market body's own inspections, not the supervision of enforcement (法治督察和执法检查)
      ["860家次", "联合开展执法检查企业数", null],
      ["1200户", "新登记企业数", null],
      ["300人次", "培训企业负责人人次", null],
    ]);
  });
});

describe("things made in an earlier year, counted this year (某区2023年报告)", () => {
  // "2022年新建的12个…" names when the things were made; the count is what the report's year did
  // with them (验收, 评估, 运行). No rule tells that from last year's own count, which is written
  // without 的 (2022年新建人民调解委员会12个): the figure stays this year's.
  test("a year with a verb and 的 before the number is the things' making, not the count's year", () => {
    const lines = [
      "某区2023年法治政府建设年度报告",
      "一、主要举措和成效",
      "对2022年新建的12个村（社区）调解室开展规范化验收。对2022年出台的3件规范性文件开展后评估。",
      "2022年新建人民调解委员会12个。",
      "",
    ];
    const found = facts(lines);
    assert.equal(found.length, 3);
    assert.ok(!String(found[0][1]).includes("2022年"));
    assert.ok(!String(found[1][1]).includes("2022年"));
    assert.match(String(found[2][1]), /\(2022年\)$/);
    assert.equal(found[2][2], null);
  });
});
