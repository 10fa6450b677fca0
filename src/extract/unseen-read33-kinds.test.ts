// The read33 round's passages of kinds the seeds do not have: a township's and a sub-district's
// reports, a county department's figures written as rows of fields, Traditional-character
// mirrors, hijacked pages with gambling and game-cheat advertising in the middle, and plans
// whose measures end in （牵头单位：…） lines.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { read, some } from "../../test/helpers/passages.ts";

const metaOf = (lines: string[]) => {
  const { issuer, region, level, year, published, script } = read(lines).meta;
  return { issuer, region, level, year, published, script };
};
const present = (lines: string[]) =>
  Object.fromEntries(Object.entries(read(lines).sections_present ?? {}).map(([k, v]) => [k, v.present]));

describe("townships and sub-districts", () => {
  test("a township's report signed under the text, its figures read", () => {
    const lines = [
      "桃源镇人民政府关于2023年度法治政府建设工作情况的报告",
      "",
      "中共武宁县委全面依法治县委员会办公室：",
      "2023年，桃源镇在县委、县政府的正确领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下。",
      "一、2023年度推进法治政府建设的主要举措和成效",
      "（一）加强党对法治建设的领导。镇党委书记认真履行推进法治建设第一责任人职责，全年召开党委会专题研究法治工作4次，镇党委理论学习中心组集体学法6次。",
      "（二）推进矛盾纠纷多元化解。全镇12个村（社区）人民调解委员会共排查化解矛盾纠纷186起，调解成功183起，调解成功率98.4%。",
      "（三）深化法治宣传教育。开展“法律明白人”培训3期，培训村组干部、法律明白人210人次；创建省级民主法治示范村1个。",
      "二、存在的不足和原因",
      "一是个别干部法治意识有待提高；二是基层法治人才力量薄弱。",
      "三、党政主要负责人履行推进法治建设第一责任人职责情况",
      "镇党委书记、镇长带头学法用法，主持召开专题会议研究法治建设重大问题。",
      "四、2024年度推进法治政府建设的主要安排",
      "一是持续深化法治乡镇建设；二是加强矛盾纠纷排查化解。",
      "",
      "桃源镇人民政府",
      "2024年1月18日",
    ];
    assert.deepEqual(metaOf(lines), {
      issuer: "桃源镇",
      region: "桃源镇",
      level: "township",
      year: 2023,
      published: "2024-01-18",
      script: "simplified",
    });
    assert.deepEqual(present(lines), {
      achievements: true,
      shortcomings: true,
      first_responsible: true,
      next_year: true,
    });
    assert.deepEqual(some(lines, ["183起", "98.4%", "1个"]), [
      ["183起", "村(社区)人民调解委员会排查化解矛盾纠纷调解成功数", "mediation.successes"],
      ["98.4%", "调解成功率", "mediation.success_rate"],
      ["1个", "创建省级民主法治示范村数", "publicity.demo_villages"],
    ]);
  });
  test("an untitled sub-district's report: the opening sentence's 街道办事处, dated by its signature", () => {
    const lines = [
      "关于2024年度法治政府建设工作情况的报告",
      "区委依法治区办：",
      "2024年，南湖街道办事处坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下：",
      "一、主要举措和成效",
      "（一）深化基层依法治理。辖区9个社区全部建立法律顾问制度，全年开展法律咨询活动48场，接待群众咨询560余人次。",
      "（二）化解矛盾纠纷。街道调委会及社区调委会共受理矛盾纠纷132件，成功调解129件。",
      "二、存在的不足",
      "基层执法力量不足。",
      "三、下一步工作打算",
      "持续推进法治街道建设。",
      "",
      "南湖街道办事处",
      "2025年1月20日",
    ];
    const { issuer, level, published } = metaOf(lines);
    assert.deepEqual([issuer, level, published], ["南湖街道", "township", "2025-01-20"]);
    assert.deepEqual(some(lines, ["129件"]), [
      ["129件", "街道调委会及社区调委会受理矛盾纠纷成功调解数", "mediation.successes"],
    ]);
  });
  test("a 乡's report dated in Chinese numerals", () => {
    const lines = [
      "坪坝乡人民政府2024年法治政府建设年度报告",
      "2024年，我乡深入学习贯彻习近平法治思想，全面落实法治政府建设各项任务。",
      "一、主要举措和成效",
      "（一）加强组织领导。乡党委会议专题研究法治建设工作3次，乡长带头讲法治课1次。",
      "（二）推进法治宣传。开展“送法下乡”活动12场次，发放宣传资料3000余份。",
      "二、存在的问题",
      "群众法治意识有待提高。",
      "三、下一步工作计划",
      "深化法治乡村建设。",
      "",
      "坪坝乡人民政府",
      "二〇二五年一月十六日",
    ];
    const { issuer, level, published } = metaOf(lines);
    assert.deepEqual([issuer, level, published], ["坪坝乡", "township", "2025-01-16"]);
    assert.deepEqual(some(lines, ["3000余份"]), [["3000余份", "发放宣传资料数", "publicity.materials"]]);
  });
  test("a banner (旗) of a league reports as a county", () => {
    const lines = [
      "阿拉善左旗2023年法治政府建设年度报告",
      "2023年，阿拉善左旗坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下：",
      "一、主要举措和成效",
      "（一）深化“放管服”改革。全旗政务服务事项网上可办率达98.6%，“一件事一次办”事项拓展至45项。",
      "（二）推进矛盾纠纷化解。全旗各级人民调解组织调解纠纷1026件，调解成功率97.8%。",
      "二、存在的不足和原因",
      "法治人才队伍建设滞后。",
      "三、党政主要负责人履行推进法治建设第一责任人职责情况",
      "旗委、旗政府主要负责人认真履行第一责任人职责。",
      "四、2024年工作安排",
      "推进法治政府建设提质增效。",
    ];
    const { issuer, level } = metaOf(lines);
    assert.deepEqual([issuer, level], ["阿拉善左旗", "county"]);
    assert.deepEqual(some(lines, ["1026件"]), [["1026件", "人民调解组织调解纠纷数", "mediation.disputes"]]);
  });
});

describe("a county department's figures written as rows of fields", () => {
  test("项目/数量/同比 rows: the row's label names the figure and its change", () => {
    const lines = [
      "华容县市场监督管理局2024年法治政府建设年度报告",
      "2024年，县市场监管局坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下：",
      "一、主要举措和成效",
      "（一）严格规范公正文明执法。全年行政执法主要数据如下：",
      "项目：立案查处案件；数量：142件；同比：上升18.3%",
      "项目：罚没款；数量：86.5万元；同比：下降6.2%",
      "项目：双随机抽查；数量：318户次；同比：持平",
      "项目：行政复议；数量：2件；同比：—",
      "（二）强化执法监督。开展案卷评查2次，评查行政处罚案卷65卷，发现问题12个，已全部整改到位。",
      "二、存在的不足",
      "执法人员专业素质有待提升。",
      "三、下一步工作安排",
      "持续加强执法队伍建设。",
    ];
    assert.deepEqual(some(lines, ["142件", "18.3%", "86.5万元", "318户次"]), [
      ["142件", "立案查处案件数", "enforcement.cases"],
      ["18.3%", "立案查处案件同比上升", null],
      ["86.5万元", "罚没款", "enforcement.fines"],
      ["318户次", "双随机抽查数", "enforcement.random_inspections"],
    ]);
  });
  test("指标/件数 rows: the key names the unit of a bare number", () => {
    const lines = [
      "鹤峰县司法局2023年度法治政府建设情况报告",
      "2023年，县司法局在县委、县政府的坚强领导下，扎实推进法治政府建设各项工作。",
      "一、主要举措和成效",
      "（一）主要业务数据",
      "指标：行政复议收案；件数：31；较上年：增加9",
      "指标：人民调解案件；件数：1265；较上年：减少47",
      "指标：法律援助案件；件数：412；较上年：增加36",
      "（二）加强合法性审查。全年审查县政府及部门合同、协议等132份，提出法律意见建议215条。",
      "二、存在的不足",
      "法治宣传形式单一。",
      "三、2024年工作计划",
      "全面深化行政复议体制改革。",
    ];
    assert.deepEqual(some(lines, ["31", "1265", "412"]), [
      ["31", "行政复议收案数", "reconsideration.received"],
      ["1265", "人民调解案件数", "mediation.disputes"],
      ["412", "法律援助案件数", "legal_aid.cases"],
    ]);
    // the change written without a unit stays unread; the prose after the rows as before
    assert.equal(some(lines, ["9", "47", "36"]).length, 0);
    assert.deepEqual(some(lines, ["132份"]), [
      ["132份", "审查县政府及部门合同、协议数", "normative_docs.legality_reviews"],
    ]);
  });
  test("a bare number whose field goes on is no field's value", () => {
    const lines = ["（二）数据说明。表中件数：31为初步统计数，全年共办结案件29件。"];
    assert.deepEqual(
      read(lines).facts.map((f) => f.quote),
      ["29件"],
    );
  });
});

describe("Traditional-character mirrors", () => {
  test("a city's report: read as the Simplified original", () => {
    const lines = [
      "長沙市2023年法治政府建設年度報告",
      "2023年，長沙市堅持以習近平法治思想為指導，全面貫徹落實黨中央、國務院關於法治政府建設的決策部署，法治政府建設取得新成效。現將有關情況報告如下：",
      "一、主要舉措和成效",
      "（一）堅持黨的全面領導。市政府常務會議專題學法12次，市委理論學習中心組集體學法4次。",
      "（二）推進行政復議體制改革。全年新收行政復議申請2146件，辦結2017件，糾錯率11.8%。",
      "（三）加強規範性文件監督管理。審核規範性文件86件，備案審查市直部門規範性文件41件。",
      "二、存在的不足和原因",
      "部分基層執法人員能力不足。",
      "三、黨政主要負責人履行推進法治建設第一責任人職責情況",
      "市委、市政府主要負責同志帶頭尊法學法守法用法。",
      "四、2024年工作安排",
      "深入推進嚴格規範公正文明執法。",
    ];
    const { issuer, level, script } = metaOf(lines);
    assert.deepEqual([issuer, level, script], ["长沙市", "city", "traditional"]);
    assert.deepEqual(some(lines, ["2146件", "2017件", "11.8%"]), [
      ["2146件", "新收行政复议申请数", "reconsideration.applications"],
      ["2017件", "行政复议申请办结数", "reconsideration.closed"],
      ["11.8%", "行政复议申请纠错率", "reconsideration.correction_rate"],
    ]);
  });
  test("a district whose name two cities share: the city the text names; a stray ? is garbage", () => {
    const lines = [
      "鼓樓區2022年法治政府建設年度報告",
      "2022年，福州市鼓樓區堅持以習近平法治思想為指導，紮實推進法治政府建設?現將有關情況報告如下：",
      "一、主要舉措和成效",
      "（一）完善依法行政制度體系。全年制定區政府規範性文件5件，清理規範性文件112件，其中廢止9件、修改4件。",
      "（二）規範行政執法行為。全區行政執法案卷評查186卷，優秀率達到92.5%。",
      "二、存在的不足",
      "法治隊伍建設仍需加強。",
      "三、黨政主要負責人履行推進法治建設第一責任人職責情況",
      "區委書記、區長帶頭落實第一責任人職責。",
      "四、2023年工作安排",
      "推進法治政府建設示範創建。",
    ];
    const record = read(lines);
    assert.equal(record.meta.issuer, "鼓楼区");
    assert.equal(record.meta.division?.parent?.name, "福州市");
    assert.ok(record.noise.some((n) => n.kind === "garbage"));
    assert.deepEqual(some(lines, ["9件", "4件"]), [
      ["9件", "清理规范性文件废止数", "normative_docs.cleanup_repealed"],
      ["4件", "清理规范性文件修改数", "normative_docs.cleanup_revised"],
    ]);
  });
});

describe("hijacked pages with advertising in the middle", () => {
  const spam = (lines: string[]) => {
    const r = read(lines);
    const text = `${lines.join("\n")}\n`;
    return r.noise.filter((n) => n.kind === "spam").map((n) => text.slice(n.start, n.end));
  };
  test("gambling and game-card lines between two headings are spam; the figures around them stay", () => {
    const lines = [
      "东安县2023年法治政府建设年度报告",
      "2023年，东安县坚持以习近平法治思想为指导，深入推进依法行政。现将有关情况报告如下：",
      "一、主要举措和成效",
      "（一）全面提升依法行政能力。县政府常务会议学法8次，组织国家工作人员学法考试，参考率99.6%。",
      "皇冠体育官网 足球投注 真人百家乐 注册送38元彩金 点击进入",
      "开元棋牌 斗地主 捕鱼达人 下载APP秒到账",
      "（二）推进行政复议应诉工作。全年收到行政复议申请58件，受理52件，审结49件；行政机关负责人出庭应诉率100%。",
      "二、存在的不足和原因",
      "法治宣传针对性不强。",
      "三、党政主要负责人履行推进法治建设第一责任人职责情况",
      "县委、县政府主要负责人认真履行第一责任人职责。",
      "四、2024年工作安排",
      "持续推进法治政府建设示范创建。",
    ];
    assert.equal(spam(lines).length, 2);
    assert.ok(read(lines).meta.tampering);
    assert.deepEqual(some(lines, ["58件", "100%"]), [
      ["58件", "收到行政复议申请数", "reconsideration.applications"],
      ["100%", "行政机关负责人出庭应诉率", "litigation.head_appearance_rate"],
    ]);
  });
  test("game cheats and private servers sold like betting are spam too", () => {
    const lines = [
      "【澳门新葡京】信丰县2023年法治政府建设年度报告_信丰县人民政府",
      "首页 > 政务公开 > 法治政府建设",
      "信丰县2023年法治政府建设年度报告",
      "2023年，信丰县坚持以习近平法治思想为指导，全面推进依法治县。",
      "一、主要举措和成效",
      "（一）推进严格规范公正文明执法。全县行政执法部门办理行政处罚案件1486件，罚没款1326.5万元。",
      "王者荣耀代练 和平精英外挂 传奇私服 充值返利 官方QQ群 1234567",
      "澳门新葡京 百家乐 网上赌场 注册就送 日赚千元",
      "（二）加强行政复议应诉。全年办理行政复议案件63件，行政诉讼案件41件，行政机关负责人出庭应诉率100%。",
      "二、存在的不足和原因",
      "执法规范化水平有待提升。",
      "三、党政主要负责人履行推进法治建设第一责任人职责情况",
      "县委书记、县长认真履职。",
      "四、2024年工作安排",
      "持续优化法治化营商环境。",
    ];
    const found = spam(lines);
    assert.ok(
      found.some((s) => s.includes("王者荣耀代练")),
      found.join(" / "),
    );
    assert.ok(found.some((s) => s.includes("百家乐")));
    assert.equal(read(lines).meta.title, "信丰县2023年法治政府建设年度报告");
    assert.deepEqual(some(lines, ["41件"]), [["41件", "行政诉讼案件数", "litigation.cases"]]);
  });
  test("enforcement against game cheats and private servers is no advertising", () => {
    const lines = [
      "信丰县2023年法治政府建设年度报告",
      "2023年，县文化市场综合执法大队依法查处销售网络游戏外挂、架设传奇私服等案件3起，开展代练平台专项检查2次。",
    ];
    assert.deepEqual(spam(lines), []);
    assert.deepEqual(some(lines, ["3起"]), [["3起", "查处案件数", "enforcement.cases"]]);
  });
});

describe("plans whose measures end in （牵头单位：…） lines", () => {
  const measures = (lines: string[]) =>
    read(lines).measures.map((m) => [m.no, m.lead, m.cooperate, m.due?.date ?? null]);
  test("a county's key points sent out by its government's office", () => {
    const lines = [
      "庐江县人民政府办公室关于印发庐江县2024年法治政府建设工作要点的通知",
      "各乡镇人民政府，县政府各部门：",
      "《庐江县2024年法治政府建设工作要点》已经县政府同意，现印发给你们，请认真贯彻执行。",
      "庐江县人民政府办公室",
      "2024年3月12日",
      "庐江县2024年法治政府建设工作要点",
      "一、深入学习贯彻习近平法治思想",
      "1.将习近平法治思想纳入县政府常务会议学法内容。（牵头单位：县司法局；配合单位：县政府办公室；完成时限：2024年12月底前）",
      "2.组织开展领导干部应知应会法律法规培训。（牵头单位：县委组织部、县司法局；完成时限：2024年10月底前）",
      "二、健全行政决策制度体系",
      "3.严格落实重大行政决策程序规定。（牵头单位：县政府各部门，各乡镇人民政府；完成时限：长期坚持）",
      "4.推进政府法律顾问全覆盖。（牵头单位：县司法局；配合单位：各乡镇人民政府）",
    ];
    const { issuer, level, published } = metaOf(lines);
    assert.deepEqual([issuer, level, published], ["庐江县", "county", "2024-03-12"]);
    assert.deepEqual(measures(lines), [
      [1, ["县司法局"], ["县政府办公室"], "2024-12-31"],
      [2, ["县委组织部", "县司法局"], [], "2024-10-31"],
      [3, ["县政府各部门", "各乡镇人民政府"], [], null],
      [4, ["县司法局"], ["各乡镇人民政府"], null],
    ]);
  });
  test("a county-level city's plan with 牵头单位, 责任单位 and 完成时限 in one bracket", () => {
    const lines = [
      "黔西市2024年法治政府建设工作方案",
      "为深入推进法治政府建设，结合我市实际，制定本方案。",
      "一、重点任务",
      "（一）深入学习贯彻习近平法治思想",
      "1.将习近平法治思想作为市政府常务会议会前学法的重要内容。（牵头单位：市司法局，责任单位：市政府办公室，完成时限：2024年12月31日前）",
      "2.开展年度述法工作。（牵头单位：市委依法治市办，责任单位：各乡镇（街道）、市直各部门，完成时限：2024年11月底前）",
      "（二）推进严格规范公正文明执法",
      "3.开展行政执法案卷评查。（牵头单位：市司法局，责任单位：市直各行政执法部门，完成时限：2024年9月底前）",
      "4.全面推行行政执法“三项制度”。（牵头单位：市直各行政执法部门，完成时限：长期坚持）",
      "二、保障措施",
      "各单位要高度重视，确保各项任务落到实处。",
    ];
    assert.equal(read(lines).meta.kind, "plan");
    assert.deepEqual(measures(lines), [
      [1, ["市司法局"], ["市政府办公室"], "2024-12-31"],
      [2, ["市委依法治市办"], ["各乡镇(街道)", "市直各部门"], "2024-11-30"],
      [3, ["市司法局"], ["市直各行政执法部门"], "2024-09-30"],
      [4, ["市直各行政执法部门"], [], null],
    ]);
  });
});

describe("more shapes read as they should", () => {
  test("an autonomous prefecture's department named by its short name (湘西州司法局)", () => {
    const lines = [
      "湘西州司法局2023年法治政府建设年度报告",
      "2023年，州司法局坚持以习近平法治思想为指导，全面履行职能。",
      "一、主要举措和成效",
      "（一）推进行政复议体制改革。全年州本级收到行政复议申请215件，受理198件，纠错率9.6%。",
      "（二）加强公共法律服务。全州办理法律援助案件3126件，为群众挽回经济损失2460万元。",
      "二、存在的不足和原因",
      "三、下一步工作安排",
    ];
    const { issuer, region, level } = read(lines).meta;
    assert.deepEqual([issuer, region, level], ["湘西州司法局", "湘西土家族苗族自治州", "department"]);
    assert.deepEqual(some(lines, ["3126件", "2460万元"]), [
      ["3126件", "办理法律援助案件数", "legal_aid.cases"],
      ["2460万元", "群众挽回经济损失金额", "legal_aid.recovered"],
    ]);
  });
  test("a Traditional mirror with pinyin debris: the debris is garbage, the figures Simplified", () => {
    const lines = [
      "衡陽市2024年法治政府建設年度報告",
      "2024年，衡陽市統(tǒng)籌推進法治政府建設，各項工作取得新成效。",
      "一、主要舉措和成效",
      "（一）深化行政執法協(xié)調監督。全市開展行政執法監督檢查26次，發現問題138個，督促整改問題131個。",
      "二、存在的不足和原因",
      "三、黨政主要負責人履行推進法治建設第一責任人職責情況",
      "四、2025年工作安排",
    ];
    const record = read(lines);
    assert.equal(record.meta.issuer, "衡阳市");
    assert.equal(record.noise.filter((n) => n.kind === "garbage").length, 2);
    assert.deepEqual(some(lines, ["26次", "131個"]), [
      ["26次", "开展行政执法监督检查次数", "supervision.inspections"],
      ["131個", "督促整改问题数", "supervision.rectified"],
    ]);
  });
  test("a task list with （责任单位：…；完成时限：…） after each measure", () => {
    const lines = [
      "通榆县2025年法治政府建设重点任务清单",
      "一、加强党对法治政府建设的领导",
      "1.县政府常务会议每季度至少专题学法1次。（责任单位：县政府办公室、县司法局；完成时限：2025年12月底前）",
      "2.开展法治政府建设年度考核。（责任单位：县委依法治县办；完成时限：2026年1月底前）",
      "二、严格规范公正文明执法",
      "3.开展行政执法突出问题专项整治。（责任单位：县直各行政执法部门；完成时限：2025年6月底前）",
    ];
    assert.deepEqual(
      read(lines).measures.map((m) => [m.no, m.lead, m.due?.date ?? null]),
      [
        [1, ["县政府办公室", "县司法局"], "2025-12-31"],
        [2, ["县委依法治县办"], "2026-01-31"],
        [3, ["县直各行政执法部门"], "2025-06-30"],
      ],
    );
  });
});
