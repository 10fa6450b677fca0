// Deadlines a plan writes without a year (每年, 长期坚持, 年底前) and how a ledger's period
// resolves them, and the words shown for how each task's deadline was set. Data only;
// plan/period.ts applies it. Each pattern carries a sample it matches.

/** How a task's deadline was set: from the plan, resolved against the ledger's period, or by the office. */
export type DueBasis =
  | "plan" // the plan's own date (laid into the period)
  | "plan-default" // the plan's default ("除有明确时间要求外…2019年底前")
  | "recurring" // 每年…: the end of the period's first year
  | "this-year" // 年底前, 上半年 without a year: in the period's first year
  | "ongoing" // 长期坚持, 持续推进: the end of the period
  | "period-end" // the plan names no time: the end of the period
  | "adjusted"; // set or shifted by the office

export const DUE_BASIS_LABEL: Record<DueBasis, string> = {
  plan: "方案时限",
  "plan-default": "方案默认",
  recurring: "每年（首年年底）",
  "this-year": "当年",
  ongoing: "长期（期间届满）",
  "period-end": "期间届满",
  adjusted: "已调整",
};

export interface RelativeDeadline {
  sample: string;
  re: RegExp;
  basis: "recurring" | "this-year" | "ongoing";
  /** month and day in the year the basis picks */
  month: number;
}

/** Tried in order on a measure's text when it names no dated deadline; the first match decides. */
export const RELATIVE_DEADLINES: RelativeDeadline[] = [
  { sample: "每年开展一次执法检查", re: /每年|每半年|每季度|逐年/, basis: "recurring", month: 12 },
  {
    sample: "长期坚持", // also 持续推进, 常态化开展
    re: /长期(坚持|推进|开展|执行)?|持续(推进|开展|深化)|常态化/,
    basis: "ongoing",
    month: 12,
  },
  { sample: "上半年完成", re: /(?<![\d年])上半年/, basis: "this-year", month: 6 },
  { sample: "年底前完成", re: /(?<![\d])(年底前|年内|年底|年末)/, basis: "this-year", month: 12 },
];
