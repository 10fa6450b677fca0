import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../pipeline.ts";
import { parseClause } from "./clause.ts";
import { findDeadlines } from "./deadlines.ts";
import { buildLedger, dueText } from "./ledger.ts";
import { numeralOf } from "./measures.ts";

const source = { path: "plan.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const measuresOf = (text: string) => analyzeText(text, source).measures;
const brief = (text: string) =>
  measuresOf(text).map((m) => ({ no: m.no, lead: m.lead, cooperate: m.cooperate, due: m.due?.date ?? null }));

describe("clauses in brackets", () => {
  test("nested brackets stay inside the clause", () => {
    const plan = [
      "襄阳市法治政府建设实施方案",
      "　　一、依法全面履行政府职能",
      "　　1.深化行政审批制度改革。（市司法局牵头，市直有关部门配合）",
      "　　2.加强规范性文件管理。（市司法局牵头，各县（市、区）政府配合）",
      "　　3.推进执法改革。（市司法局牵头，各县（市、区）政府配合，2022年6月底前完成）",
    ].join("\n");
    assert.deepEqual(brief(plan), [
      { no: 1, lead: ["市司法局"], cooperate: ["市直有关部门"], due: null },
      { no: 2, lead: ["市司法局"], cooperate: ["各县(市、区)政府"], due: null },
      { no: 3, lead: ["市司法局"], cooperate: ["各县(市、区)政府"], due: "2022-06-30" },
    ]);
  });
  test("measures with the same clause each get their own units (the clause is read once)", () => {
    const plan = [
      "襄阳市法治政府建设实施方案",
      "　　一、依法全面履行政府职能",
      "　　1.深化行政审批制度改革。（市司法局牵头，市直有关部门配合）",
      "　　2.加强规范性文件管理。（市司法局牵头，市直有关部门配合）",
    ].join("\n");
    const [first, second] = measuresOf(plan);
    assert.deepEqual([second.lead, second.cooperate], [["市司法局"], ["市直有关部门"]]);
    // a list a later step changes in one measure stays as read in the other
    assert.notEqual(first.lead, second.lead);
    assert.notEqual(first.cooperate, second.cooperate);
  });
  test("an opening bracket never closed is no note: the clause after it is still found", () => {
    const plan = [
      "襄阳市法治政府建设实施方案",
      "　　一、依法全面履行政府职能",
      "　　1.深化行政审批制度改革（含“一网通办”。（市司法局牵头，市直有关部门配合）",
      `　　2.加强规范性文件管理（${"备案审查".repeat(80)}。（市司法局牵头，各县（市、区）政府配合）`,
    ].join("\n");
    assert.deepEqual(brief(plan), [
      { no: 1, lead: ["市司法局"], cooperate: ["市直有关部门"], due: null },
      { no: 2, lead: ["市司法局"], cooperate: ["各县(市、区)政府"], due: null },
    ]);
  });
  test("【…】 and […] close the clause, not a unit's name", () => {
    const plan = [
      "襄阳市2024年法治政府建设工作要点",
      "　　一、依法全面履行政府职能",
      "　　1.推进执法改革。【牵头单位：市司法局；配合单位：市直有关部门】",
      "　　2.加强规范性文件管理。[责任单位：市司法局]",
    ].join("\n");
    assert.deepEqual(brief(plan), [
      { no: 1, lead: ["市司法局"], cooperate: ["市直有关部门"], due: null },
      { no: 2, lead: ["市司法局"], cooperate: [], due: null },
    ]);
  });
});

describe("labelled clauses of department plans", () => {
  test("责任处室 and 牵头处室 are labels, in brackets or on their own lines with the lines after", () => {
    const bracketed = [
      "宁波市生态环境局2024年法治政府建设工作要点",
      "　　一、完善生态环境法规制度",
      "　　1.推动立法调研，形成立法建议稿。（责任处室：法规与标准处；完成时限：2024年10月底前）",
      "　　2.开展合法性审核。（牵头处室：法规与标准处；配合单位：各区（县、市）分局）",
    ].join("\n");
    assert.deepEqual(brief(bracketed), [
      { no: 1, lead: ["法规与标准处"], cooperate: [], due: "2024-10-31" },
      { no: 2, lead: ["法规与标准处"], cooperate: ["各区(县、市)分局"], due: null },
    ]);
    const lines = [
      "宁波市生态环境局2024年法治政府建设工作要点",
      "　　一、严格生态环境执法",
      "　　1.开展生态环境执法大练兵活动。",
      "　　牵头处室：生态环境执法监督处",
      "　　配合单位：各区（县、市）分局",
      "　　完成时限：2024年9月底前",
      "　　2.落实免罚清单。",
      "　　责任处室：法规与标准处",
      "　　完成时限：2024年6月5日前",
    ].join("\n");
    assert.deepEqual(brief(lines), [
      { no: 1, lead: ["生态环境执法监督处"], cooperate: ["各区(县、市)分局"], due: "2024-09-30" },
      { no: 2, lead: ["法规与标准处"], cooperate: [], due: "2024-06-05" },
    ]);
  });
  test("责任单位 after 牵头单位 (or 负责落实 after 牵头) carry the task out under the lead", () => {
    assert.deepEqual(parseClause("牵头单位:区发展改革局;责任单位:区市场监管局、区行政审批局"), {
      lead: ["区发展改革局"],
      cooperate: ["区市场监管局", "区行政审批局"],
    });
    assert.deepEqual(parseClause("责任单位:区司法局;配合单位:区财政局"), {
      lead: ["区司法局"],
      cooperate: ["区财政局"],
    });
    assert.deepEqual(parseClause("市委编办、市司法局牵头,各县(市、区)政府负责落实"), {
      lead: ["市委编办", "市司法局"],
      cooperate: ["各县(市、区)政府"],
    });
  });
  test("a bare kind after a collective takes its head: 各街道、镇", () => {
    assert.deepEqual(parseClause("牵头单位:区司法局;配合单位:各街道、镇,区政府各部门"), {
      lead: ["区司法局"],
      cooperate: ["各街道", "各镇", "区政府各部门"],
    });
    assert.deepEqual(parseClause("市委依法治市办牵头,各县(市、区)党委、政府配合"), {
      lead: ["市委依法治市办"],
      cooperate: ["各县(市、区)党委", "各县(市、区)政府"],
    });
  });
});

describe("deadlines as plans write them", () => {
  const dates = (s: string, year: number | null = null) =>
    findDeadlines(s, s, 0, s.length, year).map((d) => [d.quote, d.date]);
  test("a day is kept; a span of months ends at its last; a year alone after a deadline label", () => {
    assert.deepEqual(dates("2024年6月15日前完成"), [["2024年6月15日前", "2024-06-15"]]);
    assert.deepEqual(dates("完成时限:2024年12月15日"), [["2024年12月15日", "2024-12-15"]]);
    assert.deepEqual(dates("完成时限:2024年10月—12月"), [["2024年10月—12月", "2024-12-31"]]);
    assert.deepEqual(dates("2024年10月至2025年3月"), [["2024年10月至2025年3月", "2025-03-31"]]);
    assert.deepEqual(dates("完成时限:2025年"), [["2025年", "2025-12-31"]]);
    assert.deepEqual(dates("到2025年,基本建成法治政府"), []);
  });
  test("a year's 年内/年度内 is its end; a month's 上旬/中旬 its 10th/20th; 明年 in a one-year plan the next", () => {
    assert.deepEqual(dates("2026年内完成"), [["2026年内", "2026-12-31"]]);
    assert.deepEqual(dates("2026年度内完成"), [["2026年度内", "2026-12-31"]]);
    assert.deepEqual(dates("2026年内容更新"), []);
    assert.deepEqual(dates("2026年6月中旬前完成"), [["2026年6月中旬前", "2026-06-20"]]);
    assert.deepEqual(dates("2026年9月上旬"), [["2026年9月上旬", "2026-09-10"]]);
    assert.deepEqual(dates("2026年6月份前完成"), [["2026年6月份前", "2026-06-30"]]);
    assert.deepEqual(dates("明年3月底前公开", 2026), [["明年3月底前", "2027-03-31"]]);
  });
  test("年内 is the end of a one-year plan's year; 三年内 is not", () => {
    assert.deepEqual(dates("年内新增联合检查场景10个", 2024), [["年内", "2024-12-31"]]);
    assert.deepEqual(dates("三年内完成", 2024), []);
    assert.deepEqual(dates("年内新增联合检查场景10个"), []);
  });
  test("the plan's default written as 本方案未明确完成时限的 is the default, not the last measure's", () => {
    const plan = [
      "襄阳市法治政府建设实施方案",
      "　　一、依法全面履行政府职能",
      "　　1.深化行政审批制度改革。（市司法局牵头，市直有关部门配合，2022年6月底前完成）",
      "　　2.加强执法监督。（市司法局负责）",
      "　　3.加强规范性文件管理。（市司法局牵头，各县（市、区）政府配合）",
      "　　本方案未明确完成时限的，于2025年底前完成。",
    ].join("\n");
    const ms = measuresOf(plan);
    assert.deepEqual(
      ms.map((m) => m.due),
      [
        { date: "2022-06-30", inherited: false },
        { date: "2025-12-31", inherited: true },
        { date: "2025-12-31", inherited: true },
      ],
    );
    assert.deepEqual(ms[2].deadlines, []);
  });
  test("a 整改方案's closing date for all its rectification is the default; one measure's 整改到位 is not", () => {
    for (const goal of [
      "确保2025年6月底前全部整改到位。",
      "于2025年6月底前全部完成整改。",
      "整改工作于2025年6月底前完成。",
    ]) {
      const plan = [
        "关于法治政府建设督察反馈问题的整改方案",
        "一、整改目标",
        `坚持问题导向，逐项建立整改台账，${goal}`,
        "二、整改措施",
        "1.开展规范性文件专项清理。（县司法局牵头，县政府各部门配合，2025年3月底前）",
        "2.开展执法案卷评查。（县司法局负责）",
      ].join("\n");
      assert.deepEqual(
        measuresOf(plan).map((m) => m.due),
        [
          { date: "2025-03-31", inherited: false },
          { date: "2025-06-30", inherited: true },
        ],
        goal,
      );
    }
    // a past round's rectification told as done sets no date; of two dates for all of it, the later
    const rounds = [
      "关于法治政府建设督察反馈问题的整改方案",
      "2024年督察反馈的问题已于2024年12月底前全部整改到位，但部分问题出现反弹。",
      "一、整改目标",
      "立行立改的问题确保2025年3月底前全部整改到位，其余问题确保2025年9月底前全部整改到位。",
      "二、整改措施",
      "1.开展执法案卷评查。（县司法局负责）",
      "2.开展规范性文件专项清理。（县司法局牵头，县政府各部门配合，2025年3月底前）",
    ].join("\n");
    assert.deepEqual(
      measuresOf(rounds).map((m) => m.due),
      [
        { date: "2025-09-30", inherited: true },
        { date: "2025-03-31", inherited: false },
      ],
    );
    const own = [
      "关于法治政府建设督察反馈问题的整改方案",
      "一、整改措施",
      "1.开展规范性文件专项清理，2025年3月底前整改到位。（县司法局牵头，县政府各部门配合）",
      "2.开展执法案卷评查。（县司法局负责）",
    ].join("\n");
    assert.deepEqual(
      measuresOf(own).map((m) => m.due),
      [{ date: "2025-03-31", inherited: false }, null],
    );
  });
});

describe("headings above measures", () => {
  test("markers in Chinese numerals have their number", () => {
    assert.deepEqual(["(一)", "（三）", "十二、", "(二十三)", "12.", "（10）", "、"].map(numeralOf), [
      1,
      3,
      12,
      23,
      12,
      10,
      null,
    ]);
  });
  test("measures all under one container heading take the headings below it as areas", () => {
    const plan = [
      "雁塔区法治政府建设实施方案（2023—2025年）",
      "　　一、总体要求",
      "　　坚持以习近平新时代中国特色社会主义思想为指导。",
      "　　二、主要任务",
      "　　（一）推进政府机构职能优化协同高效",
      "　　1.坚持优化政府组织结构。（责任单位：区委编办）",
      "　　2.全面实行政府权责清单制度。（责任单位：区委编办、区司法局）",
      "　　（二）健全依法行政制度体系",
      "　　3.严格落实行政规范性文件“三统一”制度。（责任单位：区司法局）",
      "　　三、保障措施",
      "　　加强组织领导。",
    ].join("\n");
    assert.deepEqual(
      measuresOf(plan).map((m) => [m.area, m.group]),
      [
        ["推进政府机构职能优化协同高效", { no: 1, title: "推进政府机构职能优化协同高效" }],
        ["推进政府机构职能优化协同高效", { no: 1, title: "推进政府机构职能优化协同高效" }],
        ["健全依法行政制度体系", { no: 2, title: "健全依法行政制度体系" }],
      ],
    );
  });
});

describe("a deadline that asks for the work at once", () => {
  test("立行立改 is due the day the plan is issued; without the plan's date it gives no date", () => {
    const plan = (signed: string) =>
      [
        "某区法治政府建设督察反馈问题整改方案",
        "　　一、整改任务",
        "　　1.将法治建设纳入年度考核。（牵头单位：区委组织部；完成时限：立行立改）",
        "　　2.完善行政执法“三项制度”。（牵头单位：区司法局；完成时限：2024年6月底前）",
        "　　3.规范执法行为。（牵头单位：区司法局；完成时限：立即整改，长期坚持）",
        signed,
      ].join("\n");
    const dated = measuresOf(plan("某区人民政府办公室\n2024年2月26日"));
    assert.deepEqual(
      dated.map((m) => [m.due, m.deadlines.map((d) => d.quote)]),
      [
        [{ date: "2024-02-26", inherited: false }, ["立行立改"]],
        [{ date: "2024-06-30", inherited: false }, ["2024年6月底前"]],
        [{ date: "2024-02-26", inherited: false }, ["立即整改"]],
      ],
    );
    assert.deepEqual(
      measuresOf(plan("")).map((m) => m.due?.date ?? null),
      [null, "2024-06-30", null],
    );
  });
});

describe("terms that are no date", () => {
  const plan = [
    "雁塔区2024年法治政府建设工作要点",
    "　　一、依法全面履行政府职能",
    "　　1.坚持优化政府组织结构。（责任单位：区委编办；完成时限：长期坚持）",
    "　　2.持续优化法治化营商环境。（牵头单位：区发展改革局；完成时限：持续推进）",
    "　　3.制定重大行政决策事项目录。（责任单位：区政府办公室；完成时限：每年3月底前）",
    "　　4.建立规范性文件定期清理机制。（区司法局牵头，各街道配合，长期坚持）",
    "　　5.加强行政执法监督。（责任单位：区司法局）",
    "　　本要点未明确完成时限的，于2024年底前完成。",
  ].join("\n");
  const ms = measuresOf(plan);
  test("a standing or recurring term is the measure's, and it inherits no default date", () => {
    assert.deepEqual(
      ms.map((m) => [m.term?.kind ?? null, m.term?.quote ?? null, m.due]),
      [
        ["standing", "长期坚持", null],
        ["standing", "持续推进", null],
        ["recurring", "每年3月底前", null],
        ["standing", "长期坚持", null],
        [null, null, { date: "2024-12-31", inherited: true }],
      ],
    );
  });
  test("the ledger shows the term where there is no date", () => {
    const rows = buildLedger(ms).rows;
    assert.deepEqual(
      rows.map((r) => [r.term, r.termKind, dueText(r)]),
      [
        ["长期坚持", "长期", "长期坚持"],
        ["持续推进", "长期", "持续推进"],
        ["每年3月底前", "定期", "每年3月底前"],
        ["长期坚持", "长期", "长期坚持"],
        ["", "", "2024-12-31（默认）"],
      ],
    );
  });
});

describe("a recurring time in the measure's text", () => {
  test("is its term when the clause gives no time, so it inherits no default; 持续…, a 《title》's 每年 and 每人每年 are not", () => {
    const plan = [
      "某市法治政府建设实施方案（2026—2030年）",
      "一、健全依法行政制度体系",
      "（一）加强重要领域立法。每年3月底前编制年度立法工作计划。（市司法局牵头，市人大常委会法工委配合）",
      "（二）严格落实重大行政决策程序。于每年第一季度向社会公布决策事项目录。（市政府办公室牵头，市直各部门配合）",
      "（三）完善行政执法程序。每半年开展一次行政执法案卷评查。（市司法局牵头）",
      "（四）持续优化法治化营商环境。落实《每年度营商环境评价办法》。（市发展改革委负责）",
      "（五）加强执法培训，每人每年培训不少于60学时。（市司法局负责）",
      "除明确时限外，本方案各项任务于2030年底前完成。",
    ].join("\n");
    assert.deepEqual(
      measuresOf(plan).map((m) => [m.term?.kind ?? null, m.term?.quote ?? null, m.due]),
      [
        ["recurring", "每年3月底前", null],
        ["recurring", "每年第一季度", null],
        ["recurring", "每半年", null],
        [null, null, { date: "2030-12-31", inherited: true }],
        // a quantity per person and year (每人每年…学时) is no schedule
        [null, null, { date: "2030-12-31", inherited: true }],
      ],
    );
  });
});

describe("bracketed notes", () => {
  test("a bracket never closed does not hide the clause after it; a clause may run over a line break", () => {
    const plan = [
      "某县法治政府建设实施方案",
      "　　一、依法全面履行政府职能",
      "　　1.深化“放管服（改革。（县司法局牵头，县财政局配合）",
      "　　2.加强执法监督。（县司法局牵头，",
      "县直各部门配合）",
    ].join("\n");
    assert.deepEqual(brief(plan), [
      { no: 1, lead: ["县司法局"], cooperate: ["县财政局"], due: null },
      { no: 2, lead: ["县司法局"], cooperate: ["县直各部门"], due: null },
    ]);
  });
});

describe("closing notes that name units only", () => {
  test("(units, deadline or term) names the responsible units; a note inside the text does not", () => {
    const plan = [
      "2025年全市法治政府建设工作要点",
      "一、深入学习宣传贯彻习近平法治思想",
      "（一）将习近平法治思想纳入干部教育培训必修课。（市委组织部、市委党校）",
      "（二）严格落实备案审查制度，报备率达到100%。（市司法局，长期）",
      "（三）及时公开年度报告。（各县区政府、市政府各部门，2025年3月31日前）",
      "（四）推进政务公开（含开发区）。",
      "（五）清理规范性文件（以下简称市司法局）。",
    ].join("\n");
    const ms = measuresOf(plan);
    assert.deepEqual(
      ms.map((m) => ({ no: m.no, lead: m.lead, due: m.due?.date ?? null, term: m.term?.quote ?? null })),
      [
        { no: 1, lead: ["市委组织部", "市委党校"], due: null, term: null },
        { no: 2, lead: ["市司法局"], due: null, term: "长期" },
        { no: 3, lead: ["各县区政府", "市政府各部门"], due: "2025-03-31", term: null },
        { no: 4, lead: [], due: null, term: null },
        { no: 5, lead: [], due: null, term: null },
      ],
    );
  });
});

describe("a quarter closing a clause", () => {
  test("第三季度 after the units is the plan year's quarter end", () => {
    const plan = [
      "2025年全市法治政府建设工作要点",
      "一、严格规范公正文明执法",
      "（一）开展行政执法案卷评查。（市司法局牵头，各县区政府配合，第三季度）",
      "（二）开展规范性文件专项清理。（市司法局负责，第三季度完成）",
      "（三）开展法治督察。（市委依法治市办，第4季度）",
    ].join("\n");
    assert.deepEqual(brief(plan), [
      { no: 1, lead: ["市司法局"], cooperate: ["各县区政府"], due: "2025-09-30" },
      { no: 2, lead: ["市司法局"], cooperate: [], due: "2025-09-30" },
      { no: 3, lead: ["市委依法治市办"], cooperate: [], due: "2025-12-31" },
    ]);
  });
});

describe("全年 as a deadline", () => {
  test("in a plan for one year, 全年 given as the deadline is its end; 全年 counting times is not", () => {
    const plan = [
      "2025年全市法治政府建设工作要点",
      "一、深入学习宣传贯彻习近平法治思想",
      "（一）深化普法宣传。（责任单位：市司法局；完成时限：全年）",
      "（二）开展会前学法，全年不少于4次。（市司法局牵头，市政府办公室配合）",
      "（三）推进政务公开。（市政府办公室，全年推进）",
    ].join("\n");
    assert.deepEqual(brief(plan), [
      { no: 1, lead: ["市司法局"], cooperate: [], due: "2025-12-31" },
      { no: 2, lead: ["市司法局"], cooperate: ["市政府办公室"], due: null },
      { no: 3, lead: ["市政府办公室"], cooperate: [], due: "2025-12-31" },
    ]);
  });
});

describe("the year after a one-year plan's", () => {
  test("次年3月底前 and 次年第一季度 are in the next year; in a plan for several years they are no date", () => {
    const oneYear = [
      "某市2026年法治政府建设工作要点",
      "一、加强组织保障",
      "1.按时报告年度法治政府建设情况，次年3月底前向社会公开。责任单位：各县（市、区）人民政府。",
      "2.开展年度考核，次年第一季度通报考核结果。责任单位：市考核办。",
    ].join("\n");
    assert.deepEqual(
      measuresOf(oneYear).map((m) => m.due),
      [
        { date: "2027-03-31", inherited: false },
        { date: "2027-03-31", inherited: false },
      ],
    );
    const severalYears = oneYear.replace("2026年法治政府建设工作要点", "法治政府建设实施方案（2026—2030年）");
    assert.deepEqual(
      measuresOf(severalYears).map((m) => m.due),
      [null, null],
    );
  });
});

describe("全年 as the deadline of a plan for several years", () => {
  test("is a standing term (all year round, every year): no year's end, no default", () => {
    const plan = [
      "某市法治政府建设实施方案（2026—2030年）",
      "一、健全行政决策制度体系",
      "（一）加强行政决策执行和评估。建立重大行政决策后评估制度。（市政府办公室、市司法局，全年）",
      "（二）推进政务公开。（责任单位：市政府办公室；完成时限：全年推进）",
      "（三）开展会前学法，全年不少于4次。（市司法局牵头，市政府办公室配合）",
      "除明确时限外，本方案各项任务于2030年底前完成。",
    ].join("\n");
    assert.deepEqual(
      measuresOf(plan).map((m) => [m.term?.kind ?? null, m.term?.quote ?? null, m.due]),
      [
        ["standing", "全年", null],
        ["standing", "全年推进", null],
        [null, null, { date: "2030-12-31", inherited: true }],
      ],
    );
  });
});

describe("rectification plans (整改方案)", () => {
  test("整改时限 is a deadline label; roles inside a 责任单位 line split its units", () => {
    const plan = [
      "关于法治政府建设督察反馈问题的整改方案",
      "一、问题清单及整改措施",
      "1.县政府常务会议会前学法未形成常态。",
      "整改措施：制定会前学法年度计划。",
      "责任单位：县政府办公室、县司法局",
      "整改时限：2025年3月底前",
      "2.部分行政规范性文件未经合法性审核即印发。",
      "整改措施：开展规范性文件专项清理。",
      "责任单位：县司法局牵头，县政府各部门配合",
      "整改时限：2025年6月底前",
      "3.行政复议案件办理质量不高。",
      "责任单位：县司法局，各镇人民政府按职责分工负责",
      "办结时限：2025年5月底前",
    ].join("\n");
    assert.deepEqual(brief(plan), [
      { no: 1, lead: ["县政府办公室", "县司法局"], cooperate: [], due: "2025-03-31" },
      { no: 2, lead: ["县司法局"], cooperate: ["县政府各部门"], due: "2025-06-30" },
      { no: 3, lead: ["县司法局", "各镇人民政府"], cooperate: [], due: "2025-05-31" },
    ]);
  });
});

describe("rectification plans numbered by 问题N", () => {
  test("问题N： items are the measures, with their labelled lines", () => {
    const plan = [
      "关于法治政府建设督察反馈问题的整改方案",
      "二、问题清单及整改措施",
      "问题1：县政府常务会议会前学法未形成常态。",
      "整改措施：制定会前学法年度计划，每季度至少学法1次。",
      "责任领导：县长",
      "责任单位：县政府办公室、县司法局",
      "整改时限：立行立改，长期坚持",
      "问题2：部分行政规范性文件未经合法性审核即印发。",
      "整改措施：开展规范性文件专项清理。",
      "责任单位：县司法局牵头，县政府各部门配合",
      "整改时限：2025年3月底前",
      "三、保障措施",
      "（一）加强组织领导。成立整改工作领导小组。",
    ].join("\n");
    const ms = measuresOf(plan);
    assert.deepEqual(
      ms.map((m) => ({
        no: m.no,
        lead: m.lead,
        cooperate: m.cooperate,
        due: m.due?.date ?? null,
        term: m.term?.kind ?? null,
      })),
      [
        { no: 1, lead: ["县政府办公室", "县司法局"], cooperate: [], due: null, term: "standing" },
        { no: 2, lead: ["县司法局"], cooperate: ["县政府各部门"], due: "2025-03-31", term: null },
      ],
    );
  });
});

describe("areas of plans whose measures are (一) items", () => {
  test("一、 headings over (一) measures are the areas; a heading that only holds them names none", () => {
    const plan = [
      "2025年全市法治政府建设工作要点",
      "一、深入学习宣传贯彻习近平法治思想",
      "（一）开展会前学法。（市司法局牵头，市政府办公室配合）",
      "二、推进政府职能转变",
      "（二）推进“高效办成一件事”。（市数据局牵头，市直有关部门配合）",
    ].join("\n");
    assert.deepEqual(
      measuresOf(plan).map((m) => [m.area, m.group]),
      [
        ["深入学习宣传贯彻习近平法治思想", null],
        ["推进政府职能转变", null],
      ],
    );
    const container = [
      "四川省法治政府建设示范创建三年行动计划",
      "一、重点任务",
      "（一）完善依法行政制度体系。（省司法厅牵头，省直有关部门配合）",
      "（二）推进严格规范公正文明执法。（省司法厅牵头，省直各执法部门配合）",
    ].join("\n");
    assert.deepEqual(
      measuresOf(container).map((m) => [m.area, m.group?.title]),
      [
        [null, "重点任务"],
        [null, "重点任务"],
      ],
    );
    // a heading that only names the list of measures, with what they rectify and who does them
    for (const heading of [
      "问题清单及整改措施",
      "整改任务",
      "整改措施及责任分工",
      "主要任务及分工",
      "问题整改清单",
      "反馈问题整改台账",
    ]) {
      const zhenggai = [
        "关于法治政府建设督察反馈问题的整改方案",
        "一、整改目标",
        "逐项建立整改台账。",
        `二、${heading}`,
        "问题1：规范性文件未经合法性审核即印发。",
        "整改措施：开展规范性文件专项清理。",
        "责任单位：县司法局",
        "整改时限：2025年3月底前",
        "问题2：执法案卷不规范。",
        "整改措施：开展执法案卷评查。",
        "责任单位：县司法局",
        "整改时限：2025年6月底前",
      ].join("\n");
      assert.deepEqual(
        measuresOf(zhenggai).map((m) => [m.area, m.group?.title ?? null]),
        [
          [null, null],
          [null, null],
        ],
        heading,
      );
    }
  });
});

describe("spans of years and a year's 全年 given as the deadline", () => {
  test("due at the span's or the year's end there; a span in the measure's text is no deadline", () => {
    const plan = [
      "2025年全县法治政府建设工作要点",
      "一、推进依法行政",
      "（一）推进行政执法“三项制度”。（县司法局牵头，县直各行政执法部门配合，2025—2026年）",
      "（二）落实《法治政府建设实施纲要（2021—2025年）》。（县司法局牵头，县直各部门配合）",
      "（三）规范涉企行政检查。（责任单位：县市场监管局；完成时限：2025年全年）",
    ].join("\n");
    assert.deepEqual(
      brief(plan).map((m) => m.due),
      ["2026-12-31", null, "2025-12-31"],
    );
  });
});

describe("a plan read without measures", () => {
  test("says so, since its ledger would be empty; a plan with measures does not", () => {
    const none = [
      "宁波市法治政府建设规划（2021—2025年）",
      "一、主要任务",
      "（一）健全政府机构职能体系。",
      "（二）深化改革。",
    ];
    const rules = (lines: string[]) => analyzeText(lines.join("\n"), source).findings.map((f) => f.rule);
    assert.ok(rules(none).includes("plan:no-measures"));
    const some = [
      ...none.slice(0, 2),
      "（一）深化改革。（市司法局牵头，市直有关部门配合）",
      "（二）推进执法。（市司法局负责）",
    ];
    assert.ok(!rules(some).includes("plan:no-measures"));
  });
});
