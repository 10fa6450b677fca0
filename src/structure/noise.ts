// All noise of a document, without overlaps: spam is cut out of the boilerplate around it
// (a hijacked page title is boilerplate with spam inside).
import { byStart, countBefore } from "../shared/sorted.ts";
import type { Noise } from "../types.ts";
import { isBlank, type Line } from "./lines.ts";

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

/** The holes that reach into `span`, found by binary search in holes sorted by start, whose
 *  running maximum end (`reach`) bounds how far back one can still overlap. A hijacked page can
 *  have thousands of boilerplate lines and thousands of inserts: testing every hole against
 *  every line made this quadratic. */
function holesIn(span: Noise, sorted: Noise[], reach: number[]): Noise[] {
  const found: Noise[] = [];
  for (let k = countBefore(sorted, span.end, byStart) - 1; k >= 0 && reach[k] > span.start; k--)
    if (sorted[k].end > span.start) found.push(sorted[k]);
  return found;
}

export function mergeNoise(boilerplate: Noise[], spam: Noise[], garbage: Noise[]): Noise[] {
  const holes = [...spam, ...garbage].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const h of holes) reach.push(Math.max(h.end, reach.length > 0 ? reach[reach.length - 1] : h.end));
  const all = [...boilerplate.flatMap((b) => subtract(b, holesIn(b, holes, reach))), ...spam, ...garbage];
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A line made only of boilerplate and spam (a hijacked title bar is both). `noise` is sorted
 * by start; `from`: the first span that can reach the line. */
export function isNoiseLine(line: Line, noise: Noise[], from = 0): boolean {
  const t = line.text.trim();
  if (!t) return false;
  let at = line.start + line.text.indexOf(t);
  const end = line.start + line.text.trimEnd().length;
  for (let k = from; k < noise.length; k++) {
    const n = noise[k];
    if (n.start >= end) break; // sorted: nothing later reaches into the line
    if (n.kind === "garbage" || n.end <= at) continue;
    if (n.start > at) {
      if (line.text.slice(at - line.start, n.start - line.start).trim() !== "") return false;
    }
    at = Math.max(at, n.end);
    if (at >= end) return true;
  }
  return at >= end;
}

/** Lines neither blank nor noise. One walk over lines and noise together (both sorted). */
export function bodyLines(lines: Line[], noise: Noise[]): Line[] {
  let from = 0;
  return lines.filter((l) => {
    while (from < noise.length && noise[from].end <= l.start) from++;
    return !isBlank(l) && !isNoiseLine(l, noise, from);
  });
}
