// Injected advertising (gambling, lotteries, betting, pornography) on hijacked pages.
// One pass over each line: the register model scores every character (advertising over
// official prose) and a two-state Viterbi cuts the line into official text and advertising
// runs; the vocabularies, Latin brand names, fixed formulas whose slot holds the run, the issuer's
// place before 人民政府 and `_`-joined keyword strings decide which runs are spam. A string found
// once is then marked wherever it recurs (title, body, footer).
import {
  EDGE_TRIM,
  ENUMERATION_END,
  ENUMERATION_JOIN,
  ISSUER_SLOT_AFTER,
  KEYWORD_SEPARATORS,
} from "../rules/spam.ts";
import { byStart, countBefore } from "../shared/sorted.ts";
import type { Finding, Noise, Span } from "../types.ts";
import type { Line } from "./lines.ts";
import { findRegions } from "./regions.ts";
import { registerOf, scoreRange } from "./register.ts";
import { repeatedInserts } from "./spam-inserts.ts";
import { type LatinToken, type LexiconHits, scanLexicon, type TermHit } from "./spam-lexicon.ts";
import {
  fillSlot,
  formulaSlotAt,
  holdsSlotWord,
  issuerSlotAfter,
  releaseSlotWords,
  type SlotHit,
} from "./spam-slots.ts";

export type SpamSignal = "ad" | "issuer" | "formula" | "keywords";

export interface SpamSpan extends Noise {
  signal: SpamSignal;
}

export interface SpamResult {
  spans: Noise[];
  /** every spam span with the kind of evidence it stands on */
  evidence: SpamSpan[];
  findings: Finding[];
}

const SWITCH_COST = 5; // log-odds paid to enter (and again to leave) an advertising run
const MASKED = -1; // official names, addresses, conversion debris: never part of a run
const AD_ONLY_FLOOR = 2; // characters of an advertising-only word read at least this strongly
const MIN_REPEAT = 3; // a found string this long is marked wherever it recurs
const MAX_COMPARED = 200; // distinct strings compared and searched again

/** Advertising runs of a line by Viterbi over two states (official prose scores 0). */
function advertisingRuns(scores: Float64Array, n: number, back: Uint8Array): Span[] {
  let official = 0;
  let advert = -Infinity;
  for (let i = 0; i < n; i++) {
    // back bit 1: official at i came from advert; bit 2: advert at i came from official
    const toOfficialFromAdvert = advert - SWITCH_COST > official;
    const toAdvertFromOfficial = official - SWITCH_COST > advert;
    const nextOfficial = toOfficialFromAdvert ? advert - SWITCH_COST : official;
    const nextAdvert = (toAdvertFromOfficial ? official - SWITCH_COST : advert) + scores[i];
    back[i] = (toOfficialFromAdvert ? 1 : 0) | (toAdvertFromOfficial ? 2 : 0);
    official = nextOfficial;
    advert = nextAdvert;
  }
  const runs: Span[] = [];
  let inAdvert = advert - SWITCH_COST > official;
  let end = n;
  for (let i = n - 1; i >= 0; i--) {
    if (inAdvert) {
      if (back[i] & 2) {
        runs.push({ start: i, end });
        inAdvert = false;
      }
    } else if (back[i] & 1) {
      inAdvert = true;
      end = i;
    }
  }
  return runs.reverse();
}

const LATIN_GLUE = /[A-Za-z0-9.-]/;
const LATIN_LETTER = /[A-Za-z]/;

/** A run cut inside a brand name (kai|yun, xx|.vip) takes the whole word: the model reads
 * Latin letters by class, so the cut between two of them means nothing. */
function wholeLatinWords(norm: string, span: Span, from: number, to: number): Span {
  let { start, end } = span;
  while (start > from && LATIN_GLUE.test(norm[start - 1]) && LATIN_GLUE.test(norm[start] ?? "")) start--;
  if (start > from && LATIN_LETTER.test(norm[start - 1] ?? "")) start--;
  while (start > from && LATIN_GLUE.test(norm[start - 1])) start--;
  let k = end;
  while (k < to && LATIN_GLUE.test(norm[k])) k++;
  if (k > end && LATIN_LETTER.test(norm.slice(end, k))) end = k;
  return { start, end };
}

function trimEdges(norm: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && EDGE_TRIM.includes(norm[start])) start++;
  while (end > start && EDGE_TRIM.includes(norm[end - 1])) end--;
  return { start, end };
}

interface Candidate extends Span {
  score: number;
  slot: SlotHit | null;
  signal: SpamSignal;
}

const inside = (outer: Span, inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

const CLAUSE_REACH = 200;

function clauseAround(norm: string, span: Span): Span {
  let start = span.start;
  const from = Math.max(0, span.start - CLAUSE_REACH);
  while (start > from && !"。;!?\n".includes(norm[start - 1])) start--;
  let end = span.end;
  const to = Math.min(norm.length, span.end + CLAUSE_REACH);
  while (end < to && !"。;!?\n".includes(norm[end])) end++;
  return { start, end };
}

/** The items of a list sorted by start that lie inside `span` (binary search, then a walk). */
function itemsInside<T extends Span>(sorted: T[], span: Span): T[] {
  const out: T[] = [];
  for (let k = countBefore(sorted, span.start, byStart); k < sorted.length && sorted[k].start < span.end; k++)
    if (sorted[k].end <= span.end) out.push(sorted[k]);
  return out;
}

const HAN = /[\u4e00-\u9fff]/;
const LATIN_OR_SPACE = /[A-Za-z0-9. -]/;

/** A brand is written against the Chinese advertising words it sells (kaiyun网上娱乐,
 * KAIYUN APP官网, mk sports最新版): Latin words and spaces may stand between, nothing else. */
function gluedToAdWord(norm: string, token: Span, terms: TermHit[]): boolean {
  const chinese = terms.filter((t) => t.kind !== "enforcement" && t.kind !== "official" && HAN.test(t.word));
  let right = token.end;
  while (right < norm.length && LATIN_OR_SPACE.test(norm[right])) right++;
  let left = token.start;
  while (left > 0 && LATIN_OR_SPACE.test(norm[left - 1])) left--;
  return chinese.some((t) => t.start === right || t.end === left);
}

/** Is this run advertising? The register alone never decides: it needs a word, a brand, a
 * slot it fills or the shape of a keyword string. */
function judge(norm: string, run: Candidate, hits: LexiconHits): boolean {
  const length = run.end - run.start;
  if (length < 2) return false;
  const mean = run.score / length;
  const terms = itemsInside(hits.terms, run);
  const adOnly = terms.filter((t) => t.kind === "adOnly").length;
  const adWordList = terms.filter((t) => t.kind === "adWord").map((t) => t.word);
  const adWords = new Set(adWordList).size;
  const hanAdWords = new Set(adWordList.filter((w) => HAN.test(w))).size;
  const brand = itemsInside(hits.latin, run).some((t) => t.brand && gluedToAdWord(norm, t, terms));
  const text = norm.slice(run.start, run.end);
  const separators = [...text].filter((c) => KEYWORD_SEPARATORS.includes(c)).length;
  // official text writes these words too: about fighting gambling (打击网络赌博, 查处娱乐城),
  // or about its own apps (“浙里办”APP下载注册用户); there a string needs a brand or more
  const clause = clauseAround(norm, run);
  const official = itemsInside(hits.terms, clause).some(
    (t) => (t.kind === "enforcement" || t.kind === "official") && !inside(run, t),
  );
  if (official && !brand && adWords + adOnly < 3) return false;
  if (
    official &&
    !brand &&
    text.includes(ENUMERATION_JOIN) &&
    ENUMERATION_END.test(norm.slice(run.end, run.end + 3))
  )
    return false;
  // one item of a longer list (网站首页|政务公开|视频直播|APP下载) is a menu entry unless it
  // names gambling or a brand: a hijacker's keyword string is the whole list
  const listItem =
    KEYWORD_SEPARATORS.includes(norm[run.start - 1] ?? "") ||
    KEYWORD_SEPARATORS.includes(norm[run.end] ?? "");
  if (listItem && !brand && adOnly === 0) return false;
  if (adOnly >= 1 && run.score >= 4) return true;
  if (brand && (adWords >= 2 || adOnly >= 1) && run.score >= 6) return true;
  if (hanAdWords >= 3 && mean >= 1.5 && length >= 6) return true;
  if (run.slot && (adWords >= 1 || brand) && run.score >= 4) return true;
  if (separators >= 2 && mean >= 1.5 && adWords >= 1) return true;
  return false;
}

function signalOf(norm: string, span: Span, slot: SlotHit | null): SpamSignal {
  if (slot) return slot.kind;
  const text = norm.slice(span.start, span.end);
  if ([...text].filter((c) => KEYWORD_SEPARATORS.includes(c)).length >= 2) return "keywords";
  return "ad";
}

let scratch = new Float64Array(1024);
let backScratch = new Uint8Array(1024);

const NO_MARK = 0;
const MARK_MASKED = 1;
const MARK_AD_ONLY = 2;

/** Per character of the document: masked (official names, addresses, debris) or part of an
 * advertising-only word; built once, read line by line. */
function characterMarks(length: number, hits: LexiconHits, masked: Span[]): Uint8Array {
  const marks = new Uint8Array(length);
  for (const t of hits.terms) if (t.kind === "adOnly") marks.fill(MARK_AD_ONLY, t.start, t.end);
  for (const t of hits.terms) if (t.kind === "official") marks.fill(MARK_MASKED, t.start, t.end);
  for (const m of [...masked, ...hits.official]) marks.fill(MARK_MASKED, m.start, m.end);
  return marks;
}

const WINDOW_MARGIN = 16; // characters read around advertising words (a run must hold one;
// a run reaching the margin widens the window)

/** The stretches of a line worth reading: around its advertising words, merged when close. */
function windowsOf(line: Line, adTerms: TermHit[]): Span[] {
  const windows: Span[] = [];
  for (const t of adTerms) {
    const start = Math.max(line.start, t.start - WINDOW_MARGIN);
    const end = Math.min(line.end, t.end + WINDOW_MARGIN);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** Can any rule of `judge` accept a run here? Only common words (平台, 下载, 体育) with no brand,
 * no keyword separators and no slot around them can never make spam: skip the window. */
function worthReading(norm: string, window: Span, adTerms: TermHit[]): boolean {
  const terms = itemsInside(adTerms, window);
  if (terms.some((t) => t.kind === "adOnly")) return true;
  if (new Set(terms.filter((t) => HAN.test(t.word)).map((t) => t.word)).size >= 3) return true;
  const text = norm.slice(Math.max(0, window.start - 1), window.end + 12);
  return /[A-Za-z_|]/.test(text) || holdsSlotWord(text);
}

/** Advertising runs inside a window; a run that reaches the window's edge widens it. */
function windowRuns(
  norm: string,
  line: Line,
  window: Span,
  marks: Uint8Array,
): { window: Span; runs: Span[] } {
  for (;;) {
    const n = window.end - window.start;
    if (scratch.length < n) {
      scratch = new Float64Array(n * 2);
      backScratch = new Uint8Array(n * 2);
    }
    scoreRange(norm, window.start, window.end, scratch);
    for (let i = 0; i < n; i++) {
      const mark = marks[window.start + i];
      if (mark === NO_MARK) continue;
      scratch[i] = mark === MARK_MASKED ? MASKED : Math.max(scratch[i], AD_ONLY_FLOOR);
    }
    const runs = advertisingRuns(scratch, n, backScratch);
    const atStart = window.start > line.start && runs.some((r) => r.start === 0);
    const atEnd = window.end < line.end && runs.some((r) => r.end === n);
    if (!atStart && !atEnd) return { window, runs };
    window = {
      start: atStart ? Math.max(line.start, window.start - WINDOW_MARGIN) : window.start,
      end: atEnd ? Math.min(line.end, window.end + WINDOW_MARGIN) : window.end,
    };
  }
}

function lineCandidates(norm: string, line: Line, adTerms: TermHit[], marks: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const initial of windowsOf(line, adTerms)) {
    if (!worthReading(norm, initial, adTerms)) continue;
    const { window, runs } = windowRuns(norm, line, initial, marks);
    for (const run of runs) {
      const span = fillSlot(
        norm,
        trimEdges(
          norm,
          releaseSlotWords(
            norm,
            wholeLatinWords(
              norm,
              { start: window.start + run.start, end: window.start + run.end },
              line.start,
              line.end,
            ),
          ),
        ),
      );
      if (span.end - span.start < 2) continue;
      let score = 0;
      for (let i = span.start; i < span.end; i++)
        score += i >= window.start && i < window.end ? scratch[i - window.start] : 0;
      const slot = formulaSlotAt(norm, span) ?? issuerSlotAfter(norm, span);
      out.push({ ...span, score, slot, signal: signalOf(norm, span, slot) });
    }
  }
  return out;
}

/** Does an official or enforcement word stand in [from, to)? Then the text there is the report's. */
const officialWithin = (terms: TermHit[], from: number, to: number) =>
  terms.some((t) => (t.kind === "official" || t.kind === "enforcement") && t.start < to && t.end > from);

const SENTENCE_END = "。;!?；！？";
const CLAUSE_GAP = ",，、: \t";

/** The register (mean log-odds, advertising above 0) a sentence's rest must read at least to go
 * with the advertisement before it: official clauses read below it (审结91件 −1.8, 开展执法检查120次
 * −2.3), a loan's terms above (利息低至0.3%，额度最高50万元 −0.7). */
const AD_REST_REGISTER = -1.5;

/**
 * An advertisement written as a sentence of its own (无抵押贷款当天放款，利息低至0.3%，额度最高
 * 50万元): the register model knows gambling and pornography copy, not a loan's terms, so the
 * run stops at its last advertising word and the rest would be read as the report's figures.
 * A run that starts a paragraph (or one that starts a sentence, ends at a clause break and whose
 * sentence's rest holds an advertising word) takes the sentence to its end, and one that ends
 * its sentence takes it from its start, when what it would take reads no more official than a
 * loan's terms and holds no official words. An advertisement put before a report's own clause (…。开云体育官网，审结91件) takes nothing.
 */
function wholeAdSentence(norm: string, line: Line, run: Candidate, terms: TermHit[]): Candidate {
  if (run.slot || run.signal !== "ad") return run;
  const takes = (from: number, to: number, alone: boolean) =>
    !officialWithin(terms, from, to) &&
    (alone ||
      terms.some((t) => (t.kind === "adOnly" || t.kind === "adWord") && t.start >= from && t.end <= to)) &&
    registerOf(norm.slice(from, to)) >= AD_REST_REGISTER;
  let start = run.start;
  let end = run.end;
  const before = norm.slice(line.start, run.start);
  const trimmed = before.trimEnd();
  const startsSentence = trimmed === "" || SENTENCE_END.includes(trimmed[trimmed.length - 1]);
  const alone = before.trim() === "";
  if (startsSentence && (alone || CLAUSE_GAP.includes(norm[run.end] ?? ""))) {
    let to = run.end;
    const limit = Math.min(line.end, run.end + CLAUSE_REACH);
    while (to < limit && !SENTENCE_END.includes(norm[to])) to++;
    if ((to < limit || to === line.end) && takes(run.end, to, alone)) end = to;
  }
  const after = norm.slice(run.end, line.end);
  const rest = after.trimStart();
  const endsSentence = rest === "" || SENTENCE_END.includes(rest[0]);
  if (endsSentence && CLAUSE_GAP.includes(norm[run.start - 1] ?? "")) {
    let from = run.start;
    const limit = Math.max(line.start, run.start - CLAUSE_REACH);
    while (from > limit && !SENTENCE_END.includes(norm[from - 1])) from--;
    const paragraph =
      (from === line.start || /^[\s]*$/.test(norm.slice(line.start, from))) && after.trim().length <= 1;
    if ((from > limit || from === line.start) && takes(from, run.start, paragraph)) start = from;
  }
  if (start === run.start && end === run.end) return run;
  return { ...run, ...trimEdges(norm, { start, end }) };
}

/** How far a run's string may go on to the space (or line edge) that ends it. */
const TOKEN_REACH = 8;
const TITLE_SEPARATORS = "-_|";
const BEFORE_TOKEN = /[\s【\-_|]/;
const AFTER_TOKEN = /[\s】]/;

/**
 * A hijacker's string stands between spaces or a page title's separators (易胜博体育官网-永城市…,
 * 九游会J9真人游戏第一品牌 全市开展…), while the model may stop short inside it (its brand is
 * unknown) or run past a separator into the place's name. A run is cut where a separator is
 * followed by a division's name, and goes on to the space or line edge that ends its string
 * when that is near and nothing official or numeric stands between.
 */
function wholeToken(norm: string, line: Line, run: Candidate, terms: TermHit[]): Candidate {
  if (run.slot) return run;
  let { start, end } = run;
  for (let k = start + 1; k < end; k++)
    if (TITLE_SEPARATORS.includes(norm[k]) && findRegions(norm, k + 1, line.end)[0]?.start === k + 1) {
      end = k;
      break;
    }
  const plain = (from: number, to: number) =>
    !/\d/.test(norm.slice(from, to)) && !officialWithin(terms, from, to);
  let to = end;
  while (
    to < line.end &&
    to - end < TOKEN_REACH &&
    !AFTER_TOKEN.test(norm[to]) &&
    !EDGE_TRIM.includes(norm[to])
  )
    to++;
  if (to > end && (to === line.end || AFTER_TOKEN.test(norm[to])) && plain(end, to)) end = to;
  let from = start;
  while (
    from > line.start &&
    start - from < TOKEN_REACH &&
    !BEFORE_TOKEN.test(norm[from - 1]) &&
    !EDGE_TRIM.includes(norm[from - 1])
  )
    from--;
  if (from < start && (from === line.start || BEFORE_TOKEN.test(norm[from - 1])) && plain(from, start))
    start = from;
  if (start === run.start && end === run.end) return run;
  return { ...run, ...trimEdges(norm, { start, end }) };
}

/** Where an issuer's name begins: a line's start, or after a separator or sentence end. */
const SLOT_START = /[\s\-_|:：。,，]/;
const SLOT_MAX = 12;

/**
 * Advertising standing where the issuer's place belongs (太阳城集团娱乐人民政府关于…): no run
 * forms there when the brand is short and the words around it (集团, 娱乐) read official, but a
 * government is named after a place — a name there that is none and holds an advertising-only
 * word, or two advertising words, is an insert.
 */
function issuerSlotFillers(norm: string, line: Line, terms: TermHit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const after of ISSUER_SLOT_AFTER) {
    for (let at = line.text.indexOf(after); at >= 0; at = line.text.indexOf(after, at + after.length)) {
      const end = line.start + at;
      let start = end;
      while (start > line.start && end - start < SLOT_MAX && !SLOT_START.test(norm[start - 1])) start--;
      if (end - start < 2 || (start > line.start && !SLOT_START.test(norm[start - 1]))) continue;
      const inSlot = terms.filter((t) => t.start >= start && t.end <= end);
      if (officialWithin(inSlot, start, end)) continue;
      const adOnly = inSlot.some((t) => t.kind === "adOnly");
      const adWords = new Set(
        inSlot.filter((t) => t.kind === "adWord" && HAN.test(t.word)).map((t) => t.word),
      );
      if (!adOnly && adWords.size < 2) continue;
      // a place's own government (…县人民政府) is no insert
      if (findRegions(norm, start, end).some((m) => m.end === end)) continue;
      out.push({ start, end, score: 0, slot: { kind: "issuer", expected: "地名", after }, signal: "issuer" });
    }
  }
  return out;
}

/** Where runs of the same string were cut a character wider in one place (以足彩app… vs
 * 足彩app…), keep the string they share. */
function sharedCores(norm: string, found: Candidate[]): Candidate[] {
  const texts = found.map((c) => norm.slice(c.start, c.end));
  return found.map((c, k) => {
    let best = c;
    for (const [j, other] of texts.entries()) {
      if (j === k || other.length >= texts[k].length || texts[k].length - other.length > 2) continue;
      const at = texts[k].indexOf(other);
      if (at >= 0 && other.length >= MIN_REPEAT && other.length < best.end - best.start)
        best = { ...c, start: c.start + at, end: c.start + at + other.length };
    }
    return best;
  });
}

/** One mark per character the spans cover, for telling in one step whether a place is taken. */
function coverage(length: number, spans: readonly Span[]): Uint8Array {
  const marks = new Uint8Array(length);
  for (const s of spans) marks.fill(1, s.start, s.end);
  return marks;
}

export function detectSpam(norm: string, lines: Line[], masked: Span[] = []): SpamResult {
  const hits = scanLexicon(norm);
  const marks = characterMarks(norm.length, hits, masked);
  const found: Candidate[] = [];
  let termAt = 0;
  let latinAt = 0;
  for (const line of lines) {
    while (termAt < hits.terms.length && hits.terms[termAt].start < line.start) termAt++;
    while (latinAt < hits.latin.length && hits.latin[latinAt].start < line.start) latinAt++;
    const terms: TermHit[] = [];
    for (let k = termAt; k < hits.terms.length && hits.terms[k].start < line.end; k++)
      terms.push(hits.terms[k]);
    // every rule below needs an advertising word: only the stretches around them are read
    const adTerms = terms.filter((t) => t.kind === "adWord" || t.kind === "adOnly");
    if (adTerms.length === 0) continue;
    const latin: LatinToken[] = [];
    for (let k = latinAt; k < hits.latin.length && hits.latin[k].start < line.end; k++)
      latin.push(hits.latin[k]);
    const lineHits = { terms, latin, official: hits.official };
    const before = found.length;
    for (const candidate of lineCandidates(norm, line, adTerms, marks)) {
      if (judge(norm, candidate, lineHits))
        found.push(wholeAdSentence(norm, line, wholeToken(norm, line, candidate, terms), terms));
    }
    for (const filler of issuerSlotFillers(norm, line, terms))
      if (!found.slice(before).some((f) => f.start < filler.end && f.end > filler.start)) found.push(filler);
  }
  // a site's name repeated inside the words, with no advertising word to find it by
  // (what is found so far marked once: a page can hold thousands of both)
  const inserts = repeatedInserts(norm);
  if (inserts.length > 0) {
    const taken = coverage(norm.length, found);
    for (const span of inserts)
      if (!taken.subarray(span.start, span.end).includes(1)) {
        found.push({ ...span, score: 0, slot: null, signal: "ad" });
        taken.fill(1, span.start, span.end);
      }
  }
  found.sort((a, b) => a.start - b.start);
  // both steps compare strings with each other: bounded, so a page stuffed with thousands of
  // different strings stays linear (each is still found where it stands)
  const accepted = found.length <= MAX_COMPARED ? sharedCores(norm, found) : found;
  // every recurrence of a found string, wherever it stands
  const marked: Candidate[] = [...accepted];
  // a clean document (most of them) finds nothing: no marks to allocate
  if (accepted.length > 0) {
    const covered = coverage(norm.length, accepted);
    for (const text of [...new Set(accepted.map((c) => norm.slice(c.start, c.end)))].slice(0, MAX_COMPARED)) {
      if (text.length < MIN_REPEAT) continue;
      for (let k = norm.indexOf(text); k >= 0; k = norm.indexOf(text, k + text.length)) {
        const span = { start: k, end: k + text.length };
        if (covered.subarray(k, k + text.length).includes(1)) continue;
        covered.fill(1, k, k + text.length);
        const slot = formulaSlotAt(norm, span) ?? issuerSlotAfter(norm, span);
        marked.push({ ...span, score: 0, slot, signal: signalOf(norm, span, slot) });
      }
    }
  }
  marked.sort((a, b) => a.start - b.start || b.end - a.end);
  const evidence: SpamSpan[] = [];
  for (const m of marked) {
    const last = evidence[evidence.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else evidence.push({ start: m.start, end: m.end, kind: "spam", signal: m.signal });
  }
  const spans: Noise[] = evidence.map(({ start, end }) => ({ start, end, kind: "spam" }));
  return { spans, evidence, findings: spamFindings(norm, marked) };
}

/** One finding per tampered formula, one per distinct advertising string (with its count). */
function spamFindings(norm: string, marked: Candidate[]): Finding[] {
  const findings: Finding[] = [];
  for (const m of marked) {
    if (m.slot?.kind !== "formula") continue;
    const insert = norm.slice(m.start, m.end);
    findings.push({
      rule: "review:tampered-formula",
      severity: "error",
      message: `固定表述被篡改:「${m.slot.after}」前应为「${m.slot.expected}」,此处为「${insert}」`,
      start: m.start,
      end: m.end + m.slot.after.length,
    });
  }
  const byText = new Map<string, Candidate[]>();
  for (const m of marked) {
    const text = norm.slice(m.start, m.end);
    const places = byText.get(text);
    if (places) places.push(m);
    else byText.set(text, [m]);
  }
  for (const [text, places] of byText) {
    const first = places[0];
    const count = places.length > 1 ? `(共 ${places.length} 处)` : "";
    findings.push({
      rule: "review:spam",
      severity: "error",
      message: `疑似被植入的广告文字:「${text}」${count}`,
      start: first.start,
      end: first.end,
    });
  }
  return findings.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}
