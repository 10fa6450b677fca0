// The words of responsibility clauses in plans. Data only; plan/clause.ts applies them.

/** Role markers, in the order they may appear. "lead" covers 牵头 and every form of
 * "按职责分工分别负责" (including the doubled 按按 typo); "cooperate" covers 配合/协助/参与. */
export const CLAUSE_ROLES =
  /(?<lead>牵头(负责)?|(按照?)+(各自)?(职责|职能)(分工)?(分别)?负责|分别负责|负责)|(?<cooperate>配合|协助|参与)/g;

/** Tails that mean "and the others concerned": 市编办等相关单位 → 市编办. */
export const UNIT_TAILS = /等(各)?(相关|有关)?(单位|部门)$|等$/;

/** Endings of a unit's name, to tell "市人社局和各级党校" (two units) from "住房和城乡建设局". */
export const UNIT_SUFFIX = /(局|委|办|厅|院|部|室|中心|政府|单位|校|会|所|队|站|行|处|署|组)$/;

/** Labelled clauses of work plans: "牵头单位:市司法局;配合单位:市财政局" (责任单位 leads). */
/** A deadline's label in a labelled clause: 完成时限:2024年12月. */
const DUE_WORDS = "完成时限|完成时间|时间节点|时限要求|时限";
export const DUE_LABEL = new RegExp(`(?:${DUE_WORDS})\\s*[:：]`);

export const CLAUSE_LABELS = new RegExp(
  `(?<lead>牵头单位|责任单位|主责单位|牵头部门|责任部门)\\s*[:：]\\s*|(?<cooperate>配合单位|协办单位|参与单位|配合部门)\\s*[:：]\\s*|(?<due>${DUE_WORDS})\\s*[:：]\\s*`,
  "g",
);

/** A unit marked as the lead among those listed: 市政务服务局(牵头)、市司法局. */
export const LEAD_MARK = /[(（]\s*牵头\s*[)）]/;

/** A labelled clause written without parentheses at the end of a measure, as task-division
 * tables flattened to text give it: "…试点工作。牵头单位:省司法厅;责任单位:省直有关部门". */
export const BARE_LABELLED_CLAUSE = /(牵头单位|责任单位|主责单位|牵头部门|责任部门)\s*[:：][^\n]{1,300}/;

/** The tail of a responsibility sentence written without brackets, after its role pieces:
 * "市司法局牵头,各县(区)政府配合,2024年11月底前完成" — a deadline or a standing duty. */
export const BARE_CLAUSE_TAIL =
  /^(?:于|在)?(?:\d{4}年|[一二三四]季度|上半年|下半年|年底|年内|\d{1,2}月|长期|持续|常态)[^,;]{0,20}$/;

/** Words a unit's name never holds; a piece holding them is prose ("日常工作由市司法局负责"). */
export const NOT_A_UNIT = /[的由要将把对在]|工作/;
