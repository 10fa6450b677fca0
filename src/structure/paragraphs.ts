// The units the required parts are looked for in. A line is one paragraph, as published.
// A line with headings run into it has lost its line breaks: it is cut at each heading and,
// between headings, at each sentence end, and each piece keeps where its paragraph most
// likely starts — a heading whose title ends at 。 opens a paragraph that its sentences
// continue ("(一)健全推进体系。市委…"); after a heading that ran into its body without a stop,
// each sentence may open a paragraph.
import { contentStart, type Line } from "./lines.ts";
import type { OutlineItem } from "./outline.ts";

export interface Paragraph extends Line {
  /** where the paragraph holding this piece starts (the piece's own start on an intact line) */
  paragraphStart: number;
}

const SENTENCE_END = /[。!?]/g;

export function paragraphs(norm: string, body: Line[], outline: OutlineItem[]): Paragraph[] {
  const out: Paragraph[] = [];
  let h = 0;
  for (const line of body) {
    while (h < outline.length && outline[h].start < line.start) h++;
    const headings: OutlineItem[] = [];
    for (let k = h; k < outline.length && outline[k].start < line.end; k++) headings.push(outline[k]);
    if (!headings.some((x) => x.inline && !x.enumeration)) {
      out.push({
        start: line.start,
        end: line.end,
        text: line.text,
        index: line.index,
        paragraphStart: contentStart(line),
      });
      continue;
    }
    const cuts = new Set<number>([contentStart(line), ...headings.map((x) => x.start)]);
    // a title that ran into its body without a stop ends where the body's first sentence opens
    for (const x of headings)
      if (x.end < line.end && norm[x.end] !== "。" && x.end > x.start) cuts.add(x.end);
    SENTENCE_END.lastIndex = line.start;
    for (let m = SENTENCE_END.exec(norm); m && m.index < line.end; m = SENTENCE_END.exec(norm))
      if (m.index + 1 < line.end) cuts.add(m.index + 1);
    const sorted = [...cuts].sort((a, b) => a - b);
    const byStart = new Map(headings.map((x) => [x.start, x]));
    let opened: number | null = null;
    sorted.forEach((start, k) => {
      const end = sorted[k + 1] ?? line.end;
      const heading = byStart.get(start);
      if (heading) opened = norm[heading.end] === "。" ? heading.start : null;
      const text = norm.slice(start, end);
      if (text.trim())
        out.push({
          start,
          end,
          text,
          index: line.index,
          paragraphStart: heading ? start : (opened ?? start),
        });
    });
  }
  return out;
}
