// Words trimmed from a clause to leave what a number counts. Data only.

/** Fillers at the start of a clause: 全年共, 累计, 其中 … */
export const LEADING_FILLERS = [
  "截至目前",
  "截至年底",
  "截至",
  "目前",
  "全年",
  "年内",
  "本年度",
  "当年",
  "今年",
  "全市",
  "全县",
  "全区",
  "全省",
  "全州",
  "全旗",
  "全盟",
  // the 兵团's divisions and regiments (师市合一: 全师市)
  "全师市",
  "全师",
  "全团场",
  "全团",
  "全镇",
  "全乡",
  "我省",
  "我市",
  "我县",
  "我区",
  "我州",
  "我旗",
  // a department's report speaks of itself (我局共收到行政复议申请45件): who reports, not what
  "我局",
  "我委",
  "我办",
  "我厅",
  "本局",
  "本机关",
  // Taiwan's governments speak of themselves so (本府受理訴願案件1,236件)
  "本府",
  "我单位",
  "本单位",
  "市级",
  "共计",
  "合计",
  "总计",
  "累计",
  "共",
  "先后",
  "其中",
  // a note on what a count holds (326件(含行政上诉案件47件)): the part, not the holding
  "包括",
  "含",
  // 仍有3个县(区)未…: how things still stand, not what is counted
  "仍有",
  "尚有",
  "仍",
  "已经",
  "已",
  "均",
  "分别",
  "并",
  "还",
  "同时",
  "此外",
  "另外",
  "对",
  "为",
  "向",
  "在",
  "从",
  "将",
  "把",
  "由",
  "通过",
  "组织",
  "依法",
  "共有",
  "有",
  // …《A》《B》等法律法规10余部: the examples are gone, 等 is left
  "等",
];
/** Whom a clause's count went to, at its start (向行政机关发出司法建议15份, 全年向公安机关移送案件9件):
 *  the recipient, not who acted — dropped with its 向, so the count is of what was sent (发出司法
 *  建议). Only before a verb of sending; 向 before another verb is a filler (向社会公开). */
export const RECIPIENT =
  /^((?:全年|年内|共|累计|依法|主动|先后)*)向[\u4e00-\u9fff、]{2,16}?(?=(?:发出|提出|制发|发送|移送|报送|推送|反馈)[\u4e00-\u9fff])/;

/** Leading fillers that also begin nouns, with the characters that make them nouns (在册, 在职,
 *  在押 社区矫正对象): stripped only when not followed by those. */
export const LEADING_FILLER_GUARDS: Record<string, string> = {
  在: "册职编岗押建办线库校",
  // 全师生 (teachers and students), 全团队, 全团结: no 师 or 团 of the 兵团
  全师: "生资",
  全团: "队结体员委",
  // 含金量, 含税: nouns of their own
  含: "金量税",
};
/** Fillers at the end of a clause, just before the number: 达, 为, 增加至 … */
export const TRAILING_FILLERS = [
  // the level reached (败诉率下降至7.3%, 由85%提升至98%): the number is the new level, no change
  "增加至",
  "增加到",
  "增长至",
  "增长到",
  "上升至",
  "上升到",
  "提高至",
  "提升到",
  "下降至",
  "下降到",
  "降低至",
  "降低到",
  "减少至",
  "减少到",
  // 行政许可事项精简至186项: what is left, not what was cut
  "精简至",
  "精简到",
  "压减至",
  "压减到",
  "压缩至",
  "压缩到",
  "缩减至",
  "缩减到",
  "降至",
  // 事项增至128项: the count reached, as 增加至
  "增至",
  "增到",
  "达到",
  "提高到",
  "提升至",
  "分别为",
  "分别达",
  "均为",
  "均达到",
  "均达",
  "约为",
  "共计",
  "合计",
  "总计",
  "累计",
  "总数",
  "共有",
  "共",
  "达",
  "为",
  "至",
  "约",
  "是",
  "有",
  "的",
  "计",
  "近",
  "超过",
  "突破",
  "逾",
  "多达",
  "等",
  "和",
  "及",
  "与",
  "、",
  "继续保持",
  "保持在",
  "稳定在",
  "控制在",
  "保持",
  // 专职法制审核人员仅12名, 16个司法所中有5个
  "仅有",
  "只有",
  "仅",
  "中有",
  // 出庭应诉率由85%(提升至98%): the level it started from (理由, 自由, 缘由 are nouns)
  "由原来",
  "由上年",
  "由去年",
  "由",
];
/** Verbs that end a noun phrase written after the unit (6个干部培训班开展教学活动; 2件行政复议决定
 *  未在规定期限内履行: a negation begins the predicate; 免予, 不予, 予以, 给予 open what was decided
 *  about the thing counted: 1.2万户次纳税人首次轻微违法行为免予行政处罚). */
export const OBJECT_STOPS =
  /(?<![尚])未(?!成年|来)|尚未|仍|开展|进行|实现|参加|参与|获评|被|得到|形成|建成|完成|全覆盖|覆盖|(?<!行)为|成为|纳入|入选|列入|作为|全部|均|已|得以|(?<![许认])可|正在|统一(?=划|纳入|由|交由|归口|进驻|受理|办理)|需要|涉及|惠及|提供|办理|参与|的基础|全年|年内|累计|逐项|逐件|逐一|先后|(?<![公总])共(?![享同建治])|全面(?=推行|推进|实行|落实|建立|建成|开展|实施|完成|实现)|(?<![存所实现正自内])在|对全|对各|向|从|依法|免予|免于|不予|予以|给予/;

/** Words a counted body's predicate opens with that only link it to what it did or became
 *  (…等6家单位进行实地督察 → 实地督察; 5个乡镇被评为优秀等次 → 优秀等次); a negation (未) stays. */
export const ACTION_OPENERS =
  /^(进行|开展|实现|获评|被评为|被评定为|被确定为|评定为|确定为|评为|被|为|参加|参与|完成)/;

/** A date in a predicate that sets a deadline (未在3月31日前公开年度报告): named 规定时限, so the
 *  count reads the same whatever date a notice set. */
export const DEADLINE_DATE = /^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?=前|之前|以前)/;
/** The year a predicate's object is of (按时公开了2022年度法治政府建设年度报告): read on over it;
 *  the subject drops years as everywhere. */
export const YEAR_IN_ACTION = /^\d{4}年度?/;
/** A word an action ends with that names no action of its own (开展年度述法工作的单位 are 年度述法
 *  单位): dropped before the body is named. */
export const ACTION_TAIL = /工作$/;

/** Words opening a predicate written where a breakdown item's noun would be (抽查120份案卷,其中
 *  18份存在程序瑕疵): the item counts the total's thing so described, not a thing of its own. */
export const ITEM_PREDICATES = /^(?:存在|尚未|未|被评为|被|获评|获得|不符合|符合|属于)/;

/** Words that end a counted noun without belonging to it: 案件中 (among the cases). */
export const OBJECT_TAIL = /[中里内]有?$/;

/** Verbs an enumeration shares (审查规范性文件21件、政府合同164份): the list's first item
 * names the verb, the later items only their objects. Longest first. */
export const SHARED_VERBS = [
  "主动公开",
  "审查",
  "审核",
  "办理",
  "受理",
  "新收",
  "收到",
  "接收",
  "印发",
  "出台",
  "制定",
  "公开",
  "发布",
  "查处",
  "查办",
  "调解",
  "调处",
  "化解",
  "培训",
  "举办",
  "开展",
  "接待",
  "聘请",
  "建立",
  "建成",
  "设立",
  "清理",
  "评查",
  "抽查",
  "发出",
  "提出",
  "出具",
  "承办",
  "核发",
  "颁发",
  "注销",
  "备案",
  "报备",
  "排查",
  "审结",
  "办结",
  "解答",
  "发放",
  "组建",
  "修订",
  // what a clean-up did with each document (修订4件、废止3件): a verb of its own, never the one before
  "废止",
  "宣布失效",
  "修改",
  "失效",
  "保留",
];
/** Outcomes a case ends with (行政复议 and 行政诉讼 decisions, named as such: 维持决定): words of a
 *  verb, never a noun a next item may share (维持98件、驳回12件 counts 驳回 cases, not 维持驳回;
 *  责令履行决定3件,终止审理36件 no 责令履行决定终止审理). */
export const CASE_OUTCOMES =
  /^(?:维持|驳回|撤销|变更|确认违法|确认无效|责令履行|终止|不予受理|撤回|纠错|败诉|胜诉|调解|和解)+(?:决定)?$/;

/** An outcome a noun handed on ends with (县政府胜诉15件,败诉2件: 县政府胜诉): the next outcome
 *  replaces it (县政府败诉), not joins it (县政府胜诉败诉). */
export const CASE_OUTCOME_END =
  /(?:维持|驳回|撤销|变更|确认违法|确认无效|责令履行|终止|不予受理|撤回|纠错|败诉|胜诉)$/;

/** The steps a case goes through, written as a bare verb (全年办理行政复议案件58件。审结52件):
 *  a sentence that opens with one counts the cases of the sentence before (CASE_NOUN). */
export const CASE_STEPS = /^(?:新收|收到|接收|受理|立案|办结|审结|结案|答复|化解)$/;
export const CASE_NOUN = /(案件|申请|纠纷|案卷)$/;

/** A bare step or outcome a matter goes through (办结, 调解成功, 成功化解, 驳回): it shares the noun
 *  of a count before it only when that count is of matters too (MATTER_UNITS: 受理案件108件、办结
 *  98件). After a count of sessions or people its matters are not the sessions': 开展人民调解员培训
 *  3期,调解成功1230件 counts disputes, not 人民调解员培训调解成功; 开展实地调查53次,办结44件 no 实地调查办结. */
export const MATTER_STEP =
  /^(?:(?:新收|收到|接收|受理|立案|办结|审结|结案|答复|化解|调处|调解|维持|驳回|撤销|变更|纠错|败诉|胜诉|和解)+(?:成功)?|成功(?:调解|调处|化解))$/;
/** A count in people, vehicles or sessions that is still a count of matters handled, by the noun
 *  it names: a service given, a complaint taken, a violation investigated (提供法律援助2,316人次,办结
 *  1,986件: legal aid's cases; 受理网上投诉举报3,260人次,办结3,186件; 查处违法运输车辆1,286台次,
 *  办结1,132件) — not a training or a visit (人民调解员培训, 实地走访调查) or the people trained. */
export const MATTER_NOUN =
  /法律援助|司法救助|信访|来访|来信|来电|投诉|举报|诉求|案件|纠纷|争议|申请|事项|违法|违规|欠薪|查处|查办/;

/** The words between a total and a breakdown of it: 其中 after the total's clause or sentence
 *  (受理143件,其中审结131件 / 受理96件。其中,审结88件). */
export const BREAKDOWN_OPENS = /^\s*[,;。]?\s*其中[,:]?\s*$/;

/** A clause naming the whole the next items divide (审结案件中,维持98件、驳回12件): its noun, then
 *  中 and a comma. */
export const NAMED_WHOLE = /([\u4e00-\u9fff]{2,10})中[,:]$/;

/** Leading verbs stripped from a phrase to reuse its object (受理行政复议案件 → 行政复议案件). */
export const LEADING_VERBS =
  /^(受理|办理|审结|办结|清理|开展|组织|发出|收到|提供|出具|审查|审核|印发|公布|调整|建立|完成|查处|查办|破获|侦破|调解|接待|举办|召开|聘请|评查|注销|核发|颁发|新办|换发|申领|审议|制定|出台|起草|修改|废止|新收|新接收|接收|交办|移送|发现)/;

/** The count a clause ends with (开展应急演练326场次, 通过调解、和解方式结案316件): a number with at
 *  most its unit (and 余, 以上) after it to the clause's end — not a year (举办2024年…培训班), nor a
 *  number inside the name of what was done (“12·4”宪法日, 第3期培训班, G20峰会). */
export const COUNT_ENDING = /(?<![第\dA-Za-z.·．])\d[\d.,]*(?![\d.,]|\s*年)\D{0,5}$/;

/** A second verb joined to the leading one by 并 (发现并督促整改安全隐患 → 安全隐患): stripped with
 *  it when the phrase's object is handed on. */
export const JOINED_VERB =
  /^并(?:督促|及时|依法)?(?:整改|处理|处置|办理|查处|化解|移送|答复|公开|受理|办结|审结|纠正)/;

/** Trailing fillers that also end nouns, with the characters that make them nouns
 * (行为, 作为; 截至): stripped only when not preceded by those. */
export const TRAILING_FILLER_GUARDS: Record<string, string> = {
  为: "行作认成较更",
  由: "理自缘事",
  // 涉及, 普及, 危及, 触及, 惠及 are verbs of their own (共涉及31个部门), not a dangling 及
  及: "涉普危触惠",
  // 人均达到2.3元, 户均为…: the 均 of 人均 and 户均 says per head, it stays (a figure per unit)
  均达到: "人户平",
  均达: "人户平",
  均为: "人户平",
};

/** Fillers at the end of a clause before a rate only (群众满意度在90%以上): before a count, 在
 *  introduces a place (推行机构改革在12个乡(镇、街道)设立…), whose words are not the subject's. */
export const RATE_TRAILING_FILLER = /(?<![存所现实正内自])在$/;

/** Fillers dropped anywhere in a subject: 领导干部全年共接访 → 领导干部接访. */
export const INNER_FILLERS = ["全年共计", "全年共", "全年", "共计", "累计", "先后", "各类", "各级"];
/** The words after a count that confer an honour whose quoted name follows (3个被评为省级“枫桥式
 *  司法所”, 2个获评市级“五星级司法所”), the counted noun perhaps before them (3个司法所被评为省级
 *  “枫桥式司法所”): the name is read with them, it is what the count is of. */
export const HONOUR_BEFORE_NAME =
  /^(?:[\u4e00-\u9fff]{1,8}?(?=被|均|先后|分别|评为|获评|命名为|荣获|认定为|确定为|入选))?(?:被|均|先后|分别)*(?:评为|获评|命名为|授予|荣获|获得|认定为|确定为|列为|入选)(?:全国|国家级|省级|市级|县级|区级|全省|全市|首批|第[一二三四五六七八九十\d]+批)*$/;

/** An action after a count that confers an honour and names it (获评市级五星级司法所): with no noun
 *  of its own, the count is of the bodies so honoured. */
export const HONOUR_CONFERRED =
  /^(?:被|均|先后|分别)*(?:评为|获评|命名为|授予|荣获|认定为|确定为|入选)[\u4e00-\u9fff]{2,}(?:\([^()]*\))?$/;

/** The honour a counted body received names it when it says what kind of body it is (3个司法所
 *  被评为省级“枫桥式司法所”, 2个项目获评…示范项目, 6个案例入选…典型案例, 2个科室被评为…青年文明号):
 *  the count reads as 被评为省级枫桥式司法所3个 does. A grade or a title that names no body (3个
 *  司法所被评为优秀等次) names the bodies with it: 被评为优秀等次的司法所. */
export const HONOUR_NAMES_BODY =
  /(?:所|村|社区|\(社区\)|单位|集体|企业|学校|医院|中心|站|庭|窗口|基地|项目|案例|示范点|示范区|号|品牌|机关|乡镇|街道)$/;
/** The same for people: an honour that names a person (优秀人民调解员, 先进个人, 法治人物). */
export const HONOUR_NAMES_PERSON =
  /(?:员|者|人|人物|个人|标兵|能手|模范|干部|律师|法官|检察官|同志|明白人|带头人|工匠)$/;

/** A count each of several bodies has (各镇(街道)均有2名专职人民调解员, 每个司法所各有3名工作人员,
 *  16个司法所均配备2名以上工作人员, 各乡镇均配备专职人民调解员2名): a figure per body, no total.
 *  Read on the clause before the number: 各/每个 and the body, or the body and 均/各/都, then a verb
 *  of having or staffing, then perhaps the noun counted. Group 1: 各 or 每个; 2: the body; 3: 均/各/
 *  都; 4: the verb; 5: the noun after it. A total says 共/累计 (各乡镇共配备调解员120名), which no body's
 *  name holds. */
export const PER_BODY_HAVING =
  /^(?:全县|全市|全区|全州|全旗|全镇|全乡)?(各|每一?个?)?((?:(?!共|累计|合计|总)[\u4e00-\u9fff]){1,10}?(?:\([^()]*\))?)(均|各|都)?(有|配备|配有|配齐|设立|设有|设置|建立|明确|确定|落实|选聘|聘请|聘任|安排|派驻|选派)了?([\u4e00-\u9fff]*)$/;

/** The grass-roots places and their stations 各 alone says each of (各乡镇司法所配备专职人民调解员
 *  2名, 各村(社区)配备法律顾问1名): one figure per place, as with 每个 — unlike 各部门 or 各级, which
 *  head totals. Tested on the body PER_BODY_HAVING reads. */
export const EACH_PLACE = /^(?:乡镇|镇街|镇|乡|街道|村|社区|居委会|苏木|嘎查|网格)/;
/** Words of a total after the verb (各乡镇(街道)配备法律顾问合计26名): no figure per body. */
export const TOTAL_AFTER_VERB = /共|合计|总计|累计|总数/;

/** What a count of bodies with no noun of its own only has (5个仅有1名工作人员): the bodies are
 *  named by it (仅有1名工作人员的司法所), with the noun of the thing counted before. */
export const ONLY_HAVING = /^(?:仅|只)(?:有|配备|配有|设)\s*\d+\s*[名人个]\s*[\u4e00-\u9fff]{1,10}/;

/** The short names of things counted side by side that a rate of them all joins (人大代表建议56件、
 *  政协提案48件,办复率100% → 建议提案办复率). */
export const JOINT_SHORT_NAMES = ["建议", "提案", "议案"];

/** A bare 共 between what was done and its verb (法制教育训练共办理场次, 全县共受理) says only
 *  that the number is a total: dropped. Only before a verb, so 共同, 共享, 共建, 共青团 and
 *  公共/中共/总共 keep theirs — and 共建 before 立法 (与市人大共建立法联系点5个: built together,
 *  not 建立) or 成果/成效, where 建立/建成 are no verb; 建立法律/法治… is 建立 again. */
export const INNER_TOTAL =
  /(?<=[\u4e00-\u9fff])(?<![公中总])共(?=办理|开展|举办|组织|受理|办结|审结|审查|审核|收到|接收|接待|下达|作出|发放|培训|调解|化解|查处|出动|检查|备案|清理|制定|出台|公开|处理|参加|参与|完成|评查|聘请|签订|提供|解答|走访|排查|召开|印发|发布|编印|刊发|录入|新增|立案|配备|建成(?![果效])|建立(?!法(?![律治制规官院庭援务学]))|设立)/g;
/** How long a state has lasted, dropped anywhere in a subject: 出庭应诉率连续三年(达到100%). */
export const INNER_DURATION = /连续[\d一二两三四五六七八九十]+年/g;

/** How a count of each unit is named: 5次 → …次数, 10余场 → …场数. */
export const COUNT_SUFFIX: Record<string, string> = {
  次: "次数",
  场: "场数",
  场次: "场次",
  期: "期数",
  人次: "人次",
  批次: "批次",
  类: "类数",
  辆次: "辆次",
  倍: "倍数",
};

/** A count of people (人) whose subject names no person but what they did (两千余人参加民法典宣讲):
 *  named …人数; a subject ending in a person (执法人员, 调解员, 干部, 群众) takes …数 as 名 does. */
export const PERSON_END =
  /(?:员|人|者|师|干部|代表|委员|群众|职工|对象|生|士|官|骨干|队伍|队|长|户|家属|农民|居民|村民|青少年|儿童|学生|党员|公民)$/;
export const PEOPLE_COUNT_SUFFIX = "人数";

/** Name endings that only say "how many" (市委书记数 → 市委书记), as the subject deriver
 * appends them: stripped before judging what a subject names. Never 件数 or 个数, whose first
 * character may end a noun (案件数, 整个数). */
export const COUNT_WORDS = [
  "次数",
  "场数",
  "期数",
  "类数",
  "人次",
  "场次",
  "批次",
  "辆次",
  "金额",
  "比例",
  "人数",
  "数",
];

/** Words that name nothing countable on their own: a subject made only of them is empty. */
export const EMPTY_SUBJECTS = [
  "个",
  "项",
  "次",
  "件",
  "名",
  "人",
  "家",
  "单位",
  "部门",
  "方面",
  "其中",
  "同比",
  "全年",
  "累计",
  "分别",
  "合计",
  "共计",
  "总计",
  "共",
  "达",
  "为",
  "增长",
  "下降",
  "提高",
  "上升",
  "增加",
  "减少",
];

/** Offices held by one person (市委书记, 区长): a count is never of them, but of their items. */
export const SINGLE_OFFICES =
  /(书记|省长|市长|州长|盟长|县长|区长|旗长|镇长|乡长|主任|厅长|局长|主席|负责同志|主要负责人)$/;

/** Function words that cannot end a noun phrase (在12个乡 → "在"), nor begin one; the
 * lookbehinds keep words that end in them (存在, 行为, 涉及, 平等, 方向, 应对). */
export const DANGLING_END =
  /(?:(?<![存所现实正内自])在|(?<![反核针相面应比校])对|(?<![方导意去指风走倾])向|(?<![行作认成更较尤极])为|与|(?<![平调])和|(?<![涉普企危触])及|(?<![平同对相高])等|的|(?<![为除])了|把|被|将|(?<![服随])从|(?<![理自])由|(?<![可所难予加得足])以|(?<!立)即|或)$/;
/** An outline number left before a subject when the heading runs into the text: (一), （3）; an
 *  inline enumeration's (二是开展送法下乡活动24场次: 开展送法下乡活动); or a circled number of a
 *  list (①开展宣传活动3场). */
export const LEADING_ORDINAL =
  /^(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,2}是|[\u2460-\u2473\u2776-\u277f])/;
export const DANGLING_START = /^[的了等或、，,；;：:]/;

/** Verbs a list of counts can share one object with: in "接收、解除社区矫正对象312人、296人" the
 * last item's object (社区矫正对象) is what every verb before it acts on. Longer forms first
 * (解除矫正 before 解除), so the longest verb is the one taken off the last item. */
export const LIST_VERBS = [
  "解除矫正",
  "新接收",
  "新收",
  "接收",
  "解除",
  "收到",
  "受理",
  "办结",
  "审结",
  "结案",
  "立案",
  "查处",
  "办理",
  "发放",
  "换发",
  "注销",
  "吊销",
  "撤销",
  "新增",
  "减少",
  "清理",
  "保留",
  "废止",
  "修改",
  "修订",
  "审查",
  "审核",
  "备案",
  "调处",
  "化解",
  "调解",
  "出动",
  "检查",
  "培训",
  "考核",
];

/** Head nouns the items of a "分别" list share (行政复议、行政应诉案件分别为87件、102件:
 * 行政复议 is 行政复议案件). */
export const SHARED_HEADS = /(案件|纠纷|事项|文件|申请|问题|人员|机构|组织|率)$/;

/** An office at the end of a classifier's noun (14个镇(街道)党政主要负责人): the classifier
 * counts the places or bodies, the office belongs to them. */
export const OFFICE_TAIL = /(党政|党委|政府|部门)?(主要)?(负责人|负责同志|书记|一把手)$/;

/** What a place classifier counts (14省23市). */
export const PLACE_NOUNS: Record<string, string> = {
  省: "省份",
  市: "市",
  县: "县",
  区: "区",
  乡: "乡",
  镇: "镇",
  村: "村",
};

/** Words between 等 and the counted noun that only say "of that kind" (…等领域违法案件). */
export const KIND_WORDS = /^(领域|方面|行业|类|种|部门|单位|方式|渠道|形式)?的?/;

/** Nouns a clause may end with: such a clause names what is counted by itself, even when
 * short and after another fact (…,公开信息2000余条; …案件284件,罚款金额63.7万元 — the fines, which
 * the change after them is of; …结案104件,作出撤销等纠错决定27件 — decisions, not settlements). Not 涉及金额, 涉案金额: what they involve is the fact before. */
export const NOUN_END =
  /(信息|文件|案件|纠纷|事项|人员|干部|群众|问题|项目|机构|组织|单位|部门|企业|合同|建议|提案|资料|活动|会议|队伍|预案|平台|阵地|证件|案卷|申请|线索|罚款|罚没款|罚(?:款|没款?)金额|资金|经费|(?:纠错|处罚|复议|许可)决定书?)$/;

/** Bodies a classifier counts when its noun runs on (12个部门行政处罚案卷 → 部门): the rest
 * belongs to them. A one-character place only with its parenthesis (10个县(市、区)). */
export const BODY_HEAD =
  /^(?:(?:部门单位|部门(?!单位)|单位|机关|乡镇|街道|社区|企业|地区|领域)(?:\([^)]*\))?|(?:县|市|区|乡|镇)\([^)]*\))(?=[\u4e00-\u9fff])/;

/** A one-character place a body classifier counts (全市11个区全覆盖, 11个区均建成…中心, 在11个区全面
 *  推行…): the place alone, or before what was done in every one of them. Not before other words,
 *  which make it part of a noun (12个区直部门, 5个市场主体, 8个县级单位). */
export const PLACE_HEAD =
  /^(?:县|市|区|乡|镇|村)(?=$|全面|全部|普遍|都|召开|开展|参加|进行|完成|组织|建立|制定|出台|落实|设立|成立|推行|配备)/;

/** Kinds of bodies or places that say only which were counted: named by what each did
 *  (…等6家单位进行实地督察 → 实地督察单位; 11个区全覆盖 → 覆盖区). 苏木 and 嘎查 are Inner
 *  Mongolia's 乡 and 村 (4个苏木镇, 69个嘎查村(社区)), 旗 its 县 (12个旗县市(区)); 镇街 is
 *  镇 and 街道 together (19个镇街), 县市区 the three kinds of a prefecture's counties. */
export const GENERIC_BODY =
  /^(?:单位|部门|机关|乡镇|街道|个|家|地区|项目|问题|事项|行政村|区|县|市|乡|镇|街|村|旗|苏木|嘎查){1,3}$/;

/** Words that open what every counted body did and add nothing to it: 全部建立 is 建立, and 全覆盖
 *  after the bodies is that they are covered (法律援助工作站全覆盖 → 法律援助工作站覆盖…乡镇). */
export const ACTION_ALL = /^(?:全部|普遍|都)/;
/** What a bracketed kind of place (乡镇(街道)) must be said to have done, all of it, for the count
 *  to be named by the deed (16个乡镇(街道)全部建成…), or a verb of setting up right after it (75个
 *  苏木乡镇(街道)建成…工作站: each place has one): other words after it are not always a deed. */
export const BRACKETED_KIND_ACTION = /^(?:全部|普遍|都|均|(?:建成|建立|设立|成立|组建)(?!的))/;
/** The end of a word a bracketed note stands inside (物资(装备)库): one or two characters, then the
 *  clause's end. */
export const WORD_AFTER_NOTE = /^[\u4e00-\u9fff]{1,2}(?:[,;。:!?\n、]|$)/;
export const ACTION_FULL_COVER = /(?:实现)?全覆盖$/;

/** An item of a 其中 breakdown that names where the whole's things came from (审核规范性文件备案
 *  137件,其中省政府部门62件、市州政府75件): a body or a level, not a thing of its own — counted in
 *  the whole's unit (件), it is the whole's thing from that body, as a short outcome is (州本级46件).
 *  The longest such name. */
export const ITEM_SOURCE = /(?:部门|政府|单位|机关|本级|乡镇|街道|县|市|区|州)$/;
export const ITEM_SOURCE_MAX = 8;
/** The step a breakdown's whole names after its thing (审核规范性文件备案, 报送规范性文件备案审查):
 *  an item naming a kind of that thing (其中省政府部门规范性文件62件) went through it too. */
export const WHOLE_STEP = /(?:备案审查|备案|合法性审查|清理|评查)$/;

/** A counted body named with what kind it is (20余家主要行政执法部门召开推进会, 8个市直执法单位开展
 * 评查; 12个人民调解委员会调解纠纷320件, 3家公证机构办证8436件): the noun ends at the body's word
 * when a verb follows it, what the bodies did (not 76家党政机关法律顾问全覆盖, where the noun goes
 * on) — the matters they handled are the next count's, not what the classifier counts. The body's
 * word may stand alone (18个司法所排查矛盾纠纷1,236次: 司法所, no disputes). */
const BODY_ACTS =
  "召开|开展|参加|参与|进行|完成|组织|建立|制定|出台|落实|签订|通过|获评|获得|被|接受|推行|设立|成立|公示|公开|报送|" +
  "调解|调处|化解|排查|受理|办理|办结|审结|办证|查处|共|累计|全年";
export const QUALIFIED_BODY = new RegExp(
  `^[\\u4e00-\\u9fff]{0,8}?(?:部门|单位|机关|机构|委员会|调委会|调解组织|公证处|司法所|仲裁院)(?=${BODY_ACTS})`,
);

/** People counted by their office, before what they did at length (对107名党政主要负责人履行…职责
 * 情况开展测评): the noun ends at the office. */
export const QUALIFIED_PERSON = new RegExp(
  `^[\\u4e00-\\u9fff]{0,10}?(?:负责人|负责同志|一把手)(?=${BODY_ACTS}|履行)`,
);

/** A rate named by how things were handled, with when (按期办结率, 按时答复率, 及时受理率): no noun
 *  of its own, a rate of the things counted just before in the sentence (信访事项按期办结率). Plain
 *  办结率 and the like are short enough to be read so already. */
export const HANDLING_RATE =
  /^(?:按期|按时|如期|及时|限时|当场|当日|一次性?)(?:办结|答复|办复|受理|结案|审结|化解|调处|回复|反馈|处理|解决|响应|签收)率$/;

/** The words up to the last verb of receiving or handling in a noun phrase (州政府受理, 区12345热线
 *  分中心承接, 登记): who took the things in, not the things (see HANDLING_RATE). */
export const NOUN_HOLDER = /^.*(?:受理|登记|承接|接听|接收|收到|新收|发生|转办|交办)/;

/** A clause ending in a verb that needs the object named just before (市政府召开新闻发布会
 * 31场,市领导出席11场 → 市领导出席新闻发布会). */
export const NEEDS_OBJECT = /(出席|参加|参与|主持|旁听|列席)$/;

/** A table written as text, a row a line of fields (项目：立案查处案件；数量：142件；同比：上升
 *  18.3%): before a figure, the row's label and the figure's field — a value (数量, 金额), with
 *  the step its key may name first (办理数量, 受理件数, 调解数量: step), or a change (同比, with
 *  its direction). */
export const FIELD_ROW =
  /(?:项目|指标|名称|事项|类别|内容)\s*[:：]\s*(?<label>[^;；:：\n]{2,30}?)\s*[;；,，]\s*(?:[^;；:：\n]{1,6}\s*[:：][^;；\n]*[;；,，]\s*)*?(?:(?<step>[\u4e00-\u9fff]{0,4}?)(?:数量|数值|数据|金额|件数|次数|人数|总数)|(?<change>同比|环比|较上年)\s*[:：]\s*(?<direction>上升|下降|增长|减少|增加|提高|降低)?)\s*[:：]?\s*$/;
/** How far before a figure its row's fields are read. */
export const FIELD_ROW_REACH = 80;

/** A clause that opens with a verb of holding and its own object names what it counts: no step
 *  on the thing counted before it (开展执法检查4次,组织专题询问2次 → 专题询问, not 执法检查专题
 *  询问; 开展视察5次; 全年共举办听证会3场). */
export const OWN_ACTIVITY =
  /^(?:全年|年内|共|累计|先后|还|并|同时|另)*(?:开展|组织|举办|召开|举行)(?!了)[\u4e00-\u9fff“]{2,}$/;

/** Between two numbers after 分别, the direction of the second when it differs from the first's
 *  (同比分别增长12.5%、下降7.5%): group 1. */
export const RESPECTIVE_GAP = /^\s*[、和及与]\s*(提高|提升|下降|降低|上升|增加|减少|增长)?了?\s*$/;
/** A direction ending a predicate (增长), replaced by a later number's own. */
export const DIRECTION_AT_END = /(?:提高|提升|下降|降低|上升|增加|减少|增长)了?$/;

/** The same words at the end of a longer phrase (行政复议案件数同比增长): the noun before them is
 *  what the next quantity of the sentence counts (…12.5%,达到86件 → 行政复议案件数), not the change. */
export const CHANGE_TAIL =
  /(?:同比|环比|(?:较|比)(?:上年|去年|上一年)度?(?:同期)?|与(?:上年|去年|上一年)度?(?:同期)?相比)(?:提高|提升|下降|降低|上升|增加|减少|增长)了?$/;

/** A clause saying only which way a quantity moved (同比下降, 较上年提高): a change of the one
 *  just given (败诉率5.2%,同比下降2.4个百分点 → 败诉率同比下降). */
export const CHANGE_ONLY =
  /^(?:同比|环比|(?:较|比)(?:上年|去年|上一年)度?(?:同期)?|与(?:上年|去年|上一年)度?(?:同期)?相比)?(?:提高|提升|下降|降低|上升|增加|减少|增长)了?$/;

/** A clause before a number that states a change from an earlier period, not a level: 同比减少
 *  (9件), 较上年增加, 比上年多, 与上年相比下降了. Such a number is never the whole a part or a rate is
 *  taken of (行政诉讼一审案件41件,同比减少9件,败诉2件,败诉率4.9%: 2 of 41, not of 9). */
export const CHANGE_CLAUSE =
  /(?:^|同比|环比|(?:较|比|与)(?:上年|去年|上一年|上年度|上年同期|去年同期)(?:相比|同期)?)(?:提高|提升|下降|降低|上升|增加|减少|增长|增多|(?<!^)多|(?<!^)少)了?$/;

/** A level's move from one number to the next (出庭应诉率由85%提升至98%): the words before the first
 *  and between the two. The first is the earlier level, the second the level now. */
export const FROM_LEVEL = /由(?:原来|上年|去年|上一年|(?:19|20)\d{2}年度?)?的?\s*$/;
/** How far back FROM_LEVEL is looked for (由2022年度的 is 9 characters). */
export const FROM_LEVEL_REACH = 10;

/** A time before a number in its clause that names an earlier year (2022年受理56件, 上年同期为56件,
 *  比上年的56件增加12件, (2022年为56件)): the number is that year's level, no figure of the report's
 *  year — named with the year (行政复议案件受理数(2022年)), as an earlier year's column of a table
 *  is, and given no indicator. Group 1: a four-digit year, compared with the report's year; none:
 *  上年, 去年, 上一年. Not a span from it (2022年以来, 2021年至2023年, 自2022年起, nor its end: 至2021年),
 *  a change from it (较上年增长12.5%: EARLIER_CHANGE after it) nor the time things counted were made
 *  (EARLIER_ATTRIBUTE). */
export const EARLIER_TIME =
  /(?<![至到—\-~])(?:((?:19|20)\d{2})\s*年度?|上年度?|去年|上一年度?)(?:同期|全年|底|末)?(?![以至起到前后内初中来])/g;
/** Words between an earlier time and the number that make the number a change or a total since
 *  then, not that time's level. */
export const EARLIER_CHANGE = /提高|提升|下降|降低|上升|增加|减少|增长|增多|多|少|以来|至今|累计|共计|合计/;
/** A time that only says when the things counted were made (对2012年至2021年制发的88件规范性文件
 *  进行清理, 2022年出台的3件文件): a verb and 的 after it, before the number — the count is this
 *  year's. (的 right after the time is the time's own: 比上年的56件, 由2022年的76.5%.) */
export const EARLIER_ATTRIBUTE = /[\u4e00-\u9fff]的/;
/** Words of the earlier time left in such a figure's subject (行政复议案件上年同期, …比上年): the
 *  year after the subject says it. */
export const EARLIER_TIME_WORDS = /(?:比|较)?(?:上年度?|去年|上一年度?)(?:同期)?/g;
/** What an earlier year's figure is named by, after its subject (上年: the year before). */
export const EARLIER_YEAR_NAME = (year: string | undefined) => `(${year ? `${year}年` : "上年"})`;
export const TO_LEVEL = /^\s*(?:提高|提升|上升|增加|增长|下降|降低|减少|降)(?:至|到)\s*$/;
/** What the earlier level of such a move is named by, after its subject. */
export const EARLIER_LEVEL = "(原值)";

/** A clause naming the earlier period a multiple is of (是上年的2倍): the fact before is
 *  compared with it, as with a change. */
export const MULTIPLE_OF = /^(?:是|为|相当于)(?:上年|去年|上一年)(?:同期)?的?$/;

/** A clause saying a figure stayed level with an earlier period (…6件,与上年持平; 同比持平;
 *  与去年基本持平): a change of 0 in that figure's unit, named as other changes are (…与上年持平).
 *  Group 1 is the comparison, group 2 a hedge (基本: the fact's approximation). */
export const STEADY =
  /(同比|环比|(?:与|和|同|较|比)(?:上年|去年|上一年)度?(?:同期)?(?:相比)?)(基本|大体|大致|总体)?持平/g;

/** The words a change of 0 is quoted by (持平, 基本持平): no whole that a part is of. */
export const STEADY_QUOTE = /持平$/;

/** The unit a change of a rate is given in: a rate that stays level (败诉率5.7%,与上年持平) moved by
 *  0 percentage points, not by 0 % of itself (同比下降2.4个百分点 is how its changes are written). */
export const RATE_CHANGE_UNIT: Readonly<Record<string, string>> = { "%": "个百分点", "‰": "个千分点" };

/** What may stand between a figure and the clause saying it stayed level: a comma at most. */
export const STEADY_GAP = /^\s*[,、]?\s*$/;

/** The level of an honour or a body (国家级, 省级, 市级): in a list of levels (创建全国民主法治示范村
 *  2个、省级8个、市级21个; 新增“示范村”省级4个、市级15个) each item counts the thing at its own
 *  level. The words, longest first; `LEVEL_AT_END` finds one written after its noun. */
export const LEVEL_WORDS = /全国|国家级|省级|自治区级|市级|州级|盟级|县级|区级|旗级|乡镇级|乡级|镇级|村级/g;
export const LEVEL_ITEM =
  /^(?:全国|国家级|省级|自治区级|市级|州级|盟级|县级|区级|旗级|乡镇级|乡级|镇级|村级)$/;
export const LEVEL_AT_END =
  /(全国|国家级|省级|自治区级|市级|州级|盟级|县级|区级|旗级|乡镇级|乡级|镇级|村级)$/;
/** Verbs an honour's count opens with (创建, 新增, 获评): the level stands after them. */
export const HONOUR_VERBS = /^(?:新增|创建|获评|获得|建成|新建|评选|命名|培育|打造|认定|成功创建|入选)/;
