// Injected advertising: gambling strings that replaced a leader's or a city's name.
// Two kinds of evidence: a fixed formula whose name slot holds something else
// ("以___新时代中国特色社会主义思想为指导"), and gambling vocabulary. A string found once is
// then marked wherever else it occurs (the page title, other formulas).
import { AD_PHRASES, FIXED_FORMULAS, GAMBLING_TERMS, GAP_LEFT_BOUNDARY } from "../rules/spam.ts";
import { alternation } from "../shared/regex.ts";
import type { Finding, Noise, Span } from "../types.ts";

export interface SpamResult {
  spans: Noise[];
  findings: Finding[];
}

const MAX_GAP = 40;
const FORMULAS = FIXED_FORMULAS.map((f) => ({ ...f, pattern: new RegExp(alternation(f.followedBy), "g") }));
const lower = (s: string) => s.toLowerCase();
const GAMBLING_LOWER = GAMBLING_TERMS.map(lower);
// one pass over the text for every term
const GAMBLING_RE = new RegExp(alternation(GAMBLING_TERMS), "gi");
const AD_LOWER = AD_PHRASES.map(lower);

const hasGamblingTerm = (s: string) => {
  const l = lower(s);
  return GAMBLING_LOWER.some((t) => l.includes(t));
};
const looksLikeAd = (s: string) =>
  hasGamblingTerm(s) || (/[a-z]{2,}/i.test(s) && AD_LOWER.some((t) => lower(s).includes(t)));

function commonSuffix(strings: string[]): string {
  if (strings.length === 0) return "";
  let k = 0;
  const min = Math.min(...strings.map((s) => s.length));
  while (k < min && strings.every((s) => s[s.length - 1 - k] === strings[0][strings[0].length - 1 - k])) k++;
  return strings[0].slice(strings[0].length - k);
}

/** Drop sentence characters a shared suffix may have caught on its left (以, 和 …). */
function trimLeft(s: string): string {
  let i = 0;
  while (i < s.length - 1 && GAP_LEFT_BOUNDARY.includes(s[i])) i++;
  return s.slice(i);
}

interface Gap {
  at: number; // where the formula's fixed part begins
  before: string; // up to MAX_GAP characters before it, on the same line
  expected: string;
  suffix: string;
}

function formulaGaps(norm: string): Gap[] {
  const gaps: Gap[] = [];
  for (const formula of FORMULAS) {
    for (const m of norm.matchAll(formula.pattern)) {
      const at = m.index ?? 0;
      if (norm.startsWith(formula.expected, at - formula.expected.length)) continue;
      const lineStart = norm.lastIndexOf("\n", at - 1) + 1;
      const before = norm.slice(Math.max(lineStart, at - MAX_GAP), at);
      if (!looksLikeAd(before)) continue; // 新时代中国特色社会主义思想 may stand alone
      gaps.push({ at, before, expected: formula.expected, suffix: m[0] });
    }
  }
  return gaps;
}

/** Extend a gambling term found alone to the advertising string around it. */
function extendAd(norm: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s > 0 && /[A-Za-z0-9]/.test(norm[s - 1])) s--;
  for (let grew = true; grew; ) {
    grew = false;
    while (e < norm.length && /[A-Za-z0-9]/.test(norm[e])) {
      e++;
      grew = true;
    }
    for (const phrase of AD_PHRASES) {
      if (norm.startsWith(phrase, e)) {
        e += phrase.length;
        grew = true;
        break;
      }
    }
  }
  return { start: s, end: e };
}

export function detectSpam(norm: string): SpamResult {
  const gaps = formulaGaps(norm);
  const inserts = new Set<string>();
  if (gaps.length >= 2) {
    const shared = trimLeft(commonSuffix(gaps.map((g) => g.before)));
    if (shared.length >= 2 && looksLikeAd(shared)) inserts.add(shared);
  }
  for (const gap of gaps) {
    if ([...inserts].some((s) => gap.before.endsWith(s))) continue;
    // a single gap: from the first advertising word in it up to the formula
    const l = lower(gap.before);
    let first = -1;
    for (const t of [...GAMBLING_LOWER, ...AD_LOWER]) {
      const k = l.indexOf(t);
      if (k >= 0 && (first < 0 || k < first)) first = k;
    }
    if (first >= 0) {
      let s = first;
      while (s > 0 && /[A-Za-z0-9]/.test(gap.before[s - 1])) s--;
      inserts.add(gap.before.slice(s));
    }
  }
  const marked: Span[] = [];
  for (const insert of inserts) {
    for (let k = norm.indexOf(insert); k >= 0; k = norm.indexOf(insert, k + insert.length)) {
      marked.push({ start: k, end: k + insert.length });
    }
  }
  // gambling vocabulary elsewhere
  for (const m of norm.matchAll(GAMBLING_RE)) {
    const k = m.index ?? 0;
    const end = k + m[0].length;
    if (marked.some((x) => k < x.end && end > x.start)) continue;
    // law-enforcement reports name gambling too (打击网络赌博, 查处赌场): a term alone is an
    // advertisement only with advertising copy around it (官网, 注册送, app, 哪个是正规的)
    const ad = extendAd(norm, k, end);
    const around = norm.slice(ad.start, ad.end);
    if (/[A-Za-z]/.test(around) || AD_PHRASES.some((p) => around.slice(end - ad.start).includes(p)))
      marked.push(ad);
  }
  marked.sort((a, b) => a.start - b.start);
  const spans: Noise[] = [];
  for (const m of marked) {
    const last = spans[spans.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else spans.push({ start: m.start, end: m.end, kind: "spam" });
  }
  const findings: Finding[] = [];
  for (const gap of gaps) {
    const insert = [...inserts].find((s) => gap.before.endsWith(s));
    if (!insert) continue;
    findings.push({
      rule: "review:tampered-formula",
      severity: "error",
      message: `固定表述被篡改:「${gap.suffix}」前应为「${gap.expected}」,此处为「${insert}」`,
      start: gap.at - insert.length,
      end: gap.at + gap.suffix.length,
    });
  }
  for (const span of spans) {
    if (findings.some((f) => f.start !== undefined && f.start <= span.start && (f.end ?? 0) >= span.end))
      continue;
    findings.push({
      rule: "review:spam",
      severity: "error",
      message: `疑似被植入的广告文字:「${norm.slice(span.start, span.end)}」`,
      start: span.start,
      end: span.end,
    });
  }
  return { spans, findings };
}
