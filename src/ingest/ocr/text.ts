// OCR lines → the document's text, one paragraph per line as the other decoders give it.
// A line that runs to the column's right edge continues into the next one (also across a
// column or page break) unless the next is indented, a heading, or far below; lines are joined
// without a space, as Chinese is written. Each OCR line keeps its span and confidence.
import { HEADING_START, PAGE_NUMBER, SENTENCE_END } from "../line-breaks.ts";
import type { PageLine, PageReading } from "./engine.ts";

export interface LineSpan {
  start: number;
  end: number;
  confidence: number;
  /** 1-based page */
  page: number;
}

/** Slack at the right edge, and indentation, in box heights (a box is about 1.5 characters high). */
const EDGE = 2;
const INDENT = 1;
/** a gap above this many box heights starts a new paragraph */
const GAP = 2.2;

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

function fillsColumn(line: PageLine): boolean {
  return line.frame.x1 >= line.column.x1 - EDGE * line.frame.h;
}

function indented(line: PageLine): boolean {
  return line.frame.x0 > line.column.x0 + INDENT * line.frame.h;
}

function continues(prev: PageLine, line: PageLine, samePlace: boolean): boolean {
  if (!fillsColumn(prev) || indented(line) || HEADING_START.test(line.text)) return false;
  if (samePlace) return line.frame.cy - prev.frame.cy <= GAP * Math.max(prev.frame.h, line.frame.h);
  // a break of column or page: only a sentence left open carries over
  return !SENTENCE_END.test(prev.text);
}

/** Page numbers alone on the first or last line of a page are furniture, not text. */
function withoutPageNumbers(lines: PageLine[]): PageLine[] {
  return lines.filter((l, i) => !((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(l.text.trim())));
}

export function assembleText(pages: PageReading[]): { text: string; lines: LineSpan[] } {
  let text = "";
  const spans: LineSpan[] = [];
  let prev: PageLine | null = null;
  let prevPage = 0;
  pages.forEach((reading, p) => {
    for (const line of withoutPageNumbers(reading.lines)) {
      if (prev !== null) {
        const samePlace = prevPage === p && prev.column === line.column;
        if (!continues(prev, line, samePlace)) text += "\n";
        else if (LATIN_END.test(prev.text) && LATIN_START.test(line.text)) text += " ";
      }
      spans.push({
        start: text.length,
        end: text.length + line.text.length,
        confidence: Math.round(line.confidence * 1000) / 1000,
        page: p + 1,
      });
      text += line.text;
      prev = line;
      prevPage = p;
    }
  });
  return { text, lines: spans };
}
