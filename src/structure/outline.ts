// Headings by the levels of GB/T 9704: 一、=1, (一)=2, 1.=3, (1)=4; inline 一是/二是 sit one
// level below the heading they belong to. Headings whose numeral was lost ("、坚持…", or a
// bare line before a restarted "(一)") are recovered from sequence and form. Headings run
// into a line whose breaks were lost ("…法治保障。一、坚持党的领导(一)强化…") are found at
// sentence ends or in sequence with their siblings, and marked `inline`.
// One pass over the lines; inside a line one search for marker starts; every look-around is
// bounded, so the work is linear in the size of the document.
import {
  BODY_OPENER,
  ENUMERATION,
  LEAD_IN_MAX,
  MARKER_FAMILIES,
  MARKER_START,
  type MarkerFamily,
  NUMBER_BEFORE,
  SENTENCE_BOUNDARY,
  SIBLING_WINDOW,
  CLAUSE_MAX,
  DOCUMENT_TITLE_END,
  INDENT,
  TITLE_MAX,
  TITLE_MIN,
} from "../rules/outline.ts";
import type { Heading, Span } from "../types.ts";
import { contentStart, type Line } from "./lines.ts";
import { charIn, charSet } from "../shared/chars.ts";
import { tableLineKinds } from "./table-lines.ts";

export interface OutlineItem extends Omit<Heading, "inline"> {
  /** end of the title */
  end: number;
  /** the marker stands inside its line, not at its start */
  inline: boolean;
  /** an inline enumeration item (一是, 二是) rather than a numbered heading */
  enumeration: boolean;
}

const CN_DIGITS = "一二三四五六七八九";

export function chineseToInt(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === "") return null;
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS.indexOf(m[1]) + 1 : null;
  return (m[1] ? CN_DIGITS.indexOf(m[1]) + 1 : 1) * 10 + (m[3] ? CN_DIGITS.indexOf(m[3]) + 1 : 0);
}

export function intToChinese(n: number): string {
  if (n <= 0 || n > 99) return String(n);
  if (n < 10) return CN_DIGITS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? CN_DIGITS[tens - 1] : ""}十${ones ? CN_DIGITS[ones - 1] : ""}`;
}

/** The marker of the next sibling, as it would be written. */
function siblingMarker(family: MarkerFamily | "enumeration", n: number): string[] {
  if (family === "enumeration") return [`${intToChinese(n)}是`];
  const numeral = family.digits ? String(n) : intToChinese(n);
  if (family.level === 1) return [`${numeral}、`];
  if (family.level === 3) return [`${numeral}.`, `${numeral}、`];
  return [`(${numeral})`];
}

/** The next sibling of the candidate at `at` follows in its line (an enumeration's at a sentence end). */
function siblingFollows(norm: string, c: Candidate, at: number, lineEnd: number): boolean {
  const window = norm.slice(c.titleStart, Math.min(lineEnd, at + SIBLING_WINDOW));
  const siblings = siblingMarker(c.family, c.n + 1);
  if (c.family !== "enumeration") return siblings.some((s) => window.includes(s));
  return siblings.some((s) => [...SENTENCE_BOUNDARY].some((b) => window.includes(b + s)));
}

interface Candidate {
  family: MarkerFamily | "enumeration";
  n: number;
  start: number;
  titleStart: number;
}

function candidateAt(norm: string, at: number): Candidate | null {
  for (const family of MARKER_FAMILIES) {
    family.re.lastIndex = at;
    const m = family.re.exec(norm);
    if (!m) continue;
    const n = chineseToInt(m[1]);
    if (n !== null) return { family, n, start: at, titleStart: at + m[0].length };
  }
  ENUMERATION.lastIndex = at;
  const m = ENUMERATION.exec(norm);
  const n = m ? chineseToInt(m[1]) : null;
  return m && n !== null ? { family: "enumeration", n, start: at, titleStart: at + m[0].length } : null;
}

const SKIPPED_BEFORE = charSet(" \u00a0\u3000\t?");
/** The character before `at`, over spaces and stray "?", or "" at the line start. */
function charBefore(norm: string, at: number, lineStart: number): string {
  let k = at - 1;
  while (k >= lineStart && charIn(SKIPPED_BEFORE, norm, k)) k--;
  return k >= lineStart ? norm[k] : "";
}

/** MARKER_START tried at one position, and the characters it can start with */
const MARKER_AT = new RegExp(MARKER_START.source, "y");
const MARKER_FIRST = charSet("一二三四五六七八九十(0123456789、");
// the runs MARKER_START's numbered markers are read from, and the marks that close them
const LIST_COMMA = 0x3001; // 、
const ASCII_DIGIT = charSet("0123456789");
const MARKER_NUMERAL = charSet("一二三四五六七八九十");
const DIGIT_CLOSE = charSet(".、");
const NUMERAL_CLOSE = charSet("、.是");
const LEAD_IN_STOPS = charSet("。;!?");
const TITLE_STOPS = charSet("。");
const ITEM_STOPS = charSet("。;");

/** Where the sentence holding `at` begins, when it begins at most LEAD_IN_MAX before. */
function leadInStart(norm: string, at: number, from: number): number | null {
  for (let k = at - 1; k >= from && at - k <= LEAD_IN_MAX + 1; k--)
    if (charIn(LEAD_IN_STOPS, norm, k)) return k + 1;
  return at - from <= LEAD_IN_MAX ? from : null;
}

const skipSpaces = (norm: string, at: number) => {
  while (norm[at] === " ") at++;
  return at;
};

/** What a title starts with: a word, a quotation, a 《title》 or a year ("一、2023年主要举措") */
const isHeadingLike = (norm: string, at: number) =>
  /^(?:[\u4e00-\u9fff“"《]|\d{4}年)/.test(norm.slice(at, at + 5)) &&
  !"一二三四五六七八九十".includes(norm[at]);

/**
 * The sentence ends before `at`: a stop, or a parenthesis closed after one — a plan's
 * responsibility clause ("…。(市编办牵头)2.推行…").
 */
function afterSentence(norm: string, at: number, lineStart: number): boolean {
  const before = charBefore(norm, at, lineStart);
  if (before === "" || SENTENCE_BOUNDARY.includes(before)) return true;
  if (before !== ")") return false;
  const close = norm.lastIndexOf(")", at - 1);
  for (let k = close - 1; k >= lineStart && close - k <= CLAUSE_MAX; k--) {
    if (norm[k] === ")") return false;
    if (norm[k] === "(") return SENTENCE_BOUNDARY.includes(charBefore(norm, k, lineStart));
  }
  return false;
}

/** The first of `stops` in [from, limit), or -1. Bounded: never reads past `limit`. */
function firstOf(norm: string, stops: Uint8Array, from: number, limit: number): number {
  for (let k = from; k < limit; k++) if (stops[norm.charCodeAt(k)] === 1) return k;
  return -1;
}

/**
 * Where the title starting at `from` ends: at its 。 (an enumeration item also at ;), at
 * `limit` (the next heading or the line end), or — when that runs longer than a heading can
 * — where the body's first sentence opens, else at the first comma.
 */
function titleEnd(norm: string, from: number, limit: number, runIn: boolean, enumeration: boolean): number {
  const stop = firstOf(norm, enumeration ? ITEM_STOPS : TITLE_STOPS, from, limit);
  let end = stop;
  if (stop < 0) for (end = limit; end > from && /\s/.test(norm[end - 1]); ) end--;
  if (runIn && !enumeration) {
    // the indentation of a lost line break ends the phrase: "…履行政府职能  目标:…"
    const indent = norm.slice(from, end).search(INDENT);
    if (indent > 0) return from + indent;
  }
  if (end - from <= TITLE_MAX) return end;
  if (enumeration && stop < 0) return end;
  if (!enumeration && !runIn) return end;
  if (!enumeration) {
    const window = norm.slice(from + TITLE_MIN, Math.min(end, from + TITLE_MAX + TITLE_MIN));
    const opener = BODY_OPENER.exec(window);
    if (opener) return from + TITLE_MIN + opener.index;
  }
  const comma = norm.slice(from, end).search(/[,;]/);
  return comma > 0 ? from + comma : end;
}

/** The first match of MARKER_START at or after `from`, or null. The characters a marker can start
 *  with pass through a table; a list's 、 (most of them) is a marker of its own, and a run of
 *  digits (numerals) is one only by its last three before the closing mark (\d{1,3}[.、],
 *  [一…十]{1,3}[、.是]) — no other marker starts inside it — so a number is read once, not tried
 *  from each of its digits; the pattern is tried at the rest (an opening bracket). */
export function markerFrom(norm: string, from: number): Span | null {
  for (let at = from; at < norm.length; at++) {
    const c = norm.charCodeAt(at);
    if (MARKER_FIRST[c] !== 1) continue;
    if (c === LIST_COMMA) return { start: at, end: at + 1 };
    const run = c <= 0x39 ? ASCII_DIGIT : MARKER_NUMERAL;
    if (run[c] === 1) {
      let end = at + 1;
      while (run[norm.charCodeAt(end)] === 1) end++;
      if ((run === ASCII_DIGIT ? DIGIT_CLOSE : NUMERAL_CLOSE)[norm.charCodeAt(end)] === 1) {
        const start = Math.max(at, end - 3);
        return { start, end: end + 1 };
      }
      at = end - 1;
      continue;
    }
    MARKER_AT.lastIndex = at;
    const m = MARKER_AT.exec(norm);
    if (m) return { start: at, end: at + m[0].length };
  }
  return null;
}

interface Pending extends Omit<OutlineItem, "title" | "end"> {
  titleStart: number;
  runIn: boolean;
}

/** Headings among the body lines (neither blank nor noise). */
export function detectOutline(text: string, norm: string, body: Line[]): OutlineItem[] {
  const out: OutlineItem[] = [];
  /** the last number of each level's family (index = level) */
  const counts = [0, 0, 0, 0, 0];
  /** a family may restart at 1 under a new parent — or continue its count (a plan's (1)…(121)) */
  const restart = [true, true, true, true, true];
  let context = 0; // level of the last numbered heading, for inline 一是
  const numbered = (level: number, n: number) => {
    counts[level] = n;
    restart[level] = false;
    for (let k = level + 1; k < counts.length; k++) restart[k] = true;
    context = level;
  };
  const inSequence = (level: number, n: number) => n === counts[level] + 1 || (n === 1 && restart[level]);
  // The next marker start at or after a position. A search runs on past the line's end to the
  // next marker anywhere; the answer is kept, so lines without markers do not each search again
  // up to the same distant marker (which made sparse markers cost the square of the text).
  let searchedFrom = Number.POSITIVE_INFINITY;
  let foundAt = -1;
  let markerLength = 0;
  const nextMarker = (from: number): number => {
    if (searchedFrom <= from && (foundAt < 0 || foundAt >= from)) return foundAt;
    searchedFrom = from;
    const found = markerFrom(norm, from);
    foundAt = found?.start ?? -1;
    markerLength = found ? found.end - found.start : 0;
    return foundAt;
  };

  // the line being read: its content start and the headings found in it (the helpers below
  // are made once, not for every line)
  let start = 0;
  let items: Pending[] = [];
  const pending = (p: Omit<Pending, "inferred_marker" | "enumeration" | "inline"> & Partial<Pending>) =>
    items.push({
      level: p.level,
      marker: p.marker,
      inferred_marker: p.inferred_marker ?? p.marker,
      start: p.start,
      titleStart: p.titleStart,
      runIn: p.runIn,
      enumeration: p.enumeration ?? false,
      inline: p.inline ?? p.start > start,
      inferred: p.inferred,
    });
  /** a level-1 heading whose numeral (or whole marker) was lost: numbered by sequence */
  const lostNumeral = (marker: string, at: number, titleStart: number, runIn: boolean) => {
    numbered(1, counts[1] + 1);
    pending({
      level: 1,
      marker,
      inferred_marker: `${intToChinese(counts[1])}、`,
      inferred: true,
      start: at,
      titleStart,
      runIn,
    });
  };

  // a table's rows (its category rows too: 一、行政处罚 spanning the columns) head no part of the text
  const tableLines = tableLineKinds(body);
  for (let k = 0; k < body.length; k++) {
    if (tableLines[k] !== 0) continue;
    const line = body[k];
    start = contentStart(line);
    items = [];
    // the title of the heading opening the line, as it runs without other headings
    let ownTitleEnd = start;
    let scanFrom = start;

    const head = candidateAt(norm, start);
    const titleStart = skipSpaces(norm, head?.titleStart ?? start);
    if (head && head.family !== "enumeration" && titleStart < line.end) {
      const level = head.family.level;
      pending({ level, marker: text.slice(start, head.titleStart), start, titleStart, runIn: false });
      numbered(level, head.n);
      ownTitleEnd = titleEnd(norm, titleStart, line.end, false, false);
      scanFrom = head.titleStart;
    } else if (norm[start] === "、" && line.end - start > 4) {
      // the numeral before 、 was lost
      lostNumeral("、", start, start + 1, false);
      ownTitleEnd = titleEnd(norm, start + 1, line.end, false, false);
      scanFrom = start + 1;
    } else if (counts[1] > 0) {
      // a bare short line right before a restarted (一): a level-1 heading that lost its marker
      const next = body[k + 1];
      const bare = norm.slice(start, line.end).trim();
      if (
        next &&
        /^\(一\)/.test(norm.slice(contentStart(next), next.end)) &&
        bare.length >= 4 &&
        bare.length <= 60 &&
        !/[。;:]$|[。]/.test(bare)
      ) {
        lostNumeral("", start, start, false);
        ownTitleEnd = titleEnd(norm, start, line.end, false, false);
        scanFrom = line.end;
      }
    }

    // markers inside the line: inline enumerations, and headings run into the line
    let resume = scanFrom;
    for (let at = nextMarker(scanFrom); at >= 0 && at < line.end; at = nextMarker(resume)) {
      resume = at + markerLength;
      const before = charBefore(norm, at, line.start);
      if (norm[at] === "、") {
        // "…报告如下。、坚持党的全面领导": a run-in heading whose numeral was lost (the most
        // frequent marker start, a list's 、, is decided here, before the reading below)
        if (before !== "。" || !isHeadingLike(norm, at + 1)) continue;
        lostNumeral("、", at, at + 1, true);
        continue;
      }
      const boundary = afterSentence(norm, at, line.start);
      const last = items[items.length - 1];
      // the heading before is still in its title: "…主要举措及成效(一)…"
      const open =
        last !== undefined &&
        !last.enumeration &&
        at - last.titleStart <= LEAD_IN_MAX &&
        !/[。;!?]/.test(norm.slice(last.titleStart, at));
      const c = candidateAt(norm, at);
      if (!c || (at === start && c.family !== "enumeration")) continue;
      const adjacent = norm[at - 1] ?? "";
      // the next sibling follows (an enumeration's at a sentence end: "之一是…" has none)
      const confirmed = () => siblingFollows(norm, c, at, line.end);
      if (c.family === "enumeration") {
        if (boundary) {
          // inside a numbered heading's own title it is part of that title
          if (items.length > 0 && !items[0].enumeration && at < ownTitleEnd && !items[0].runIn) continue;
        } else if (NUMBER_BEFORE.test(adjacent)) continue;
        else if (!open && !(c.n === 1 && confirmed())) continue;
        pending({
          level: context + 1,
          marker: text.slice(at, c.titleStart),
          start: at,
          titleStart: c.titleStart,
          enumeration: true,
          runIn: true,
        });
        resume = c.titleStart;
        continue;
      }
      const { level } = c.family;
      if (
        !inSequence(level, c.n) ||
        NUMBER_BEFORE.test(adjacent) ||
        !isHeadingLike(norm, skipSpaces(norm, c.titleStart))
      )
        continue;
      let bareFrom: number | null = null;
      if (level === 2 && c.n === 1 && counts[1] > 0 && !open && !boundary) {
        // "…作用。持续巩固深化…全面突破(一)持续提升…": the phrase before a restarted (一)
        // is a level-1 heading that lost its marker
        const from = leadInStart(norm, at, line.start);
        const phrase = from === null ? "" : norm.slice(from, at).trim();
        if (from !== null && phrase.length >= 4 && (last === undefined || last.start < from)) bareFrom = from;
      }
      // "…工作情况报告一、主要工作成效": the document's title ran into its first heading
      const afterTitle =
        level === 1 && c.n === 1 && DOCUMENT_TITLE_END.test(norm.slice(Math.max(0, at - 4), at));
      // a sibling further on vouches only for bracketed markers: "统一、规范" is no heading
      if (!boundary && !open && !afterTitle && bareFrom === null && !(c.family.bracketed && confirmed()))
        continue;
      if (bareFrom !== null) {
        bareFrom = skipSpaces(norm, bareFrom);
        lostNumeral("", bareFrom, bareFrom, true);
      }
      numbered(level, c.n);
      pending({
        level,
        marker: text.slice(at, c.titleStart),
        start: at,
        titleStart: skipSpaces(norm, c.titleStart),
        runIn: true,
      });
      resume = c.titleStart;
    }

    for (let j = 0; j < items.length; j++) {
      const item = items[j];
      const limit = j + 1 < items.length ? items[j + 1].start : line.end;
      const from = item.titleStart;
      const end = titleEnd(norm, from, limit, item.runIn, item.enumeration);
      // written out (not rest and spread, which copy through V8's slow path)
      const heading: OutlineItem = {
        level: item.level,
        marker: item.marker,
        inferred_marker: item.inferred_marker,
        start: item.start,
        inline: item.inline,
        enumeration: item.enumeration,
        end,
        title: text.slice(from, end).trim(),
      };
      if (item.inferred) heading.inferred = item.inferred;
      out.push(heading);
    }
  }
  return out;
}
