// Headings by the levels of GB/T 9704: 一、=1, (一)=2, 1.=3, (1)=4; inline 一是/二是 sit one
// level below the heading they belong to. Headings whose numeral was lost ("、坚持…", or a
// bare line before a restarted "(一)") are recovered from sequence and form.
import type { Heading } from "../types.ts";
import { contentStart, type Line } from "./lines.ts";

export interface OutlineItem extends Heading {
  /** end of the title */
  end: number;
  lineIndex: number;
  /** the heading stands on its own line (not run into its paragraph) */
  ownLine: boolean;
  inline: boolean;
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

interface MarkerRule {
  level: number;
  re: RegExp;
  /** builds the canonical marker from the numeral */
  form: (numeral: string) => string;
}

// Order matters: (1) before (一) is irrelevant, but 1. must not eat "1、"-less years.
const MARKERS: MarkerRule[] = [
  // 一、 (and 一. as some converters write it)
  { level: 1, re: /^([一二三四五六七八九十]{1,3})(?:、|\.(?![\d.]))/, form: (n) => `${n}、` },
  { level: 2, re: /^\(([一二三四五六七八九十]{1,3})\)/, form: (n) => `(${n})` },
  { level: 3, re: /^(\d{1,3})[.、](?!\d)/, form: (n) => `${n}.` },
  { level: 4, re: /^\((\d{1,3})\)/, form: (n) => `(${n})` },
];

const INLINE = /(^|[。;:!?])\s*(?:\?\s*)?([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff“"《(])/g;
const TITLE_MAX = 40;

function titleEnd(
  norm: string,
  from: number,
  lineEnd: number,
  inline: boolean,
): { end: number; ownLine: boolean } {
  let period = norm.indexOf("。", from);
  if (inline) {
    // an inline item ends at its sentence or where the next item starts (…不强;二是…)
    const semicolon = norm.indexOf(";", from);
    if (semicolon >= 0 && semicolon < lineEnd && (period < 0 || semicolon < period)) period = semicolon;
  }
  if (period < 0 || period >= lineEnd) {
    let end = lineEnd;
    while (end > from && /\s/.test(norm[end - 1])) end--;
    return { end, ownLine: true };
  }
  if (inline && period - from > TITLE_MAX) {
    const comma = norm.slice(from, period).search(/[,;]/);
    if (comma > 0) return { end: from + comma, ownLine: false };
  }
  return { end: period, ownLine: false };
}

/** Headings among the body lines (neither blank nor noise). */
export function detectOutline(text: string, norm: string, body: Line[]): OutlineItem[] {
  const out: OutlineItem[] = [];
  let lastL1 = 0;
  let context = 0; // level of the last numbered heading, for inline 一是

  const push = (item: Omit<OutlineItem, "title"> & { titleStart: number }) => {
    const { titleStart, ...rest } = item;
    out.push({ ...rest, title: text.slice(titleStart, item.end).trim() });
  };

  for (let k = 0; k < body.length; k++) {
    const line = body[k];
    const start = contentStart(line);
    const t = norm.slice(start, line.end);
    let matched = false;
    for (const rule of MARKERS) {
      const m = rule.re.exec(t);
      if (!m) continue;
      const numeral = m[1];
      const markerEnd = start + m[0].length;
      let titleStart = markerEnd;
      while (norm[titleStart] === " ") titleStart++;
      if (titleStart >= line.end) break; // a marker alone on its line is not a heading
      const { end, ownLine } = titleEnd(norm, titleStart, line.end, false);
      const marker = text.slice(start, markerEnd);
      push({
        level: rule.level,
        marker,
        inferred_marker: marker,
        start,
        end,
        lineIndex: line.index,
        ownLine,
        inline: false,
        titleStart,
      });
      if (rule.level === 1) lastL1 = chineseToInt(numeral) ?? lastL1 + 1;
      context = rule.level;
      matched = true;
      break;
    }
    if (!matched && t.startsWith("、") && t.length > 4) {
      // the numeral before 、 was lost
      const titleStart = start + 1;
      const { end, ownLine } = titleEnd(norm, titleStart, line.end, false);
      lastL1++;
      push({
        level: 1,
        marker: "、",
        inferred_marker: `${intToChinese(lastL1)}、`,
        inferred: true,
        start,
        end,
        lineIndex: line.index,
        ownLine,
        inline: false,
        titleStart,
      });
      context = 1;
      matched = true;
    }
    if (!matched && lastL1 > 0) {
      // a bare short line right before a restarted (一): a level-1 heading that lost its marker
      const next = body[k + 1];
      const nextText = next ? norm.slice(contentStart(next), next.end) : "";
      const bare = t.trim();
      if (/^\(一\)/.test(nextText) && bare.length >= 4 && bare.length <= 60 && !/[。;:]$|[。]/.test(bare)) {
        lastL1++;
        const { end } = titleEnd(norm, start, line.end, false);
        push({
          level: 1,
          marker: "",
          inferred_marker: `${intToChinese(lastL1)}、`,
          inferred: true,
          start,
          end,
          lineIndex: line.index,
          ownLine: true,
          inline: false,
          titleStart: start,
        });
        context = 1;
        matched = true;
      }
    }
    // inline enumerations 一是…二是… inside the paragraph (or opening it)
    const parent = context;
    const segment = norm.slice(start, line.end);
    INLINE.lastIndex = 0;
    for (let m = INLINE.exec(segment); m; m = INLINE.exec(segment)) {
      const numeral = m[2];
      if (chineseToInt(numeral) === null) continue;
      const at = start + m.index + m[0].length - numeral.length - 1;
      // inside a numbered heading's own title it is part of that title
      if (out.some((h) => !h.inline && h.start <= at && at < h.end)) continue;
      const titleStart = at + numeral.length + 1;
      const { end, ownLine } = titleEnd(norm, titleStart, line.end, true);
      const marker = text.slice(at, titleStart);
      push({
        level: parent + 1,
        marker,
        inferred_marker: marker,
        start: at,
        end,
        lineIndex: line.index,
        ownLine,
        inline: true,
        titleStart,
      });
    }
  }
  return out;
}

/** The heading that contains `offset`: the last one starting at or before it. */
export function headingAt(outline: OutlineItem[], offset: number, maxLevel = 99): OutlineItem | undefined {
  let found: OutlineItem | undefined;
  for (const h of outline) {
    if (h.start > offset) break;
    if (h.level <= maxLevel) found = h;
  }
  return found;
}
