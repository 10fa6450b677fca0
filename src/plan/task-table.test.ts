import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../pipeline.ts";

const source = { path: "plan.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const measuresOf = (text: string) =>
  analyzeText(text, source).measures.map((m) => ({
    no: m.no,
    title: m.title,
    area: m.area,
    lead: m.lead,
    cooperate: m.cooperate,
    due: m.due,
  }));

const TABLE_PLAN = [
  "某市法治政府建设实施方案",
  "为深入推进依法行政，制定本方案。各项任务除注明时限外，均于2025年底前完成。",
  "一、总体要求",
  "到2025年，政府行为全面纳入法治轨道。",
  "附件：重点任务分工表",
  "序号\t重点任务\t牵头单位\t责任单位\t完成时限",
  "一、依法全面履行政府职能\t\t\t\t",
  "1\t推行政府权责清单制度\t市委编办\t市直各部门\t2022年底前",
  // the lead cell spans this row and the next: empty here, the one above
  "2\t深化“放管服”改革\t市政务服务局\t各县区政府、市发展改革委\t持续推进",
  "3\t优化法治化营商环境\t\t市市场监管局\t2023年6月底前",
  "二、完善依法行政制度体系\t\t\t\t",
  "4\t加强重点领域立法\t市司法局牵头，市人大法工委配合\t\t",
].join("\n");

describe("task tables (重点任务分工表)", () => {
  test("each row is a measure: its task, units and deadline by the header's columns, under the spanning rows' areas", () => {
    assert.deepEqual(measuresOf(TABLE_PLAN), [
      {
        no: 1,
        title: "推行政府权责清单制度",
        area: "依法全面履行政府职能",
        lead: ["市委编办"],
        cooperate: ["市直各部门"],
        due: { date: "2022-12-31", inherited: false },
      },
      {
        no: 2,
        title: "深化“放管服”改革",
        area: "依法全面履行政府职能",
        lead: ["市政务服务局"],
        cooperate: ["各县区政府", "市发展改革委"],
        // 持续推进 is a standing term: a time requirement of its own, so the default is not its
        due: null,
      },
      {
        no: 3,
        title: "优化法治化营商环境",
        area: "依法全面履行政府职能",
        lead: ["市政务服务局"],
        cooperate: ["市市场监管局"],
        due: { date: "2023-06-30", inherited: false },
      },
      {
        no: 4,
        title: "加强重点领域立法",
        area: "完善依法行政制度体系",
        lead: ["市司法局"],
        cooperate: ["市人大法工委"],
        due: { date: "2025-12-31", inherited: true },
      },
    ]);
  });

  test("a deadline cell giving a term (持续推进) is the row's standing term", () => {
    const terms = analyzeText(TABLE_PLAN, source).measures.map((m) => m.term?.quote ?? null);
    assert.deepEqual(terms, [null, "持续推进", null, null]);
  });

  test("a table without a lead column takes 责任单位 for the lead; a table of figures is no task table", () => {
    const plan =
      "2024年法治政府建设工作要点\n序号\t工作任务\t责任单位\n1\t开展执法检查\t市司法局\n2\t清理规范性文件\t市政府办公室";
    assert.deepEqual(
      measuresOf(plan).map((m) => [m.no, m.lead, m.cooperate]),
      [
        [1, ["市司法局"], []],
        [2, ["市政府办公室"], []],
      ],
    );
    assert.deepEqual(measuresOf("指标\t2022年\t2023年\n行政复议案件(件)\t41\t49"), []);
  });

  test("numbered paragraphs with clauses stay the measures when the table has no more rows", () => {
    const prose = [
      "某市法治政府建设实施方案",
      "一、主要任务",
      "(一)推行政府权责清单制度。(市委编办牵头)",
      "(二)加强重点领域立法。(市司法局牵头)",
      "序号\t重点任务\t牵头单位",
      "1\t推行政府权责清单制度\t市委编办",
      "2\t加强重点领域立法\t市司法局",
    ].join("\n");
    const found = analyzeText(prose, source).measures;
    assert.deepEqual(
      found.map((m) => [m.title, m.clause]),
      [
        ["推行政府权责清单制度", "市委编办牵头"],
        ["加强重点领域立法", "市司法局牵头"],
      ],
    );
  });

  test("two header rows (责任单位 over 牵头单位 and 配合单位), a column of areas spanning rows, a lead marked (牵头)", () => {
    const plan = [
      "某区法治政府建设实施方案",
      "序号\t类别\t重点任务\t责任单位\t\t完成时限",
      "\t\t\t牵头单位\t配合单位\t",
      "1\t依法全面履行政府职能\t推进机构职能优化\t区委编办\t区直各部门\t2024年12月底前",
      "2\t\t持续优化营商环境\t区发展改革局(牵头)、区市场监管局\t区司法局\t",
      // a PDF's cell broken after the mark: no 、 between the units
      "3\t\t推行“双随机、一公开”监管\t区市场监管局（牵头）区直各执法部门\t\t",
    ].join("\n");
    assert.deepEqual(
      measuresOf(plan).map((m) => [m.no, m.area, m.lead, m.cooperate]),
      [
        [1, "依法全面履行政府职能", ["区委编办"], ["区直各部门"]],
        [2, "依法全面履行政府职能", ["区发展改革局"], ["区市场监管局", "区司法局"]],
        [3, "依法全面履行政府职能", ["区市场监管局"], ["区直各执法部门"]],
      ],
    );
  });

  test("主要任务 beside 具体措施, areas in the number's column, a table cut in two, the first unit leading when the plan says so", () => {
    const plan = [
      "某县2024年法治政府建设工作要点",
      "各项任务责任单位中排在第一位的为牵头单位。",
      "序号\t主要任务\t具体措施\t责任单位\t时间节点",
      "一\t依法全面履行政府职能\t\t\t",
      "1\t推进职能转变\t动态调整权责清单\t县委编办、县直各部门\t2024年6月底前",
      "2\t\t推进证明事项告知承诺制\t县司法局\t2024年9月底前",
      "",
      "3\t规范执法\t开展案卷评查\t县司法局、县直各执法部门\t2024年11月底前",
    ].join("\n");
    assert.deepEqual(
      measuresOf(plan).map((m) => [m.no, m.title, m.area, m.lead, m.cooperate, m.due?.date]),
      [
        [1, "动态调整权责清单", "依法全面履行政府职能", ["县委编办"], ["县直各部门"], "2024-06-30"],
        [2, "推进证明事项告知承诺制", "依法全面履行政府职能", ["县司法局"], [], "2024-09-30"],
        [3, "开展案卷评查", "依法全面履行政府职能", ["县司法局"], ["县直各执法部门"], "2024-11-30"],
      ],
    );
    assert.deepEqual(
      analyzeText(plan, source).measures.map((m) => m.group?.title),
      ["推进职能转变", "推进职能转变", "规范执法"],
    );
  });

  test("a labelled clause ending with its deadline: the units stop at the label, the deadline is the measure's", () => {
    const plan = [
      "某县法治政府建设实施方案",
      "一、主要任务",
      "(一)推行权责清单制度。(牵头单位:县委编办;配合单位:县直各部门;完成时限:2024年6月底前)",
      "(二)加强规范性文件审查。(牵头单位:县司法局;配合单位:县政府办;完成时限:长期坚持)",
    ].join("\n");
    assert.deepEqual(
      measuresOf(plan).map((m) => [m.lead, m.cooperate, m.due?.date ?? null]),
      [
        [["县委编办"], ["县直各部门"], "2024-06-30"],
        [["县司法局"], ["县政府办"], null],
      ],
    );
  });

  test("an area's row without a marker keeps its whole title (a year is no marker)", () => {
    const plan = [
      "某县2024年法治政府建设工作要点",
      "序号\t重点任务\t牵头单位",
      "2024年重点工作\t\t",
      "1\t开展执法检查\t县司法局",
      "2\t清理规范性文件\t县政府办公室",
    ].join("\n");
    assert.deepEqual(
      measuresOf(plan).map((m) => m.area),
      ["2024年重点工作", "2024年重点工作"],
    );
  });
});

describe("a 序号 cell spanning rows", () => {
  test("numbers the task, its group; the measures under it are numbered in turn, no two alike", () => {
    const plan = [
      "某县2025年法治政府建设重点任务清单",
      "序号\t重点任务\t具体措施\t责任单位\t完成时限",
      // the 序号 and 重点任务 cells span this row and the next: empty there
      "1\t深化行政执法改革\t推进乡镇综合执法\t县司法局\t2025年6月",
      "\t\t规范涉企行政检查\t县市场监管局\t2025年9月",
      "2\t加强行政复议\t提升复议质效\t县司法局\t2025年11月",
      "3\t推进政务公开\t按时公开年报\t县政府办公室\t2025年3月31日前",
    ].join("\n");
    assert.deepEqual(
      analyzeText(plan, source).measures.map((m) => [m.no, m.title, m.group]),
      [
        [1, "推进乡镇综合执法", { no: 1, title: "深化行政执法改革" }],
        [2, "规范涉企行政检查", { no: 1, title: "深化行政执法改革" }],
        [3, "提升复议质效", { no: 2, title: "加强行政复议" }],
        [4, "按时公开年报", { no: 3, title: "推进政务公开" }],
      ],
    );
  });
});

describe("a 整改方案's problem list as a table", () => {
  test("问题 | 整改措施 | 责任单位 | 整改时限: a row a measure, its problem its group, quoted as written", () => {
    const plan = [
      "关于法治督察反馈问题的整改方案",
      "三、问题整改清单",
      "序号\t问题\t整改措施\t责任单位\t整改时限",
      "1\t年终述法未全覆盖。\t将述法纳入年度考核。\t区委依法治区办牵头，区委组织部配合\t2026年12月底前",
      "2\t持证率偏低，部分人员未取证。\t组织执法资格考试。\t区司法局\t立行立改，长期坚持",
      "3\t复议决定履行监督不到位。\t建立履行督促机制。\t区司法局\t持续整改",
    ].join("\n");
    assert.deepEqual(
      analyzeText(plan, source).measures.map((m) => [
        m.no,
        m.title,
        m.group,
        m.lead,
        m.cooperate,
        m.due,
        m.term?.quote,
      ]),
      [
        [
          1,
          "将述法纳入年度考核。",
          { no: 1, title: "年终述法未全覆盖。" },
          ["区委依法治区办"],
          ["区委组织部"],
          { date: "2026-12-31", inherited: false },
          undefined,
        ],
        [
          2,
          "组织执法资格考试。",
          { no: 2, title: "持证率偏低，部分人员未取证。" },
          ["区司法局"],
          [],
          null,
          "长期坚持",
        ],
        [
          3,
          "建立履行督促机制。",
          { no: 3, title: "复议决定履行监督不到位。" },
          ["区司法局"],
          [],
          null,
          "持续整改",
        ],
      ],
    );
  });
});

describe("cells spanning rows in the 配合单位 column", () => {
  test("an empty 配合单位 cell beside an empty lead cell is the one above; beside a lead of its own, no one", () => {
    const plan = [
      "某市2026年法治政府建设重点任务分工方案",
      "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
      "1\t组织案卷评查\t市司法局\t市直各行政执法部门\t每半年1次",
      // lead and 配合单位 cells span this row: both empty here
      "2\t推进执法人员培训\t\t\t2026年10月底前",
      "3\t推进行政复议规范化建设\t市司法局\t\t长期坚持",
    ].join("\n");
    assert.deepEqual(
      measuresOf(plan).map((m) => [m.lead, m.cooperate]),
      [
        [["市司法局"], ["市直各行政执法部门"]],
        [["市司法局"], ["市直各行政执法部门"]],
        [["市司法局"], []],
      ],
    );
  });
  test("a rectification list (整改清单) is a plan; 立行立改 in its deadline cell is due the day it is issued", () => {
    const list = [
      "某县法治政府建设督察反馈问题整改清单",
      "序号\t反馈问题\t整改措施\t牵头单位\t完成时限",
      "1\t年度报告公开不及时\t督促各部门按时公开年度报告\t县委依法治县办\t立行立改",
      "2\t决定书送达不及时\t规范送达程序\t县司法局\t2024年6月底前",
      "某县人民政府办公室",
      "2024年3月5日",
    ].join("\n");
    const { meta } = analyzeText(list, source);
    assert.equal(meta.kind, "plan");
    assert.deepEqual(
      measuresOf(list).map((m) => [m.lead, m.due]),
      [
        [["县委依法治县办"], { date: "2024-03-05", inherited: false }],
        [["县司法局"], { date: "2024-06-30", inherited: false }],
      ],
    );
  });
});

describe("a task table copied one cell per line (Word or PDF pasted as text)", () => {
  test("each numbered row is a measure, read by the header's columns", () => {
    const text = [
      "望江县2023年法治政府建设工作要点",
      "为深入学习贯彻习近平法治思想，全面落实《法治政府建设实施纲要(2021—2025年)》，持续推进依法行政，结合我县实际，制定本要点。",
      "附件",
      "2023年法治政府建设重点工作任务分工",
      "序号",
      "重点任务",
      "牵头单位",
      "配合单位",
      "完成时限",
      "1",
      "编制县政府重大行政决策事项年度目录并向社会公布",
      "县政府办公室",
      "县司法局",
      "2023年3月底前",
      "2",
      "开展行政规范性文件清理",
      "县司法局",
      "县直各有关单位",
      "2023年10月底前",
      "3",
      "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度",
      "县司法局",
      "各行政执法部门",
      "2023年12月底前",
    ].join("\n");
    assert.deepEqual(
      measuresOf(text).map((m) => [m.no, m.title.slice(0, 12), m.lead, m.cooperate, m.due?.date]),
      [
        [1, "编制县政府重大行政决策事", ["县政府办公室"], ["县司法局"], "2023-03-31"],
        [2, "开展行政规范性文件清理", ["县司法局"], ["县直各有关单位"], "2023-10-31"],
        [3, "全面推行行政执法公示制度", ["县司法局"], ["各行政执法部门"], "2023-12-31"],
      ],
    );
  });
});

describe("a task table whose category rows lost their tabs", () => {
  const rows = (sep: (cells: string[]) => string[]) =>
    [
      "某县2024年法治政府建设重点任务",
      "为扎实推进法治政府建设，结合我县实际，制定如下重点任务。",
      ...sep(["序号", "重点任务", "牵头单位", "完成时限"]),
      "一、深入学习贯彻习近平法治思想",
      ...sep(["1", "组织县政府常务会议学法不少于4次", "县司法局", "2024年12月底前"]),
      ...sep(["2", "开展领导干部应知应会法律法规考试", "县委组织部", "2024年10月底前"]),
      "二、推进严格规范公正文明执法",
      ...sep(["3", "开展行政执法案卷评查", "县司法局", "2024年11月底前"]),
      "三、存在的问题",
      "部分单位重视不够。",
    ].join("\n");
  const expected = [
    [1, "深入学习贯彻习近平法治思想", ["县司法局"], "2024-12-31"],
    [2, "深入学习贯彻习近平法治思想", ["县委组织部"], "2024-10-31"],
    [3, "推进严格规范公正文明执法", ["县司法局"], "2024-11-30"],
  ];
  test("one cell per line: the category line between rows is the area of the rows under it", () => {
    assert.deepEqual(
      measuresOf(rows((cells) => cells)).map((m) => [m.no, m.area, m.lead, m.due?.date]),
      expected,
    );
  });
  test("tabbed rows: the same", () => {
    assert.deepEqual(
      measuresOf(rows((cells) => [cells.join("\t")])).map((m) => [m.no, m.area, m.lead, m.due?.date]),
      expected,
    );
  });
});
