// Positioned runs → lines → paragraphs. OFD stores where each glyph is drawn, not where lines
// or paragraphs end, so both are inferred from geometry: runs on one baseline form a line (in x
// order); a line continues the previous one when that one reached the right margin and this one
// starts at the left margin (a new paragraph is indented, or follows a short line). Unlike PDF
// text, no punctuation rule is needed: a line ending in 。 that fills the column and is followed
// by an unindented line is mid-paragraph in official documents, whose paragraphs are indented.
import { HEADING_START, PAGE_NUMBER } from "../line-breaks.ts";
import type { TextRun } from "./content.ts";

export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Runs of one page → its lines, top to bottom. */
export function pageLines(runs: TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const tolerance = 0.5 * Math.min(run.size, group?.[0].size ?? run.size);
    if (group && Math.abs(run.y - group[0].y) <= tolerance) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x0 - b.x0);
    let text = "";
    let last: TextRun | null = null;
    for (const run of group) {
      // the same text drawn twice at one place (a faux-bold stroke) is one text
      if (last && run.text === last.text && Math.abs(run.x0 - last.x0) < 0.2 * run.size) continue;
      if (last && run.x0 - last.x1 > 0.8 * run.size) text += " "; // a wide gap: columns, a signature
      text += run.text;
      last = run;
    }
    const size = Math.max(...group.map((r) => r.size));
    return { text, x0: group[0].x0, x1: Math.max(...group.map((r) => r.x1)), y: group[0].y, size };
  });
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
};

/** Lines of every page, in page order → the document's text, one paragraph per line. */
export function joinLines(pages: Line[][]): string {
  const kept = pages.map((lines) => lines.filter((l) => l.text.trim() && !PAGE_NUMBER.test(l.text.trim())));
  const all = kept.flat();
  if (!all.length) return "";
  const left = quantile(
    all.map((l) => l.x0),
    0.1,
  );
  const right = quantile(
    all.map((l) => l.x1),
    0.9,
  );
  const out: string[] = [];
  let prev: Line | null = null;
  for (const lines of kept) {
    let samePage = false;
    for (const line of lines) {
      const continues =
        prev !== null &&
        prev.x1 >= right - 1.5 * prev.size &&
        line.x0 <= left + 0.6 * line.size &&
        Math.abs(line.size - prev.size) <= 0.2 * prev.size &&
        (!samePage || line.y - prev.y <= 2.6 * prev.size) &&
        !HEADING_START.test(line.text);
      if (continues) out[out.length - 1] += line.text.trimStart();
      else out.push(line.text.trim());
      prev = line;
      samePage = true;
    }
  }
  return out.join("\n");
}
