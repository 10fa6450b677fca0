// Deadlines in a measure: 2017年底前 → 2017-12-31, 2018年6月底前 → 2018-06-30, 上半年 → 06-30,
// 一季度 → 03-31, "2017年出台" → year end. Years inside 《titles》, periods (2014—2020年)
// and recurring dates (每年第一季度) are not deadlines.
import {
  DEADLINE_PATTERNS,
  DUE_PART_PATTERNS,
  IMMEDIATE,
  MEASURE_TERMS,
  RECURRING_BEFORE,
  TEXT_RECURRING,
  TEXT_STANDING_END,
  YEARLESS_PATTERNS,
} from "../rules/deadlines.ts";
import { itself, lastAtOrBefore } from "../shared/sorted.ts";
import type { Deadline, MeasureTerm } from "../types.ts";

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
export const isoDate = (year: number, month: number, day = lastDay(year, month)) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** Where the 《 and 》 of a text stand, found once per text (measures ask about one text many times). */
let titleMarks: { text: string; opens: number[]; closes: number[] } | null = null;
function positionsOf(text: string, ch: string): number[] {
  const at: number[] = [];
  for (let k = text.indexOf(ch); k >= 0; k = text.indexOf(ch, k + 1)) at.push(k);
  return at;
}
/** The last of the sorted `positions` at or before `at`, or -1 (as lastIndexOf). */
function lastPositionAtOrBefore(positions: number[], at: number): number {
  const k = lastAtOrBefore(positions, at, itself);
  return k >= 0 ? positions[k] : -1;
}

function insideTitle(text: string, at: number): boolean {
  if (titleMarks?.text !== text)
    titleMarks = { text, opens: positionsOf(text, "《"), closes: positionsOf(text, "》") };
  const open = lastPositionAtOrBefore(titleMarks.opens, at);
  return open >= 0 && lastPositionAtOrBefore(titleMarks.closes, at) < open;
}

/** Deadlines in norm[from, to); quotes come from the original text. `year`: the plan's own year
 *  (a plan for one year), which dates written without a year (6月底前) are in. `duePart`: the
 *  text is a measure's deadline part (完成时限:…, a clause's tail, a deadline cell), where a span
 *  of years (2025—2026年) is due at its end. `issued`: the plan's date, when a due part asks for
 *  the work at once (立行立改): due that day. */
export function findDeadlines(
  text: string,
  norm: string,
  from: number,
  to: number,
  year: number | null = null,
  duePart = false,
  issued: string | null = null,
): Deadline[] {
  const segment = norm.slice(from, to);
  const found: Deadline[] = [];
  const patterns = [
    ...(duePart ? DUE_PART_PATTERNS : []),
    ...DEADLINE_PATTERNS,
    ...(year === null ? [] : YEARLESS_PATTERNS),
  ];
  // most of a plan's measures name no date: the character each pattern needs, looked for once
  const holds = new Map<string, boolean>();
  for (const pattern of patterns) {
    if (pattern.needs !== undefined) {
      let held = holds.get(pattern.needs);
      if (held === undefined) {
        held = segment.includes(pattern.needs);
        holds.set(pattern.needs, held);
      }
      if (!held) continue;
    }
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(segment); m; m = pattern.re.exec(segment)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (found.some((d) => start < d.end && end > d.start)) continue;
      if (insideTitle(norm, start)) continue;
      const before = norm.slice(Math.max(0, start - 4), start);
      if (
        RECURRING_BEFORE.test(before) ||
        /[-—–~至到]\s*$/.test(before) ||
        /^\s*[-—–~至到]/.test(norm.slice(end, end + 2))
      )
        continue;
      const r = pattern.resolve(m, year ?? 0);
      if (!r || r.month < 1 || r.month > 12 || r.year < 1990 || r.year > 2100) continue;
      found.push({ quote: text.slice(start, end), date: isoDate(r.year, r.month, r.day), start, end });
    }
  }
  if (duePart && issued) {
    const segmentRe = new RegExp(IMMEDIATE.source, "g");
    for (const m of segment.matchAll(segmentRe)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (!found.some((d) => start < d.end && end > d.start))
        found.push({ quote: text.slice(start, end), date: issued, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A deadline written as a term, not a date (长期坚持, 每年3月底前), in norm[from, to): the first. */
export function findTerm(text: string, norm: string, from: number, to: number): MeasureTerm | null {
  const segment = norm.slice(from, to);
  let best: MeasureTerm | null = null;
  for (const { kind, re } of MEASURE_TERMS) {
    const m = re.exec(segment);
    if (!m || (best && best.start <= from + m.index)) continue;
    const quote = m[0].replace(/(?:完成|为止)+$/, "");
    const start = from + m.index;
    best = { kind, quote: text.slice(start, start + quote.length), start, end: start + quote.length };
  }
  return best;
}

const STANDING_WORDS = /长期|持续|常态化/;

/** A recurring time in a measure's own text, norm[from, to) (每年3月底前编制…, 每季度通报…): the
 * measure's term when neither a date nor its deadline part gives one. Not inside a 《title》. Else a
 * standing term that is the text's last clause (…机制，长期坚持。: TEXT_STANDING_END). */
export function findTextTerm(text: string, norm: string, from: number, to: number): MeasureTerm | null {
  const re = new RegExp(TEXT_RECURRING.source, "g");
  const segment = norm.slice(from, to);
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    const start = from + m.index;
    if (insideTitle(norm, start)) continue;
    return {
      kind: "recurring",
      quote: text.slice(start, start + m[0].length),
      start,
      end: start + m[0].length,
      inText: true,
    };
  }
  // (its term needs 长期, 持续 or 常态化: a text naming none is not read with the pattern)
  const standing = STANDING_WORDS.test(segment) ? TEXT_STANDING_END.exec(segment) : null;
  if (standing) {
    const start = from + standing.index + standing[0].indexOf(standing[1]);
    const end = start + standing[1].length;
    return { kind: "standing", quote: text.slice(start, end), start, end, inText: true };
  }
  return null;
}
