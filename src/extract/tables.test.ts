import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { tableQuantities } from "./tables.ts";

const read = (text: string) =>
  tableQuantities(text).map((q) => ({
    cell: text.slice(q.start, q.end),
    value: q.value,
    unit: q.unit,
    subject: q.subject,
    current: q.current,
  }));

describe("statistics tables", () => {
  test("a row's label and a column's year name each number; the unit comes from the label", () => {
    const text =
      "一、主要工作\n指标\t2022年\t2023年\n行政复议案件受理数(件)\t41\t1,049\n出庭应诉率\t95.2%\t100%\n二、不足";
    assert.deepEqual(read(text), [
      { cell: "41", value: 41, unit: "件", subject: "行政复议案件受理数(2022年)", current: false },
      { cell: "1,049", value: 1049, unit: "件", subject: "行政复议案件受理数(2023年)", current: true },
      { cell: "95.2%", value: 95.2, unit: "%", subject: "出庭应诉率(2022年)", current: false },
      { cell: "100%", value: 100, unit: "%", subject: "出庭应诉率(2023年)", current: true },
    ]);
  });

  test("row numbers, empty cells, a unit line above and units in the header", () => {
    const text = [
      "表1 行政执法情况",
      "单位:件",
      "序号\t执法领域\t行政处罚\t合计",
      "1\t市场监管\t312\t1516",
      "2\t生态环境\t\t87",
      "项目\t数量(万人)\t占比",
      "受益群众\t3.2\t92.5%",
    ].join("\n");
    assert.deepEqual(
      read(text).map((q) => [q.cell, q.value, q.unit, q.subject]),
      [
        ["312", 312, "件", "市场监管(行政处罚)"],
        ["1516", 1516, "件", "市场监管(合计)"],
        ["87", 87, "件", "生态环境(合计)"],
        ["3.2", 32000, "人", "受益群众"],
        ["92.5%", 92.5, "%", "受益群众(占比)"],
      ],
    );
  });

  test("a unit line listing several units: each row takes the one its label calls for", () => {
    const text = [
      "单位:件、万元",
      "项目\t2023年\t2024年\t同比增减",
      "受理欠薪投诉举报\t862\t1034\t+19.9%",
      "为劳动者追发工资\t4380.6\t5127.3\t+17.0%",
      "仲裁结案率(%)\t96.2\t97.5\t+1.3个百分点",
      "",
      "单位:件、人",
      "项目\t数量",
      "受理案件\t12",
      "罚没款金额\t30",
    ].join("\n");
    assert.deepEqual(
      read(text)
        .filter((q) => q.current)
        .map((q) => [q.cell, q.value, q.unit, q.subject]),
      [
        ["1034", 1034, "件", "受理欠薪投诉举报(2024年)"],
        ["5127.3", 51273000, "元", "为劳动者追发工资(2024年)"],
        ["97.5", 97.5, "%", "仲裁结案率(2024年)"],
        // 件、人 leaves a row of neither money nor shares open: no value rather than a guess
      ],
    );
  });

  test("change and last-year columns are no value of the row; row numbers are no labels", () => {
    const text = [
      "序号\t类别\t本年\t上年\t同比增长",
      "一\t行政复议案件(件)\t56\t50\t12%",
      "(二)\t行政诉讼案件(件)\t30\t33\t-9.1%",
      "3、\t法律援助案件(件)\t1,523\t1,402\t8.6%",
    ].join("\n");
    const got = read(text);
    assert.deepEqual(
      got.filter((q) => q.current).map((q) => [q.cell, q.subject]),
      [
        ["56", "行政复议案件(本年)"],
        ["30", "行政诉讼案件(本年)"],
        ["1,523", "法律援助案件(本年)"],
      ],
    );
    assert.equal(got.length, 9);
  });

  test("years without 年 head columns; a row's own unit wins; pairs in a row; a caption's unit cell", () => {
    assert.deepEqual(
      read("项目\t2022\t2023\n行政处罚(件)\t1050\t1200").map((q) => [q.cell, q.subject, q.current]),
      [
        ["1050", "行政处罚(2022)", false],
        ["1200", "行政处罚(2023)", true],
      ],
    );
    assert.deepEqual(
      read("项目\t数量(件)\n人民调解\t860\n受益群众(万人)\t3.2").map((q) => [q.value, q.unit]),
      [
        [860, "件"],
        [32000, "人"],
      ],
    );
    assert.deepEqual(
      read("受理数\t56件\t办结数\t50件\n听证\t12场\t纠错率\t8%").map((q) => [q.cell, q.subject]),
      [
        ["56件", "受理数"],
        ["50件", "办结数"],
        ["12场", "听证"],
        ["8%", "纠错率"],
      ],
    );
    assert.deepEqual(
      read("一、主要举措\t单位:件\n行政复议案件受理数\t41\n行政诉讼案件数\t120").map((q) => [
        q.cell,
        q.unit,
        q.subject,
      ]),
      [
        ["41", "件", "行政复议案件受理数"],
        ["120", "件", "行政诉讼案件数"],
      ],
    );
  });

  test("two header rows: a spanned header's unit over the years below it", () => {
    const text = [
      "项目\t金额(万元)\t\t变化",
      "2022年\t2023年\t同比",
      "法律援助经费\t120.5\t150\t3个百分点",
    ].join("\n");
    assert.deepEqual(
      read(text).map((q) => [q.cell, q.value, q.unit, q.subject, q.current]),
      [
        ["120.5", 1205000, "元", "法律援助经费(2022年)", false],
        ["150", 1500000, "元", "法律援助经费(2023年)", true],
        ["3个百分点", 3, "个百分点", "法律援助经费(同比)", false],
      ],
    );
  });

  test("a header row after rows of numbers starts the next table", () => {
    const text = "指标\t2022\t2023\n行政复议案件(件)\t41\t49\n项目\t2021\t2022\n行政诉讼案件(件)\t63\t58";
    assert.deepEqual(
      read(text).map((q) => [q.cell, q.subject, q.current]),
      [
        ["41", "行政复议案件(2022)", false],
        ["49", "行政复议案件(2023)", true],
        ["63", "行政诉讼案件(2021)", false],
        ["58", "行政诉讼案件(2022)", true],
      ],
    );
  });

  test("columns of spaces are cells too; codes, unitless numbers and prose are not read", () => {
    const spaced = "指标        2023年\n办结信访事项(件)    215\n化解矛盾纠纷(件)    1,300";
    assert.deepEqual(
      read(spaced).map((q) => [q.cell, q.subject]),
      [
        ["215", "办结信访事项(2023年)"],
        ["1,300", "化解矛盾纠纷(2023年)"],
      ],
    );
    // a header naming its count by its unit (检查次数) gives it; a bare 数 (立案数) gives none
    const counted =
      "执法领域        检查次数    立案数    罚没金额(万元)\n市场监管        2316        184       326.5\n生态环境        874         63        412.8";
    assert.deepEqual(
      read(counted).map((q) => [q.cell, q.value, q.unit, q.subject]),
      [
        ["2316", 2316, "次", "市场监管(检查次数)"],
        ["326.5", 3265000, "元", "市场监管(罚没金额)"],
        ["874", 874, "次", "生态环境(检查次数)"],
        ["412.8", 4128000, "元", "生态环境(罚没金额)"],
      ],
    );
    // a unit in brackets the table units know: 户次
    assert.deepEqual(
      read("项目\t2024年\t2025年\n税务行政处罚(户次)\t3286\t2947").map((q) => [q.value, q.unit]),
      [
        [3286, "户次"],
        [2947, "户次"],
      ],
    );
    // a page's link table, a postal code, a phone number: no unit, or no number at all
    assert.deepEqual(read("首页\t政务公开\n联系电话\t0351-1234567\n邮编\t030001\n访问量\t1200"), []);
    // one line laid out in columns is no table; sentences are no labels
    assert.deepEqual(read("全年受理案件(件)    49\n正文继续。"), []);
    assert.deepEqual(read("全年受理案件,办结案件,纠错案件(件)\t49\t12\n第二行,还是句子,很长(件)\t3\t4"), []);
  });

  test("a category row spanning the table goes on with it; a change before its number; the caption's unit in brackets", () => {
    const text = [
      "表1 行政执法情况统计(单位:件)",
      "项目\t2022年\t2023年\t同比",
      "一、行政处罚\t\t\t",
      "一般程序案件\t1,203\t1,350\t增长12.2%",
      "简易程序案件\t560\t498\t同比下降11.1%",
      "二、行政许可\t\t\t",
      "受理许可申请\t8,900\t9,650\t增加750件",
    ].join("\n");
    assert.deepEqual(
      read(text).map((q) => [q.cell, q.value, q.unit, q.subject, q.current]),
      [
        ["1,203", 1203, "件", "行政处罚一般程序案件(2022年)", false],
        ["1,350", 1350, "件", "行政处罚一般程序案件(2023年)", true],
        ["12.2%", 12.2, "%", "行政处罚一般程序案件(同比增长)", false],
        ["560", 560, "件", "行政处罚简易程序案件(2022年)", false],
        ["498", 498, "件", "行政处罚简易程序案件(2023年)", true],
        ["11.1%", 11.1, "%", "行政处罚简易程序案件(同比下降)", false],
        ["8,900", 8900, "件", "行政许可受理许可申请(2022年)", false],
        ["9,650", 9650, "件", "行政许可受理许可申请(2023年)", true],
        ["750件", 750, "件", "行政许可受理许可申请(同比增加)", false],
      ],
    );
  });

  test("a blank line ends a table: the next one's rows are no rows of its columns", () => {
    const first = "项目\t2022年\t2023年\t同比\n行政处罚(件)\t1,203\t1,350\t12.2%";
    const second = "行政复议案件受理数\t85件\n行政应诉案件数\t42件";
    assert.deepEqual(
      read(`${first}\n\n${second}`)
        .slice(3)
        .map((q) => [q.cell, q.subject, q.current]),
      [
        ["85件", "行政复议案件受理数", true],
        ["42件", "行政应诉案件数", true],
      ],
    );
  });

  test("a column of categories spanning its rows, a year over 受理 and 办结, a column of units, a caption's unit after a space", () => {
    const text = [
      "表1 行政争议化解情况 单位:件",
      "类别\t指标\t2022年\t\t2023年\t",
      "\t\t受理\t办结\t受理\t办结",
      "行政复议\t案件\t85\t80\t96\t91",
      "\t其中:纠错\t—\t9\t—\t12",
      "",
      "项目\t单位\t2023年",
      "普法受众\t万人次\t6.8",
    ].join("\n");
    assert.deepEqual(
      read(text).map((q) => [q.cell, q.value, q.unit, q.subject, q.current]),
      [
        ["85", 85, "件", "行政复议案件(2022年受理)", false],
        ["80", 80, "件", "行政复议案件(2022年办结)", false],
        ["96", 96, "件", "行政复议案件(2023年受理)", true],
        ["91", 91, "件", "行政复议案件(2023年办结)", true],
        ["9", 9, "件", "行政复议纠错(2022年办结)", false],
        ["12", 12, "件", "行政复议纠错(2023年办结)", true],
        ["6.8", 68000, "人次", "普法受众(2023年)", true],
      ],
    );
    // what each counts, for its indicator: the row and the action of its column
    assert.equal(tableQuantities(text)[2].label, "行政复议案件受理");
  });

  test("a column headed 单位 naming bodies (区政府) labels its rows; one holding units (件) does not", () => {
    const text = [
      "表2 2023年各行政复议机关办案情况",
      "序号\t单位\t收到申请(件)\t审结(件)\t纠错率",
      "1\t区政府\t152\t139\t15.1%",
      "2\t区市场监管局\t19\t17\t11.8%",
      "合计\t\t171\t156\t14.6%",
    ].join("\n");
    assert.deepEqual(
      read(text).map((q) => [q.cell, q.unit, q.subject]),
      [
        ["152", "件", "区政府(收到申请)"],
        ["139", "件", "区政府(审结)"],
        ["15.1%", "%", "区政府(纠错率)"],
        ["19", "件", "区市场监管局(收到申请)"],
        ["17", "件", "区市场监管局(审结)"],
        ["11.8%", "%", "区市场监管局(纠错率)"],
        ["171", "件", "各行政复议机关办案合计(收到申请)"],
        ["156", "件", "各行政复议机关办案合计(审结)"],
        ["14.6%", "%", "各行政复议机关办案合计(纠错率)"],
      ],
    );
  });

  test("a year's header with its unit is that year's; a placeholder row is no header; totals name what they total", () => {
    const text = [
      "表2 2023年行政执法案件情况统计表",
      "项目\t2022年(件)\t2023年(件)",
      "一、行政处罚\t\t",
      "一般程序\t1,203\t1,350",
      "简易程序\t—\t/",
      "小计\t1,203\t1,350",
      "合计\t1,203\t1,350",
    ].join("\n");
    assert.deepEqual(
      read(text).map((q) => [q.cell, q.subject, q.current]),
      [
        ["1,203", "行政处罚一般程序(2022年)", false],
        ["1,350", "行政处罚一般程序(2023年)", true],
        ["1,203", "行政处罚小计(2022年)", false],
        ["1,350", "行政处罚小计(2023年)", true],
        ["1,203", "行政执法案件合计(2022年)", false],
        ["1,350", "行政执法案件合计(2023年)", true],
      ],
    );
  });

  test("a table whose rows are years: each number is its column's in its row's year", () => {
    const text = "年份\t行政复议案件(件)\t出庭应诉率\n2022年\t88\t95.3%\n2023年\t96\t100%";
    assert.deepEqual(
      read(text).map((q) => [q.cell, q.unit, q.subject, q.current]),
      [
        ["88", "件", "行政复议案件(2022年)", false],
        ["95.3%", "%", "出庭应诉率(2022年)", false],
        ["96", "件", "行政复议案件(2023年)", true],
        ["100%", "%", "出庭应诉率(2023年)", true],
      ],
    );
  });

  test("a total spanning the row numbers' column is read; a remark holding a change is the row's change", () => {
    const text = [
      "表3 行政执法案件情况",
      "序号\t项目\t数量(件)\t备注",
      "1\t行政处罚\t356\t较上年增加42件",
      "2\t行政许可\t1204\t同比增长8.5%",
      "3\t行政强制\t17\t其中查封扣押12件",
      "合计\t\t1577\t",
    ].join("\n");
    assert.deepEqual(
      read(text).map((q) => [q.cell, q.value, q.unit, q.subject, q.current]),
      [
        ["356", 356, "件", "行政处罚", true],
        ["42件", 42, "件", "行政处罚(较上年增加)", false],
        ["1204", 1204, "件", "行政许可", true],
        ["8.5%", 8.5, "%", "行政许可(同比增长)", false],
        ["17", 17, "件", "行政强制", true],
        ["1577", 1577, "件", "行政执法案件合计", true],
      ],
    );
  });
});

describe("a statistics table copied one cell per line", () => {
  test("its unit line, header and rows read as the tabbed table would be", () => {
    const text = [
      "2024年主要法治指标完成情况如下。",
      "单位：件",
      "指标",
      "2023年",
      "2024年",
      "行政复议案件新收数",
      "236",
      "281",
      "行政应诉案件数",
      "97",
      "88",
      "二、存在的不足和原因",
    ].join("\n");
    assert.deepEqual(
      read(text).map((q) => [q.cell, q.unit, q.subject, q.current]),
      [
        ["236", "件", "行政复议案件新收数(2023年)", false],
        ["281", "件", "行政复议案件新收数(2024年)", true],
        ["97", "件", "行政应诉案件数(2023年)", false],
        ["88", "件", "行政应诉案件数(2024年)", true],
      ],
    );
  });
});

describe("a table laid on its side", () => {
  test("a row that only says how many (数量) counts what each column names", () => {
    const text = [
      "申请事项\t举报投诉处理\t政府信息公开\t行政处罚",
      "数量\t52件\t19件\t33件",
      "占比\t50.5%\t18.4%\t32.0%",
    ].join("\n");
    assert.deepEqual(
      read(text).map((q) => [q.cell, q.subject]),
      [
        ["52件", "举报投诉处理数量"],
        ["19件", "政府信息公开数量"],
        ["33件", "行政处罚数量"],
        ["50.5%", "占比(举报投诉处理)"],
        ["18.4%", "占比(政府信息公开)"],
        ["32.0%", "占比(行政处罚)"],
      ],
    );
  });
});

describe("a statistics table whose category rows lost their tabs", () => {
  test("a category line between rows names the rows under it, and the table goes on", () => {
    const cells = [
      "全年主要数据如下。",
      "指标",
      "2022年",
      "2023年",
      "一、行政复议",
      "新收行政复议案件(件)",
      "41",
      "49",
      "二、人民调解",
      "调解纠纷(件)",
      "1203",
      "1350",
      "三、存在的不足和原因",
      "部分执法人员素质有待提高。",
    ];
    const expected = [
      // a label that names its category already is not named twice
      ["41", "新收行政复议案件(2022年)", false],
      ["49", "新收行政复议案件(2023年)", true],
      ["1203", "人民调解纠纷(2022年)", false],
      ["1350", "人民调解纠纷(2023年)", true],
    ];
    const got = (text: string) => read(text).map((q) => [q.cell, q.subject, q.current]);
    assert.deepEqual(got(cells.join("\n")), expected);
    // the same table tabbed, its category rows without tabs
    const tabbed = [cells[0], cells.slice(1, 4).join("\t"), cells[4], cells.slice(5, 8).join("\t"), cells[8]];
    tabbed.push(cells.slice(9, 12).join("\t"), ...cells.slice(12));
    assert.deepEqual(got(tabbed.join("\n")), expected);
    // the same table copied as text out of a PDF: columns of spaces, the category lines alone
    const spaced = tabbed.map((l) => l.replace(/\t/g, "      "));
    assert.deepEqual(got(spaced.join("\n")), expected);
  });

  test("a space-aligned table under a caption spaced from its number (表1  …(单位:件))", () => {
    // 安徽某县2023年报告的附表, 从 PDF 复制为纯文本
    const text = [
      "表1  2023年行政复议、行政诉讼案件情况(单位:件)",
      "项目                2022年      2023年",
      "一、行政复议",
      "收到申请              41          49",
      "受理                  38          45",
      "二、行政诉讼",
      "一审应诉案件          27          31",
      "其中败诉              2           1",
      "二、存在的不足",
      "执法队伍力量不足。",
    ].join("\n");
    assert.deepEqual(
      read(text)
        .filter((q) => q.current)
        .map((q) => [q.cell, q.subject, q.unit]),
      [
        ["49", "行政复议收到申请(2023年)", "件"],
        ["45", "行政复议受理(2023年)", "件"],
        ["31", "行政诉讼一审应诉案件(2023年)", "件"],
        ["1", "行政诉讼败诉(2023年)", "件"],
      ],
    );
  });
});

describe("a row numbered as an item of its category", () => {
  test("its number ((一), 1.) is no part of its name", () => {
    const text = [
      "单位：件",
      "项目\t2018年\t2019年",
      "一、行政诉讼",
      "一审应诉\t87\t79",
      "(一)其中败诉\t6\t4",
      "2.二审应诉\t12\t15",
    ].join("\n");
    assert.deepEqual(
      read(text)
        .filter((q) => q.current)
        .map((q) => q.subject),
      ["行政诉讼一审应诉(2019年)", "行政诉讼败诉(2019年)", "行政诉讼二审应诉(2019年)"],
    );
  });
});
