// The indicator catalogue: statistics that recur in 法治政府建设 reports. Data only;
// extract/indicators.ts applies it. A fact gets an indicator when
//   - its unit is one the indicator counts in (件 is not 人: disputes are not mediators),
//   - its subject ENDS with the indicator's object, the thing counted or the rate's name
//     (人民调解员调解纠纷 counts 纠纷, not 调解员),
//   - the subject (or the words after the unit) carries the action, when one is required
//     (受理 / 办结 / 纠错 tell apart counts of the same cases),
//   - the topic is named in the subject or its sentence (复议, 调解), and no `none` word is.
// Among several that fit, the first listed wins: specific entries precede general ones.
// Every entry carries a sample sentence; a test checks that it maps to the entry.
import type { OrganKind } from "../types.ts";
import { BODIES, CASES, DOCUMENTS, EVENTS, PEOPLE } from "./unit-classes.ts";

export type QuantityKind = "count" | "rate" | "money";

/** How a kind of quantity is shown on a chart's axis: its name, its unit (a count's is the
 * indicator's first unit) and the factor from the stored value (money is stored in 元 and shown
 * in 万元). Quantities are drawn on one axis only when name and unit are the same. */
export const QUANTITY_DISPLAY: Readonly<
  Record<QuantityKind, { name: string; unit: string | null; scale: number }>
> = {
  count: { name: "数量", unit: null, scale: 1 },
  rate: { name: "比率", unit: "%", scale: 1 },
  money: { name: "金额", unit: "万元", scale: 1e-4 },
};

/** The unit an indicator is shown in: 件, 人, %, 万元 … */
export const displayUnit = (i: Pick<IndicatorDef, "kind" | "units">): string =>
  QUANTITY_DISPLAY[i.kind].unit ?? i.units?.[0] ?? "个";

export interface IndicatorDef {
  id: string;
  /** the name users see */
  label: string;
  /** area of the national outline it belongs to */
  area: string;
  kind: QuantityKind;
  /** units a count may carry (counts only) */
  units?: readonly string[];
  /** the thing counted, or the rate's name: the subject must end with it */
  object: RegExp;
  /** must occur in the subject or the words after the unit */
  action?: RegExp;
  /** must occur in the subject, the words after the unit, or the sentence before the number */
  topic?: RegExp;
  /** may not occur in the subject or the words after the unit */
  none?: RegExp;
  /** in a report of that organ, these words in the subject (or after the unit) are the topic:
   *  a court's own 行政案件 are the lawsuits it tries */
  organTopic?: Partial<Record<OrganKind, RegExp>>;
  /** what it counts is conferred as an honour (民主法治示范村 are 命名/评为 so): a subject naming an
   *  honour may map here (see HONOURED) */
  honours?: true;
  /** a sentence with one fact that maps here */
  sample: string;
}

const REVIEW = "矛盾纠纷化解";
const NORMS = "依法行政制度";
const DECIDE = "行政决策";
const ENFORCE = "行政执法";
const SUPERVISE = "权力制约监督";
const SOCIETY = "法治社会";
const SERVICE = "公共法律服务";
const CAPACITY = "能力建设";
const FUNCTIONS = "政府职能";
const EMERGENCY = "突发事件应对";

/** 诉愿 (訴願, under Taiwan's 訴願法) is the appeal to the superior organ against an administrative
 *  act before litigation — the same step 行政复议 is on the mainland, and the name 行政复议 took
 *  from it. A Taiwan-style page's 訴願案件 are counted as reconsideration cases, as its 行政訴訟
 *  already are as litigation; the subject keeps the page's own word. */
const RECONSIDERATION = /复议|诉愿/;
// a lawsuit or a petition (信访案件) beside reconsideration in one sentence is neither's count.
// 信访 only in what is counted (the subject, before the space `own` puts after it): the words
// after the number may speak of petitions without making the number theirs — 受理行政复议案件
// 118件（其中由信访转入23件） is 118 cases received.
const NOT_RECONSIDERATION = /诉讼|应诉|^\S*信访/;
// 行政案件 alone is no lawsuit: a 公安局 counts its own administrative (治安) cases so (受理行政
// 案件5,326起); a lawsuit names its side of the court (被告, 一审, 诉讼, 判决) — not 法院 alone, whose
// 各类案件 are civil and criminal as well, but a court with its 行政案件 (法院受理行政案件8621件)
// 上诉 is the appeal of a first-instance judgment: 行政上诉案件 are second-instance lawsuits
const LITIGATION = /行政诉讼|行政应诉|应诉|被告|一审|二审|上诉|诉讼|判决|法院[^,。;]{0,10}行政案件/;
const MEDIATION = /调解|调处|化解|排查/;
/** 查处/查办 as the investigation of a violation, not the same two characters inside 调查处理,
 *  核查办结, 督查办(公室): 实地调查办结185件 is petitions closed, no case investigated. */
const INVESTIGATED = "(?<![调检核排督审巡抽复盘])查[处办]";
/** The topic of a count of disputes: a count whose noun is 矛盾纠纷 (受理矛盾纠纷1047件) needs no
 *  mediation word — 矛盾纠纷 is the mediation system's own term (other disputes: 劳动争议, 行政争议). */
const MEDIATION_COUNTED = /调解|调处|化解|排查|矛盾纠纷数?(?=\s|$)/;
/** 化解 after the disputes' noun (受理矛盾纠纷1047件,化解1019件 → 矛盾纠纷化解) is how many were
 *  resolved, as 调解成功 is; before it (化解矛盾纠纷6215件) it is the work done on all of them. */
const RESOLVED = /成功|结案|(?:纠纷|矛盾)化解(?!率)/;
const HOTLINE = /12345|政务服务(便民)?热线|便民热线|接诉即办|热线/;
const PETITION = /信访|来访|来信|接访|接待群众/;
const LEGAL_AID = /法律援助|法援|受援/;
const PUBLICITY =
  /普法|宣传|宣讲|(法律|法治)(八)?进|进(校园|社区|企业|乡村|农村|机关|寺庙|单位|家庭|网络)|法治文化|以案释法|送法|宪法|民法典|讲座|法律明白人/;

/** A quantity per unit (每个乡镇配备法律顾问2名, 专职调解员10-15人/乡镇, 人民调解员人均调解纠纷12.6件,
 *  平均办理时限) is no total: it maps to no indicator. Tested on the subject, and on the words after
 *  the unit for the slash. */
export const PER_UNIT = /每|人均|户均|平均/;
/** Words that hold a topic's word without naming that topic: a decision 确认违法 (that an act was
 *  unlawful) is reconsideration's outcome, no enforcement's 违法 — a sentence listing 撤销决定29件、
 *  确认违法决定11件 still takes its topic (行政复议) from the sentence before. */
export const NO_TOPIC_WORDS = /确认违法/g;
export const PER_UNIT_AFTER = /^\//;

/** A subject that counts what was waived, refused, missed or failed (免除罚款, 不予受理, 逾期报备,
 *  不合格案卷, 未在规定期限内履行, 存在程序瑕疵的案卷) is not the count its positive words name (罚没金额, 受理案件, 备案
 *  文件): it maps to no indicator. 未成年人 and 未来 name no omission. A case 不予处罚 is still a case
 *  investigated (查处), a subset that keeps its indicator (test/gold-indicators: 不予处罚案件 →
 *  enforcement.cases); the fine it waived is no fine collected. Tested on the subject. */
export const NEGATED =
  /免除|免罚|免予|免于|不罚|不予(?!处罚)|(?<![尚])未(?!成年|来)|尚未|逾期|超期|不合格|不规范|不到位|不作为|存在[^的]{1,10}的/;

/** A subject that counts bodies or people honoured (获评全省优秀人民调解员4名, 3个司法所被评为省级
 *  “枫桥式司法所”) counts those singled out, not all there are: 4 honoured mediators are no count
 *  of mediators. It maps only to an indicator whose thing is itself an honour (`honours`).
 *  确定为 and 认定为 confer an honour only when one is named (被确定为重大行政决策事项 is no honour). */
export const HONOURED =
  /评为|获评|荣获|授予|命名为|入选|表彰|(?:认定|确定)为[^,;。]{0,10}(?:示范|先进|优秀|标兵|模范|典型|星级|金牌|品牌|称号)/;

export const INDICATORS: IndicatorDef[] = [
  // ── rates: named by their own words ────────────────────────────────────────────────
  {
    id: "reconsideration.correction_rate",
    label: "行政复议纠错率",
    area: REVIEW,
    kind: "rate",
    // a 訴願's 撤銷率 is its whole correction rate: under 訴願法 §81 a well-founded 訴願 is decided
    // by 撤銷 of the act, wholly or in part, a 變更 included (撤銷並逕為變更). On the mainland 撤销
    // is one of five correcting decisions (变更, 撤销, 确认违法, 确认无效, 责令履行): a 撤销率 there
    // is a part of the 纠错率, and a city reporting it would compare as if it corrected less
    object: /纠错率|撤销率/,
    topic: /纠错|诉愿/,
    // a lawsuits' 纠错率 (a table's row 行政诉讼 under a column 纠错率) is the court's, not this
    none: NOT_RECONSIDERATION,
    sample: "办理行政复议案件61件,纠错率0%。",
  },
  {
    id: "litigation.head_appearance_rate",
    label: "行政机关负责人出庭应诉率",
    area: REVIEW,
    kind: "rate",
    object: /出庭应诉率|出庭率/,
    sample: "行政机关负责人出庭应诉率为97.22%。",
  },
  {
    id: "litigation.loss_rate",
    label: "行政诉讼败诉率",
    area: REVIEW,
    kind: "rate",
    object: /败诉率/,
    sample: "行政诉讼案件总数115件,败诉率20%。",
  },
  {
    id: "mediation.success_rate",
    label: "调解成功率",
    area: REVIEW,
    kind: "rate",
    object: /成功率|(纠纷|矛盾)(化解|调处)率|调处率/,
    topic: MEDIATION,
    none: /信访|积案|诉前/,
    sample: "调解成功1822件,成功率99.7%。",
  },
  {
    id: "normative_docs.filing_rate",
    label: "规范性文件备案率",
    area: NORMS,
    kind: "rate",
    object: /备案率|报备率|备案审查率|备案及时率|报备及时率/,
    // a contract's filing rate (重大合同备案率) is the contract office's, as for the counts
    none: /合同|协议/,
    sample: "向本级人大备案审查4件,备案率100%。",
  },
  {
    id: "normative_docs.legality_review_rate",
    label: "规范性文件合法性审查率",
    area: NORMS,
    kind: "rate",
    object: /审查率|审核率/,
    // 重大执法决定法制审核率: enforcement decisions reviewed, no normative document; a rate named
    // 法制审核率 alone is theirs too (documents are 合法性审查, or named: 规范性文件法制审核率)
    none: /执法|处罚|^法制审[核查]率(?:\s|$)/,
    sample: "规范性文件合法性审查率100%。",
  },
  {
    id: "enforcement.publicity_rate",
    label: "执法公示率",
    area: ENFORCE,
    kind: "rate",
    object: /公示率|公示制度落实率|执法决定信息公开率/,
    sample: "抽查结果公示率100%。",
  },
  {
    id: "hotline.completion_rate",
    label: "12345热线诉求办结率",
    area: SUPERVISE,
    kind: "rate",
    object: /办结率|解决率|办理率/,
    topic: HOTLINE,
    sample: "12345热线受理群众诉求162.4万件,按时办结率99.2%。",
  },
  {
    id: "proposals.reply_rate",
    label: "建议提案办复率",
    area: SUPERVISE,
    kind: "rate",
    object: /办复率|答复率|回复率|办结率/,
    topic: /建议|提案|(?<!复)议案/,
    none: /检察|司法建议/,
    sample: "承办建议提案340件,回复率100%。",
  },
  {
    id: "satisfaction.rate",
    label: "满意率",
    area: SUPERVISE,
    kind: "rate",
    object: /满意率|满意度/,
    sample: "群众满意率96.8%。",
  },
  {
    id: "supervision.completion_rate",
    label: "督办事项办结率",
    area: SUPERVISE,
    kind: "rate",
    object: /办结率|完成率|整改率|落实率|销号率/,
    // the items a supervisor assigned, or what the government's enforcement supervision found
    // (开展行政执法监督检查12次,发现问题86个,整改率100%): a 整改率 by itself is no such rate — a
    // safety body's hazards (安全隐患整改率99.4%) are its own inspections' findings
    topic: /督办|督查|督察|交办|执法监督/,
    none: /检察|司法建议|反馈|抽查|双随机|隐患/,
    sample: "共交办事项181项,已办结176项,办结率97.2%。",
  },
  {
    id: "exams.participation_rate",
    label: "学法考试参考率",
    area: CAPACITY,
    kind: "rate",
    object: /参考率/,
    sample: "组织国家工作人员学法考试,参考率99.3%。",
  },
  {
    id: "exams.pass_rate",
    label: "学法考试合格率",
    area: CAPACITY,
    kind: "rate",
    object: /合格率|通过率|及格率/,
    topic: /考试|测试|考学/,
    sample: "组织执法人员年度考试,合格率97.8%。",
  },
  // ── money ──────────────────────────────────────────────────────────────────────────
  {
    id: "enforcement.fines",
    label: "罚没金额",
    area: ENFORCE,
    kind: "money",
    // paid in (罚没收入入库1.12亿元, as 海关 and 税务 write it) is the sum collected
    object: /罚没款?(?:收入)?(?:入库)?|罚款(?:收入)?(?:入库)?|处罚|罚金|没收/,
    sample: "全年罚没款1.82亿元。",
  },
  {
    id: "mediation.amount",
    label: "调解纠纷涉及金额",
    area: REVIEW,
    kind: "money",
    object: /涉案|涉及|协议履行|标的|履行/,
    topic: /调解|调处|纠纷/,
    sample: "调解矛盾纠纷8173件,涉及金额2.36亿元。",
  },
  {
    id: "legal_aid.recovered",
    label: "法律援助挽回经济损失金额",
    area: SERVICE,
    kind: "money",
    object: /损失|经济损失|欠薪|工资|劳动报酬/,
    action: /挽回|追回|讨回|追讨/,
    topic: /法律援助|法援|受援|农民工/,
    sample: "办理法律援助案件1317件,为受援人挽回经济损失2846万元。",
  },
  {
    id: "audit.amount",
    label: "审计查出问题金额",
    area: SUPERVISE,
    kind: "money",
    object: /问题|违规|问题资金|违规资金/,
    topic: /审计/,
    none: /整改|追回|挽回|节约|增收|移送/,
    sample: "完成审计项目186个,查出主要问题金额28.7亿元。",
  },
  // ── legal aid 法律援助: named by its topic, before the areas its cases belong to ──────
  {
    id: "legal_aid.cases",
    label: "法律援助案件数",
    area: SERVICE,
    kind: "count",
    units: CASES,
    object: /案件|援助|申请/,
    topic: LEGAL_AID,
    none: /咨询|帮助/,
    sample: "全市法律援助机构共办理法律援助案件1.52万件。",
  },
  {
    id: "legal_aid.recipients",
    label: "法律援助受援人数",
    area: SERVICE,
    kind: "count",
    units: PEOPLE,
    object: /受援(群众|人)?|群众|农民工/,
    topic: LEGAL_AID,
    sample: "法律援助受援群众1.68万人次。",
  },
  // ── administrative reconsideration 行政复议 ─────────────────────────────────────────
  {
    id: "reconsideration.corrected",
    label: "行政复议纠错案件数",
    area: REVIEW,
    kind: "count",
    units: CASES,
    // 纠错决定: the decisions that corrected (撤销、变更…等纠错决定共计198件), one a case
    // each correcting decision named as one (撤销决定29件, 确认违法决定11件)
    object: /纠错(决定)?|(?:撤销|确认违法|责令(履行|重做|重新作出)?|变更)(决定)?|案件|复议/,
    action: /纠错|撤销|确认违法|责令(履行|重做|重新)|变更/,
    // 直接纠错 and 纠错决定 (as 纠错率) are said of reconsideration only
    topic: /复议|诉愿|直接纠错|纠错决定/,
    none: NOT_RECONSIDERATION,
    sample: "作出直接纠错决定的行政复议案件137件。",
  },
  {
    id: "reconsideration.settled",
    label: "行政复议调解和解结案数",
    area: REVIEW,
    kind: "count",
    units: CASES,
    object: /调解|和解|案件|争议|终止|结案/,
    action: /调解|和解/,
    // people's mediation has no 和解: 调解和解 is said of reconsideration
    topic: /复议|和解/,
    sample: "行政复议以调解、和解方式化解行政争议217件。",
  },
  {
    id: "reconsideration.closed",
    label: "行政复议案件办结数",
    area: REVIEW,
    kind: "count",
    units: CASES,
    object: /办结|审结|结案|案件|复议|诉愿/,
    action: /办结|审结|结案|已结/,
    topic: RECONSIDERATION,
    none: /未结|结转|维持|驳回|终止|诉讼|应诉|^\S*信访/,
    sample: "审结行政复议案件2920件。",
  },
  {
    id: "reconsideration.received",
    label: "行政复议案件受理数",
    area: REVIEW,
    kind: "count",
    units: CASES,
    object: /受理|新收|收案|立案|案件|复议|诉愿|申请/,
    action: /受理|新收|收案|立案/,
    topic: RECONSIDERATION,
    // 新收申请 are applications; 受理 makes them cases
    none: /不予受理|咨询|维持|驳回|终止|诉讼|应诉|^\S*信访|(新收|收到|接收)[^受]*申请(?!\S*受理)/,
    sample: "全年受理行政复议案件108件。",
  },
  {
    id: "reconsideration.applications",
    label: "收到行政复议申请数",
    area: REVIEW,
    kind: "count",
    units: CASES,
    object: /申请/,
    topic: RECONSIDERATION,
    // 驳回申请, 撤回申请: what became of applications, not applications received
    none: /受理|办结|审结|公开|诉讼|应诉|^\S*信访|驳回|撤回|维持|终止/,
    sample: "全市共收到行政复议申请1136件。",
  },
  {
    id: "reconsideration.cases",
    label: "行政复议案件数",
    area: REVIEW,
    kind: "count",
    units: CASES,
    object: /复议案件|复议|诉愿案件|诉愿|案件/,
    topic: RECONSIDERATION,
    none: /维持|驳回|终止|不予受理|撤回|咨询|听证|案审|意见书|建议书|诉讼|应诉|^\S*信访/,
    sample: "办理行政复议案件61件。",
  },
  // ── administrative litigation 行政诉讼 / 行政应诉 ─────────────────────────────────
  {
    id: "litigation.head_appearances",
    label: "负责人出庭应诉次数",
    area: REVIEW,
    kind: "count",
    // 出庭应诉1096件次: appearances counted per case and time
    units: ["件", "起", "宗", "例", "次", "件次", "人次", "人", "名"],
    object: /出庭应诉|出庭|案件|应诉/,
    action: /出庭/,
    sample: "负责人出庭应诉1820次。",
  },
  {
    id: "litigation.lost",
    label: "行政诉讼败诉案件数",
    area: REVIEW,
    kind: "count",
    units: CASES,
    object: /败诉|案件/,
    action: /败诉/,
    sample: "行政机关败诉127件。",
  },
  {
    id: "litigation.won",
    label: "行政诉讼胜诉案件数",
    area: REVIEW,
    kind: "count",
    units: CASES,
    object: /胜诉|案件/,
    action: /胜诉/,
    sample: "已办结行政诉讼案件235件,胜诉206件。",
  },
  {
    id: "litigation.cases",
    label: "行政诉讼案件数",
    area: REVIEW,
    kind: "count",
    units: CASES,
    // (an appeal counted by itself: 被提起行政诉讼49件、行政上诉13件)
    object: /诉讼案件|应诉案件|行政案件|诉讼|应诉|上诉|案件|审结|结案|办结|收案|立案/,
    topic: LITIGATION,
    // 公益诉讼: a procuratorate's public-interest cases (立案办理公益诉讼案件312件), not lawsuits
    // against the government — unless only a note in brackets names them (行政诉讼案件120件(含
    // 行政公益诉讼5件), 新收行政诉讼案件(不含公益诉讼)98件): the lawsuits are counted; 非诉
    // 行政执行案件 are applications to enforce a decision, no lawsuit; nor are a court's
    // judgments enforced (执结行政案件28件, 新收行政执行案件31件)
    // a procuratorate's 行政诉讼监督案件 are its supervision of the courts' trials, no lawsuit
    // against the government
    none: /复议|出庭|刑事|民事|调解|代理|公益诉讼(?![^(（]*[)）])|^\S*信访|非诉|执结|执行案件|诉讼监督|监督案件/,
    // a court's report names no 诉讼 with its own cases (我院受理各类行政案件86件)
    organTopic: { court: /行政案件|行政一审|行政二审/ },
    sample: "行政诉讼案件总数115件。",
  },
  // ── people's and administrative mediation 调解 ─────────────────────────────────────
  {
    id: "mediation.committees",
    label: "人民调解委员会数",
    area: REVIEW,
    kind: "count",
    units: BODIES,
    object: /调解委员会|调委会/,
    sample: "建立人民调解委员会237个。",
  },
  {
    id: "mediation.mediators",
    label: "人民调解员数",
    area: REVIEW,
    kind: "count",
    units: PEOPLE,
    object: /调解员|调解人员|调解员队伍/,
    // mediators trained (培训人民调解员860人次) are attendances of a training, not the mediators
    // there are
    none: /培训|参训/,
    sample: "共有人民调解员1200余名。",
  },
  {
    id: "mediation.organizations",
    label: "人民调解组织数",
    area: REVIEW,
    kind: "count",
    units: BODIES,
    object: /调解组织|调解工作室|调解小组|调解室|调解中心|调解工作站/,
    sample: "行业性专业性人民调解组织11个。",
  },
  {
    id: "mediation.successes",
    label: "调解成功数",
    area: REVIEW,
    kind: "count",
    units: CASES,
    object: /成功|纠纷|矛盾|案件|结案|化解|调处|调解/,
    action: RESOLVED,
    topic: MEDIATION_COUNTED,
    // 信访矛盾化解: petitions resolved, not disputes mediated (as for the disputes and the rate)
    none: /复议|诉讼|和解|信访|积案|行政争议(实质性)?化解|化解行政争议/,
    sample: "调解纠纷1826件,调解成功1822件。",
  },
  {
    id: "mediation.disputes",
    label: "调解矛盾纠纷数",
    area: REVIEW,
    kind: "count",
    units: CASES,
    object: /纠纷|矛盾|案件|化解|调处|调解/,
    topic: MEDIATION_COUNTED,
    // 排查风险线索, 立案查处…案件: cases investigated, not disputes mediated
    // 行政争议化解 is reconsideration and litigation (an 行政调解 of 行政争议和民事纠纷 is mediation)
    none: new RegExp(
      `复议|诉讼|和解|信访|积案|民转刑|咨询|执法|${INVESTIGATED}|立案|侦破|破获|行政争议(实质性)?化解|化解行政争议`,
    ),
    sample: "人民调解组织累计调解纠纷1826件。",
  },
  // ── normative documents and legislation 规范性文件、立法 ─────────────────────────────
  {
    id: "normative_docs.cleanup_kept",
    label: "清理后保留的规范性文件数",
    area: NORMS,
    kind: "count",
    units: DOCUMENTS,
    // 继续有效 is how a clean-up's list names the documents kept (其中继续有效226件)
    object: /保留|继续有效|文件|规章/,
    action: /保留|继续有效/,
    topic: /清理/,
    sample: "对88件规范性文件进行清理,保留48件。",
  },
  {
    id: "normative_docs.cleanup_repealed",
    label: "清理后废止的规范性文件数",
    area: NORMS,
    kind: "count",
    units: DOCUMENTS,
    object: /废止|文件|规章/,
    action: /废止/,
    topic: /清理/,
    // 废止或修订11件 counts both outcomes together: neither's count
    none: /修订|修改/,
    sample: "对88件规范性文件进行清理,废止21件。",
  },
  {
    id: "normative_docs.cleanup_invalid",
    label: "清理后失效的规范性文件数",
    area: NORMS,
    kind: "count",
    units: DOCUMENTS,
    object: /失效|文件|规章/,
    action: /失效/,
    topic: /清理/,
    sample: "对88件规范性文件进行清理,宣布失效11件。",
  },
  {
    id: "normative_docs.cleanup_revised",
    label: "清理后修订的规范性文件数",
    area: NORMS,
    kind: "count",
    units: DOCUMENTS,
    object: /修订|修改|文件|规章/,
    action: /修订|修改/,
    topic: /清理/,
    none: /村规民约|意见|废止/,
    sample: "对88件规范性文件进行清理,修订8件。",
  },
  {
    id: "normative_docs.cleaned",
    label: "清理规章和规范性文件数",
    area: NORMS,
    kind: "count",
    units: DOCUMENTS,
    object: /清理|文件|规章/,
    action: /清理/,
    none: /保留|废止|失效|修订|修改|措施/,
    sample: "对88件规范性文件进行清理。",
  },
  {
    id: "normative_docs.filings",
    label: "规范性文件备案数",
    area: NORMS,
    kind: "count",
    units: DOCUMENTS,
    // rules (规章) are filed as normative documents are (报送省政府备案规章2件)
    object: /备案|报备|文件|备案审查|规章/,
    action: /备案|报备/,
    // contracts and agreements are filed too (百万元以上合同备案4份), with the office that
    // manages contracts, not the people's congress that reviews normative documents
    none: /合同|协议/,
    sample: "向本级人大备案审查规范性文件4件。",
  },
  {
    id: "enforcement.legal_reviews",
    label: "重大执法决定法制审核件数",
    area: ENFORCE,
    kind: "count",
    units: [...CASES, "项"],
    object: /法制审核|法制审查|决定|审核|案件/,
    action: /法制审核|法制审查/,
    sample: "重大执法决定法制审核4317件。",
  },
  {
    id: "fair_competition.reviews",
    label: "公平竞争审查件数",
    area: NORMS,
    kind: "count",
    units: DOCUMENTS,
    object: /措施|文件|审查|政策/,
    action: /公平竞争/,
    none: /清理|存量|修订|废止/,
    sample: "对新出台的政策措施87件进行公平竞争审查。",
  },
  {
    id: "normative_docs.legality_reviews",
    label: "合法性审查(审核)件数",
    area: NORMS,
    kind: "count",
    units: [...DOCUMENTS, "件次"],
    // a contract's text (审核合同文本203份) is the contract reviewed
    object: /文件|合同|协议|议题|事项|材料|草案|决策|措施|审查|审核|文本/,
    action: /审查|审核/,
    // 纠正问题文件 are the documents a review found wrong: a part of those reviewed, not their count
    none: /备案|报备|公平竞争|抽查|评查|案卷|执法|证件|申请|纠正|问题文件/,
    sample: "开展行政规范性文件合法性审查8件。",
  },
  {
    id: "normative_docs.issued",
    label: "印发规范性文件数",
    area: NORMS,
    kind: "count",
    units: DOCUMENTS,
    object: /规范性文件|文件/,
    action: /印发|出台|制发|制定|发布|审议通过/,
    topic: /规范性文件/,
    none: /审查|审核|清理|备案|报备|公开|纠正/,
    sample: "印发行政规范性文件4件。",
  },
  {
    id: "legislation.regulations",
    label: "制定修订地方性法规和规章件数",
    area: NORMS,
    kind: "count",
    units: ["部", "件", "项", "个"],
    object: /法规|规章|条例|法规草案|立法项目/,
    // rules filed (报送备案规章2件) were made before: no rule made
    none: /废止|清理|学习|实施|评估|宣传|解读|党规|备案|报备/,
    sample: "全年共组织起草4部地方性法规。",
  },
  // ── decisions 重大行政决策、法律顾问 ────────────────────────────────────────────────
  {
    id: "decisions.made",
    label: "重大行政决策事项数",
    area: DECIDE,
    kind: "count",
    units: ["项", "件", "个"],
    object: /重大行政决策(事项)?|重大决策(事项)?|决策事项|决策|目录事项/,
    topic: /重大(行政)?决策/,
    none: /审查|审核|评估|论证|研究|学习|听证/,
    sample: "确定重大行政决策事项9项。",
  },
  {
    id: "legal_advisers.count",
    label: "法律顾问人数",
    area: DECIDE,
    kind: "count",
    units: PEOPLE,
    // counted together with the government's own lawyers (法律顾问和公职律师86名), as the outline
    // names them together
    object: /法律顾问|法律顾问[和及与、]公职律师/,
    sample: "共聘请法律顾问132名。",
  },
  {
    id: "legal_advisers.opinions",
    label: "法律顾问出具法律意见数",
    area: DECIDE,
    kind: "count",
    units: ["份", "件", "条", "次", "个"],
    object: /法律意见书|法律意见|意见书|法律意见建议|意见建议/,
    topic: /法律顾问|公职律师/,
    sample: "法律顾问出具法律意见书180余份。",
  },
  // ── law enforcement 行政执法 ────────────────────────────────────────────────────────
  {
    id: "enforcement.case_file_reviews",
    label: "行政执法案卷评查数",
    area: ENFORCE,
    kind: "count",
    units: ["件", "卷", "本", "份", "宗", "个"],
    object: /案卷|卷宗|案件|评查/,
    action: /评查|案卷|卷宗/,
    none: /优秀|问题|合格|不合格/,
    sample: "对253件行政处罚案件开展案卷评查。",
  },
  {
    id: "enforcement.certificates_revoked",
    label: "注销执法证件和清理执法资格数",
    area: ENFORCE,
    kind: "count",
    units: ["个", "件", "张", "本", "名", "人"],
    // also as a later clause of a count of certificates names it (新办证件826个,注销132个:
    // 行政执法证件注销数)
    object: /证件|执法证|资格|证件(?:注销|吊销|收回|暂扣|撤销)|执法证(?:注销|吊销|收回|暂扣|撤销)/,
    action: /注销|清理|吊销|收回|暂扣|撤销/,
    topic: /执法/,
    none: /主体/,
    sample: "依法注销执法证件25个。",
  },
  {
    id: "enforcement.certificates_issued",
    label: "核发执法证件数",
    area: ENFORCE,
    kind: "count",
    units: ["个", "件", "张", "本", "名", "人"],
    object: /证件|执法证/,
    action: /核发|颁发|申领|换发|发放|新办|审核|办理|核准/,
    topic: /执法/,
    sample: "为497名行政执法人员核准颁发执法证件。",
  },
  {
    id: "enforcement.personnel",
    label: "持证行政执法人员数",
    area: ENFORCE,
    kind: "count",
    units: PEOPLE,
    object: /执法人员|执法队员/,
    action: /持证|持有执法证/,
    sample: "全区共有持证行政执法人员1863名。",
  },
  {
    id: "enforcement.random_inspections",
    label: "双随机一公开抽查次数",
    area: ENFORCE,
    kind: "count",
    // 户次, 家次: one inspection of one market entity each (抽查市场主体4520户次)
    units: ["次", "批次", "轮", "场", "场次", "户次", "家次"],
    // counted in 户次/家次 the subject names the entities inspected (抽查市场主体), still with 抽查
    object: /抽查|检查|双随机|监管|市场主体|经营主体|企业|商户/,
    action: /抽查|双随机/,
    // products sampled for quality (产品质量监督抽查4306批次, 食品抽检) are batches of goods tested,
    // not inspections of the entities supervised
    none: /产品质量|产品监督|样品|抽检/,
    sample: "开展“双随机、一公开”抽查231次。",
  },
  {
    id: "enforcement.oversight_notices",
    label: "行政执法监督文书数",
    area: ENFORCE,
    kind: "count",
    units: ["份", "件", "条", "个"],
    object: /意见书|通知书|建议书|决定书|文书/,
    topic: /执法监督|监督/,
    none: /检察|司法建议|复议/,
    sample: "发出行政执法监督意见书9份。",
  },
  {
    id: "enforcement.cases",
    label: "行政执法查处案件数",
    area: ENFORCE,
    kind: "count",
    units: CASES,
    object: /案件|违法行为|立案|查处|查办|结案|办结|处罚|处罚决定|查封扣押|限产停产/,
    action: new RegExp(`${INVESTIGATED}|立案|办理|办结|结案|处罚|处理|查获|查封|扣押|停产`),
    topic: new RegExp(`执法|违法|违规|处罚|${INVESTIGATED}|立案|稽查|监管|整治|安全生产`),
    // complaints about enforcement handled (收到行政执法投诉举报46件,办结44件) are the supervisor's
    // work on complaints, not cases it investigated — unless they were (投诉举报立案查处86件)
    none: /刑事|诈骗|犯罪|侦破|破获|移送|复议|诉讼|调解|援助|评查|信访|公安|案卷|法制审核|咨询|^(?!\S*(?:查处|立案))\S*(?:投诉|举报)/,
    sample: "全年立案查处各类违法案件5216件。",
  },
  // ── openness and supervision 政务公开、监督 ────────────────────────────────────────
  {
    id: "disclosure.requests",
    label: "依申请公开件数",
    area: SUPERVISE,
    kind: "count",
    units: [...CASES, "条"],
    object: /依申请公开件?|公开申请|申请/,
    topic: /公开/,
    none: /复议|诉讼|率/,
    sample: "办理政府信息依申请公开4025件。",
  },
  {
    id: "disclosure.proactive",
    label: "主动公开政府信息条数",
    area: SUPERVISE,
    kind: "count",
    units: ["条", "件", "篇", "个"],
    object: /信息|政务信息|文件|规范性文件|政策|预决算信息/,
    action: /公开|发布|推送/,
    topic: /公开|网站|政务|新媒体|微信|微博|政府信息/,
    none: /依申请|申请|解读|预报|预警|普法|宣传/,
    sample: "全年主动公开政府信息6万余条。",
  },
  {
    id: "disclosure.press_conferences",
    label: "新闻发布会场数",
    area: SUPERVISE,
    kind: "count",
    units: ["场", "次", "场次"],
    object: /发布会|新闻发布/,
    sample: "举办新闻发布会23场。",
  },
  {
    id: "proposals.handled",
    label: "办理人大代表建议和政协提案数",
    area: SUPERVISE,
    kind: "count",
    units: ["件", "条", "份", "个"],
    // (?<!复): 复议案件 holds 议案
    object: /建议|提案|(?<!复)议案|审议意见|建议案/,
    topic: /人大|政协|代表|提案|(?<!复)议案|审议意见/,
    none: /检察建议|司法建议|审计建议|监督建议|意见建议|法律意见|修改意见/,
    sample: "办理市人大代表建议382件。",
  },
  {
    id: "oversight.procuratorial_suggestions",
    label: "检察建议和司法建议数",
    area: SUPERVISE,
    kind: "count",
    units: ["份", "件", "条"],
    object: /检察建议书?|司法建议书?/,
    none: /反馈|回复|整改/,
    sample: "发出检察建议31份。",
  },
  {
    id: "supervision.items_closed",
    label: "督办事项办结数",
    area: SUPERVISE,
    kind: "count",
    units: ["项", "个", "条", "件"],
    object: /事项|问题|任务|办结|完成/,
    action: /办结|完成|销号/,
    topic: /督办|督查|督察|交办/,
    sample: "共交办事项181项,已办结完成176项。",
  },
  {
    id: "supervision.items_assigned",
    label: "督办交办事项数",
    area: SUPERVISE,
    kind: "count",
    units: ["项", "个", "条", "件"],
    object: /事项|问题|任务|交办|督办/,
    action: /交办|督办/,
    sample: "省政府“13710”系统共交办事项181项。",
  },
  {
    id: "supervision.inspections",
    label: "法治督察和执法检查次数",
    area: SUPERVISE,
    kind: "count",
    // not 家次/户次: a count of businesses inspected (安全生产执法检查1856家次) is an enforcement
    // body's own inspections, not the supervision of enforcement this indicator counts
    units: ["次", "轮", "批次", "批", "场"],
    object: /督察|督查|检查|巡查|督导/,
    topic: /督察|督查|执法监督|监督检查|督导|执法检查/,
    none: /抽查|双随机|演练/,
    sample: "组织开展法治政府建设督察2轮。",
  },
  {
    id: "supervision.problems",
    label: "督察检查发现问题数",
    area: SUPERVISE,
    kind: "count",
    units: ["个", "项", "条", "处", "件"],
    object: /问题/,
    // a review's findings reported back to the units (反馈问题213个) are the problems it found
    action: /发现|查找|查摆|梳理|反馈/,
    // a case-file review (案卷评查) is the enforcement supervision's inspection of files
    topic: /督察|督查|检查|监督|巡查|评查/,
    none: /整改|线索/,
    sample: "开展行政执法监督检查16次,发现问题92个。",
  },
  {
    id: "supervision.rectified",
    label: "督察检查整改问题数",
    area: SUPERVISE,
    kind: "count",
    units: ["个", "项", "条", "处", "件"],
    object: /问题|整改|整改完成|完成整改|整改到位/,
    action: /整改|纠正|查纠/,
    // hazards a safety inspection found and had fixed (整改安全隐患3198处) are no supervision's
    none: /率|隐患/,
    sample: "督促整改问题37个。",
  },
  {
    id: "audit.projects",
    label: "审计项目数",
    area: SUPERVISE,
    kind: "count",
    units: ["个", "项"],
    object: /审计.{0,8}项目|审计/,
    sample: "全年共开展审计项目37个。",
  },
  {
    id: "petitions.visits",
    label: "信访接访次数和人次",
    area: REVIEW,
    kind: "count",
    units: ["次", "批", "批次", "人次", "场"],
    object: /接访|来访|下访|接待|群众|走访|接访日?活动/,
    topic: PETITION,
    sample: "领导干部全年共接访599次。",
  },
  {
    id: "petitions.cases",
    label: "信访事项件数",
    area: REVIEW,
    kind: "count",
    units: ["件", "件次", "起", "宗"],
    object: /信访事项|信访案件|信访件|信访诉求|积案|来信来访|信访|事项|问题|来信/,
    topic: PETITION,
    none: /率/,
    sample: "全年登记信访事项1037件。",
  },
  {
    id: "hotline.cases",
    label: "12345热线受理诉求件数",
    area: SUPERVISE,
    kind: "count",
    units: ["件", "条", "个", "单"],
    object: /诉求|工单|转办件|求助|咨询|投诉|举报|建议/,
    topic: HOTLINE,
    none: /12348|法律/,
    sample: "12345政务服务便民热线全年受理群众诉求162.4万件。",
  },
  // ── public legal services 公共法律服务 ─────────────────────────────────────────────

  {
    id: "legal_services.consultations",
    label: "法律咨询解答数",
    area: SERVICE,
    kind: "count",
    units: ["件", "人次", "次", "条", "个"],
    object: /咨询|法律咨询|解答/,
    sample: "各级公共法律服务中心接待群众法律咨询12.8万人次。",
  },
  {
    id: "legal_services.platforms",
    label: "公共法律服务实体平台数",
    area: SERVICE,
    kind: "count",
    units: BODIES,
    object: /法律服务(中心|站|工作站|工作室|室|点|平台|实体平台)|实体平台/,
    sample: "建成乡镇(街道)公共法律服务工作站12个。",
  },
  {
    id: "notarization.cases",
    label: "公证件数",
    area: SERVICE,
    kind: "count",
    units: ["件", "份"],
    // a notary office's 办证 is the certificates it issued (公证机构办证8436件), 办证 elsewhere no
    // notarisation (不动产办证)
    object: /公证(事项|案件)?|公证书|办证/,
    topic: /公证/,
    sample: "全年办理公证事项3621件。",
  },
  {
    id: "corrections.persons",
    label: "社区矫正对象数",
    area: SERVICE,
    kind: "count",
    units: PEOPLE,
    object: /矫正对象|社区矫正人员|社区服刑人员/,
    sample: "全市在册社区矫正对象864名。",
  },
  // ── capacity: study, training, exams 学法、培训、考试 ────────────────────────────────
  {
    id: "training.sessions",
    label: "培训和学法次数",
    area: CAPACITY,
    kind: "count",
    units: [...EVENTS, "个"],
    // lectures count as training when officials attend them (领导干部法治讲座3期)
    object:
      /学法|培训|培训班|学习|研讨|专题学习|课程|班次|班|(干部|领导|公职人员|执法人员|工作人员|学法|常务会议|中心组)[^,]{0,8}讲座/,
    none: /考试|旁听|演练|宣传|普法/,
    sample: "法治专题培训班2期。",
  },
  {
    id: "training.participants",
    label: "培训人数",
    area: CAPACITY,
    kind: "count",
    units: PEOPLE,
    // the trained may be named by their role in the grass roots (培训人民调解员860人次, 法律明白人
    // 培训9870人次), as the gold counts them
    object: /干部|人员|学员|公职人员|培训|参训|参训人员|覆盖|调解员|法律明白人|网格员/,
    topic: /培训|学法|学习/,
    none: /考试|参考/,
    sample: "举办领导干部法治专题培训班3期,培训处级以上领导干部460人次。",
  },
  {
    id: "exams.participants",
    label: "学法考试参考人数",
    area: CAPACITY,
    kind: "count",
    units: PEOPLE,
    object: /参考|参考人员|考生|人员|干部|国家工作人员|公职人员|考试/,
    action: /参考|参加|考试|应考|报考/,
    topic: /考试|测试|考学/,
    sample: "组织国家工作人员学法考试,参考人数41.7万人。",
  },
  // ── law-based society 普法 ─────────────────────────────────────────────────────────
  {
    id: "publicity.materials",
    label: "发放普法资料份数",
    area: SOCIETY,
    kind: "count",
    units: ["份", "册", "件", "本", "张", "套"],
    object: /资料|宣传品|宣传册|手册|读本|折页|宣传单/,
    action: /发放|印发|编印|印制|赠送|制作|分发|派发|发送/,
    topic: PUBLICITY,
    none: /审查|审核|案卷|查阅/,
    sample: "发放普法宣传资料86万余份。",
  },
  {
    id: "publicity.audience",
    label: "普法受众人数",
    area: SOCIETY,
    kind: "count",
    units: PEOPLE,
    object: /群众|受众|职工|学生|师生|青少年|村民|居民|受教育|覆盖|人员/,
    topic: PUBLICITY,
    sample: "开展普法活动300余场,覆盖120余万人。",
  },
  {
    id: "publicity.events",
    label: "普法宣传活动次数",
    area: SOCIETY,
    kind: "count",
    units: ["场", "次", "场次", "期", "项"],
    object: /活动|宣传|宣讲|讲座|演出|普法|宣传月/,
    topic: PUBLICITY,
    none: /培训|学法|演练|开放/,
    sample: "开展“送法进基层”等普法活动300余场。",
  },
  {
    id: "publicity.demo_villages",
    label: "民主法治示范村(社区)数",
    area: SOCIETY,
    kind: "count",
    units: ["个", "家", "村"],
    object: /示范村|示范社区|示范村\(社区\)|示范点|单位/,
    topic: /民主法治|法治乡村/,
    honours: true,
    sample: "新命名市级民主法治示范村(社区)45个。",
  },
  // ── emergencies 应急 ───────────────────────────────────────────────────────────────
  {
    id: "emergency.drills",
    label: "应急演练场次",
    area: EMERGENCY,
    kind: "count",
    units: ["场", "次", "场次"],
    object: /演练/,
    sample: "应急演练2000余场次。",
  },
  {
    id: "emergency.teams",
    label: "应急救援队伍数",
    area: EMERGENCY,
    kind: "count",
    units: ["支"],
    object: /队伍|救援队|队/,
    sample: "组建综合应急救援队伍187支。",
  },
  {
    id: "emergency.plans",
    label: "应急预案数",
    area: EMERGENCY,
    kind: "count",
    units: ["部", "个", "件", "项"],
    object: /预案/,
    sample: "修订完善各类应急预案326部。",
  },
  // ── government functions 政务服务、权责 ────────────────────────────────────────────
  {
    id: "services.items",
    label: "政务服务和权责事项数",
    area: FUNCTIONS,
    kind: "count",
    units: ["项", "个"],
    object: /事项|(事项|权责|许可|服务|权力|审批|责任|负面)清单|政务服务/,
    topic: /政务服务|权责|许可|审批|权力|公共服务|清单|办事|通办|一网|掌上|承诺|减证/,
    none: /交办|督办|问题|决策|涉法|具体事项|平均|收费|任务/,
    sample: "集中调整市政府2022年权责事项3716项。",
  },
];
