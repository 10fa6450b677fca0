// The original text cut into pieces at every boundary of noise, facts, headings and
// findings, so that each piece can carry its marks. Offsets are the record's own.
// Pure (no React), so the cutting is unit-tested on its own (test/document-segments.test.ts).
import type { AnalysisRecord } from "../../api.ts";

export interface Piece {
  start: number;
  end: number;
  noise: string | null;
  fact: number | null;
  heading: number | null;
}

type HeadingLike = Pick<AnalysisRecord["outline"][number], "start" | "title">;

/** Where a heading ends in the text: after its title when the title stands right after the start
 * (the marker may have been reconstructed, so it need not be in the text), else at the line's end.
 * A heading's style must stop here, not run on to the next cut (a fact several paragraphs on). */
export function headingEnd(text: string, h: HeadingLike): number {
  const lineEnd = text.indexOf("\n", h.start);
  const limit = lineEnd < 0 ? text.length : lineEnd;
  const at = h.title ? text.indexOf(h.title, h.start) : -1;
  if (at >= 0 && at + h.title.length <= limit) return at + h.title.length;
  return limit;
}

/** `extra`: more places to cut at (a span opened from elsewhere, so that it is marked exactly). */
export function cutPieces(record: AnalysisRecord, extra: number[] = []): Piece[] {
  const n = record.text.length;
  const cuts = new Set<number>([0, n, ...extra]);
  for (const x of record.noise) cuts.add(x.start).add(x.end);
  for (const f of record.facts) cuts.add(f.start).add(f.end);
  for (const f of record.findings) if (f.start !== undefined) cuts.add(f.start).add(f.end ?? f.start);
  const headings = record.outline
    .map((h, i) => ({ start: h.start, end: headingEnd(record.text, h), i }))
    .sort((a, b) => a.start - b.start);
  for (const h of headings) cuts.add(h.start).add(h.end);
  for (const p of Object.values(record.sectionsPresent ?? {})) if (p.start !== null) cuts.add(p.start);
  const points = [...cuts].filter((c) => c >= 0 && c <= n).sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let noiseIdx = 0;
  let factIdx = 0;
  let headIdx = 0;
  const facts = record.facts.map((f, i) => ({ ...f, i })).sort((a, b) => a.start - b.start);
  const noise = [...record.noise].sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k];
    const end = points[k + 1];
    while (noiseIdx < noise.length && noise[noiseIdx].end <= start) noiseIdx++;
    while (factIdx < facts.length && facts[factIdx].end <= start) factIdx++;
    while (headIdx < headings.length && headings[headIdx].end <= start) headIdx++;
    const nz =
      noise[noiseIdx] && noise[noiseIdx].start <= start && noise[noiseIdx].end >= end
        ? noise[noiseIdx].kind
        : null;
    const ft =
      facts[factIdx] && facts[factIdx].start <= start && facts[factIdx].end >= end ? facts[factIdx].i : null;
    const hd =
      headings[headIdx] && headings[headIdx].start <= start && headings[headIdx].end >= end
        ? headings[headIdx].i
        : null;
    pieces.push({ start, end, noise: nz, fact: ft, heading: hd });
  }
  return pieces;
}

/** A place in the text as a reader counts it: the line (1-based) and the paragraph (the
 * non-empty lines up to it), never a character offset. */
export function positionOf(text: string, offset: number): { line: number; paragraph: number } {
  let line = 1;
  let paragraph = 0;
  let lineHasText = false;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === "\n") {
      if (lineHasText) paragraph++;
      line++;
      lineHasText = false;
    } else if (!lineHasText && c.trim() !== "") lineHasText = true;
  }
  return { line, paragraph: paragraph + 1 };
}

/** "第 12 行（第 3 段）" for a span's start. */
export function positionLabel(text: string, offset: number): string {
  const { line, paragraph } = positionOf(text, offset);
  return `第 ${line} 行（第 ${paragraph} 段）`;
}
