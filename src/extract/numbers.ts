// The number recogniser: one left-to-right pass that reads Arabic numbers (with thousands
// separators and decimals), Chinese numerals (Simplified, Traditional and 大写, with 万/亿),
// mixed forms (2.2万, 5万4千), percentages (%, 百分之…, 千分之…) and percentage points
// (个百分点). It expects width-folded text (see normalize/foldWidth), whose offsets equal
// those of the original.
import {
  BIG_UNITS,
  DECIMAL_POINTS,
  DIGITS,
  INNER_APPROX,
  NEGATIVE_SIGNS,
  NOT_NUMERAL_WORDS,
  SMALL_UNITS,
  WEAK_DIGITS,
} from "../rules/numerals.ts";
import type { Span } from "../types.ts";

export type NumberKind = "number" | "percent" | "permille" | "permyriad" | "points" | "permillePoints";

export interface NumberToken extends Span {
  kind: NumberKind;
  value: number;
  /** the numeral alone, without 百分之 / % / 个百分点 around it */
  core: Span;
  /** written with Chinese numeral characters (两, 七, 百余) rather than digits */
  chinese: boolean;
  /** 余/多/几 written inside the numeral (十余万) */
  innerApprox: string | null;
  /** the numeral carries 万/亿 (2.2万, 五十万) */
  scaled: boolean;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isSpace = (c: string | undefined) => c === " " || c === "\t";
const isAsciiLetter = (c: string | undefined) =>
  c !== undefined && ((c >= "A" && c <= "Z") || (c >= "a" && c <= "z"));

// Maps, not objects: lookups by a Chinese character are on the hot path.
const DIGIT = new Map<string | undefined, number>(Object.entries(DIGITS));
const SMALL = new Map<string | undefined, number>(Object.entries(SMALL_UNITS));
const BIG = new Map<string | undefined, number>(Object.entries(BIG_UNITS));

// Index of the not-a-number words by the characters they contain.
const NOT_NUMERAL_BY_CHAR = new Map<string, Array<{ word: string; offset: number }>>();
for (const word of NOT_NUMERAL_WORDS) {
  for (let k = 0; k < word.length; k++) {
    const list = NOT_NUMERAL_BY_CHAR.get(word[k]) ?? [];
    list.push({ word, offset: k });
    NOT_NUMERAL_BY_CHAR.set(word[k], list);
  }
}

/** True when text[start,end) lies inside an occurrence of a word like 四川 or 一切. */
function insideNonNumeralWord(text: string, start: number, end: number): boolean {
  for (const { word, offset } of NOT_NUMERAL_BY_CHAR.get(text[start]) ?? []) {
    const at = start - offset;
    if (at >= 0 && at + word.length >= end && text.startsWith(word, at)) return true;
  }
  return false;
}

// the characters a Chinese numeral can begin with (a strong digit, 十/百/千, 半), as a table
// over code units: the scan reads no one-character string to ask
const CHINESE_START = new Uint8Array(0x10000);
for (const c of [
  ...Object.keys(DIGITS).filter((d) => !WEAK_DIGITS.has(d)),
  ...Object.keys(SMALL_UNITS),
  "半",
])
  if (c.length === 1) CHINESE_START[c.charCodeAt(0)] = 1;
const canStartChineseAt = (text: string, k: number) => CHINESE_START[text.charCodeAt(k)] === 1;

interface Numeral {
  end: number;
  value: number;
  chinese: boolean;
  innerApprox: string | null;
  scaled: boolean;
}

/** Reads an Arabic digit run at i: 1,050,000 / 3649.41 / .5 */
function readArabic(text: string, i: number): { end: number; value: number } | null {
  let j = i;
  while (isDigit(text[j])) j++;
  // the digits as written: one slice (a string grown digit by digit costs one per digit)
  let digits = text.slice(i, j);
  // thousands separators: a comma followed by exactly three digits, repeatedly
  while (
    digits.length > 0 &&
    text[j] === "," &&
    isDigit(text[j + 1]) &&
    isDigit(text[j + 2]) &&
    isDigit(text[j + 3]) &&
    !isDigit(text[j + 4])
  ) {
    digits += text.slice(j + 1, j + 4);
    j += 4;
  }
  if (text[j] === "." && isDigit(text[j + 1])) {
    const point = j;
    j++;
    while (isDigit(text[j])) j++;
    digits += text.slice(point, j);
  }
  if (digits === "" || digits === ".") return null;
  return { end: j, value: Number(digits) };
}

const IDENTIFIER_BEFORE = new Set([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_%/=&#@\\"]);
/** Round away binary noise (2.2 × 10000 = 22000.000000000004); integers need nothing. */
const tidy = (v: number) => (Number.isSafeInteger(v) ? v : Number(v.toPrecision(15)));

/** The value so far; a trailing Chinese digit after 百/千/万 abbreviates (一千三 = 1300).
 * A plain function, not a closure: closures per numeral cost more than the numeral. */
function flushValue(
  total: number,
  section: number,
  pending: number | null,
  abbreviates: boolean,
  lastUnit: number,
): number {
  let p = pending ?? 0;
  if (pending !== null && abbreviates && lastUnit >= 100) p *= lastUnit / 10;
  return total + section + p;
}

/** Reads a numeral (Arabic, Chinese or mixed) starting at i. */
function readNumeral(text: string, i: number): Numeral | null {
  let pos = i;
  let total = 0; // sum of completed 万/亿 sections
  let section = 0; // value inside the current section
  let pending: number | null = null; // last digit atom not yet multiplied
  let pendingChinese = false;
  let lastUnit = 0; // unit just applied, for abbreviations like 一千三 = 1300
  let lastSmall = 0; // smallest small unit applied in this section (一百二十, not 五十千)
  let afterZero = false;
  let chinese = false;
  let scaled = false;
  let innerApprox: string | null = null;
  let end = i;
  let any = false;

  while (pos < text.length) {
    // spaces may separate the parts of one numeral (7 万5 千4 百), never end it
    let next = pos;
    if (any) while (isSpace(text[next])) next++;
    const c = text[next];
    if (isDigit(c) || (c === "." && !any && isDigit(text[next + 1]) && text[next - 1] !== ".")) {
      if (pending !== null) break;
      const arabic = readArabic(text, next);
      if (!arabic) break;
      pending = arabic.value;
      pendingChinese = false;
      pos = end = arabic.end;
      any = true;
      continue;
    }
    if (c === undefined) break;
    const digit = DIGIT.get(c);
    if (digit !== undefined) {
      if (WEAK_DIGITS.has(c) && !any) break;
      if (digit === 0 && c !== "〇") {
        // 零 marks a gap (一千零五); it is a value only when nothing else follows (零, 零点五)
        if (pending !== null && !pendingChinese) break;
        afterZero = true;
        chinese = true;
        any = true;
        pos = end = next + 1;
        continue;
      }
      if (pending !== null) {
        // two Chinese digits in a row (两两, 二三十) are no numeral; after a space, a new one starts
        if (pendingChinese && next === pos) return null;
        break;
      }
      pending = digit;
      pendingChinese = true;
      chinese = true;
      any = true;
      pos = end = next + 1;
      continue;
    }
    const small = SMALL.get(c);
    if (small !== undefined) {
      if (lastSmall && small >= lastSmall) break;
      // 百分点, 千分点 after a number are its unit (同比下降2.4百分点), not 百 or 千 of it
      if (any && POINTS_WORD.test(text.slice(next, next + 3))) break;
      if (pending === null) {
        if (any && small !== 10 && !afterZero) break; // 万百 is not a numeral
        pending = 1;
      }
      section += pending * small;
      pending = null;
      lastUnit = small;
      lastSmall = small;
      afterZero = false;
      chinese = true;
      any = true;
      pos = end = next + 1;
      continue;
    }
    if (c === "半" && !any && SMALL.get(text[next + 1]) === 100) {
      section = 50;
      lastUnit = 100;
      lastSmall = 100;
      chinese = true;
      any = true;
      pos = end = next + 2;
      continue;
    }
    const big = BIG.get(c);
    if (big !== undefined) {
      if (!any) break;
      const v = flushValue(total, section, pending, pendingChinese && !afterZero, lastUnit) - total;
      if (v === 0) total = total * big;
      else if (total === 0 || total < big) total = (total + v) * big;
      else total += v * big;
      if (total === 0) break;
      section = 0;
      pending = null;
      lastUnit = big;
      lastSmall = 0;
      afterZero = false;
      scaled = true;
      any = true;
      pos = end = next + 1;
      continue;
    }
    if (INNER_APPROX.has(c) && any) {
      // only inside a numeral: 十余万, 二十几万, 五百 余万 — not the trailing 余 of 300余人
      let k = next + 1;
      while (isSpace(text[k])) k++;
      const following = text[k];
      if (
        following !== undefined &&
        (BIG.get(following) !== undefined || SMALL.get(following) !== undefined)
      ) {
        innerApprox = c;
        pos = end = next + 1;
        continue;
      }
      break;
    }
    if ((DECIMAL_POINTS.has(c) || (c === "." && chinese)) && any) {
      // 十五点七, 四百亿点零五零: single digits after the point
      let k = next + 1;
      while (isSpace(text[k])) k++;
      let frac = "";
      let j = k;
      for (;;) {
        const d = text[j];
        if (isDigit(d)) frac += d;
        else if (DIGIT.get(d) !== undefined && !WEAK_DIGITS.has(d) && d !== "两" && d !== "兩")
          frac += String(DIGIT.get(d));
        else break;
        j++;
      }
      if (!frac) break;
      let value =
        flushValue(total, section, pending, pendingChinese && !afterZero, lastUnit) + Number(`0.${frac}`);
      let k2 = j;
      while (isSpace(text[k2])) k2++;
      const scale = BIG.get(text[k2]);
      if (scale !== undefined) {
        value *= scale;
        scaled = true;
        j = k2 + 1;
      }
      return { end: j, value: tidy(value), chinese: true, innerApprox, scaled };
    }
    break;
  }
  if (!any) return null;
  if (pending === null && section === 0 && total === 0 && !afterZero) return null;
  return {
    end,
    value: tidy(flushValue(total, section, pending, pendingChinese && !afterZero, lastUnit)),
    chinese,
    innerApprox,
    scaled,
  };
}

const PERCENT_PREFIX = /^(百|佰)\s*分\s*之\s*|^(千|仟)\s*分\s*之\s*|^(万|萬)\s*分\s*之\s*/;
// 个百分点, and 个千分点 for a rate given in ‰ (万人成讼率比上年下降0.6个千分点)
// 个 may be left out (同比下降2.4百分点)
const POINTS_SUFFIX = /^\s*(个|個)?\s*(百|佰|千|仟)\s*分\s*(点|點)/;
const POINTS_WORD = /^(?:百|佰|千|仟)分(?:点|點)/;

function prefixKind(m: RegExpExecArray): NumberKind {
  if (m[1]) return "percent";
  if (m[2]) return "permille";
  return "permyriad";
}

// Characters that continue a numeral without beginning one: 十余万, 二点五, 3 万
const NUMERAL_TAIL = new Set([...INNER_APPROX, ...DECIMAL_POINTS, " ", "\t"]);

// Every character that can begin a number, a percentage prefix or a negative sign.
const CAN_START = new Uint8Array(0x10000);
for (const c of [
  "0123456789.-半",
  ...Object.keys(DIGITS),
  ...Object.keys(SMALL_UNITS),
  ...Object.keys(BIG_UNITS),
  ...NEGATIVE_SIGNS,
].join("")) {
  CAN_START[c.charCodeAt(0)] = 1;
}

// what may follow a lone Chinese digit for it to be read, by the set of countable characters:
// a character that begins a number, continues a numeral or is countable
const CONTINUES = new WeakMap<ReadonlySet<string>, Uint8Array>();
function continuesTable(countable: ReadonlySet<string>): Uint8Array {
  let table = CONTINUES.get(countable);
  if (!table) {
    table = CAN_START.slice();
    for (const c of [...countable, ...NUMERAL_TAIL]) if (c.length === 1) table[c.charCodeAt(0)] = 1;
    CONTINUES.set(countable, table);
  }
  return table;
}

/** Every number in `text`, in order, without overlaps. */
export interface ScanOptions {
  /** Only numbers that can count something: a lone Chinese digit (一, 三) is kept only when
   * one of these characters follows it (its unit: 两部, 七期). Saves work on 进一步, 统一 … */
  countableBefore?: ReadonlySet<string>;
}

export function scanNumbers(text: string, options: ScanOptions = {}): NumberToken[] {
  const countable = options.countableBefore;
  const continues = countable ? continuesTable(countable) : CAN_START;
  const out: NumberToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // skip to the next character that can begin a number
    while (i < n && CAN_START[text.charCodeAt(i)] === 0) i++;
    if (i >= n) break;
    const c = text[i];
    // percent written as a prefix: 百分之九十七点二, 千分之二点四
    if (c === "百" || c === "佰" || c === "千" || c === "仟" || c === "万" || c === "萬") {
      const m = PERCENT_PREFIX.exec(text.slice(i, i + 8));
      if (m) {
        let s = i + m[0].length;
        let negative = false;
        if (NEGATIVE_SIGNS.has(text[s])) {
          negative = true;
          s++;
        }
        const numeral = isDigit(text[s]) || canStartChineseAt(text, s) ? readNumeral(text, s) : null;
        if (numeral) {
          const value = negative ? -numeral.value : numeral.value;
          out.push({
            start: i,
            end: numeral.end,
            kind: prefixKind(m),
            value,
            core: { start: negative ? s - 1 : s, end: numeral.end },
            chinese: numeral.chinese,
            innerApprox: numeral.innerApprox,
            scaled: false,
          });
          i = numeral.end;
          continue;
        }
      }
    }
    let start = i;
    let negative = false;
    if (NEGATIVE_SIGNS.has(c) && (isDigit(text[i + 1]) || canStartChineseAt(text, i + 1))) {
      negative = true;
      start = i + 1;
    } else if (c === "-" && (isDigit(text[i + 1]) || (text[i + 1] === "." && isDigit(text[i + 2])))) {
      const before = text[i - 1];
      if (!isDigit(before) && !isAsciiLetter(before) && before !== "-") {
        negative = true;
        start = i + 1;
      }
    }
    const s = text[start];
    const arabicStart = isDigit(s) || (s === "." && isDigit(text[start + 1]) && text[start - 1] !== ".");
    if (!arabicStart && !canStartChineseAt(text, start)) {
      i++;
      continue;
    }
    // digits glued to Latin letters or URL syntax are identifiers, not quantities
    if (arabicStart && IDENTIFIER_BEFORE.has(text[start - 1])) {
      while (i < n && (isDigit(text[i]) || text[i] === ".")) i++;
      if (i === start) i++;
      continue;
    }
    // a lone Chinese digit that cannot count anything (进一步, 统一, 一是) needs no reading
    if (countable && !arabicStart && start + 1 < n && continues[text.charCodeAt(start + 1)] === 0) {
      i = start + 1;
      continue;
    }
    const numeral = readNumeral(text, start);
    if (!numeral) {
      // skip the whole run of numeral characters so that 两两 does not yield its tail
      let j = start + 1;
      while (
        j < n &&
        (DIGIT.get(text[j]) !== undefined ||
          SMALL.get(text[j]) !== undefined ||
          BIG.get(text[j]) !== undefined)
      )
        j++;
      i = j;
      continue;
    }
    if (isAsciiLetter(text[numeral.end]) && !numeral.chinese) {
      i = numeral.end + 1;
      continue;
    }
    if (countable && numeral.chinese && numeral.end - start === 1 && !countable.has(text[numeral.end])) {
      i = numeral.end;
      continue;
    }
    if (numeral.chinese && !isDigit(s) && insideNonNumeralWord(text, start, numeral.end)) {
      i = numeral.end;
      continue;
    }
    const coreStart = negative ? start - 1 : start;
    let value = negative ? -numeral.value : numeral.value;
    let kind: NumberKind = "number";
    let end = numeral.end;
    let k = end;
    while (isSpace(text[k])) k++;
    if (text[k] === "%" || text[k] === "％") {
      kind = "percent";
      end = k + 1;
    } else if (text[k] === "‰") {
      kind = "permille";
      end = k + 1;
    } else {
      const points =
        text[k] === "个" || text[k] === "個" || POINTS_WORD.test(text.slice(k, k + 3))
          ? POINTS_SUFFIX.exec(text.slice(numeral.end, numeral.end + 24))
          : null;
      if (points) {
        kind = points[2] === "千" || points[2] === "仟" ? "permillePoints" : "points";
        end = numeral.end + points[0].length;
      }
    }
    value = tidy(value);
    out.push({
      start: coreStart,
      end,
      kind,
      value,
      core: { start: coreStart, end: numeral.end },
      chinese: numeral.chinese,
      innerApprox: numeral.innerApprox,
      scaled: numeral.scaled,
    });
    i = end;
  }
  return out;
}
