// The words of responsibility clauses in plans. Data only; plan/clause.ts applies them.

/** Role markers, in the order they may appear. "lead" is 牵头; "responsible" every form of
 * "按职责分工分别负责" (including the doubled 按按 typo) and 负责落实: it leads, unless a 牵头
 * comes before it (市司法局牵头,各县(市、区)政府负责落实: those carry the task out under the lead,
 * so they cooperate); "cooperate" covers 配合/协助/参与, and a unit that supervises those who
 * carry the task out (市直各执法单位分别负责,市司法局督促指导) takes part in it as they do.
 * 统筹 (closing its piece) leads as 牵头 does; 共同负责, 具体负责/落实 and 按职责分工落实 are
 * "responsible"; 协同 cooperates. */
export const CLAUSE_ROLES =
  /(?<lead>牵头(负责)?|统筹(协调)?(?=$|[,;、]))|(?<responsible>((按照?)+(各自)?(职责|职能)(分工)?(分别)?|分别|共同|具体)?负责(落实|实施)?|(按照?)+(各自)?(职责|职能)(分工)?(分别)?(落实|实施)|具体(落实|实施))|(?<cooperate>配合|协助|协同|参与|督促指导|督导|指导)/g;

/** A unit the role's unit works together with (市司法局会同市财政局负责; 市司法局牵头,会同市财政局等
 * 部门实施): it cooperates; the verb ending the piece after it is no part of its name. */
export const TOGETHER_WITH = "会同";
export const TOGETHER_TAIL_VERB = /(?:组织)?(?:实施|推进|落实|开展|办理|执行|完成)$/;

/** Tails that mean "and the others concerned": 市编办等相关单位 → 市编办; the others' kind may
 * be named (县农业农村局等行政执法部门, 市公安局等执法单位 → the unit before 等). */
export const UNIT_TAILS = /等(各)?(相关|有关)?[^、,;等()（）]{0,8}?(单位|部门|机关)$|等$/;

/** Brackets a unit's name may be written with, as the parentheses the analysis view has: 各县〔市、区〕人民政府
 * (the tortoise-shell brackets of official documents, which the view keeps as they are) is 各县(市、区)人民政府,
 * one unit, the same as in a plan writing it with （）. */
export const UNIT_NAME_BRACKETS: Readonly<Record<string, string>> = { "〔": "(", "〕": ")" };

/** A note after a unit's name that is no part of it: how it takes part (区法院(邀请)). */
export const NAME_NOTES = /[(（](邀请|受邀|特邀|视情|待定|如需)[)）]$/;

/** Endings of a unit's name, to tell "市人社局和各级党校" (two units) from "住房和城乡建设局". */
export const UNIT_SUFFIX = /(局|委|办|厅|院|部|室|中心|政府|单位|校|会|所|队|站|行|处|署|组)$/;

/** An item of a unit list that is a time, not a unit (责任单位:县司法局法制股,2016年6月底前完成;
 *  …,长期坚持): a date or a term word, and no unit's ending. */
export const TIME_ITEM = /\d{4}\s*年|\d{1,2}\s*月|年底|年内|上半年|下半年|长期|持续|前完成|底前|完成$/;

/** A deadline's label in a labelled clause: 完成时限:2024年12月; a rectification plan's
 * 整改时限 and 办结时限, 完成期限. */
const DUE_WORDS = "完成时限|完成时间|完成期限|整改时限|整改期限|办结时限|时间节点|时限要求|时限";
export const DUE_LABEL = new RegExp(`(?:${DUE_WORDS})\\s*[:：]`);

/** Labels of the lead (牵头单位, a department's 牵头处室) and of the units responsible (责任单位,
 * 责任处室): alone these lead; after a lead label they are the units that carry the task out
 * under it, so they cooperate ("牵头单位:区发展改革局;责任单位:区市场监管局"). */
const LEAD_WORDS = "牵头单位|主责单位|牵头部门|牵头处室|牵头科室";
const RESPONSIBLE_WORDS = "责任单位|责任部门|责任处室|责任科室";
const COOPERATE_WORDS = "配合单位|协办单位|参与单位|协同单位|协作单位|配合部门|协同部门|配合处室|配合科室";

/** Labelled clauses of work plans: "牵头单位:市司法局;配合单位:市财政局". */
export const CLAUSE_LABELS = new RegExp(
  `(?<lead>${LEAD_WORDS})\\s*[:：]\\s*|(?<responsible>${RESPONSIBLE_WORDS})\\s*[:：]\\s*|(?<cooperate>${COOPERATE_WORDS})\\s*[:：]\\s*|(?<due>${DUE_WORDS})\\s*[:：]\\s*`,
  "g",
);

/** Words that make a bracketed note a responsibility clause: (市编办牵头,…配合), (责任处室:…). */
export const ROLE_WORDS = new RegExp(`牵头|负责|配合|协助|参与|${LEAD_WORDS}|${RESPONSIBLE_WORDS}`);

/** Brackets a clause may stand in: (…) （…） 【…】 […]; pairs of opening and closing marks. */
export const CLAUSE_BRACKETS: Readonly<Record<string, string>> = {
  "(": ")",
  "（": "）",
  "【": "】",
  "[": "]",
};

/** A note that only marks the unit before it (责任单位：市政务服务中心（牵头），市直有关单位): a
 *  mark inside a clause, not a clause of its own. */
export const ROLE_MARK_ONLY = /^\s*(?:牵头|负责|配合|协助|参与|主责|责任)\s*$/;

/** A unit marked as the lead among those listed: 市政务服务局(牵头)、市司法局. */
export const LEAD_MARK = /[(（]\s*牵头\s*[)）]/;

/** A labelled clause written without parentheses at the end of a measure, as task-division
 * tables flattened to text give it: "…试点工作。牵头单位:省司法厅;责任单位:省直有关部门". */
export const BARE_LABELLED_CLAUSE = new RegExp(
  `(?:${LEAD_WORDS}|${RESPONSIBLE_WORDS})\\s*[:：][^\\n]{1,300}` +
    // the labels that follow on their own lines (责任处室:…\n配合单位:…\n完成时限:…)
    `(?:\\n[ \\t\\u3000]*(?:${LEAD_WORDS}|${RESPONSIBLE_WORDS}|${COOPERATE_WORDS}|${DUE_WORDS})\\s*[:：][^\\n]{0,300})*`,
);

/** The tail of a responsibility sentence written without brackets, after its role pieces:
 * "市司法局牵头,各县(区)政府配合,2024年11月底前完成" — a deadline (also 2025.12.31前完成,
 * 二〇二五年十一月底前) or a standing duty; a quarter
 * with or without 第 (第三季度完成: in a plan for one year, that year's); a span of years. */
export const BARE_CLAUSE_TAIL =
  /^(?:于|在)?(?:\d{4}年|\d{4}\s*[.．/]\s*\d{1,2}|[〇○零Ｏ一二三四五六七八九]{4}年|\d{4}\s*[-—–~至到]\s*\d{4}年|第?[一二三四1-4]季度|上半年|下半年|年底|年内|全年|\d{1,2}月|长期|持续|常态|每年|每季度|每半年|每月)[^,;]{0,20}$/;

/** Words a unit's name never holds; a piece holding them is prose ("日常工作由市司法局负责"). */
export const NOT_A_UNIT = /[的由要将把对在]|工作/;

/** Words of a closing note that names no unit although it ends as one: (以下简称市司法局),
 * (含经开区管委会), (不含执法队). */
export const NOTE_NOT_A_UNIT = /简称|称为|^含|^不含|^包括|^除|^如|^即/;

/** Endings of a department's own offices, which a department's plan names without a place
 * (法规与标准处, 执法监督科): a note naming only these is its responsibility clause. */
export const OFFICE_SUFFIX = /(处|科|室|中心|办公室|大队|支队|分局)$/;

/** Kinds of unit a list may write bare after a collective that names its place once:
 * "各街道、镇" (各镇), "各县(市、区)党委、政府" (各县(市、区)政府). */
export const SHARED_HEAD_KINDS = /^(街道|乡镇|镇|乡|村|社区|人民政府|政府|党委|部门|单位)$/;

/** Places under a county a list writes bare after a collective of another such place, which
 * its 各 covers too: "各镇人民政府、街道办事处" (各街道办事处), "各乡镇、街道" (各街道). */
export const PLACE_KINDS = /^(街道|乡镇|镇|乡|村|社区)/;
/** The names of those places' units a list may write bare: 街道办事处, 社区居委会, 乡镇政府. */
export const BARE_PLACE_UNIT =
  /^(街道办事处|街道办|街道|乡镇人民政府|乡镇政府|乡镇|镇人民政府|镇政府|镇|乡人民政府|乡政府|乡|社区居委会|社区|村委会|村)$/;

/** Headings that only hold a plan's measures (二、主要任务 → (一)… → 1.…): not an area of the
 * outline, so the headings below them are. A heading that only names the list of measures —
 * its tasks or measures, what they rectify (整改), the problems they answer (问题清单及整改措施)
 * and who does them (主要任务及分工, 整改措施及责任分工), or the list itself (问题整改清单, 整改问题
 * 台账) — names no area. */
export const CONTAINER_HEADING =
  /^(?:(?:(?:督察|巡视|巡察|审计|督查)?(?:反馈)?(?:存在的?)?问题(?:清单)?)(?:和|与|及)?)?(主要|重点|具体|工作)?(工作)?(整改)?(任务|措施|工作)(清单)?(和|与|及)?(整改)?(责任)?(措施|任务|分工|安排|清单)?$|^(?:(?:督察|巡视|巡察|审计|督查)?(?:反馈)?(?:存在的?)?问题)?(?:整改)?(?:问题|事项|任务)?(?:清单|台账)$/;
