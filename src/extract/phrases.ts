// The phrases around a number, read from the normalised text by offsets: the clause
// before it, the noun after its unit, the object of an enumeration, the noun a
// parenthesis stands in. Shared by the subject deriver and the "分别" pairing.
import {
  INNER_DURATION,
  INNER_FILLERS,
  INNER_TOTAL,
  HONOUR_BEFORE_NAME,
  LEADING_FILLER_GUARDS,
  LEADING_FILLERS,
  RECIPIENT,
  COUNT_ENDING,
  LEADING_ORDINAL,
  LEADING_VERBS,
  NOUN_END,
  OBJECT_STOPS,
  OBJECT_TAIL,
  TRAILING_FILLER_GUARDS,
  TRAILING_FILLERS,
} from "../rules/subjects.ts";
import { ROC_YEAR, ROC_YEAR_OPENING } from "../rules/numerals.ts";
import { alternation } from "../shared/regex.ts";
import type { Fact } from "../types.ts";
import { charIn, firstBetween, lastBetween, charSet } from "../shared/chars.ts";

export const BOUNDARY = ',;。:!?\n\t、()“”《》"';
export const CLAUSE_END = ",;。:!?\n";
const BOUNDARY_SET = charSet(BOUNDARY);
/** The longest quoted name read as part of the words after a number. */
const MAX_QUOTED = 16;
const CLAUSE_END_SET = charSet(CLAUSE_END);
const isDigitAt = (s: string, k: number) => {
  const c = s.charCodeAt(k);
  return c >= 0x30 && c <= 0x39;
};
export const MAX_BEFORE = 24;
/** how much longer than MAX_BEFORE a whole clause may be, rather than cut inside a word */
export const CUT_SLACK = 4;
export const MAX_AFTER = 14;
/** how far a short parenthetical (乡(镇、街道), 合同(文件)) may reach */
const MAX_PAREN = 12;

const DIGIT = /\d/;

function stripYears(s: string): string {
  if (!DIGIT.test(s)) return s;
  return s
    .replace(ROC_YEAR_OPENING, "$1")
    .replace(/\d{4}\s*年(度)?(至\d{4}年)?/g, "")
    .replace(ROC_YEAR, "")
    .replace(/\d{1,2}月(\d{1,2}日)?(前|以来|底)?/g, "");
}

// fillers are stripped repeatedly: 全年共 → 共 → ""
const LEADING = new RegExp(
  `^(?:${alternation(LEADING_FILLERS)
    .split("|")
    .map((w) => (LEADING_FILLER_GUARDS[w] ? `${w}(?![${LEADING_FILLER_GUARDS[w]}])` : w))
    .join("|")})+`,
);
const TRAILING = new RegExp(
  `(?:${alternation(TRAILING_FILLERS)
    .split("|")
    .map((w) => (TRAILING_FILLER_GUARDS[w] ? `(?<![${TRAILING_FILLER_GUARDS[w]}])${w}` : w))
    .join("|")})+$`,
);
const INNER = new RegExp(alternation(INNER_FILLERS), "g");

const SPACES_AND_QUOTES = /[\s“”"]+/g;

/** The last characters of the trailing fillers: a phrase ending otherwise has none to strip
 * (TRAILING, anchored at the end only, would be tried at every position of the phrase). */
const TRAILING_LAST = new Set(TRAILING_FILLERS.map((w) => w[w.length - 1]));

/** The characters a phrase needs for the unanchored patterns trimPhrase removes (a space or a
 *  quotation mark; a character an inner filler starts with; 共 of INNER_TOTAL; 连 of
 *  INNER_DURATION; 向 of RECIPIENT): a phrase with none of them — most — is not read by those
 *  patterns at all, each of which would be tried at every position. */
const SPACE_OR_QUOTE = charSet(
  ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff“”"',
);
const INNER_FIRST = charSet(INNER_FILLERS.map((w) => w[0]).join(""));
const TOTAL = 0x5171; // 共
const DURATION = 0x8fde; // 连
const TOWARDS = 0x5411; // 向

export function trimPhrase(s: string): string {
  if (s === "") return s;
  let t = stripYears(s);
  let spaced = false;
  let inner = false;
  let total = false;
  let duration = false;
  let towards = false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (SPACE_OR_QUOTE[c] === 1) spaced = true;
    if (INNER_FIRST[c] === 1) inner = true;
    if (c === TOTAL) total = true;
    else if (c === DURATION) duration = true;
    else if (c === TOWARDS) towards = true;
  }
  if (spaced) t = t.replace(SPACES_AND_QUOTES, "");
  if (inner) t = t.replace(INNER, "");
  if (total) t = t.replace(INNER_TOTAL, "");
  if (duration) t = t.replace(INNER_DURATION, "");
  t = t.replace(LEADING_ORDINAL, "");
  if (towards) t = t.replace(RECIPIENT, "$1");
  t = t.replace(LEADING, "");
  return t !== "" && TRAILING_LAST.has(t[t.length - 1]) ? t.replace(TRAILING, "") : t;
}

/** The "(" that opens the short parenthetical closed just before `k`, or -1. */
function parenOpenBefore(norm: string, k: number, floor: number): number {
  if (norm[k - 1] !== ")") return -1;
  const open = lastBetween(norm, "(", Math.max(floor, k - 1 - MAX_PAREN), k - 2);
  if (open < 0) return -1;
  return /[。;\n]/.test(norm.slice(open, k)) ? -1 : open;
}

export function before(norm: string, start: number, previous: Fact | null): string {
  let k = start;
  const floor = Math.max(previous && previous.end <= start ? previous.end : 0, start - MAX_BEFORE);
  for (;;) {
    while (k > floor && !charIn(BOUNDARY_SET, norm, k - 1)) k--;
    // a quoted name right before the number is part of the subject: “乡镇吹哨、部门报到”2077次
    const quote = norm[k - 1] === "”" ? lastBetween(norm, "“", floor, k - 2) : -1;
    // so is a short parenthetical: 民主法治示范村(社区)45个, 重大政府合同(文件)106件
    const open = quote >= floor ? quote : parenOpenBefore(norm, k, floor);
    if (open < 0 || open < floor) break;
    k = open;
  }
  if (k !== start - MAX_BEFORE || k === 0 || charIn(BOUNDARY_SET, norm, k - 1)) return norm.slice(k, start);
  // cut by the length limit, not at a boundary: the whole clause when it is only a few
  // characters longer (政府主要负责人…, not 府主要负责人…), else from the verb just after the cut
  const from = previous && previous.end <= start ? previous.end : 0;
  for (let j = k - 1; j >= from && k - j <= CUT_SLACK; j--)
    if (j === from || charIn(BOUNDARY_SET, norm, j - 1)) return norm.slice(j, start);
  return fromVerb(norm.slice(k, start));
}

/** A phrase cut inside a word (全面开展… → 面开展…) from the verb just after the cut, when one
 *  begins within its first characters; else, unless the cut opens with a filler word, from the
 *  first verb further on that is no noun's first word (解员协会持续深化…人民调解员培训调解成功 →
 *  调解成功: 调解员 is a person); else as it is — a cut word is no subject's start. */
export function fromVerb(cut: string): string {
  for (let k = 1; k <= 3; k++) if (LEADING_VERBS.test(cut.slice(k))) return cut.slice(k);
  // a cut at a word a phrase opens with (对提交…审议的议题: 对, 全年, 共) fell between words
  if (LEADING.test(cut)) return cut;
  for (let k = 4; k < cut.length - 1; k++) {
    const verb = LEADING_VERBS.exec(cut.slice(k));
    if (verb && !VERB_AS_NOUN.test(cut.slice(k + verb[0].length, k + verb[0].length + 2)))
      return cut.slice(k);
  }
  return cut;
}
/** What makes a verb the first word of a noun (调解员, 接待室, 审查组, 办理点). */
const VERB_AS_NOUN = /^(?:员|人|者|室|站|所|组|点|处|中心|机构|委员会|工作|平台|窗口)/;

/** The words after the unit, up to the next boundary or number; a short parenthetical
 * (12个乡(镇、街道)) belongs to them. */
export function afterClause(norm: string, end: number, max = MAX_AFTER): string {
  let k = end;
  while (k < norm.length && k - end < max && !isDigitAt(norm, k)) {
    if (norm[k] === "(") {
      const close = firstBetween(norm, ")", k, k + MAX_PAREN);
      if (close > k && !/[。;\n]/.test(norm.slice(k, close))) {
        k = close + 1;
        continue;
      }
    }
    // a quoted name the counted thing opens with (112个“一件事”集成服务): part of it (a quotation
    // after its noun says what it does: 186项政务服务“跨域通办”)
    // and the honour's name a body received (3个被评为省级“枫桥式司法所”): what the count is of
    const honour = (norm[k] === "“" || norm[k] === '"') && HONOUR_BEFORE_NAME.test(norm.slice(end, k));
    if ((norm[k] === "“" && k === end) || honour) {
      const close = firstBetween(norm, norm[k] === '"' ? '"' : "”", k + 1, k + MAX_QUOTED);
      if (close > k && !/[。;\n]/.test(norm.slice(k, close))) {
        k = close + 1;
        continue;
      }
    }
    if (charIn(BOUNDARY_SET, norm, k)) break;
    k++;
  }
  return norm.slice(end, k);
}

/** Where the last noun a counted thing can end with ends in `s` (0: none). */
function lastNounEnd(s: string): number {
  let at = 0;
  for (const m of s.matchAll(NOUN_ENDS_IN)) at = m.index + m[0].length;
  return at;
}
const NOUN_ENDS_IN = new RegExp(NOUN_END.source.replace(/\$$/, ""), "g");

// a quantity nested before the noun: 509支1.2万余人的森林防灭火队伍
const NESTED_QUANTITY = /^[\d.,]+[万亿]?[余多]?[人名个项件支家座处]的/;

export function after(norm: string, end: number): string {
  const nested = NESTED_QUANTITY.exec(norm.slice(end, end + 16));
  // 10-15人/乡镇: what the unit is counted per, not what is counted
  if (norm[end] === "/") return "";
  const from = nested ? end + nested[0].length : end;
  let s = afterClause(norm, from).replace(/^的/, "");
  const stop = s.search(OBJECT_STOPS);
  if (stop >= 0) s = s.slice(0, stop);
  else if (s.length >= MAX_AFTER && !charIn(BOUNDARY_SET, norm, from + MAX_AFTER)) {
    // the words ran past what is read, cut inside a word (会议专题研究法治政|府建设): back to the
    // last noun the counted thing can end with (市政府常务会议)
    const noun = lastNounEnd(s);
    if (noun >= 2) s = s.slice(0, noun);
  }
  // a stop inside a parenthetical (12.3万元(按户均计)) leaves none of it: no half a bracket
  const open = s.lastIndexOf("(");
  if (open >= 0 && s.indexOf(")", open) < 0) s = s.slice(0, open);
  // a conjunction the next item follows (部党组会暨12次…学习会, 和, 及): no part of the noun
  return s.replace(/[和及与等暨]$/, "").replace(OBJECT_TAIL, "");
}

/** How far apart two numbers of one run may be (the words between them). */
const MAX_RUN_GAP = 30;

/**
 * For each quantity (in text order), whether the words after it belong to the next one. In a
 * run of quantities with only words between them (punctuation lost or never written), its ends
 * decide how they are written: the first after what it counts and the last ending its clause
 * (…下发火险形势分析4期发布…短信息159条…周报19期。), each follows what it counts, so the words
 * after a quantity name the next; else each may come before what it counts (…活动47支应急救援队伍
 * 600余名专业人员参加; 全区768名人民调解员全年化解矛盾纠纷6215件: 全区 names no thing).
 */
export function wordsBelongToNext(
  norm: string,
  quantities: ReadonlyArray<{ start: number; end: number }>,
): boolean[] {
  const out = quantities.map(() => false);
  let first = 0;
  for (let k = 0; k < quantities.length; k++) {
    const next = quantities[k + 1];
    if (next && runsOn(norm, quantities[k].end, next.start)) continue;
    const last = quantities[k].end;
    const endsClause = last >= norm.length || charIn(CLAUSE_END_SET, norm, last);
    if (k > first && endsClause && namesBefore(norm, quantities[first].start))
      for (let j = first; j < k; j++) out[j] = true;
    first = k + 1;
  }
  return out;
}

/** Whether the words just before a quantity name a thing (not only 全区, 共, …). */
const namesBefore = (norm: string, start: number) =>
  start > 0 && !isDigitAt(norm, start - 1) && trimPhrase(before(norm, start, null)).length >= 2;

/** A noun the quantity counts, closed by 的 (市本级60个部门的法律顾问覆盖率100%): the words after
 *  are the quantity's own, and its thing, with 的, names the next — no run of lost punctuation. */
const OWNED_NOUN = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(?:${NOUN_END.source.replace(/\$$/, "")})的`);

/** Words only, no punctuation and no other number, between a quantity's end and the next's start. */
function runsOn(norm: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > MAX_RUN_GAP) return false;
  if (OWNED_NOUN.test(norm.slice(from, to))) return false;
  for (let k = from; k < to; k++) if (charIn(BOUNDARY_SET, norm, k) || isDigitAt(norm, k)) return false;
  return true;
}

// one item of an enumeration: 、区长14项
const LIST_ITEM =
  /^、[^、,;。:\d]{0,8}?(?:\d[\d.,]*|[一二三四五六七八九十百千两]+)[余多]?(?:人次|场次|[项件个名人家次场条份部支期])/;

/** The noun after the last item of an enumeration that starts here: 区委书记12项、区长14项
 * 具体任务 → 具体任务. */
export function listObject(norm: string, end: number): string {
  let pos = end;
  for (let n = 0; n < 8 && norm[pos] === "、"; n++) {
    const m = LIST_ITEM.exec(norm.slice(pos, pos + 24));
    if (!m) break;
    pos += m[0].length;
  }
  return pos > end ? trimPhrase(after(norm, pos)) : "";
}

/** The noun before the parenthesis the number stands in: 年度履职任务清单(市委书记10项 →
 * 年度履职任务清单. */
export function enclosingNoun(norm: string, start: number): string {
  for (let k = start - 1; k >= 0 && start - k < 40; k--) {
    const c = norm[k];
    if (c === ")" || CLAUSE_END.includes(c)) return "";
    if (c === "(") {
      let j = k;
      while (j > 0 && !charIn(BOUNDARY_SET, norm, j - 1) && k - j < MAX_BEFORE) j--;
      return trimPhrase(norm.slice(j, k));
    }
  }
  return "";
}

/** how far back a clause is looked for */
const MAX_CLAUSE = 40;
/** how many names a list before one number may hold */
const MAX_LISTED = 8;

/** Rate names listed before one number (合法性审查率、报备率、及时率、规范率均达100%):
 * the start of the first name, reaching back over 、 from `start` (the last name's start). */
export function rateListStart(norm: string, start: number): number {
  let k = start;
  for (let names = 0; names < MAX_LISTED && (norm[k - 1] === "、" || norm[k - 1] === "和"); names++) {
    let j = k - 1;
    while (
      j > 0 &&
      !charIn(BOUNDARY_SET, norm, j - 1) &&
      norm.charCodeAt(j - 1) !== 0x548c &&
      k - j < MAX_BEFORE
    )
      j--;
    // a name cut by the length limit is no name
    const whole = j === 0 || BOUNDARY.includes(norm[j - 1]) || norm[j - 1] === "和";
    if (!whole || !/率$/.test(norm.slice(j, k - 1))) break;
    k = j;
  }
  return k;
}

/** The clause an enumeration with 等 starts in (查处公共卫生、生态环境、教育培训等领域…):
 * its first item's clause, back over 、 to the clause boundary. */
export function enumerationStart(norm: string, itemStart: number): number {
  let k = itemStart;
  while (norm[k - 1] === "、" && itemStart - k < 60) {
    k--;
    while (k > 0 && !charIn(BOUNDARY_SET, norm, k - 1) && itemStart - k < 60) k--;
  }
  return k;
}

/** The clause before the one at `start`, within its sentence (全力推动“高效办成一件事”改革,
 * 6个实现线下运行 → 全力推动高效办成一件事改革). */
export function previousClause(norm: string, start: number): string {
  let k = start;
  while (k > 0 && !clauseEndsAt(norm, k - 1) && start - k < MAX_CLAUSE) k--;
  if (k === 0 || norm[k - 1] !== ",") return "";
  let j = k - 1;
  while (j > 0 && !clauseEndsAt(norm, j - 1) && k - j < MAX_CLAUSE) j--;
  // a clause that counted something (开展应急演练326场次) names it by its words before the count
  // it ends with: the number and its unit are the other quantity's, not this one's name (a year
  // or a number inside the name is part of it: 举办2024年…培训班, “12·4”宪法日)
  const digit = norm.slice(j, k - 1).search(COUNT_ENDING);
  return trimPhrase(norm.slice(j, digit >= 0 ? j + digit : k - 1));
}

/** A clause ends at `i`: at its punctuation, not a comma between digits (1,350), and at a tab
 *  (a table's cell is a clause of its own). */
const clauseEndsAt = (norm: string, i: number) =>
  norm[i] === "\t" ||
  (charIn(CLAUSE_END_SET, norm, i) && !(norm[i] === "," && isDigitAt(norm, i - 1) && isDigitAt(norm, i + 1)));

/** The 《title》 just before a number (编印《法治动态》12期 → 法治动态). */
export function titleBefore(norm: string, start: number): string {
  if (norm[start - 1] !== "》") return "";
  const open = lastBetween(norm, "《", Math.max(0, start - 30), start - 2);
  return open >= 0 ? norm.slice(open + 1, start - 1) : "";
}
