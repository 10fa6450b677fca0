import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../pipeline.ts";
import { subjectProblem } from "./subject-quality.ts";

const source = { path: "t.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const facts = (text: string) => analyzeText(text, source).facts;
const quotes = (text: string) => facts(text).map((f) => f.quote);

describe("facts", () => {
  test("counts, amounts and rates with their exact quotes and values", () => {
    const text =
      "全年受理行政复议案件108件、办结98件,纠错率12.5%。调解纠纷2.2万余件,涉案金额近1.75亿元,处罚3649.41万元。累计突破8000项,覆盖120余万人,开展活动百余场,举办培训班七期,制定两部地方性法规,布设近百个驿站,办复率100 %。";
    const got = facts(text).map((f) => [f.quote, f.value, f.unit, f.approx]);
    assert.deepEqual(got, [
      ["108件", 108, "件", null],
      ["98件", 98, "件", null],
      ["12.5%", 12.5, "%", null],
      ["2.2万余件", 22000, "件", "余"],
      ["近1.75亿元", 175000000, "元", "近"],
      ["3649.41万元", 36494100, "元", null],
      ["突破8000项", 8000, "项", "突破"],
      ["120余万人", 1200000, "人", "余"],
      ["百余场", 100, "场", "余"],
      ["七期", 7, "期", null],
      ["两部", 2, "部", null],
      ["近百个", 100, "个", "近"],
      ["100 %", 100, "%", null],
    ]);
  });

  test("a qualifier after the number is its own, not what is counted; a range is one fact", () => {
    const text =
      "政务服务事项网上可办率达到95%以上。调解成功率达98%以上。群众满意度在90%以上。出庭应诉率连续三年达到100%。每期参训10-15人。每个乡镇配备法律顾问2至3名。行政执法人员较上年增加8%—10%。";
    const got = facts(text).map((f) => [f.quote, f.value, f.unit, f.approx, f.subject]);
    assert.deepEqual(got, [
      ["95%以上", 95, "%", "以上", "政务服务事项网上可办率"],
      ["98%以上", 98, "%", "以上", "调解成功率"],
      ["90%以上", 90, "%", "以上", "群众满意度"],
      ["100%", 100, "%", null, "出庭应诉率"],
      ["10-15人", 10, "人", "10-15", "每期参训人数"],
      ["2至3名", 2, "名", "2至3", "每个乡镇配备法律顾问数"],
      ["8%—10%", 8, "%", "8%—10%", "行政执法人员较上年增加比例"],
    ]);
    assert.equal(facts(text)[1].indicator, "mediation.success_rate");
    // before a count 在 introduces a place: the words before it are no part of the subject
    assert.equal(
      facts("推行机构改革在12个乡(镇、街道)设立综合行政执法办公室。")[0].subject,
      "乡(镇、街道)数",
    );
    // a quantity per unit is no total: no indicator, and the slash names no object
    const [, perTown] = facts("人民调解员1,126人,其中专职人民调解员10-15人/乡镇。");
    assert.deepEqual(
      [perTown.quote, perTown.subject, perTown.indicator],
      ["10-15人", "专职人民调解员数", null],
    );
    assert.equal(facts(text)[5].indicator, null);
    // a descending pair or a pair of dates is no range
    assert.deepEqual(quotes("2022-2023年度开展培训3-2次。"), []);
  });

  test("a noun after the unit ends at its verb, not inside a word (行为, not 行) nor a bracket", () => {
    const [fact] = facts("全年对1,043件轻微违法行为依法不予处罚。");
    assert.equal(fact.subject, "轻微违法行为数");
    const got = facts(
      "全年为企业减税降费12.3万元(按户均计)。专职法制审核人员仅12名。全县16个司法所中有5个仅有1名工作人员。",
    ).map((f) => [f.quote, f.subject]);
    assert.deepEqual(got.slice(0, 3), [
      ["12.3万元", "企业减税降费"],
      ["12名", "专职法制审核人员数"],
      ["16个", "司法所数"],
    ]);
  });

  test("dates, durations, titles, system names, slogans, ordinals and level phrases are not facts", () => {
    const text = [
      "2023年3月31日前完成,连续3年,7×24小时,不少于30天。",
      "学习《山西省6类依申请行政权力事项清单》和《提升行政执法质量三年行动计划(2023—2025年)》。",
      "“13710”系统,“1+17”体系,“5办1站2中心”,一件事一次办,“五证合一”。",
      "全省第二批示范地区,全省第一,市县两级,四级队伍,被四部委评为优秀,坚持四个全面。",
      "推行行政执法三项制度,从五个方面推进,建立一批示范点,12345热线。",
    ].join("\n");
    assert.deepEqual(quotes(text), []);
  });

  test("idioms and slogans whose numerals meet a unit are not facts", () => {
    assert.deepEqual(
      quotes("这项工作走进千家万户,三番五次督促,推行五个一工作法,开展五花八门的活动,组织培训3次。"),
      ["3次"],
    );
  });

  test("subjects name what is counted; indicators come from the catalogue", () => {
    const [received, closed] = facts("全年受理行政复议案件108件、办结98件。");
    assert.equal(received.subject, "受理行政复议案件数");
    assert.equal(received.indicator, "reconsideration.received");
    assert.equal(closed.subject, "行政复议案件办结数");
    assert.equal(closed.indicator, "reconsideration.closed");
    const [mediators] = facts("全市共有人民调解员1200余名。");
    assert.equal(mediators.indicator, "mediation.mediators");
  });

  test("next year's plans are targets, not facts", () => {
    const text =
      "一、主要举措和成效\n全年审结案件276件。\n二、2024年工作计划\n力争培训覆盖率达到100%,新建法治文化阵地10个。";
    assert.deepEqual(quotes(text), ["276件"]);
  });

  test("a department report in full-width punctuation", () => {
    const text = [
      "某某市司法局2023年法治政府建设工作情况报告",
      "（一）加强行政复议工作。全年共收到行政复议申请325件，受理298件，审结276件，纠错率达12.5%。",
      "（二）开展法治培训。举办法治专题培训班七期，培训干部1200余人次；组织旁听庭审两次。",
      "（三）推进普法宣传。发放资料3.5万份，覆盖群众约10万人，群众满意率百分之九十七点二。",
    ].join("\n");
    const got = facts(text);
    assert.deepEqual(
      got.map((f) => f.quote),
      [
        "325件",
        "298件",
        "276件",
        "12.5%",
        "七期",
        "1200余人次",
        "两次",
        "3.5万份",
        "约10万人",
        "百分之九十七点二",
      ],
    );
    assert.equal(got.find((f) => f.quote === "1200余人次")?.indicator, "training.participants");
    assert.equal(got.find((f) => f.quote === "百分之九十七点二")?.value, 97.2);
    for (const f of got) assert.equal(text.slice(f.start, f.end), f.quote);
  });

  test("ordinals of sessions, batches, articles, editions and documents are not quantities", () => {
    const text = [
      "市委十届十次全会作出部署,县委十四届十一次全体会议审议通过,区十七届人大三次会议期间收到建议120件。",
      "根据闽委办发〔2020〕12号文件和《条例》第12条,在《法治动态》第4期通报,第3批次述法单位32家,2023年第2期简报。",
      "召开常委会会议3次,召开3次常务会议。",
    ].join("\n");
    assert.deepEqual(quotes(text), ["120件", "32家", "3次", "3次"]);
  });

  test("subjects name the thing counted, never an empty word or an office alone", () => {
    const cases: Array<[string, string, RegExp]> = [
      ["持续制定年度履职任务清单(市委书记10项、市长10项),对法治政府建设作出部署。", "10项", /履职任务/],
      ["目前已与14省23市(区)形成“跨域通办”合作共识。", "14省", /省份/],
      ["目前已与14省23市(区)形成“跨域通办”合作共识。", "23市", /^市\(区\)数$/],
      // a heading's number run into the text is no part of the subject
      ["(二)开展“双随机、一公开”抽查检查274次。", "274次", /^开展双随机/],
      ["全力推动“高效办成一件事”改革,6个实现线下运行,15个实现线上实质运行。", "15个", /一件事/],
      ["审查重大政府合同(文件)106件,为重大项目提供保障。", "106件", /合同\(文件\)/],
      ["新命名市级民主法治示范村(社区)45个。", "45个", /示范村\(社区\)/],
      ["编印《法治动态》12期。", "12期", /法治动态/],
      ["全面开展专项整治,4批次98类问题得到全面核查整改。", "4批次", /专项整治/],
      // a long clause is cut before its verb, never inside a word (面开展…); a clause only a
      // few characters too long is kept whole (政府主要负责人…, not 府主要负责人…)
      [
        "全面开展道路交通安全和运输执法领域突出问题专项整治,4批次98类问题得到全面核查整改。",
        "4批次",
        /^(?:全面)?开展道路交通/,
      ],
      ["政府主要负责人主持召开常务会议专题研究法治政府建设3次。", "3次", /^政府主要负责人/],
      ["组织28家区级部门和14个镇(街道)党政主要负责人在区委全会上述法。", "14个", /镇\(街道\)/],
      // a noun that begins with a body's name is a thing of its own, not a body doing something
      [
        "构建起1部总体预案、47部专项预案、53部部门预案、N个企事业单位预案的预案体系。",
        "53部",
        /^部门预案数$/,
      ],
      ["对市场监管、交通运输等6家单位进行实地督察。", "6家", /实地督察/],
      [
        "市政府分管副市长出庭应诉13次,共有64个单位的行政机关负责人出庭应诉。",
        "64个",
        /^行政机关负责人出庭应诉单位数$/,
      ],
      ["组织全市128个乡镇(街道)执法业务骨干开展综合行政执法专题培训。", "128个", /^乡镇\(街道\)数$/],
    ];
    for (const [text, quote, expected] of cases) {
      const fact = facts(text).find((f) => f.quote === quote);
      assert.ok(fact, `${quote} in ${text}`);
      assert.equal(subjectProblem(fact.subject), null, `${quote}: “${fact.subject}”`);
      assert.match(fact.subject, expected, `${quote}: “${fact.subject}”`);
    }
  });

  test("an enumeration shares its verb; a noun after the classifier is what is counted", () => {
    const got = facts("区司法局全年审查规范性文件21件、政府合同164份、重大行政决策事项12项。");
    assert.deepEqual(
      got.map((f) => f.indicator),
      [
        "normative_docs.legality_reviews",
        "normative_docs.legality_reviews",
        "normative_docs.legality_reviews",
      ],
    );
    assert.match(got[1].subject, /^审查政府合同/);
    const [mediators] = facts("全区768名人民调解员全年化解矛盾纠纷6215件。");
    assert.equal(mediators.subject, "人民调解员数");
  });

  test("a rate's name is no object of the next; a clause naming one quantity names the next one's too", () => {
    const rates = facts("开展合法性审查8件,实现合法性审查率100%,备案率100%。").map((f) => f.subject);
    assert.equal(rates[2], "备案率");
    const [offline, online] = facts("全力推动“高效办成一件事”改革,6个实现线下运行,15个实现线上实质运行。");
    assert.match(offline.subject, /高效办成一件事改革线下运行/);
    assert.match(online.subject, /高效办成一件事改革线上实质运行/);
  });

  test("a change named only by its direction is the change of the quantity just given", () => {
    const got = facts(
      "收到行政复议申请186件,较上年增加42件;纠错25件,纠错率14.6%,较上年提高3.1个百分点。行政应诉案件97件,败诉率5.2%,同比下降2.4个百分点。",
    ).map((f) => [f.quote, f.subject]);
    assert.deepEqual(got, [
      ["186件", "收到行政复议申请数"],
      ["42件", "收到行政复议申请数较上年增加"],
      // after ";" a bare verb still counts the applications just named
      ["25件", "行政复议申请纠错数"],
      ["14.6%", "行政复议申请纠错率"],
      ["3.1个百分点", "行政复议申请纠错率较上年提高"],
      ["97件", "行政应诉案件数"],
      ["5.2%", "行政应诉案件败诉率"],
      ["2.4个百分点", "行政应诉案件败诉率同比下降"],
    ]);
  });

  test("a change against the same period (较去年同期) or in another unit is of the quantity before", () => {
    const got = facts(
      "化解率97.7%,较去年同期提高1.9个百分点。受理案件12件,比去年同期增加3件。办理公证事项3248件,较上年减少5.1%。",
    ).map((f) => f.subject);
    assert.deepEqual(got, [
      "化解率",
      "化解率较去年同期提高",
      "受理案件数",
      "受理案件数比去年同期增加",
      "办理公证事项数",
      "公证事项较上年减少比例",
    ]);
  });

  test("a statistics table's numbers are facts of their cells; only the report's year is an indicator", () => {
    const text = [
      "一、主要工作",
      "全年受理行政复议案件49件。",
      "指标\t2022年\t2023年",
      "行政复议案件受理数(件)\t41\t49",
      "行政机关负责人出庭应诉率\t95.2%\t100%",
      "二、存在的不足",
    ].join("\n");
    const got = facts(text).map((f) => [text.slice(f.start, f.end), f.subject, f.indicator]);
    assert.deepEqual(got, [
      ["49件", "受理行政复议案件数", "reconsideration.received"],
      ["41", "行政复议案件受理数(2022年)", null],
      ["49", "行政复议案件受理数(2023年)", "reconsideration.received"],
      ["95.2%", "行政机关负责人出庭应诉率(2022年)", null],
      ["100%", "行政机关负责人出庭应诉率(2023年)", "litigation.head_appearance_rate"],
    ]);
  });

  test("a figure kept level (同比持平) has a change of 0 in its unit, its span the words 持平", () => {
    const text =
      "全区制发行政规范性文件6件，与上年持平。行政许可办件3.06万件，与去年基本持平。化解率98.2%，与去年同期持平。办理法律援助案件1826件，同比持平。全年持平发展。";
    const got = facts(text).map((f) => [f.quote, f.value, f.unit, f.approx, f.subject, f.indicator]);
    assert.deepEqual(
      got.filter(([quote]) => String(quote).endsWith("持平")),
      [
        ["持平", 0, "件", null, "制发行政规范性文件数与上年持平", null],
        ["基本持平", 0, "件", "基本", "行政许可办件数与去年持平", null],
        // a rate stays level by 0 percentage points, as its changes are written
        ["持平", 0, "个百分点", null, "化解率与去年同期持平", null],
        ["持平", 0, "件", null, "办理法律援助案件数同比持平", null],
      ],
    );
    // each its own words, right after its figure
    const all = facts(text);
    all.forEach((f, k) => {
      if (!f.quote.endsWith("持平")) return;
      assert.equal(text.slice(f.start, f.end), f.quote);
      assert.ok(all[k - 1].end < f.start);
    });
  });

  test("a change in a table's cell is the row's change; a cell bounds the prose reading's words", () => {
    const [, , grown] = facts("地区\t案件数(件)\t占比\t同比\n东区\t120\t40%\t增长5.2%\n西区\t180\t60%\t持平");
    assert.equal(grown.quote, "5.2%");
    assert.equal(grown.subject, "东区(同比增长)");
    assert.equal(grown.indicator, null);
    // one row alone is no table: the prose reading takes no words or digits of the cells before
    // (1,350's comma ends no clause)
    const [alone] = facts("一般程序案件\t1,203\t1,350\t增长12.2%");
    assert.equal(alone.subject, "增长比例");
  });

  test("a unit in the next cell is no unit of the prose reading: the table's reading of the cell holds", () => {
    const [audience] = facts("项目\t数量\t单位\n普法受众\t6.8\t万人次\n法律援助\t612\t件");
    assert.deepEqual(
      [audience.quote, audience.value, audience.unit, audience.subject],
      ["6.8", 68000, "人次", "普法受众"],
    );
  });

  test("quantities run together without punctuation: the run's ends tell where each one's noun is", () => {
    // written after words and ending the clause: each names what is written before it
    const after = facts(
      "加强预警监测,下发火险形势分析4期发布森林火险天气等级预报短信息159条森林火险气象预测周报19期风险提示信息19次。",
    ).map((f) => f.subject);
    assert.deepEqual(after, [
      "下发火险形势分析期数",
      "发布森林火险天气等级预报短信息数",
      "森林火险气象预测周报期数",
      "风险提示信息次数",
    ]);
    // the words between two of them are the next one's own phrase, not a verb sharing the noun before
    assert.deepEqual(
      facts("全市共有律师事务所56家执业律师1200余人。全年开展执法检查36次出动执法人员1200人次。").map(
        (f) => f.subject,
      ),
      ["律师事务所数", "执业律师数", "开展执法检查次数", "出动执法人员人次"],
    );
    // …while a bare verb still takes it (受理…120件审结115件 → 案件审结)
    assert.match(facts("全县法院受理行政案件120件审结115件。")[1].subject, /行政案件审结数$/);
    // the last one followed by its noun: each counts the noun after it
    const [teams, people] = facts("组织开展应急救援比武演练活动47支应急救援队伍600余名专业人员参加。");
    assert.match(teams.subject, /^应急救援队伍/);
    assert.match(people.subject, /^专业人员/);
    // the first one opening its clause counts what follows it, whatever the last one does
    const [, mediators] = facts(
      "全市1638个人民调解组织,10924名人民调解员全年调解纠纷15223件,调解成功15184件。",
    );
    assert.equal(mediators.subject, "人民调解员数");
  });

  test("a level reached (下降至, 提高到) is the level now; 由X提升至Y names X the earlier level", () => {
    const got = facts(
      "全市行政诉讼败诉率下降至7.3%。行政机关负责人出庭应诉率由85%提升至98%。执法人员由原来的350人减少至298人。",
    ).map((f) => [f.quote, f.subject, f.indicator]);
    assert.deepEqual(got, [
      ["7.3%", "行政诉讼败诉率", "litigation.loss_rate"],
      ["85%", "行政机关负责人出庭应诉率(原值)", null],
      ["98%", "行政机关负责人出庭应诉率", "litigation.head_appearance_rate"],
      ["350人", "执法人员数(原值)", null],
      ["298人", "执法人员数", null],
    ]);
  });

  test("a change is of the nearest fact before it: a fine named by its own noun, not the cases'", () => {
    const got = facts(
      "执法队办理行政处罚案件284件,罚款金额63.7万元,同比增长12.5%。拆除违法建筑面积3260平方米,罚没款8.35万元。",
    ).map((f) => f.subject);
    assert.deepEqual(got, [
      "执法队办理行政处罚案件数",
      "罚款金额",
      "罚款金额同比增长",
      "拆除违法建筑面积数",
      "罚没款",
    ]);
  });

  test("个千分点 is a change of a rate in ‰, as 个百分点 is of one in %", () => {
    const got = facts("万人成讼率为千分之8.2,比上年下降0.6个千分点。").map((f) => [
      f.quote,
      f.value,
      f.unit,
      f.subject,
    ]);
    assert.deepEqual(got[1], ["0.6个千分点", 0.6, "个千分点", "万人成讼率比上年下降"]);
  });

  test("a multiple is a change of the fact before (较上年增长1.3倍, 是上年的2倍); a legal bracket of 倍 is none", () => {
    const got = facts(
      "全市收到复议申请89件,较上年增长1.3倍。受理行政复议案件120件,是上年的2倍。对违法行为处违法所得1倍以上5倍以下罚款。",
    ).map((f) => [f.quote, f.unit, f.subject, f.indicator]);
    assert.deepEqual(got, [
      ["89件", "件", "收到复议申请数", "reconsideration.applications"],
      ["1.3倍", "倍", "收到复议申请数较上年增长", null],
      ["120件", "件", "受理行政复议案件数", "reconsideration.received"],
      ["2倍", "倍", "受理行政复议案件数与上年之比", null],
    ]);
  });

  test("each item of a 其中 breakdown is the total's thing with its own outcome, not the item before", () => {
    const got = facts("审结351件,其中维持243件、驳回31件、确认违法19件、撤销12件。").map((f) => f.subject);
    assert.deepEqual(got, ["审结数", "审结维持数", "审结驳回数", "审结确认违法数", "审结撤销数"]);
  });

  test("a 其中 breakdown keeps its total's thing across a sentence end, a change and commas", () => {
    const subjects = (text: string) => facts(text).map((f) => f.subject);
    // the total ends the sentence before: 行政复议 is kept
    assert.deepEqual(subjects("全年新收行政复议案件96件。其中,审结88件,纠错9件。"), [
      "新收行政复议案件数",
      "新收行政复议案件审结数",
      "新收行政复议案件纠错数",
    ]);
    // a change after the total is no total: the breakdown divides the applications
    assert.deepEqual(
      subjects("共收到行政复议申请2846件,同比上升31.2%。其中,受理2517件,不予受理187件。").slice(2),
      ["收到行政复议申请受理数", "收到行政复议申请不予受理数"],
    );
    // items parted by commas, and a whole named by 中: no item is the one before's (维持驳回)
    assert.deepEqual(subjects("审结2389件,其中维持1523件,驳回286件,撤销174件。").slice(1), [
      "审结维持数",
      "审结驳回数",
      "审结撤销数",
    ]);
    assert.deepEqual(subjects("审结案件中,维持98件、驳回12件、确认违法4件。"), [
      "审结案件维持数",
      "审结案件驳回数",
      "审结案件确认违法数",
    ]);
    // an outcome is no noun a next item shares; a total in another unit is no total of the items
    assert.deepEqual(subjects("维持98件、驳回12件。"), ["维持数", "驳回数"]);
    assert.deepEqual(
      subjects("组织税费收入486.7亿元,同比增长3.2%,其中税收收入352.4亿元。")[2],
      "税收收入金额",
    );
  });

  test("words a subject ends with and the next one begins with are written once", () => {
    const got = facts("行政机关败诉118件,败诉率为7.8%。").map((f) => f.subject);
    assert.deepEqual(got, ["行政机关败诉数", "行政机关败诉率"]);
    // the next one's words may be all of the end (…知识培训5期,培训1450人); people counted by what
    // they did are …人数
    const trained = facts("举办行政执法人员公共法律知识培训5期,培训1450人。").map((f) => f.subject);
    assert.deepEqual(trained[1], "行政执法人员公共法律知识培训人数");
  });

  test("what was decided about the thing counted (免予处罚, 不予受理) is no part of its name", () => {
    const got = facts("推行首违不罚,对1.2万户次纳税人首次轻微违法行为免予行政处罚。").map((f) => f.subject);
    assert.deepEqual(got, ["纳税人首次轻微违法行为数"]);
  });

  test("在 opening a noun (在册, 在职) is no filler to strip", () => {
    const got = facts("在册社区矫正对象186人。在职执法人员320人。在全县开展培训3期。").map((f) => f.subject);
    assert.deepEqual(got, ["在册社区矫正对象数", "在职执法人员数", "开展培训期数"]);
  });

  test("an inline enumeration's ordinal (一是, 二是) is no part of a subject", () => {
    const got = facts("一是开展送法下乡活动24场次。二是举办法治讲座12场。").map((f) => f.subject);
    assert.deepEqual(got, ["开展送法下乡活动场次", "举办法治讲座场数"]);
  });

  test("a subject is not cut at 仍 or 未: they open the predicate, not the noun", () => {
    const got = facts("截至目前,仍有3个县(区)未按要求报送备案。2件行政复议决定未在规定期限内履行。").map(
      (f) => f.subject,
    );
    assert.deepEqual(got, ["县(区)数", "行政复议决定数"]);
  });
  test("a counted body's predicate after its noun names it (考核通报: 未在…前公开, 获评…)", () => {
    const got = facts(
      "7个单位未在3月31日前公开年度报告。40个单位按时公开了2022年度年度报告。12个单位获评法治建设先进单位。",
    ).map((f) => f.subject);
    assert.deepEqual(got, [
      "未在规定时限前公开年度报告单位数",
      "按时公开年度报告单位数",
      "法治建设先进单位数",
    ]);
    // a grade given, however the notice words it, names the bodies by the grade
    const graded = facts("城关镇等5个乡镇被确定为优秀等次,8个乡镇评定为良好等次,2个乡镇被评为一般等次。").map(
      (f) => f.subject,
    );
    assert.deepEqual(graded, ["优秀等次乡镇数", "良好等次乡镇数", "一般等次乡镇数"]);
    // 工作 names no action; a parenthesis lists alternatives, the action ends before it
    const more = facts(
      "组织65家单位开展年度述法工作。9家单位获评第二批全省法治政府建设示范地区(单位、项目)。",
    ).map((f) => f.subject);
    assert.deepEqual(more, ["年度述法单位数", "第二批全省法治政府建设示范地区单位数"]);
  });

  test("a 其中 item named by a predicate counts the total's thing (18份存在程序瑕疵)", () => {
    const got = facts("全年共抽查120份行政执法案卷,其中18份存在程序瑕疵,6份存在适用法律错误。").map((f) => [
      f.subject,
      f.indicator,
    ]);
    assert.deepEqual(got, [
      ["抽查行政执法案卷数", "enforcement.case_file_reviews"],
      ["存在程序瑕疵的行政执法案卷数", null],
      ["存在适用法律错误的行政执法案卷数", null],
    ]);
  });

  test("verbs that share one object give each number its own verb (接收、解除…312人、296人)", () => {
    const subjects = (text: string) => facts(text).map((f) => [f.quote, f.subject]);
    assert.deepEqual(subjects("全年接收、解除社区矫正对象312人、296人。"), [
      ["312人", "接收社区矫正对象数"],
      ["296人", "解除社区矫正对象数"],
    ]);
    assert.deepEqual(subjects("全年新收、审结行政复议案件分别为45件、41件。"), [
      ["45件", "新收行政复议案件数"],
      ["41件", "审结行政复议案件数"],
    ]);
    // items that are more than verbs keep the head-noun rule
    assert.deepEqual(subjects("行政复议、行政应诉案件分别为87件、102件。"), [
      ["87件", "行政复议案件数"],
      ["102件", "行政应诉案件数"],
    ]);
  });
  test("a sentence that opens with a bare verb counts the thing of the sentence before it", () => {
    const subjects = (text: string) => facts(text).map((f) => f.subject);
    assert.deepEqual(subjects("全年办理行政复议案件58件。审结52件,纠错率15.4%。"), [
      "办理行政复议案件数",
      "行政复议案件审结数",
      "行政复议案件纠错率",
    ]);
    assert.deepEqual(subjects("全年行政诉讼案件31件。败诉2件。"), ["行政诉讼案件数", "行政诉讼案件败诉数"]);
    // after a breakdown item the next sentence counts the whole, not the item
    assert.equal(subjects("受理行政复议案件96件,其中市场监管类案件40件。办结90件。")[2], "办结数");
    // a new paragraph, or a sentence further on, starts afresh
    assert.deepEqual(subjects("全年办理行政复议案件58件。\n审结52件。"), ["办理行政复议案件数", "审结数"]);
  });
  test("one number after a list of names counts them all", () => {
    const subjects = (text: string) => facts(text).map((f) => f.subject);
    assert.deepEqual(subjects("全年共开展法治专题学习培训、宣传宣讲、政治轮训100余场次。"), [
      "开展法治专题学习培训、宣传宣讲、政治轮训场次",
    ]);
    assert.deepEqual(subjects("市、县两级领导干部全年共接访599次。"), ["市、县两级领导干部接访次数"]);
    // a noun after the number is what is counted: the list only says where
    // a quotation the list opens with belongs to its first item
    assert.deepEqual(subjects("通过“湖州发布”微信公众号、政务微博发布政策解读216篇。"), [
      "湖州发布微信公众号、政务微博发布政策解读数",
    ]);
    const [where] = subjects("在重点商圈、楼宇累计布设近百个政务服务驿站。");
    assert.ok(where.endsWith("政务服务驿站数") && !where.includes("商圈"), where);
  });
  test("a department speaking of itself (我局, 本单位) or an autonomous area's 全州 is not what is counted", () => {
    const subjects = (text: string) => facts(text).map((f) => f.subject);
    assert.deepEqual(subjects("2023年我局共收到行政复议申请45件。全州开展行政执法案卷评查12次。"), [
      "收到行政复议申请数",
      "开展行政执法案卷评查次数",
    ]);
  });
  test("a fronted object is counted by the action it undergoes (对12件规范性文件进行合法性审查)", () => {
    const subjects = (text: string) => facts(text).map((f) => f.subject);
    assert.deepEqual(subjects("全年对12件规范性文件进行合法性审查。对88件规范性文件进行清理。"), [
      "合法性审查规范性文件数",
      "清理规范性文件数",
    ]);
  });
});
