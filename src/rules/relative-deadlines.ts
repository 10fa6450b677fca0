// Deadlines a plan writes without a year (每年, 长期坚持, 年底前) and how a ledger's period
// resolves them, and the words shown for how each task's deadline was set. Data only;
// plan/period.ts applies it. Each pattern carries a sample it matches.
import { DIGITS } from "./numerals.ts";

/** How a task's deadline was set: from the plan, resolved against the ledger's period, or by the office. */
export type DueBasis =
  | "plan" // the plan's own date (laid into the period)
  | "plan-default" // the plan's default ("除有明确时间要求外…2019年底前")
  | "recurring" // 每年3月底前, 每季度…: its first time in the period (每年 alone: the first year's end)
  | "this-year" // 年底前, 上半年 without a year: in the period's first year
  | "ongoing" // 长期坚持, 持续推进: the end of the period
  | "period-end" // the plan names no time: the end of the period
  | "adjusted"; // set or shifted by the office

export const DUE_BASIS_LABEL: Record<DueBasis, string> = {
  plan: "方案时限",
  "plan-default": "方案默认",
  recurring: "定期（首次）",
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

/** 3, 三, 十, 十二 → the month's number (0 when it is none). */
const monthOf = (written: string): number =>
  /^\d+$/.test(written)
    ? Number(written)
    : written.startsWith("十")
      ? 10 + (DIGITS[written[1]] ?? 0)
      : (DIGITS[written] ?? 0);

/**
 * When a recurring term falls due within a year: month (and day; 31 = the month's end). Tried
 * in order on the term as the plan writes it; none matching leaves the basis's month.
 */
export const RECURRING_DUE: ReadonlyArray<{
  sample: string;
  re: RegExp;
  dates: (m: RegExpExecArray) => Array<{ month: number; day: number }>;
}> = [
  {
    sample: "每年3月底前",
    re: /每年度?[^,;。，；\d一二三四五六七八九十]{0,4}(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:(\d{1,2})日)?/,
    dates: (m) => [{ month: monthOf(m[1]), day: m[2] ? Number(m[2]) : 31 }],
  },
  {
    sample: "每年第一季度",
    re: /每年度?第([一二三四1-4])季度/,
    dates: (m) => [{ month: 3 * (monthOf(m[1]) || 1), day: 31 }],
  },
  {
    sample: "每季度末",
    re: /每(?:个)?季度/,
    dates: () => [3, 6, 9, 12].map((month) => ({ month, day: 31 })),
  },
  { sample: "每半年", re: /每半年/, dates: () => [6, 12].map((month) => ({ month, day: 31 })) },
  {
    sample: "每月10日前",
    re: /每(?:个)?月(?:(\d{1,2})日)?/,
    dates: (m) => Array.from({ length: 12 }, (_, i) => ({ month: i + 1, day: m[1] ? Number(m[1]) : 31 })),
  },
];
