// Task tables of implementation plans (重点任务分工表: 序号 / 重点任务 / 牵头单位 / 责任单位 /
// 完成时限): which header names which column. Data only; the reader is src/plan/task-table.ts.

/** The row number's column. */
export const NO_HEADER = /^(?:序号|编号)$/;

/** The task's column: 重点任务, 工作任务, 具体措施, 改革举措, 工作内容, 任务名称…; a 整改方案's
 * 整改措施, 整改任务; and its problems' column (问题 | 整改措施 | 责任单位 | 整改时限), which, standing
 * before the measures' column, groups them as a 主要任务 column does its 具体措施. */
export const TASK_HEADER =
  /^(?:(?:重点|主要|具体|工作|改革|目标|整改)?(?:工作)?(?:任务|措施|举措|事项|内容)(?:内容|名称|分解)?|工作要点|(?:重点|主要|具体)工作|(?:存在|反馈|主要|突出|督察反馈|检查发现)?问题(?:描述|表现|清单|内容)?)$/;

/** A column of the areas the tasks fall in (类别 | 重点任务 …), its cell spanning their rows. */
export const AREA_HEADER = /^(?:类别|分类|领域|重点领域|工作领域|任务类别|项目类别|板块)$/;

/** The lead units' column. */
export const LEAD_HEADER = /^(?:牵头|主责|负责|主办)(?:责任)?(?:单位|部门)$/;

/** The cooperating units' column; 责任单位 is the lead's when the table has no lead column. */
export const COOPERATE_HEADER = /^(?:配合|协办|参与|协助|协作)(?:责任)?(?:单位|部门)$/;
export const RESPONSIBLE_HEADER = /^(?:责任|承办|实施)(?:单位|部门)$/;

/** A note that the first of the units a cell lists leads (排在第一位的为牵头单位). */
export const FIRST_LEADS =
  /(?:排在?第一位|排名第一|列第一位|第一个|首位|排首位)的?(?:单位|部门)?为牵头(?:单位|部门)/;

/** An area's row written in the number's column (一 | 依法全面履行政府职能 | | |). */
export const AREA_NUMBER = /^[一二三四五六七八九十]+[、.．]?$/;

/** The deadline's column. */
export const DUE_HEADER =
  /^(?:(?:完成|整改|办结)(?:时限|时间|期限)|时间(?:安排|节点|要求|进度)|(?:工作)?时限(?:要求)?|进度安排)$/;
