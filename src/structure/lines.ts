// Lines of the analysis text with their offsets: the unit of layout in published reports
// (one paragraph per line after extraction).
import { byStart, lastAtOrBefore } from "../shared/sorted.ts";
import type { Span } from "../types.ts";

export interface Line extends Span {
  /** the normalised text of the line, without the newline */
  text: string;
  index: number;
}

export function splitLines(norm: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = norm.indexOf("\n", start);
    const end = nl < 0 ? norm.length : nl;
    const raw = norm.slice(start, end);
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    lines.push({ start, end: start + text.length, text, index: index++ });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/** Offset of the first non-space character of a line, or its end when blank. */
export function contentStart(line: Line): number {
  const m = /\S/.exec(line.text);
  return m ? line.start + m.index : line.end;
}

export const isBlank = (line: Line) => line.text.trim() === "";

/** The line containing `offset` (the first line for an offset before all). */
export function lineAt(lines: Line[], offset: number): Line {
  return lines[Math.max(0, lastAtOrBefore(lines, offset, byStart))];
}
