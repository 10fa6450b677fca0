// Facts: numbers with a unit that state what was done. One pass over the number tokens;
// each token is accepted or rejected by rules (unit, context, position), then given a
// subject in plain words and an indicator from the catalogue.
import {
  CONCEPT_AFTER,
  NOT_TARGETS,
  ORDINAL_BEFORE,
  SESSION_AFTER,
  SESSION_TERM,
  SLOGANS,
  BENCHMARK_BEFORE,
  ONLY_HAVING_BEFORE,
  ONLY_HAVING_REACH,
  BENCHMARK_REACH,
  CLASS_BOUND_AFTER,
  CLASS_BOUND_UNITS,
  TARGET_MARKERS,
} from "../rules/exclusions.ts";
import {
  EARLIER_LEVEL,
  EARLIER_ATTRIBUTE,
  EARLIER_CHANGE,
  EARLIER_TIME,
  EARLIER_TIME_WORDS,
  EARLIER_YEAR_NAME,
  FROM_LEVEL,
  FROM_LEVEL_REACH,
  RATE_CHANGE_UNIT,
  STEADY,
  STEADY_GAP,
  TO_LEVEL,
} from "../rules/subjects.ts";
import { VAGUE_BEFORE_NUMERAL } from "../rules/numerals.ts";
import {
  APPROX_AFTER,
  APPROX_BEFORE,
  COUNT_UNITS,
  FIELD_KEY_REACH,
  FIELD_UNIT,
  FIELD_VALUE_END,
  MEASURE_UNITS,
  MULTIPLE_BEFORE,
  MULTIPLE_UNIT,
  PLACE_UNITS,
  RANGE_JOINERS,
  UNIT_BLOCKERS,
  UNIT_UNBLOCKERS,
} from "../rules/units.ts";
import { alternation } from "../shared/regex.ts";
import type { Fact, Noise, OrganKind, Span } from "../types.ts";
import { classifyIndicator } from "./indicators.ts";
import { type NumberToken, scanNumbers } from "./numbers.ts";
import { pairRespectively } from "./respectively.ts";
import { SentenceCursor } from "./sentences.ts";
import { wordsBelongToNext } from "./phrases.ts";
import { type TableQuantity, tableQuantities } from "./tables.ts";
import { deriveSubject, initialSubjectState } from "./subject.ts";
import { charIn, charSet } from "../shared/chars.ts";
import { byStart, countBefore, lastAtOrBefore } from "../shared/sorted.ts";

export interface FactContext {
  text: string;
  norm: string;
  noise: Noise[];
  /** spans of heading markers ("1.", "(一)"), which are never quantities */
  markers: Span[];
  /** from here on the document states plans (targets), not results */
  targetsFrom: number | null;
  /** the year the report is of: a figure of an earlier year named in its clause is no figure of it */
  year?: number | null;
  /** the organ whose report it is, when not a government's (a court's 行政案件 are lawsuits) */
  organ?: OrganKind;
}

// units by first character, longest first (人次 before 人)
const UNITS_BY_FIRST = new Map<string, string[]>();
for (const unit of [...COUNT_UNITS, ...MEASURE_UNITS].sort((a, b) => b.length - a.length)) {
  const list = UNITS_BY_FIRST.get(unit[0]) ?? [];
  list.push(unit);
  UNITS_BY_FIRST.set(unit[0], list);
}
// what may follow a lone Chinese digit that counts: a unit's first character, 余/多, 个百分点
const COUNTABLE_AFTER_DIGIT = new Set([
  ...UNITS_BY_FIRST.keys(),
  ...PLACE_UNITS.map((u) => u[0]),
  "余",
  "多",
  " ",
]);
const SLOGAN_RE = new RegExp(alternation(SLOGANS), "g");
const NOT_TARGETS_RE = new RegExp(alternation(NOT_TARGETS), "g");
const isHan = (c: string | undefined) => c !== undefined && c >= "\u4e00" && c <= "\u9fff";
const EXCLUDED_OPEN = "《";
const EXCLUDED_CLOSE = "》";

/** Spans inside 《titles》 and short “quotations” (system names, slogans). */
function protectedSpans(norm: string): Span[] {
  const spans: Span[] = [];
  // one forward pass per bracket: the next close and the next line end only move forward, so
  // a long run of openers without a close costs no more than the text (not a search each)
  const scan = (open: string, close: string, maxLen: number) => {
    let j = -1;
    let nl = -1;
    for (let i = norm.indexOf(open); i >= 0; i = norm.indexOf(open, i + 1)) {
      if (j <= i) j = norm.indexOf(close, i + 1);
      if (j < 0) break;
      if (nl !== Number.POSITIVE_INFINITY && nl < i) {
        nl = norm.indexOf("\n", i);
        if (nl < 0) nl = Number.POSITIVE_INFINITY;
      }
      if (j - i <= maxLen && nl > j) spans.push({ start: i, end: j + 1 });
    }
  };
  scan(EXCLUDED_OPEN, EXCLUDED_CLOSE, 200);
  scan("<", ">", 120);
  scan("“", "”", 24);
  scan('"', '"', 24);
  scan("「", "」", 24);
  for (const m of norm.matchAll(SLOGAN_RE)) {
    const k = m.index ?? 0;
    spans.push({ start: k, end: k + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** True when [start, end) lies inside one of `spans` (sorted by start; nested spans allowed). */
function within(spans: Span[], start: number, end: number): boolean {
  // the last span starting at or before `start`, then back over the few that could still
  // enclose it
  const last = lastAtOrBefore(spans, start, byStart);
  for (let k = last; k >= 0 && k > last - 8; k--) if (spans[k].end >= end) return true;
  return false;
}

// the last characters of the approximations written before a number
const APPROX_BEFORE_LAST = charSet(APPROX_BEFORE.map((q) => q[q.length - 1]).join(""));
const APPROX_BEFORE_LONGEST = Math.max(...APPROX_BEFORE.map((q) => q.length));
const YU = 0x4f59; // 余
const DUO = 0x591a; // 多
const SPACE = 0x20;
// what may not touch a fact: 3+2, 5×4, 2-3, 1~2
const OPERATORS = charSet("+×*＋");
const RANGE_BEFORE = charSet("-—~");
const VAGUE_BEFORE = charSet(VAGUE_BEFORE_NUMERAL);
// the first characters of the target markers: a clause without any of them holds none
const TARGET_FIRST = charSet(TARGET_MARKERS.map((m) => m[0]).join(""));

interface UnitMatch {
  unit: string;
  end: number;
}

/** The unit a bare number's field key names (件数：31), the number standing alone in its field. */
function fieldUnit(norm: string, token: NumberToken): UnitMatch | null {
  const key = FIELD_UNIT.exec(norm.slice(Math.max(0, token.start - FIELD_KEY_REACH), token.start));
  if (!key || !FIELD_VALUE_END.test(norm.slice(token.end, token.end + 2))) return null;
  return { unit: key[1] ?? key[2], end: token.end };
}

function matchUnit(norm: string, token: NumberToken): UnitMatch | null {
  if (token.kind === "percent") return { unit: "%", end: token.end };
  if (token.kind === "permille") return { unit: "‰", end: token.end };
  if (token.kind === "points") return { unit: "个百分点", end: token.end };
  if (token.kind === "permillePoints") return { unit: "个千分点", end: token.end };
  if (token.kind === "permyriad") return { unit: "‱", end: token.end };
  let at = token.end;
  // a number ends the text: no unit. Reading past the end is no error (NaN, undefined), but
  // the first time it happens V8 throws away the function's optimised code and compiles it
  // again, once for each read below: a fresh worker's time
  if (at >= norm.length) return null;
  // qualifiers between number and unit: 10余场, 2.2万余件
  if (norm.charCodeAt(at) === YU) at++;
  if (at < norm.length && norm.charCodeAt(at) === DUO) at++;
  while (at < norm.length && norm.charCodeAt(at) === SPACE) at++;
  if (at >= norm.length) return null;
  const units = UNITS_BY_FIRST.get(norm[at]);
  if (units) {
    for (const unit of units) {
      if (!norm.startsWith(unit, at)) continue;
      const after = at + unit.length;
      const blockers = UNIT_BLOCKERS[unit];
      const unblocked = UNIT_UNBLOCKERS[unit]?.some((u) => norm.startsWith(u, after)) ?? false;
      if (blockers && !unblocked) for (const b of blockers) if (norm.startsWith(b, after)) return null;
      return { unit, end: after };
    }
  }
  if (
    norm.startsWith(MULTIPLE_UNIT, at) &&
    MULTIPLE_BEFORE.test(norm.slice(Math.max(0, token.start - 12), token.start))
  )
    return { unit: MULTIPLE_UNIT, end: at + MULTIPLE_UNIT.length };
  if (!token.chinese) {
    for (const unit of PLACE_UNITS) {
      if (norm.startsWith(unit, at) && !isHan(norm[at + unit.length])) return { unit, end: at + unit.length };
    }
  }
  return null;
}

const NOT_ORDINAL = [
  "目前",
  "提前",
  "之前",
  "此前",
  "当前",
  "以前",
  "事前",
  "年前",
  "日前",
  "月前",
  "其中",
  "尤其",
  "极其",
];

/** True when `word` ends at `start`, within the `reach` characters before it. */
const endsAt = (norm: string, start: number, word: string, reach: number): boolean =>
  word.length <= reach && word.length <= start && norm.startsWith(word, start - word.length);

// the last characters of the ordinal words: a number after any other character has none
const ORDINAL_LAST = charSet(ORDINAL_BEFORE.map((w) => w[w.length - 1]).join(""));

function precededByOrdinal(norm: string, start: number): boolean {
  if (!charIn(ORDINAL_LAST, norm, start - 1)) return false;
  for (const w of NOT_ORDINAL) if (endsAt(norm, start, w, 4)) return false;
  for (const w of ORDINAL_BEFORE) if (endsAt(norm, start, w, 4)) return true;
  return false;
}

/** True when norm[from, to) holds an ASCII digit. */
function hasDigit(norm: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = norm.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

const ONLY = charSet("仅只");

/** ONLY_HAVING_BEFORE of the words before `start`: read only where 仅 or 只, which it needs, stands
 *  among them (most figures have neither). */
function onlyHavingBefore(norm: string, start: number): boolean {
  const from = Math.max(0, start - ONLY_HAVING_REACH);
  for (let k = from; k < start; k++)
    if (charIn(ONLY, norm, k)) return ONLY_HAVING_BEFORE.test(norm.slice(from, start));
  return false;
}

/** True when the clause before `start` states a target (力争, 至少 …), 《titles》 and the
 * words that only look like targets aside. */
function statesTarget(norm: string, start: number): boolean {
  let k = start;
  let marked = false;
  while (k > 0 && !charIn(CLAUSE_ENDS, norm, k - 1) && start - k < 40) {
    k--;
    if (charIn(TARGET_FIRST, norm, k)) marked = true;
  }
  // the plain clause is a subsequence of the clause: no first character, no marker
  if (!marked) return false;
  const plainClause = norm
    .slice(k, start)
    .replace(/《[^》]*》/g, "")
    .replace(NOT_TARGETS_RE, "");
  return TARGET_MARKERS.some((m) => plainClause.includes(m));
}

const CLAUSE_ENDS = charSet(",;。:!?\n");

/** 十届十次全会, 十七届人大三次会议: the number of a session within a term, not a count. */
function namesSession(norm: string, start: number, unit: UnitMatch): boolean {
  if (unit.unit !== "次" || !SESSION_AFTER.some((w) => norm.startsWith(w, unit.end))) return false;
  return norm.slice(Math.max(0, start - 8), start).includes(SESSION_TERM);
}

/** The upper bound of a range that starts with `lower` (10-15人, 2至3名, 8%—10%): the next
 *  number, joined to it by a range word alone, greater, written alike (digits or Chinese), of the
 *  same kind or after a bare number (8—10%, 2-3个百分点). Else null. */
function rangeUpper(norm: string, lower: NumberToken, next: NumberToken | undefined): NumberToken | null {
  if (!next || next.value <= lower.value || lower.chinese !== next.chinese) return null;
  const between = norm.slice(lower.end, next.start);
  if (!RANGE_JOINERS.includes(between)) return null;
  return lower.kind === "number" || lower.kind === next.kind ? next : null;
}

/** A Chinese numeral (两部, 七期) passes only when it plainly counts things. */
function chineseNumeralCounts(norm: string, token: NumberToken, unitEnd: number): boolean {
  if (token.value < 2 && !token.scaled) return false;
  return !CONCEPT_AFTER.some((w) => norm.startsWith(w, unitEnd));
}

/** The text subjects are read from: spam a break (an insert is no part of a subject —
 * 九游会J9真人游戏第一品牌 全市开展涉企行政检查1392次 counts 检查, not the brand). Inside a line it
 * parts clauses only, not sentences: the sentence it was inserted into goes on (办理行政复议案件
 * 91件[广告],纠错13件 counts the cases' corrections). */
function withoutSpam(norm: string, noise: Noise[]): string {
  const spam = noise.filter((n) => n.kind === "spam");
  if (spam.length === 0) return norm;
  let out = "";
  let at = 0;
  for (const s of spam) {
    if (s.start < at) continue;
    const inLine = s.start > 0 && s.end < norm.length && norm[s.start - 1] !== "\n" && norm[s.end] !== "\n";
    out += norm.slice(at, s.start) + (inLine ? "," : "\n").repeat(s.end - s.start);
    at = s.end;
  }
  return out + norm.slice(at);
}

export function extractFacts(ctx: FactContext): Fact[] {
  const { text, norm, noise, markers, targetsFrom, year = null, organ } = ctx;
  const protectedZones = protectedSpans(norm);
  const noiseZones = noise.filter((n) => n.kind !== "garbage");
  const facts: Fact[] = [];
  // the words after each fact's unit, for its indicator
  const afters: string[] = [];
  let state = initialSubjectState();
  // the quantities first, then their subjects: a subject may depend on the quantity after it
  const found: Array<Span & { value: number; unit: string; approx: string | null }> = [];
  const tokens = scanNumbers(norm, { countableBefore: COUNTABLE_AFTER_DIGIT });
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.value < 0) continue;
    let unit = matchUnit(norm, token);
    // a range (10-15人, 8%—10%): the unit after its upper bound
    const upper = unit && token.kind === "number" ? null : rangeUpper(norm, token, tokens[t + 1]);
    if (upper) {
      unit = matchUnit(norm, upper);
      if (unit) t++;
    }
    if (!unit && token.kind === "number") unit = fieldUnit(norm, token);
    if (!unit) continue;
    // a figure half in noise (spam up to its number, the page's hidden % after it) is noise's
    const inNoise =
      within(noiseZones, token.start, token.start + 1) || within(noiseZones, unit.end - 1, unit.end);
    if (inNoise || within(markers, token.start, token.start + 1)) continue;
    if (within(protectedZones, token.start, unit.end)) continue;
    if (charIn(OPERATORS, norm, token.start - 1) || charIn(OPERATORS, norm, unit.end)) continue;
    if (charIn(RANGE_BEFORE, norm, token.start - 1)) continue;
    if (token.chinese && charIn(VAGUE_BEFORE, norm, token.start - 1)) continue;
    // the approximation written before the number: 近1.75亿元, 突破8000项
    let start = token.start;
    let approx: string | null = token.innerApprox;
    const approxBefore =
      token.start < APPROX_BEFORE_LONGEST || charIn(APPROX_BEFORE_LAST, norm, token.start - 1);
    if (approxBefore)
      for (const q of APPROX_BEFORE) {
        if (norm.startsWith(q, token.start - q.length)) {
          start = token.start - q.length;
          approx = text.slice(start, token.start);
          break;
        }
      }
    if (upper)
      approx =
        (start < token.start ? text.slice(start, token.start) : "") + text.slice(token.start, upper.end);
    if (precededByOrdinal(norm, start) || namesSession(norm, start, unit)) continue;
    if (
      token.chinese &&
      !hasDigit(norm, token.start, token.end) &&
      !chineseNumeralCounts(norm, token, unit.end)
    )
      continue;
    let end = unit.end;
    if (
      approx === null &&
      unit.end > token.end &&
      (norm.charCodeAt(token.end) === YU || norm.charCodeAt(token.end) === DUO)
    )
      approx = text.slice(token.end, token.end + 1);
    for (const q of APPROX_AFTER) {
      if (q === "余" || q === "多") continue;
      if (norm.startsWith(q, end)) {
        approx = approx ?? q;
        end += q.length;
        break;
      }
    }
    if (targetsFrom !== null && start >= targetsFrom) continue;
    if (statesTarget(norm, start)) continue;
    // a bar set by others that the result is set against (超过自治区规定的62.5%): not a result
    if (BENCHMARK_BEFORE.test(norm.slice(Math.max(0, start - BENCHMARK_REACH), start))) continue;
    // what each of the bodies just counted has (5个仅有1名工作人员): no total of its own
    if (onlyHavingBefore(norm, start)) continue;
    if (CLASS_BOUND_UNITS.has(unit.unit) && CLASS_BOUND_AFTER.test(norm.slice(unit.end, unit.end + 4)))
      continue;
    // the recogniser has already applied 万/亿: 3649.41万元 is 36494100 元
    found.push({ start, end, value: token.value, unit: unit.unit, approx });
  }
  const nothingAfter = wordsBelongToNext(norm, found);
  const subjectText = withoutSpam(norm, noise);
  for (let k = 0; k < found.length; k++) {
    const { start, end, value, unit, approx } = found[k];
    // a qualifier after the unit (95%以上, 300人左右) is the number's, not the words after it
    const derived = deriveSubject(subjectText, { start, end }, unit, state, nothingAfter[k]);
    const fact: Fact = {
      quote: text.slice(start, end),
      start,
      end,
      value,
      unit,
      approx,
      subject: derived.subject,
      indicator: null,
    };
    facts.push(fact);
    afters.push(derived.after);
    derived.state.previous = fact;
    state = derived.state;
  }
  pairRespectively(norm, facts);
  const earlierLevels = markEarlierLevels(norm, facts);
  for (const f of markEarlierYears(norm, facts, year, earlierLevels)) earlierLevels.add(f);
  const tabled = addTableQuantities(text, norm, facts, afters, (start, end) =>
    readable(start, end, noiseZones, targetsFrom),
  );
  const sentences = new SentenceCursor(norm);
  for (let k = 0; k < facts.length; k++) {
    const f = facts[k];
    const inTable = tabled.get(f);
    // an earlier year's column is no indicator of the report's year
    if ((inTable && !inTable.current) || earlierLevels.has(f)) continue;
    const { sentence, earlier } = sentences.at(f.start);
    f.indicator = classifyIndicator({
      subject: inTable?.label ?? f.subject,
      after: afters[k],
      sentence,
      earlier,
      unit: f.unit,
      organ,
    });
  }
  addSteadyChanges(text, norm, facts, (start, end) => readable(start, end, noiseZones, targetsFrom));
  return facts;
}

/** 办理法律援助案件1826件,同比持平: the figure stayed level, a change of 0 in its unit right after
 *  it (a rate's in percentage points, RATE_CHANGE_UNIT), its span the words 持平 (with 基本 before them, its approximation), its subject the
 *  figure's with the comparison (…案件数同比持平). A change is no level: no indicator. Only right
 *  after a figure of the prose (a comma apart at most), so no other figure's change is taken. */
function addSteadyChanges(
  text: string,
  norm: string,
  facts: Fact[],
  isRead: (start: number, end: number) => boolean,
) {
  let k = 0;
  for (const m of norm.matchAll(STEADY)) {
    const start = m.index + m[1].length;
    const end = m.index + m[0].length;
    while (k < facts.length && facts[k].end <= m.index) k++;
    const before = facts[k - 1];
    if (!before || !STEADY_GAP.test(norm.slice(before.end, m.index)) || !isRead(start, end)) continue;
    facts.splice(k, 0, {
      quote: text.slice(start, end),
      start,
      end,
      value: 0,
      unit: RATE_CHANGE_UNIT[before.unit] ?? before.unit,
      approx: m[2] ? text.slice(start, start + m[2].length) : null,
      subject: before.subject + m[1] + "持平",
      indicator: null,
    });
    k++;
  }
}

/** 由85%提升至98%: the first number is the level the second moved from. It is named as the
 *  earlier level of the second's subject and gets no indicator; the second is the level now. */
function markEarlierLevels(norm: string, facts: Fact[]): Set<Fact> {
  const earlier = new Set<Fact>();
  for (let k = 0; k + 1 < facts.length; k++) {
    const [from, to] = [facts[k], facts[k + 1]];
    if (from.unit !== to.unit || !TO_LEVEL.test(norm.slice(from.end, to.start))) continue;
    if (!FROM_LEVEL.test(norm.slice(Math.max(0, from.start - FROM_LEVEL_REACH), from.start))) continue;
    to.subject = from.subject;
    from.subject += EARLIER_LEVEL;
    earlier.add(from);
  }
  return earlier;
}

/** The clause's punctuation a time's reach stops at (a bracket opens a clause: (2022年为56件); a
 *  table's cell is a clause of its own, and its year is the table's to read: tables.ts). */
const TIME_CLAUSE_END = charSet(",;。:!?\n\t(（");
const COMPARISON_UNITS = new Set(["倍", "个百分点", "个千分点"]);
/** The words between an earlier time opening its clause and the number when they give only its
 *  level (上年同期为56件, 2022年为51件). */
const LEVEL_ONLY = /^\s*(?:为|是|达|达到|共|共有|有|的|:)?\s*$/;
const COLON = 0x3a;
/** The words a comparison's base follows (比2022年的56件, 较上年的). */
const COMPARED_WITH = /(?:比|较|与|同)$/;
/** A change's words alone, after the figure they change (增加, 减少了). */
const CHANGE_WORD = /^(?:提高|提升|下降|降低|上升|增加|减少|增长|增多|多|少)了?$/;
/** How far back a clause is read for the year its number is of. */
const TIME_REACH = 24;

/** Facts whose clause names an earlier year as their time (EARLIER_TIME: 2022年受理56件, 上年同期为
 *  56件): named with that year and given no indicator. A four-digit year counts only when the
 *  report's year is known and it is before it. */
function markEarlierYears(norm: string, facts: Fact[], year: number | null, done: Set<Fact>): Fact[] {
  const out: Fact[] = [];
  let previousEnd = 0;
  for (let k = 0; k < facts.length; k++) {
    const f = facts[k];
    const from = Math.max(previousEnd, f.start - TIME_REACH);
    previousEnd = f.end;
    // a multiple or a change in points compares with the earlier year (是上年的2倍): no level of it
    if (done.has(f) || COMPARISON_UNITS.has(f.unit)) continue;
    // read back from the number to the clause's last end: one copy of the clause, no search per mark
    let opens = f.start;
    while (opens > from && !charIn(TIME_CLAUSE_END, norm, opens - 1)) opens--;
    // a time written as a field's key ((2022年:896件), 上年同期:56件): the key is the clause's
    if (opens === f.start && norm.charCodeAt(opens - 1) === COLON && opens - 1 > from)
      for (opens--; opens > from && !charIn(TIME_CLAUSE_END, norm, opens - 1); ) opens--;
    const clause = norm.slice(opens, f.start);
    let last: RegExpExecArray | null = null;
    for (const m of clause.matchAll(EARLIER_TIME)) last = m;
    if (!last) continue;
    const named = last[1];
    if (named && (year === null || Number(named) >= year)) continue;
    const rest = clause.slice((last.index ?? 0) + last[0].length);
    if (EARLIER_CHANGE.test(rest) || EARLIER_ATTRIBUTE.test(rest)) continue;
    const said = f.subject;
    const bare = said.replace(EARLIER_TIME_WORDS, "");
    const [before, next] = [facts[k - 1], facts[k + 1]];
    // 68件,比2022年的56件: the base of a comparison is the figure before it, in that year
    // and so is a clause that gives only that year's level (上年同期为56件, (2022年为51件))
    const opening = clause.slice(0, last.index).trim();
    const base =
      before?.unit === f.unit && (COMPARED_WITH.test(opening) || (opening === "" && LEVEL_ONLY.test(rest)));
    f.subject = (base ? before.subject : bare.length >= 2 ? bare : said) + EARLIER_YEAR_NAME(named);
    out.push(f);
    // 68件,比上年的56件增加12件: the change after it is this year's figure's, from that year
    // (a rate's change in points: 比2022年的7.9%下降4.3个百分点)
    const changeUnit = next && (next.unit === f.unit || next.unit === RATE_CHANGE_UNIT[f.unit]);
    if (before && next && changeUnit && before.unit === f.unit && next.subject.startsWith(said)) {
      const change = next.subject.slice(said.length);
      if (CHANGE_WORD.test(change))
        next.subject = `${before.subject}较${named ? `${named}年` : "上年"}${change}`;
    }
  }
  return out;
}

/** Whether a table's number is read: not in noise, not among next year's plans. */
const readable = (start: number, end: number, noise: Noise[], targetsFrom: number | null) =>
  !within(noise, start, end) && (targetsFrom === null || start < targetsFrom);

/**
 * The numbers of the text's tables: a number the prose reading found takes the table's subject
 * (its row and column say better what it counts); the others are added, in text order. Returns
 * each table fact's quantity (its label, and whether its column is the report's year).
 */
function addTableQuantities(
  text: string,
  norm: string,
  facts: Fact[],
  afters: string[],
  isRead: (start: number, end: number) => boolean,
): Map<Fact, TableQuantity> {
  const tabled = new Map<Fact, TableQuantity>();
  const table = tableQuantities(norm).filter((q) => isRead(q.start, q.end));
  if (table.length === 0) return tabled;
  const byStart = new Map(facts.map((f, k) => [f.start, k]));
  const added: Array<{ fact: Fact; after: string }> = [];
  for (const q of table) {
    let fact = facts[byStart.get(q.start) ?? -1];
    if (fact && fact.end <= q.end) fact.subject = q.subject;
    else if (fact && text.slice(fact.start, fact.end).includes("\t")) {
      // the prose reading took a unit from the next cell (6.8 | 万人次): the cell's reading holds
      Object.assign(fact, {
        quote: text.slice(q.start, q.end),
        end: q.end,
        value: q.value,
        unit: q.unit,
        approx: null,
        subject: q.subject,
      });
    } else if (overlapsAny(facts, q.start, q.end)) continue;
    else {
      const { start, end, value, unit, subject } = q;
      fact = {
        quote: text.slice(start, end),
        start,
        end,
        value,
        unit,
        approx: null,
        subject,
        indicator: null,
      };
      added.push({ fact, after: "" });
    }
    tabled.set(fact, q);
  }
  if (added.length === 0) return tabled;
  const all = facts.map((fact, k) => ({ fact, after: afters[k] })).concat(added);
  all.sort((a, b) => a.fact.start - b.fact.start);
  all.forEach(({ fact, after }, k) => {
    facts[k] = fact;
    afters[k] = after;
  });
  return tabled;
}

/** Whether a span overlaps a fact (facts in text order, apart): the last fact starting before
 *  its end, found by halving, is the only one that can. */
function overlapsAny(facts: Fact[], start: number, end: number): boolean {
  const before = countBefore(facts, end, byStart);
  return before > 0 && facts[before - 1].end > start;
}
