// Noise, outline, meta and required parts on small documents written for each shape.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../pipeline.ts";

const source = { path: "t.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const analyze = (text: string) => analyzeText(text, source);
const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

const PAGE = [
  "某某市人民政府网站-某某市2023年法治政府建设年度报告",
  "当前位置:首页 > 政务公开 > 法治政府",
  "某某县2023年法治政府建设年度报告",
  "发布时间:2024年3月15日 来源:县司法局 浏览次数:1024",
  "2023年,某某县坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政,法治政府建设取得积极成效。现将有关情况报告如下。",
  "一、主要举措和成效",
  "（一）健全行政决策机制。全年审查重大行政决策事项１２件，合法性审查率１００％。",
  "一是加强复议工作。全年新收行政复议案件56件,办结50件。二是规范执法。开展案卷评查3次。",
  "二、县政府主要负责人履行推进法治建设第一责任人职责情况",
  "县长主持召开常务会议专题研究法治工作4次。",
  "三、存在的不足",
  "基层执法力量仍然薄弱。",
  "四、2024年工作打算",
  "2024年,我县将力争新增法律顾问20名。",
  "某某县人民政府",
  "2024年3月10日",
  "【打印本页】【关闭窗口】",
  "版权所有:某某县人民政府 网站标识码:1234567890",
].join("\n");

describe("noise", () => {
  const record = analyze(PAGE);
  test("header, breadcrumb, metadata line and footer are boilerplate", () => {
    const spans = record.noise.filter((n) => n.kind === "boilerplate").map((n) => slice(PAGE, n));
    assert.ok(spans.some((s) => s.startsWith("某某市人民政府网站-")));
    assert.ok(spans.some((s) => s.startsWith("当前位置")));
    assert.ok(spans.some((s) => s.startsWith("发布时间")));
    assert.ok(spans.some((s) => s.startsWith("【打印本页】") && s.endsWith("1234567890")));
    assert.ok(!spans.some((s) => s.includes("某某县人民政府\n")), "the signature is body");
  });
  test("a navigation menu above the document is boilerplate; blank lines between do not break it", () => {
    const page = [
      "首页",
      "",
      "政务公开",
      "政策文件",
      "",
      "通知公告",
      "互动交流",
      "某某县2023年法治政府建设年度报告",
      "2023年,某某县坚持依法行政,法治政府建设取得积极成效,现将有关情况报告如下。",
      "一、主要举措和成效",
    ].join("\n");
    const r = analyze(page);
    const spans = r.noise.filter((n) => n.kind === "boilerplate").map((n) => slice(page, n));
    assert.deepEqual(spans, ["首页", "政务公开", "政策文件", "通知公告", "互动交流"]);
    assert.equal(r.meta.title, "某某县2023年法治政府建设年度报告");
  });
  test("an info box's field label is no part of the title", () => {
    const page =
      "标　　题：\t某市人民政府关于2023年度法治政府建设情况的报告\n发文日期：\t2024年1月5日\n2023年,我市深入推进依法行政。";
    assert.equal(analyze(page).meta.title, "某市人民政府关于2023年度法治政府建设情况的报告");
    // a table copied as text: cells parted by |
    const table =
      "成文日期 | 2025-06-13 | 发布日期 | 2025-06-30 |\n标 题 | 某市人民政府关于印发《某市法治政府建设实施方案》的通知 |\n各县区人民政府:";
    assert.equal(analyze(table).meta.title, "某市人民政府关于印发《某市法治政府建设实施方案》的通知");
  });
  test("an organ's name with 规划 or 计划 in it (自然资源和规划局) is no plan's title", () => {
    const page =
      "市自然资源和规划局\n市自然资源和规划局2023年法治政府建设情况报告\n2023年,我局坚持依法行政。现将有关情况报告如下:\n一、主要举措和成效";
    const { meta } = analyze(page);
    assert.deepEqual([meta.title, meta.kind], ["市自然资源和规划局2023年法治政府建设情况报告", "report"]);
    assert.equal(analyze("某市卫生和计划生育委员会\n一、工作情况").meta.kind === "plan", false);
    assert.equal(analyze("某市国土空间总体规划\n一、总体要求").meta.kind, "plan");
  });
  test("a browser title with the site's name is boilerplate, the heading below is the title", () => {
    const page =
      "长沙市2023年法治政府建设情况报告_长沙市人民政府\n长沙市2023年法治政府建设情况报告\n2023年,长沙市法治政府建设取得明显成效,现将有关情况报告如下。";
    const r = analyze(page);
    assert.equal(r.noise[0]?.kind, "boilerplate");
    assert.equal(r.noise[0]?.start, 0);
    assert.equal(r.meta.title, "长沙市2023年法治政府建设情况报告");
  });
  test("a department's or a portal's name after the title is the site's, and no part of what the title says", () => {
    const page =
      "2023年度法治政府建设工作报告_湖州市自然资源和规划局\n首页 | 政务公开\n　　2023年，湖州市自然资源和规划局坚持以习近平法治思想为指导，全面推进法治建设。现将有关情况报告如下。\n　　一、主要举措和成效";
    const r = analyze(page);
    assert.equal(r.meta.title, "2023年度法治政府建设工作报告");
    // 规划 in the site's name made the report a plan
    assert.equal(r.meta.kind, "report");
    const portal = "深圳市福田区2023年法治政府建设年度报告 - 福田政府在线\n2023年,福田区深入推进依法行政。";
    assert.equal(analyze(portal).meta.title, "深圳市福田区2023年法治政府建设年度报告");
  });
  test("a hijacked browser title: the advertiser's segments before the page's own title go with the ad", () => {
    const page =
      "开云体育(中国)官方网站-KAIYUN SPORTS-城固县人民政府2025年法治政府建设情况报告\n2025年,城固县深入推进依法行政。现将有关情况报告如下。";
    assert.equal(analyze(page).meta.title, "城固县人民政府2025年法治政府建设情况报告");
  });
  test("stray question marks, replacement characters and pinyin debris are garbage", () => {
    const text = "全年受理案件12件。?一是加强统(tǒng)筹\ufffd工作。";
    const garbage = analyze(text)
      .noise.filter((n) => n.kind === "garbage")
      .map((n) => slice(text, n));
    assert.deepEqual(garbage, ["?", "(tǒng)", "\ufffd"]);
  });
  test("a question mark that ends a question is not garbage", () => {
    const text = "如何进一步提高执法水平?我们的回答是加强培训。";
    assert.deepEqual(
      analyze(text).noise.filter((n) => n.kind === "garbage"),
      [],
    );
  });
  test("mojibake runs are garbage; real Traditional text is not", () => {
    const moji = Buffer.from("法治政府建设年度报告", "utf8").toString("latin1");
    assert.ok(analyze(`报告正文${moji}结束`).noise.some((n) => n.kind === "garbage"));
    assert.deepEqual(
      analyze("堅持以習近平新時代中國特色社會主義思想為指導,法治政府建設取得積極成效。").noise,
      [],
    );
  });
  test("spam that replaced a name is found from the broken formula, everywhere it occurs", () => {
    const text =
      "某市报告_皇冠体育官网\n2023年,我市坚持以皇冠体育官网新时代中国特色社会主义思想为指导,学习皇冠体育官网法治思想。";
    const r = analyze(text);
    const spam = r.noise.filter((n) => n.kind === "spam").map((n) => slice(text, n));
    assert.deepEqual(spam, ["皇冠体育官网", "皇冠体育官网", "皇冠体育官网"]);
    assert.ok(r.findings.some((f) => f.rule === "review:tampered-formula" && f.message.includes("习近平")));
  });
  test("gambling named in law enforcement is not spam; advertising copy is", () => {
    const report = "依法打击网络赌博、赌博网站和跨境博彩,查处娱乐城3家,务必发挥作用。";
    assert.deepEqual(
      analyze(report).noise.filter((n) => n.kind === "spam"),
      [],
    );
    const hijacked = "首页 > 通知公告\n欢迎访问皇冠体育官网注册送彩金\n2023年,我市法治政府建设取得成效。";
    const spam = analyze(hijacked)
      .noise.filter((n) => n.kind === "spam")
      .map((n) => slice(hijacked, n));
    // the injected line whole: its greeting is the advertisement's too
    assert.deepEqual(spam, ["欢迎访问皇冠体育官网注册送彩金"]);
  });
  test("a clean page has no spam", () => {
    assert.deepEqual(
      record.noise.filter((n) => n.kind === "spam"),
      [],
    );
  });
});

describe("outline", () => {
  test("a report in parts (第一部分): each part above its own 一、二、, its required parts found", () => {
    const r = analyze(
      [
        "某县2024年法治政府建设年度报告",
        "2024年，我县深入贯彻习近平法治思想。现将有关情况报告如下。",
        "第一部分　2024年工作开展情况",
        "一、依法全面履行政府职能",
        "1、深化“放管服”改革。全县政务服务事项网上可办率99%。",
        "二、健全依法行政制度体系",
        "第二部分 存在的问题",
        "一是干部法治意识不强；二是执法力量不足。",
        "第三部分 2025年工作计划",
        "一、持续深化学习。",
        "二、持续推进执法规范化。",
      ].join("\n"),
    );
    assert.deepEqual(
      r.outline.map((h) => `${h.level} ${h.marker}${h.title}`),
      [
        "0 第一部分2024年工作开展情况",
        "1 一、依法全面履行政府职能",
        "3 1、深化“放管服”改革",
        "1 二、健全依法行政制度体系",
        "0 第二部分存在的问题",
        "1 一是干部法治意识不强",
        "1 二是执法力量不足",
        "0 第三部分2025年工作计划",
        "1 一、持续深化学习",
        "1 二、持续推进执法规范化",
      ],
    );
    assert.equal(r.sections_present?.next_year.present, true);
    assert.equal(r.sections_present?.shortcomings.present, true);
  });
  const record = analyze(PAGE);
  test("levels by marker, inline 一是 one below its heading, full-width markers", () => {
    const levels = record.outline.map((h) => [h.level, h.marker]);
    assert.deepEqual(levels, [
      [1, "一、"],
      [2, "（一）"],
      [3, "一是"],
      [3, "二是"],
      [1, "二、"],
      [1, "三、"],
      [1, "四、"],
    ]);
  });
  test("a table's rows and its category rows head no part of the text", () => {
    const text = [
      "一、主要工作情况",
      "全年办理案件情况如下。",
      "项目\t2022年\t2023年",
      "一、行政处罚\t\t",
      "一般程序案件\t1,203\t1,350",
      "二、行政许可\t\t",
      "受理许可申请\t8,900\t9,650",
      "",
      "二、存在的不足",
      "培训覆盖面不广。",
    ].join("\n");
    assert.deepEqual(
      analyze(text).outline.map((h) => [h.level, h.marker, h.title]),
      [
        [1, "一、", "主要工作情况"],
        [1, "二、", "存在的不足"],
      ],
    );
  });
  test("lost numerals are recovered from sequence and form", () => {
    const text =
      "一、总体情况\n全年工作顺利。\n、坚持党的全面领导\n市委常委会研究法治工作。\n持续巩固示范创建成果\n(一)提升行政效能\n全年办理事项12件。";
    const outline = analyze(text).outline;
    assert.deepEqual(
      outline.map((h) => [h.level, h.marker, h.inferred_marker, h.inferred ?? false]),
      [
        [1, "一、", "一、", false],
        [1, "、", "二、", true],
        [1, "", "三、", true],
        [2, "(一)", "(一)", false],
      ],
    );
  });
  test("一. and 1、 are heading markers too", () => {
    const text = "一.总体情况\n全年工作顺利。\n1、强化领导\n(1)健全机制";
    assert.deepEqual(
      analyze(text).outline.map((h) => [h.level, h.marker]),
      [
        [1, "一."],
        [3, "1、"],
        [4, "(1)"],
      ],
    );
  });
  test("labels and dates are not headings", () => {
    const text =
      "具体措施:\n1.深入推进审批制度改革\n(1)持续推进简政放权。认真做好衔接工作。\n2023年3月,完成清理。";
    assert.deepEqual(
      analyze(text).outline.map((h) => [h.level, h.marker]),
      [
        [3, "1."],
        [4, "(1)"],
      ],
    );
  });
});

describe("meta", () => {
  test("a plan sent out by a notice is dated by the notice's signature above it", () => {
    const lines = [
      "中共桐庐县委全面依法治县委员会办公室关于印发《桐庐县2024年法治政府建设工作要点》的通知",
      "各乡镇（街道）党委、政府，县级各部门：",
      "现将《桐庐县2024年法治政府建设工作要点》印发给你们，请结合实际认真抓好贯彻落实。",
      "中共桐庐县委全面依法治县委员会办公室",
      "2024年3月12日",
      "桐庐县2024年法治政府建设工作要点",
      "一、深入学习贯彻习近平法治思想",
      "1.将习近平法治思想纳入县政府常务会议会前学法内容。（县司法局牵头，县级各部门配合）",
      "2.开展领导干部应知应会法律法规学习。（县委组织部、县司法局牵头）",
      "二、健全依法行政制度体系",
      "3.严格落实重大行政决策程序规定。（县司法局牵头）",
      "4.加强行政规范性文件备案审查。（县司法局牵头）",
    ];
    assert.equal(analyze(lines.join("\n")).meta.published, "2024-03-12");
    // a portal's date with a space after the year, on the page's metadata line
    const page = ["发布时间：2024 04/22 16:19:48    来源：桐庐县司法局", ...lines.slice(3)];
    assert.equal(analyze(page.join("\n")).meta.published, "2024-04-22");
    page[0] = "发布时间：2024 04/22 16:19:48";
    assert.equal(analyze(page.join("\n")).meta.published, "2024-04-22");
    // a date in running text is no signature
    lines[3] = "县委依法治县办于2024年3月研究部署，";
    assert.equal(analyze(lines.join("\n")).meta.published, null);
  });
  test("a page's short title repeated below with its issuer: the fuller line is the title", () => {
    const { meta } = analyze(
      [
        "2024年度法治政府建设情况报告",
        "首页 > 政务公开 > 法治政府",
        "桐庐县人民政府2024年度法治政府建设情况报告",
        "2024年，桐庐县深入推进依法行政。现将有关情况报告如下。",
      ].join("\n"),
    );
    assert.equal(meta.title, "桐庐县人民政府2024年度法治政府建设情况报告");
    assert.equal(meta.region, "桐庐县");
  });
  test("a division named like a word is the word: 会同县公安局 (together with), 和平区域", () => {
    const department = (sentence: string) =>
      analyze(
        [
          "县市场监督管理局2024年度法治政府建设工作报告",
          "2024年，县市场监管局深入贯彻习近平法治思想。",
          sentence,
          "县市场监督管理局",
          "2025年2月10日",
        ].join("\n"),
      ).meta;
    const together = department("会同县公安局、县农业农村局开展食品安全联合执法12次。");
    assert.deepEqual([together.region, together.issuer], [null, "县市场监督管理局"]);
    assert.equal(department("推动和平区域内企业合规经营。").region, null);
    // the place itself: its parent before it, or no unit after it
    assert.equal(department("怀化市会同县公安局开展联合执法12次。").region, "会同县");
    assert.equal(department("会同县2024年开展联合执法12次。").region, "会同县");
  });
  test("the year reported on, when the title names none or writes it in Chinese numerals", () => {
    const report = (title: string, opening: string, signed: string) =>
      analyze(
        [
          title,
          `${opening}，我县坚持以习近平法治思想为指导。现将有关情况报告如下。`,
          "一、主要工作",
          "全年审查合同45份。",
          "某县人民政府",
          signed,
        ].join("\n"),
      ).meta.year;
    const untitled = "关于法治政府建设工作情况的报告";
    // the opening names it (2024年以来), the January signature does not
    assert.equal(report(untitled, "2024年以来", "2025年1月6日"), 2024);
    // only the signature: a report signed early in a year is on the year before, late in it on its own
    assert.equal(report(untitled, "一年来", "2025年1月6日"), 2024);
    assert.equal(report(untitled, "今年以来", "2024年12月16日"), 2024);
    assert.equal(report(untitled, "一年来", "2024年11月20日"), 2024);
    for (const year of ["二〇二四", "二○二四", "二零二四"])
      assert.equal(
        report(`某县人民政府${year}年度法治政府建设工作报告`, "一年来", "2025年1月6日"),
        2024,
        year,
      );
    // a year compared with is not the year reported on
    assert.equal(
      analyze(
        [
          "关于法治政府建设情况的报告",
          "全年受理复议案件60件，较2023年增加12件，纠错数比2023年减少3件。",
          "我县2024年推进依法行政。",
        ].join("\n"),
      ).meta.year,
      2024,
    );
  });
  test("a county report page", () => {
    const { meta } = analyze(PAGE);
    assert.equal(meta.kind, "report");
    assert.equal(meta.title, "某某县2023年法治政府建设年度报告");
    assert.equal(meta.year, 2023);
    assert.equal(meta.published, "2024-03-15");
  });
  test("region and level from the gazetteer, department issuers", () => {
    const county = analyze(
      "清镇市2022年法治政府建设情况报告\n2022年,清镇市坚持依法行政。现将情况报告如下。",
    ).meta;
    assert.deepEqual([county.region, county.level], ["清镇市", "county"]);
    const dept = analyze("长沙市司法局2023年法治政府建设年度报告\n2023年,我局坚持依法行政。").meta;
    assert.deepEqual([dept.region, dept.level, dept.issuer], ["长沙市", "department", "长沙市司法局"]);
    const district = analyze(
      "北京市朝阳区2023年法治政府建设情况报告\n2023年,朝阳区法治政府建设取得成效。",
    ).meta;
    assert.deepEqual([district.region, district.level], ["朝阳区", "county"]);
    const province = analyze("山西省2023年法治政府建设情况报告\n2023年,全省法治政府建设取得成效。").meta;
    assert.deepEqual([province.region, province.level], ["山西省", "province"]);
  });
  test("an area the gazetteer does not know: the title's organ is the issuer", () => {
    const meta = (title: string) => {
      const m = analyze(`${title}\n一、主要举措和成效\n全年办理行政复议案件58件。`).meta;
      return [m.region, m.level, m.issuer];
    };
    assert.deepEqual(meta("青石县人民政府关于2023年度法治政府建设情况的报告"), [
      null,
      "county",
      "青石县人民政府",
    ]);
    // a zone's 管委会 reports as a county does (rules/issuers.ts ZONE_LEVEL)
    assert.deepEqual(meta("青石经济技术开发区管委会2023年法治政府建设情况报告"), [
      null,
      "county",
      "青石经济技术开发区管委会",
    ]);
    assert.deepEqual(meta("青石县2023年法治政府建设工作报告"), [null, "county", "青石县"]);
    // a long organ's name is kept whole (18 characters)
    assert.equal(
      meta("中共青石县委全面依法治县委员会办公室关于2023年度法治政府建设考核结果的通报")[2],
      "中共青石县委全面依法治县委员会办公室",
    );
    // no name: 全市, a template's 某某县, a title without an organ
    assert.deepEqual(meta("全市2023年法治政府建设工作报告"), [null, null, null]);
    assert.deepEqual(meta("某某县2023年法治政府建设工作报告"), [null, null, null]);
    assert.deepEqual(meta("关于2023年度法治政府建设情况的报告"), [null, null, null]);
  });
  test("plans and other genres", () => {
    assert.equal(analyze("《某某市法治政府建设实施方案(2021-2025年)》\n一、总体要求").meta.kind, "plan");
    assert.equal(analyze("某某市2023年政府信息公开工作年度报告\n一、总体情况").meta.kind, "other");
    assert.equal(analyze("某县法治政府建设督察反馈问题整改清单\n一、整改任务").meta.kind, "plan");
    // news of a document or a commentary on it is not the document
    assert.equal(analyze("《中国法治政府评估报告(2023)》发布\n一、总体情况").meta.kind, "other");
    assert.equal(analyze("《某市法治政府建设实施方案》政策解读\n一、起草背景").meta.kind, "other");
    assert.equal(analyze("《某市法治政府建设实施方案(2021-2025年)》\n一、总体要求").meta.kind, "plan");
    assert.equal(analyze("贯彻落实《法治政府建设实施纲要》情况报告\n一、主要举措").meta.kind, "report");
  });
  test("Traditional script is detected and regions read in Simplified", () => {
    const { meta } = analyze(
      "2023年,長治市堅持依法行政,法治政府建設取得積極成效。\n一、主要舉措\n長治市人民政府",
    );
    assert.equal(meta.script, "traditional");
    assert.equal(meta.region, "长治市");
  });
});

describe("required parts", () => {
  test("all four parts of a complete report", () => {
    const s = analyze(PAGE).sections_present;
    assert.ok(s);
    for (const part of ["achievements", "shortcomings", "first_responsible", "next_year"] as const) {
      assert.equal(s[part].present, true, part);
      assert.ok((s[part].start ?? -1) >= 0);
    }
    assert.ok(PAGE.slice(s.next_year.start ?? 0).startsWith("四、2024年工作打算"));
  });
  test("next year's part under the regulation's own words and their short forms", () => {
    for (const heading of [
      "三、下一年度推进法治政府建设的主要安排",
      "三、2024年推进法治政府建设的主要安排",
      "三、2024年主要安排",
    ]) {
      const text = `某县2023年法治政府建设年度报告\n一、主要举措和成效\n全年受理行政复议案件108件。\n二、存在的不足\n基层力量薄弱。\n${heading}\n继续深化改革。`;
      const s = analyze(text).sections_present;
      assert.equal(s?.next_year.present, true, heading);
      assert.equal(text.slice(s?.next_year.start ?? 0).split("\n")[0], heading);
    }
  });
  test("a report without shortcomings is flagged", () => {
    const text =
      "2023年,我市法治政府建设取得成效。\n一、主要举措和成效\n全年受理行政复议案件108件。\n二、2024年工作安排\n2024年,我市将继续推进。";
    const r = analyze(text);
    assert.equal(r.sections_present?.shortcomings.present, false);
    assert.ok(r.findings.some((f) => f.rule === "review:missing-part" && f.message.includes("不足")));
  });
});
