// Chinese numeral characters and the words in which they are not numbers. Data only.

/** Digit characters, Simplified, Traditional and financial (大写) forms. */
export const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  洞: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  俩: 2,
  倆: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
// 洞 and 幺 are radio-style digits; only accept them next to other numerals
export const WEAK_DIGITS = new Set(["洞", "幺"]);

/** Multipliers inside a section (十, 百, 千). */
export const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Section multipliers (万, 亿). 兆 is left out: it means 10^12 or 10^6 depending on the
 * writer, and government statistics do not use it. */
export const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

export const DECIMAL_POINTS = new Set(["点", "點"]);
export const NEGATIVE_SIGNS = new Set(["负", "負"]);
/** Approximation inside a numeral, before a multiplier: 十余万, 二十几万, 一千多万 */
export const INNER_APPROX = new Set(["余", "餘", "多", "几", "幾"]);

/** Words in which a single numeral character is not a number (一切, 四川, 入伍 …). */
export const NOT_NUMERAL_WORDS = [
  "一切",
  "壹切",
  "一看",
  "一直",
  "一般",
  "一律",
  "一致",
  "一同",
  "一道",
  "一起",
  "一旦",
  "一向",
  "一概",
  "一味",
  "一再",
  "统一",
  "唯一",
  "万一",
  "之一",
  "一线",
  "一流",
  "一体",
  "一把手",
  "一站式",
  "一揽子",
  "一刀切",
  "四川",
  "陆地",
  "大陆",
  "登陆",
  "着陆",
  "陆续",
  "海陆",
  "陆军",
  "入伍",
  "退伍",
  "队伍",
  "伍仁",
  "行伍",
  "收拾",
  "拾取",
  "拾起",
  "拾到",
  "夕拾",
  "拾遗",
  "放肆",
  "肆意",
  "肆无忌惮",
  "肆虐",
  "十足",
  "十分",
  "万分",
  "千万",
  "万万",
  "百般",
  "千方百计",
  "万众一心",
  "五湖四海",
  "七上八下",
  "乱七八糟",
  "三心二意",
  "一五一十",
];

/** A year written digit by digit in Chinese numerals (二〇二四年, 二○二四年 with a circle, 二零二四年). */
export const CHINESE_YEAR = /[一二][〇○零][〇○零一二三四五六七八九]{2}(?=\s*年)/g;

/** The text with each year written in Chinese numerals in Arabic digits (same length: spans hold). */
export const arabicYears = (s: string): string =>
  s.replace(CHINESE_YEAR, (year) => [...year].map((c) => String(DIGITS[c] ?? 0)).join(""));

/** A year of the 民国 calendar, as Taiwan's publications and their mirrors write it (111年度訴願案件,
 *  民國111年): year 1911 + n. Only 民国 before it, or three digits from 100 and 年度 after them, are
 *  read so — a mainland text counts years (近10年) and writes its own in four digits. Group 1 or 2
 *  is the number. */
export const ROC_YEAR = /民国\s*(\d{2,3})\s*年度?|(?<![\d.,])(1[0-3]\d)\s*年度/g;
export const ROC_EPOCH = 1911;
/** A 民国 year a clause opens with, without 年度 (本府112年受理訴願案件…, as Taiwan's pages write
 *  the year reported on): the year, dropped from what is counted as a four-digit year is. Only at
 *  the clause's start (after 本府) and not as a span of time (100年来, 110年前). */
export const ROC_YEAR_OPENING = /^(本府)?(?<![\d.,])1[0-3]\d\s*年度?(?![来前后的以底初内间])/;

/** Characters before a Chinese numeral that make it a vague count, no figure (数十次, 数百名, 几十场:
 *  "some tens"): the numeral is no number of anything. */
export const VAGUE_BEFORE_NUMERAL = "数几";
