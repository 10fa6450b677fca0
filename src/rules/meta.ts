// Vocabulary for telling what a document is. Data only; structure/meta.ts applies it.

/** Titles of annual reports on 法治政府建设 (and its close variants). */
export const REPORT_TITLE =
  /(法治政府建设|依法行政|法治建设|法治政府).{0,20}(报告|情况|总结)|年度报告|工作报告|情况报告/;
/** Reports that are a different genre: information-disclosure annual reports. */
export const OTHER_TITLE = /政府信息公开(工作)?(年度)?报告|信息公开年报/;
export const PLAN_TITLE =
  /(实施方案|工作方案|实施意见|工作要点|任务分工|责任分工|工作计划|行动计划|实施规划|规划|任务清单|措施清单)\s*(\([^)]*\))?\s*(》|>)?$/;

/** Signals in the body. */
export const REPORT_BODY =
  /现将.{0,30}(情况|工作).{0,6}报告如下|报告如下|(一|二|三|四|五)、.{0,12}(存在的?(问题|不足)|下一步|工作打算|工作安排)/;
export const PLAN_CLAUSE = /(牵头|按职责(分工)?分别负责|配合)[)）]|(牵头单位|责任单位)[:：]/g;

/** Suffixes that make an organisation a department rather than a government. */
export const DEPARTMENT_SUFFIX =
  /^(人民政府)?(办公厅|办公室|司法局|司法厅|公安局|公安厅|财政局|财政厅|[\u4e00-\u9fff]{1,10}(局|厅|委员会|委|办|院|中心|署|所|站|队|部|馆))$/;
/** Endings that name the government itself: 长治市人民政府 is 长治市. */
export const GOVERNMENT_SUFFIX = /^(人民政府|政府|委员会|党委)?$/;
