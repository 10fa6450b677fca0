// Subjects on sentences of shapes the seeds do not have, from county and township reports:
// 行政许可 is a noun (its 可 is no modal verb), 名单位 counts people of units, a qualified body
// before what it did, 部门单位 as one word.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../pipeline.ts";
import { passageFacts } from "./gold-eval.ts";

const source = { path: "t.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const subjects = (sentence: string) =>
  analyzeText(`2024年法治政府建设情况\n一、主要举措\n${sentence}\n`, source).facts.map((f) => [
    f.quote,
    f.subject,
  ]);

test("行政许可事项 is counted whole, to the verb after it", () => {
  assert.deepEqual(subjects("将全县19个部门单位的312项行政许可事项统一划入县行政审批局。"), [
    ["19个", "部门单位数"],
    ["312项", "行政许可事项数"],
  ]);
  assert.deepEqual(subjects("全年共办理行政许可事项4521件。")[0], ["4521件", "办理行政许可事项数"]);
});

test("N名单位负责人 counts people, not a 名单", () => {
  assert.deepEqual(subjects("组织60余名单位主要负责人完成专题述法。"), [["60余名", "单位主要负责人数"]]);
});

test("a body named with its kind, before what it did", () => {
  assert.deepEqual(subjects("组织县公安局等18家主要行政执法部门召开执法监督工作推进会。"), [
    ["18家", "主要行政执法部门数"],
  ]);
});

test("a count in brackets after its label (考核通报: 优秀等次(3个):…)", () => {
  assert.deepEqual(subjects("优秀等次（4个）：城关区、新城区、高新区。良好等次(6个):某某县等。"), [
    ["4个", "优秀等次数"],
    ["6个", "良好等次数"],
  ]);
});

test("a threshold missed is no figure reached", () => {
  assert.deepEqual(subjects("个别部门行政机关负责人出庭应诉率未达到100%。"), []);
  assert.deepEqual(subjects("行政机关负责人出庭应诉率达到100%。"), [["100%", "行政机关负责人出庭应诉率"]]);
});

test("a quoted name right after the number is part of what it counts", () => {
  assert.deepEqual(subjects("在政务服务网上线86个“一件事”集成服务。"), [["86个", "一件事集成服务数"]]);
});

test("people by their office, before a long account of what they did", () => {
  assert.deepEqual(subjects("对96名党政主要负责人履行推进法治建设第一责任人职责情况开展民主测评。"), [
    ["96名", "党政主要负责人数"],
  ]);
  assert.deepEqual(subjects("共有41名行政机关负责人出庭应诉。"), [["41名", "行政机关负责人出庭应诉数"]]);
});

test("words after a number cut short end at the last noun, not inside a word", () => {
  assert.deepEqual(subjects("主持召开6次县政府常务会议专题研究法治政府建设、年度立法等重点工作。"), [
    ["6次", "主持召开县政府常务会议次数"],
  ]);
});

test("a circled list number is no part of the subject", () => {
  assert.deepEqual(subjects("①开展宪法宣传周活动5场;②发放宣传资料1500余份。"), [
    ["5场", "开展宪法宣传周活动场数"],
    ["1500余份", "发放宣传资料数"],
  ]);
});

test("涉及 before a number is a verb, not a dangling 及", () => {
  assert.deepEqual(subjects("共涉及27个部门。"), [["27个", "涉及部门数"]]);
});

test("a bar set by others, right before the number, is no result", () => {
  assert.deepEqual(subjects("承诺提速率68.2%,超过省里规定的60%。"), [["68.2%", "承诺提速率"]]);
  assert.deepEqual(subjects("按规定的程序办理案件12件。"), [["12件", "按规定的程序办理案件数"]]);
});

test("六项措施 in words parts the account; 6项措施 in digits is counted", () => {
  assert.deepEqual(subjects("一、六项措施推进法治政府建设"), []);
  assert.deepEqual(subjects("出台6项措施。"), [["6项", "出台措施数"]]);
});

test("a count whose noun owns what the next number measures (N个部门的…覆盖率) keeps its noun", () => {
  assert.deepEqual(subjects("市本级60个部门的法律顾问覆盖率达100%。"), [
    ["60个", "市本级部门数"],
    ["100%", "部门的法律顾问覆盖率"],
  ]);
});

test("pinyin glosses left in a sentence (执(zhí)法) are no part of its subjects", () => {
  assert.deepEqual(subjects("全区持证执(zhí)法人员1200名,开展执(zhí)法检查360次。"), [
    ["1200名", "持证执法人员数"],
    ["360次", "开展执法检查次数"],
  ]);
});

test("a score (平均成绩92.6分, 考核得分95分) is a mark given, not a count, amount or rate: no fact", () => {
  const facts = subjects(
    "组织1526名国家工作人员参加学法考试,平均成绩92.6分,在全市法治政府建设考核中得分95分。",
  );
  assert.deepEqual(
    facts.map(([quote]) => quote),
    ["1526名"],
  );
});

test("a note in brackets after the unit is no noun (判决书41份(无行政败诉)); 暨 joins two counted things", () => {
  assert.deepEqual(subjects("全年收到法院判决书27份(均未败诉),行政调解书5份。"), [
    ["27份", "收到法院判决书数"],
    ["5份", "行政调解书数"],
  ]);
  assert.deepEqual(subjects("局党组召开4次党组会暨9次理论学习中心组学习会。")[0], [
    "4次",
    "局党组召开党组会次数",
  ]);
});

test("a sum that bounds a class of things (百万元以上合同) is no amount of its own", () => {
  assert.deepEqual(
    subjects("全年审查50万元以上的政府合同36份,为企业挽回经济损失120万元以上。").map(([quote]) => quote),
    ["36份", "120万元以上"],
  );
});

test("全覆盖 after the counted thing ends it (法律顾问全覆盖 is no 法律顾问全)", () => {
  assert.deepEqual(subjects("全镇16个村法律顾问全覆盖。"), [["16个", "村法律顾问数"]]);
});

test("a place counted by its one character (11个区) is what is counted; 全覆盖 says they are covered", () => {
  assert.deepEqual(subjects("建成市、区、街道、社区四级公共法律服务实体平台,全市11个区全覆盖。"), [
    ["11个", "覆盖区数"],
  ]);
  // a district counted is no platform: 11 districts have a centre, not 11 centres
  const built = passageFacts("全市11个区均建成公共法律服务中心。");
  assert.deepEqual(
    built.map((f) => [f.subject, f.indicator]),
    [["建成公共法律服务中心区数", null]],
  );
  assert.deepEqual(subjects("在全市11个区全面推行证明事项告知承诺制。"), [
    ["11个", "全面推行证明事项告知承诺制区数"],
  ]);
  assert.deepEqual(subjects("全县12个乡镇全部建立综合行政执法办公室。"), [
    ["12个", "建立综合行政执法办公室乡镇数"],
  ]);
  assert.deepEqual(subjects("全县25个乡镇实现法律援助工作站全覆盖。"), [
    ["25个", "法律援助工作站覆盖乡镇数"],
  ]);
  // before other words the character begins a noun: 区直部门, 市场主体
  assert.deepEqual(subjects("组织12个区直部门开展案卷评查。"), [["12个", "区直部门数"]]);
});

test("精简至 gives the number left: the things, not a count of cuts", () => {
  assert.deepEqual(subjects("全市行政许可事项精简至186项。"), [["186项", "行政许可事项数"]]);
});

test("全面推行 after a counted body opens what it did (43个行政执法主体全面推行…)", () => {
  assert.deepEqual(subjects("全市43个行政执法主体全面推行行政执法“三项制度”。"), [
    ["43个", "行政执法主体数"],
  ]);
});

test("the verb a thing was counted by is not handed on with it (新接收 … 解除矫正108人)", () => {
  assert.deepEqual(subjects("全年新接收社区矫正对象96人,解除矫正108人。")[1], [
    "108人",
    // people counted by what was done to them: …人数
    "社区矫正对象解除矫正人数",
  ]);
});

test("each outcome of a clean-up is its own verb: 修订4件、废止3件 is no 修订废止", () => {
  assert.deepEqual(subjects("清理涉企规范性文件23件,修订4件、废止3件、宣布失效2件、修改1件。").slice(1), [
    ["4件", "涉企规范性文件修订数"],
    ["3件", "涉企规范性文件废止数"],
    ["2件", "涉企规范性文件宣布失效数"],
    ["1件", "涉企规范性文件修改数"],
  ]);
});

test("a list opening after a bracket shares the verb before it (审核乡镇(街道)重大决策、…等事项)", () => {
  assert.deepEqual(subjects("全年审核乡镇(街道)重大决策、规范性文件、合同等事项1,284件。"), [
    ["1,284件", "审核事项数"],
  ]);
});

test("a list of levels counts the thing at each level (全国…2个、省级8个、市级21个)", () => {
  assert.deepEqual(subjects("创建全国民主法治示范村2个、省级8个、市级21个。"), [
    ["2个", "创建全国民主法治示范村数"],
    ["8个", "创建省级民主法治示范村数"],
    ["21个", "创建市级民主法治示范村数"],
  ]);
  assert.deepEqual(subjects("全县新增“民主法治示范村(社区)”省级4个、市级15个。"), [
    ["4个", "新增省级民主法治示范村(社区)数"],
    ["15个", "新增市级民主法治示范村(社区)数"],
  ]);
});

test("what each of the counted offices has (仅有1名工作人员) names them and is no total of its own", () => {
  assert.deepEqual(subjects("全县13个司法所中有5个仅有1名工作人员,基层力量薄弱。"), [
    ["13个", "司法所数"],
    ["5个", "仅有1名工作人员的司法所数"],
  ]);
});

test("a count with no noun of its own is named by the honour its bodies received", () => {
  assert.deepEqual(subjects('3个被评为省级"枫桥式司法所",2个获评市级“五星级司法所”。'), [
    ["3个", "被评为省级枫桥式司法所数"],
    ["2个", "获评市级五星级司法所数"],
  ]);
});

test("a bracketed kind of place (乡镇(街道)) is named by what all of them did or what covers them", () => {
  assert.deepEqual(subjects("全县19个镇(街道)公共法律服务站实现全覆盖。"), [
    ["19个", "公共法律服务站覆盖镇(街道)数"],
  ]);
  assert.deepEqual(subjects("全市16个乡镇(街道)全部建成公共法律服务中心。"), [
    ["16个", "建成公共法律服务中心乡镇(街道)数"],
  ]);
  // its people or a per-place figure after it are no deed of the places: the kind alone
  assert.deepEqual(subjects("组织全市128个乡镇(街道)执法业务骨干开展综合行政执法专题培训。"), [
    ["128个", "乡镇(街道)数"],
  ]);
});

test("a rate after a list of counts is of them all (建议提案办复率), not of the last one", () => {
  const facts = passageFacts("全年办理人大代表建议56件、政协提案48件,办复率100%。");
  assert.deepEqual(
    facts.map((f) => [f.subject, f.indicator]),
    [
      ["办理人大代表建议数", "proposals.handled"],
      ["办理政协提案数", "proposals.handled"],
      ["建议提案办复率", "proposals.reply_rate"],
    ],
  );
  // a list of other things is named in full
  assert.deepEqual(subjects("审查规范性文件12件、重大行政决策5件,审查率100%。").at(-1), [
    "100%",
    "规范性文件和重大行政决策审查率",
  ]);
});

test("a bare 共 between what was done and its verb is dropped (法制教育训练共办理场次)", () => {
  assert.deepEqual(subjects("法制教育训练共办理场次12场。"), [["12场", "法制教育训练办理场次"]]);
  // 共 of a word keeps it
  assert.deepEqual(subjects("开展共青团普法活动5场。"), [["5场", "开展共青团普法活动场数"]]);
});

test("bodies named before the honour they received count as the honour names them (N个X被评为Y)", () => {
  // 河南某县2023年报告, 浙江某区通报, 四川某州报告: the same count however the sentence is ordered
  assert.deepEqual(subjects("全县有3个司法所被评为省级“枫桥式司法所”。"), [
    ["3个", "被评为省级枫桥式司法所数"],
  ]);
  assert.deepEqual(subjects("被评为省级枫桥式司法所3个。"), [["3个", "被评为省级枫桥式司法所数"]]);
  assert.deepEqual(subjects("6个案例入选全省行政复议典型案例,3家企业被确定为省级法治示范企业。"), [
    ["6个", "入选全省行政复议典型案例数"],
    ["3家", "被确定为省级法治示范企业数"],
  ]);
  assert.deepEqual(subjects("12个村(社区)被命名为省级民主法治示范村(社区)。"), [
    ["12个", "被命名为省级民主法治示范村(社区)数"],
  ]);
  // a grade names no body: the bodies are written with it
  assert.deepEqual(subjects("年度考核中,3个司法所被评为优秀等次。"), [["3个", "被评为优秀等次的司法所数"]]);
  // people by any honour that names a person
  assert.deepEqual(subjects("有4名同志获评全省“优秀人民调解员”。"), [["4名", "获评全省优秀人民调解员数"]]);
});

test("what each of several bodies has (均有, 各有, 每个) is named per body, no total", () => {
  const facts = (s: string) => passageFacts(s).map((f) => [f.quote, f.subject, f.indicator]);
  assert.deepEqual(facts("各镇(街道)均有2名专职人民调解员。"), [
    ["2名", "每个镇(街道)专职人民调解员数", null],
  ]);
  assert.deepEqual(facts("每个司法所各有3名工作人员。"), [["3名", "每个司法所工作人员数", null]]);
  assert.deepEqual(facts("全县16个司法所均配备2名以上工作人员。"), [
    ["16个", "司法所数", null],
    ["2名以上", "每个司法所工作人员数", null],
  ]);
  assert.deepEqual(facts("各乡镇均配备专职人民调解员2名。"), [["2名", "每个乡镇配备专职人民调解员数", null]]);
  assert.deepEqual(facts("每个村(社区)配备1名法律顾问。"), [["1名", "每个村(社区)法律顾问数", null]]);
  // 各 alone may head a total of them all
  assert.deepEqual(facts("各部门设立公平竞争审查联络员56名。"), [
    ["56名", "各部门设立公平竞争审查联络员数", null],
  ]);
  // 共 makes it the total of them all
  assert.deepEqual(facts("各乡镇共配备专职人民调解员120名。"), [
    ["120名", "各乡镇配备专职人民调解员数", "mediation.mediators"],
  ]);
});
