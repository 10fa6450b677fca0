// All noise of a document, without overlaps: spam is cut out of the boilerplate around it
// (a hijacked page title is boilerplate with spam inside).
import type { Noise } from "../types.ts";

function subtract(span: Noise, holes: Noise[]): Noise[] {
  let pieces: Noise[] = [span];
  for (const hole of holes) {
    pieces = pieces.flatMap((p) => {
      if (hole.end <= p.start || hole.start >= p.end) return [p];
      const out: Noise[] = [];
      if (hole.start > p.start) out.push({ ...p, end: hole.start });
      if (hole.end < p.end) out.push({ ...p, start: hole.end });
      return out;
    });
  }
  return pieces.filter((p) => p.end > p.start);
}

export function mergeNoise(boilerplate: Noise[], spam: Noise[], garbage: Noise[]): Noise[] {
  const all = [...boilerplate.flatMap((b) => subtract(b, [...spam, ...garbage])), ...spam, ...garbage];
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}
