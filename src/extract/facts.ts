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
  TARGET_MARKERS,
} from "../rules/exclusions.ts";
import {
  APPROX_AFTER,
  APPROX_BEFORE,
  COUNT_UNITS,
  MEASURE_UNITS,
  PLACE_UNITS,
  UNIT_BLOCKERS,
} from "../rules/units.ts";
import { alternation } from "../shared/regex.ts";
import type { Fact, Noise, Span } from "../types.ts";
import { classifyIndicator } from "./indicators.ts";
import { type NumberToken, scanNumbers } from "./numbers.ts";
import { pairRespectively } from "./respectively.ts";
import { SentenceCursor } from "./sentences.ts";
import { deriveSubject, initialSubjectState } from "./subject.ts";
import { charIn, charSet } from "../shared/chars.ts";

export interface FactContext {
  text: string;
  norm: string;
  noise: Noise[];
  /** spans of heading markers ("1.", "(一)"), which are never quantities */
  markers: Span[];
  /** from here on the document states plans (targets), not results */
  targetsFrom: number | null;
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
  // binary search for the last span starting at or before `start`, then look back over
  // the few that could still enclose it
  let lo = 0;
  let hi = spans.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= start) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let k = last; k >= 0 && k > last - 8; k--) if (spans[k].end >= end) return true;
  return false;
}

interface UnitMatch {
  unit: string;
  end: number;
}

function matchUnit(norm: string, token: NumberToken): UnitMatch | null {
  if (token.kind === "percent") return { unit: "%", end: token.end };
  if (token.kind === "permille") return { unit: "‰", end: token.end };
  if (token.kind === "points") return { unit: "个百分点", end: token.end };
  if (token.kind === "permyriad") return { unit: "‱", end: token.end };
  let at = token.end;
  // qualifiers between number and unit: 10余场, 2.2万余件
  for (const q of ["余", "多"]) if (norm.startsWith(q, at)) at += q.length;
  while (norm[at] === " ") at++;
  for (const unit of UNITS_BY_FIRST.get(norm[at]) ?? []) {
    if (!norm.startsWith(unit, at)) continue;
    const after = at + unit.length;
    const blockers = UNIT_BLOCKERS[unit];
    if (blockers?.some((b) => norm.startsWith(b, after))) return null;
    return { unit, end: after };
  }
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

function precededByOrdinal(norm: string, start: number): boolean {
  const before = norm.slice(Math.max(0, start - 4), start);
  if (NOT_ORDINAL.some((w) => before.endsWith(w))) return false;
  return ORDINAL_BEFORE.some((w) => before.endsWith(w));
}

const CLAUSE_ENDS = charSet(",;。:!?\n");

function clauseBefore(norm: string, start: number): string {
  let k = start;
  while (k > 0 && !charIn(CLAUSE_ENDS, norm, k - 1) && start - k < 40) k--;
  return norm.slice(k, start);
}

/** 十届十次全会, 十七届人大三次会议: the number of a session within a term, not a count. */
function namesSession(norm: string, start: number, unit: UnitMatch): boolean {
  if (unit.unit !== "次" || !SESSION_AFTER.some((w) => norm.startsWith(w, unit.end))) return false;
  return norm.slice(Math.max(0, start - 8), start).includes(SESSION_TERM);
}

/** A Chinese numeral (两部, 七期) passes only when it plainly counts things. */
function chineseNumeralCounts(norm: string, token: NumberToken, unitEnd: number): boolean {
  if (token.value < 2 && !token.scaled) return false;
  return !CONCEPT_AFTER.some((w) => norm.startsWith(w, unitEnd));
}

export function extractFacts(ctx: FactContext): Fact[] {
  const { text, norm, noise, markers, targetsFrom } = ctx;
  const protectedZones = protectedSpans(norm);
  const noiseZones = noise.filter((n) => n.kind !== "garbage");
  const facts: Fact[] = [];
  // the words after each fact's unit, for its indicator
  const afters: string[] = [];
  let state = initialSubjectState();
  for (const token of scanNumbers(norm, { countableBefore: COUNTABLE_AFTER_DIGIT })) {
    if (token.value < 0) continue;
    const unit = matchUnit(norm, token);
    if (!unit) continue;
    if (within(noiseZones, token.start, unit.end) || within(markers, token.start, token.start + 1)) continue;
    if (within(protectedZones, token.start, unit.end)) continue;
    if (/[+×*＋]/.test(norm[token.start - 1] ?? "") || /[+×*＋]/.test(norm[unit.end] ?? "")) continue;
    if (norm[token.start - 1] === "-" || norm[token.start - 1] === "—" || norm[token.start - 1] === "~")
      continue;
    // the approximation written before the number: 近1.75亿元, 突破8000项
    let start = token.start;
    let approx: string | null = token.innerApprox;
    for (const q of APPROX_BEFORE) {
      if (norm.startsWith(q, token.start - q.length)) {
        start = token.start - q.length;
        approx = text.slice(start, token.start);
        break;
      }
    }
    if (precededByOrdinal(norm, start) || namesSession(norm, start, unit)) continue;
    if (
      token.chinese &&
      !/\d/.test(norm.slice(token.start, token.end)) &&
      !chineseNumeralCounts(norm, token, unit.end)
    )
      continue;
    let end = unit.end;
    const between = norm.slice(token.end, unit.end);
    if (approx === null && /^(余|多)/.test(between)) approx = text.slice(token.end, token.end + 1);
    for (const q of APPROX_AFTER) {
      if (q === "余" || q === "多") continue;
      if (norm.startsWith(q, end)) {
        approx = approx ?? q;
        end += q.length;
        break;
      }
    }
    if (targetsFrom !== null && start >= targetsFrom) continue;
    const clause = clauseBefore(norm, start);
    const plainClause = clause.replace(/《[^》]*》/g, "").replace(NOT_TARGETS_RE, "");
    if (TARGET_MARKERS.some((m) => plainClause.includes(m))) continue;
    // the recogniser has already applied 万/亿: 3649.41万元 is 36494100 元
    const value = token.value;
    const unitName = unit.unit;
    const derived = deriveSubject(norm, { start, end: unit.end }, unitName, state);
    const fact: Fact = {
      quote: text.slice(start, end),
      start,
      end,
      value,
      unit: unitName,
      approx,
      subject: derived.subject,
      indicator: null,
    };
    facts.push(fact);
    afters.push(derived.after);
    state = { ...derived.state, previous: fact };
  }
  pairRespectively(norm, facts);
  const sentences = new SentenceCursor(norm);
  facts.forEach((f, k) => {
    f.indicator = classifyIndicator({
      subject: f.subject,
      after: afters[k],
      ...sentences.at(f.start),
      unit: f.unit,
    });
  });
  return facts;
}
