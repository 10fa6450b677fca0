// The original text cut into pieces at every boundary of noise, facts, headings and
// findings, so that each piece can carry its marks. Offsets are the record's own.
import type { AnalysisRecord } from "../../api.ts";

export interface Piece {
  start: number;
  end: number;
  noise: string | null;
  fact: number | null;
  heading: number | null;
}

export function cutPieces(record: AnalysisRecord): Piece[] {
  const n = record.text.length;
  const cuts = new Set<number>([0, n]);
  for (const x of record.noise) cuts.add(x.start).add(x.end);
  for (const f of record.facts) cuts.add(f.start).add(f.end);
  for (const f of record.findings) if (f.start !== undefined) cuts.add(f.start).add(f.end ?? f.start);
  for (const h of record.outline) cuts.add(h.start);
  for (const p of Object.values(record.sectionsPresent ?? {})) if (p.start !== null) cuts.add(p.start);
  const points = [...cuts].filter((c) => c >= 0 && c <= n).sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let noiseIdx = 0;
  let factIdx = 0;
  const facts = record.facts.map((f, i) => ({ ...f, i })).sort((a, b) => a.start - b.start);
  const noise = [...record.noise].sort((a, b) => a.start - b.start);
  const headingAt = new Map(record.outline.map((h, i) => [h.start, i]));
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k];
    const end = points[k + 1];
    while (noiseIdx < noise.length && noise[noiseIdx].end <= start) noiseIdx++;
    while (factIdx < facts.length && facts[factIdx].end <= start) factIdx++;
    const nz =
      noise[noiseIdx] && noise[noiseIdx].start <= start && noise[noiseIdx].end >= end
        ? noise[noiseIdx].kind
        : null;
    const ft =
      facts[factIdx] && facts[factIdx].start <= start && facts[factIdx].end >= end ? facts[factIdx].i : null;
    pieces.push({ start, end, noise: nz, fact: ft, heading: headingAt.get(start) ?? null });
  }
  return pieces;
}
