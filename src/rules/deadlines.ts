// How plans write deadlines. Data only; plan/deadlines.ts applies the patterns in order.
// Each pattern carries a sample it matches.

export interface DeadlinePattern {
  sample: string;
  re: RegExp;
  /** a character every match holds: a text without it is not searched (the patterns that open
   *  with a class of common characters, 一二三四…, are tried at nearly every position) */
  needs?: string;
  /** the date the match names; `year`: the plan's own year, for dates written without one */
  resolve: (m: RegExpExecArray, year: number) => { year: number; month: number; day?: number } | null;
}

const QUARTER: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, "1": 3, "2": 6, "3": 9, "4": 12 };

/** The labels a clause gives its deadline (完成时限:2025年); a year alone after one is its end. */
const DUE_LABEL_BEFORE =
  "(?<=(?:完成时限|完成时间|完成期限|整改时限|整改期限|办结时限|时间节点|时限要求|时限)\\s*[:：]\\s*)";

/** A year or a month written in Chinese numerals (二〇二五, 十一): its number, or NaN. */
const ZERO_TO_NINE = "〇○零Ｏ一二三四五六七八九";
function chineseYear(s: string): number {
  return Number([...s].map((c) => (ZERO_TO_NINE.indexOf(c) >= 4 ? ZERO_TO_NINE.indexOf(c) - 3 : 0)).join(""));
}
function chineseSmall(s: string): number {
  const digit = (c: string | undefined) => (c ? ZERO_TO_NINE.indexOf(c) - 3 : 0);
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 ? digit(s) : Number.NaN;
  return (ten === 0 ? 1 : digit(s[0])) * 10 + digit(s[ten + 1]);
}

export const DEADLINE_PATTERNS: DeadlinePattern[] = [
  {
    // a span of months ends at its last one: 2024年10月—12月, 2024年10月至2025年3月
    sample: "2024年10月—12月",
    re: /(\d{4})\s*年\s*\d{1,2}\s*月?\s*[-—–~至到]\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:底|末)?(?:前|以前|之前)?/g,
    needs: "年",
    resolve: (m) => ({ year: Number(m[2] ?? m[1]), month: Number(m[3]) }),
  },
  {
    // also a part of the month: 2026年6月中旬前 is by the 20th (上旬 the 10th, 下旬 the month's end)
    sample: "2018年6月底前",
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?(?:\s*(\d{1,2})\s*日|(上旬|中旬|下旬))?(底|末)?(前|以前|之前)?/g,
    needs: "年",
    resolve: (m) => ({
      year: Number(m[1]),
      month: Number(m[2]),
      day: m[3] ? Number(m[3]) : m[4] === "上旬" ? 10 : m[4] === "中旬" ? 20 : undefined,
    }),
  },
  {
    // 2026年内 / 2026年度内: within that year, by its end (not 2026年内容, 年内部)
    sample: "2020年下半年",
    re: /(\d{4})\s*年\s*(上半年|下半年|年中|年底前|年底|年末|底前|底|前|度?内(?![容部涵]))/g,
    needs: "年",
    resolve: (m) => ({ year: Number(m[1]), month: /上半年|年中/.test(m[2]) ? 6 : 12 }),
  },
  {
    sample: "2019年第一季度",
    re: /(\d{4})\s*年\s*(第)?([一二三四1-4])\s*季度(末|底)?(前)?/g,
    needs: "年",
    resolve: (m) => ({ year: Number(m[1]), month: QUARTER[m[3]] }),
  },
  {
    sample: "2017年出台",
    re: /(\d{4})\s*年(?=\s*(出台|完成|建成|实现|制定|印发|建立|启动|开展|基本建成|全面完成|全面建成|覆盖))/g,
    needs: "年",
    resolve: (m) => ({ year: Number(m[1]), month: 12 }),
  },
  {
    // a date in Chinese numerals, as the signature writes it: 二〇二五年十一月底前
    sample: "二〇二五年十一月底前",
    re: /([〇○零Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?(底|末)?(前|以前|之前)?/g,
    needs: "年",
    resolve: (m) => {
      const day = m[3] ? chineseSmall(m[3]) : undefined;
      const r = { year: chineseYear(m[1]), month: chineseSmall(m[2]), day };
      return Number.isNaN(r.year) || Number.isNaN(r.month) || (day !== undefined && Number.isNaN(day))
        ? null
        : r;
    },
  },
  {
    sample: "二〇二五年底前",
    re: /([〇○零Ｏ一二三四五六七八九]{4})\s*年\s*(上半年|下半年|年底前|年底|年末|底前|底)/g,
    needs: "年",
    resolve: (m) => ({ year: chineseYear(m[1]), month: /上半年/.test(m[2]) ? 6 : 12 }),
  },
  {
    // a date written with dots or slashes: 2025.12.31前, 2025/6/30, 2025.6底前 (a year and month
    // alone only before 前 or 底, where it can be nothing but a date)
    sample: "2025.12.31前",
    re: /(\d{4})\s*[.．/]\s*(\d{1,2})(?:\s*[.．/]\s*(\d{1,2})(?![\d.．])|(?=\s*(?:底|末)?(?:前|以前|之前)))(底|末)?(前|以前|之前)?/g,
    resolve: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : undefined }),
  },
  {
    sample: "完成时限:2025年",
    re: new RegExp(`${DUE_LABEL_BEFORE}(\\d{4})\\s*年(?![\\s\\d月])`, "g"),
    needs: "年",
    resolve: (m) => ({ year: Number(m[1]), month: 12 }),
  },
];

/** Times a measure's own deadline part gives (its 完成时限 label, a clause's tail, a table's
 * deadline cell) that elsewhere in its text are no deadline: a span of years is the plan's time
 * frame in the text (2021—2025年), but given as the deadline it is due at its end; a year's 全年
 * is due at that year's end. */
export const DUE_PART_PATTERNS: DeadlinePattern[] = [
  {
    sample: "2025—2026年",
    re: /(\d{4})\s*年?\s*[-—–~至到]\s*(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g,
    needs: "年",
    resolve: (m) => ({ year: Number(m[2]), month: 12 }),
  },
  {
    sample: "2025年全年",
    re: /(\d{4})\s*年\s*全年/g,
    needs: "年",
    resolve: (m) => ({ year: Number(m[1]), month: 12 }),
  },
];

/** Dates written without a year (6月底前, 第三季度, 上半年): in a plan for one year, that year's.
 *  A month needs 底/末/前 to be a deadline (在6月开展 is when, not by when). */
export const YEARLESS_PATTERNS: DeadlinePattern[] = [
  {
    // the year after the plan's: a one-year plan's closing duty (次年3月底前向社会公开 the year's
    // report) is due in the next year
    sample: "次年3月底前",
    re: /(?:次年|翌年|明年|下一年度?)\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?\s*(?:(?:底|末)\s*(?:前|以前|之前)?|前|以前|之前)|(?:第)?([一二三四1-4])\s*季度(?:末|底)?(?:前)?)/g,
    needs: "年",
    resolve: (m, year) =>
      m[1]
        ? { year: year + 1, month: Number(m[1]), day: m[2] ? Number(m[2]) : undefined }
        : { year: year + 1, month: QUARTER[m[3]] },
  },
  {
    sample: "6月底前",
    re: /(?<![\d年.\-/])(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?\s*(?:(?:底|末)\s*(?:前|以前|之前)?|前|以前|之前)/g,
    needs: "月",
    resolve: (m, year) => ({ year, month: Number(m[1]), day: m[2] ? Number(m[2]) : undefined }),
  },
  {
    sample: "第三季度",
    re: /(?<![\d年每])(第)?([一二三四1-4])\s*季度(末|底)?(前)?/g,
    needs: "季",
    resolve: (m, year) => ({ year, month: QUARTER[m[2]] }),
  },
  {
    sample: "上半年",
    re: /(?<![\d年])(上半年|下半年|年中|年底前|年底|年末)/g,
    needs: "年",
    resolve: (m, year) => ({ year, month: /上半年|年中/.test(m[1]) ? 6 : 12 }),
  },
  {
    // a deadline that is the whole year (完成时限:全年, (市司法局,全年推进)): by the year's end.
    // Only as a deadline stands, closing its piece — 全年不少于4次 is a count, not a time
    sample: "全年",
    re: /(?<![\d年])全年(?:推进|完成|实施|开展|落实|持续推进)?(?=\s*(?:$|[,;。)）\n]))/g,
    needs: "年",
    resolve: (_m, year) => ({ year, month: 12 }),
  },
  {
    // within the plan's year; not "三年内", "两年内"
    sample: "年内",
    re: /(?<![\d〇零一二两三四五六七八九十百半多几数每年])年内/g,
    needs: "年",
    resolve: (_m, year) => ({ year, month: 12 }),
  },
];

/** A plan-wide default: "除有明确时间要求外,都要争取在2019年底前完成",
 * "本方案未明确完成时限的,于2025年底前完成"; and a 整改方案's, which closes the whole
 * rectification by a date: "确保2025年6月底前全部整改到位", "于2025年6月底前全部完成整改",
 * "整改工作于2025年6月底前完成" — a date before which all (全部) the rectification ends, or
 * the rectification work (整改工作) as a whole, not one measure's 整改到位 */
export const DEFAULT_DEADLINE =
  /(?:除(?:有)?(?:明确|特别|具体|注明|标明)(?:的)?(?:时间|时限)(?:要求|规定)?(?:的)?外|(?:(?:本方案|本要点|本计划|上述|以上)[^。,\n未没无]{0,6})?(?:未|没有|无)(?:明确|注明|标明|列明|规定)(?:完成)?(?:时间|时限)(?:要求)?的(?:任务|措施|事项|工作)?)[^。]{0,30}?(\d{4}\s*年(\s*\d{1,2}\s*月)?(底|末)?(前)?)|(?:确保|于|在)\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:底|末)?(?:以)?前[,，]?\s*(?:问题)?全部(?:整改到位|整改完成|完成整改|整改完毕|销号)|(?:全部|各项)?整改(?:工作|任务)(?:须|要|应|必须)?(?:确保)?(?:于|在)\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:底|末)?(?:以)?前(?:全部)?完成/;

/** Before a plan-wide default's words, what tells of a rectification already done (已于2024年底前
 * 全部整改到位): a past round's, no date for this plan. */
export const DONE_BEFORE = /(?:已|已经|均已|都已|业已)\s*$/;

/** A deadline part that asks for the work at once (立行立改, 立即整改, 即知即改): due the day the
 * plan is issued, its own date — a 整改方案's most urgent items, not items without a deadline. */
export const IMMEDIATE =
  /立行立改|立即整改|立知立改|即知即改|立查立改|立说立行|马上就改|即查即改|立即(?:办理|落实|完成)/g;

/** Recurring dates are not deadlines: 每年第一季度, 每季度 */
export const RECURRING_BEFORE = /(每年|每季度|每月|每半年|年度|次年)$/;

/** Terms that are no date, as a measure's deadline gives them: a standing duty (长期坚持,
 * 持续推进, 常态化开展, a 整改方案's 持续整改) and a recurring one (每年3月底前, 每季度). 全年 given as the deadline of a
 * plan for several years (（市政府办公室,全年）; in a plan for one year it is that year's end, a
 * date found first) is standing: the work goes on all year round in every year of the plan. No
 * due date is named — each year's end would chase the unit on a date the plan never set, and the
 * plan's default (除明确时限外…) would close a duty it means to last. */
export const MEASURE_TERMS: ReadonlyArray<{ kind: "standing" | "recurring"; re: RegExp }> = [
  { kind: "recurring", re: /每(?:年|季度|半年|月)(?:度)?[^,;。)）\n]{0,12}/ },
  {
    kind: "standing",
    re: /(?:长期|持续|常态化|经常性)(?:坚持|推进|开展|实施|落实|执行|整改)?|(?<![\d年])全年(?:持续)?(?:推进|实施|开展|落实)?(?=\s*(?:$|[,;。)）\n]))/,
  },
];

/** A recurring time written in a measure's own text (not its deadline part): 每年3月底前编制年度立法
 * 计划, 于每年第一季度向社会公布, 每半年开展一次案卷评查, 每季度通报. Only the time itself is quoted,
 * a schedule word (每年, 每季度) with the time of year it names; a standing word in the text (持续优化…)
 * is how the work is done, not when, and is not read there. */
/** A standing term written as the last clause of a measure's own text, alone (建立规范性文件定期清理
 *  机制，长期坚持。): the time requirement, as in a deadline part — unlike 持续优化… that opens a
 *  clause, which says how the work is done. Group 1: the term. */
export const TEXT_STANDING_END = /[,;]\s*((?:长期|持续|常态化)(?:坚持|推进|开展|实施|落实))\s*[。;]?\s*$/;

export const TEXT_RECURRING =
  /(?<!每[人家户个])每(?:个)?(?:年度?|季度|半年|月)(?:第?[一二三四1-4]季度(?:末|底)?|\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*日)?(?:底|末)?|[末底])?(?:前|以前|之前)?/;
