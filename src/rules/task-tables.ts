// Task tables of implementation plans (重点任务分工表: 序号 / 重点任务 / 牵头单位 / 责任单位 /
// 完成时限): which header names which column. Data only; the reader is src/plan/task-table.ts.

/** The row number's column. */
export const NO_HEADER = /^(?:序号|编号)$/;

/** The task's column: 重点任务, 工作任务, 具体措施, 改革举措, 工作内容, 任务名称… */
export const TASK_HEADER =
  /^(?:(?:重点|主要|具体|工作|改革|目标)?(?:工作)?(?:任务|措施|举措|事项|内容)(?:内容|名称|分解)?|工作要点)$/;

/** The lead units' column. */
export const LEAD_HEADER = /^(?:牵头|主责|负责|主办)(?:单位|部门)$/;

/** The cooperating units' column; 责任单位 is the lead's when the table has no lead column. */
export const COOPERATE_HEADER = /^(?:配合|协办|参与|协助|协作)(?:单位|部门)$/;
export const RESPONSIBLE_HEADER = /^(?:责任|承办|实施)(?:单位|部门)$/;

/** The deadline's column. */
export const DUE_HEADER =
  /^(?:完成(?:时限|时间|期限)|时间(?:安排|节点|要求|进度)|(?:工作)?时限(?:要求)?|进度安排)$/;
