// How plans write deadlines. Data only; plan/deadlines.ts applies the patterns in order.
// Each pattern carries a sample it matches.

export interface DeadlinePattern {
  sample: string;
  re: RegExp;
  /** the date the match names; `year`: the plan's own year, for dates written without one */
  resolve: (m: RegExpExecArray, year: number) => { year: number; month: number; day?: number } | null;
}

const QUARTER: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, "1": 3, "2": 6, "3": 9, "4": 12 };

export const DEADLINE_PATTERNS: DeadlinePattern[] = [
  {
    sample: "2018年6月底前",
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月(底|末)?(前|以前|之前)?/g,
    resolve: (m) => ({ year: Number(m[1]), month: Number(m[2]) }),
  },
  {
    sample: "2020年下半年",
    re: /(\d{4})\s*年\s*(上半年|下半年|年中|年底前|年底|年末|底前|底|前)/g,
    resolve: (m) => ({ year: Number(m[1]), month: /上半年|年中/.test(m[2]) ? 6 : 12 }),
  },
  {
    sample: "2019年第一季度",
    re: /(\d{4})\s*年\s*(第)?([一二三四1-4])\s*季度(末|底)?(前)?/g,
    resolve: (m) => ({ year: Number(m[1]), month: QUARTER[m[3]] }),
  },
  {
    sample: "2017年出台",
    re: /(\d{4})\s*年(?=\s*(出台|完成|建成|实现|制定|印发|建立|启动|开展|基本建成|全面完成|全面建成|覆盖))/g,
    resolve: (m) => ({ year: Number(m[1]), month: 12 }),
  },
];

/** Dates written without a year (6月底前, 第三季度, 上半年): in a plan for one year, that year's.
 *  A month needs 底/末/前 to be a deadline (在6月开展 is when, not by when). */
export const YEARLESS_PATTERNS: DeadlinePattern[] = [
  {
    sample: "6月底前",
    re: /(?<![\d年.\-/])(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?\s*(?:(?:底|末)\s*(?:前|以前|之前)?|前|以前|之前)/g,
    resolve: (m, year) => ({ year, month: Number(m[1]), day: m[2] ? Number(m[2]) : undefined }),
  },
  {
    sample: "第三季度",
    re: /(?<![\d年每])(第)?([一二三四1-4])\s*季度(末|底)?(前)?/g,
    resolve: (m, year) => ({ year, month: QUARTER[m[2]] }),
  },
  {
    sample: "上半年",
    re: /(?<![\d年])(上半年|下半年|年中|年底前|年底|年末)/g,
    resolve: (m, year) => ({ year, month: /上半年|年中/.test(m[1]) ? 6 : 12 }),
  },
];

/** A plan-wide default: "除有明确时间要求外,都要争取在2019年底前完成" */
export const DEFAULT_DEADLINE =
  /除(有)?(明确|特别|具体|注明|标明)(的)?(时间|时限)(要求|规定)?(的)?外[^。]{0,30}?(\d{4}\s*年(\s*\d{1,2}\s*月)?(底|末)?(前)?)/;

/** Recurring dates are not deadlines: 每年第一季度, 每季度 */
export const RECURRING_BEFORE = /(每年|每季度|每月|每半年|年度|次年)$/;
