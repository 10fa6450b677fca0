// Plain text copied out of a PDF keeps the page's line breaks: a sentence broken every ~30
// characters, page numbers (— 2 —) and the running header repeated on every page. Such a text
// is recognised by its many lines of one width that end mid-sentence, and mended as the PDF
// reader mends its lines; a text written one paragraph a line is left exactly as it is.
import { HEADING_START, PAGE_NUMBER } from "./line-breaks.ts";

/** A sentence's end: a line ending so is a paragraph's last (a colon or a bracket at the wrap
 *  width is not). */
const SENTENCE_END = /[。！？!?][”’」』）)]?$/;

/** A line's width on the page (an ideograph or full-width sign is two of a Latin one), or its
 *  length in characters (a text broken every n characters, not at a width). */
type Measure = (line: string) => number;
const pageWidth: Measure = (line) => {
  let w = 0;
  for (const c of line.trimEnd()) w += c.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
};
const characters: Measure = (line) => [...line.trimEnd()].length;

/** Signs no line starts with: a line beginning with one goes on from the line before. */
const CLOSING = /^[，,。．、；;：:！!？?）)」』》】”’%]/;

/** Fewest lines of the wrapping width, and their least share of the lines, for a text to be
 *  taken as wrapped; narrowest such width (20 ideographs). */
const MIN_WRAPPED = 5;
const MIN_SHARE = 0.2;
const MIN_WIDTH = 40;
/** How much shorter than the wrapping width a wrapped line may be (a word or a sign that
 *  could not end the line went to the next). */
const SLACK = 4;

/** The width most lines that end mid-sentence have, when enough do: the text's wrapping width. */
function wrapWidth(lines: string[], widthOf: Measure, minWidth: number): { width: number; n: number } | null {
  const open = lines.filter((l) => prose(l) && !SENTENCE_END.test(l.trimEnd())).map(widthOf);
  const counts = new Map<number, number>();
  for (const w of open) if (w >= minWidth) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: { width: number; n: number } | null = null;
  for (const w of counts.keys()) {
    let n = 0;
    for (let d = -SLACK; d <= 1; d++) n += counts.get(w + d) ?? 0;
    if (!best || n > best.n) best = { width: w, n };
  }
  const body = lines.filter((l) => l.trim()).length;
  return best && best.n >= MIN_WRAPPED && best.n >= MIN_SHARE * body ? best : null;
}

/** A line of Chinese prose: no cells (a tab, or columns apart by spaces), a third ideographs or more. */
const prose = (line: string): boolean => {
  const text = line.trim();
  if (!text || text.includes("\t") || /\S {2,}\S/.test(text)) return false;
  let wide = 0;
  for (const c of text) if (c.charCodeAt(0) > 0xff) wide++;
  return wide * 3 >= text.length;
};

/** Page furniture: page numbers, and a line repeated right after them (a running header). */
function furniture(lines: string[]): Set<number> {
  const out = new Set<number>();
  const afterPage = new Map<string, number[]>();
  lines.forEach((l, k) => {
    if (!PAGE_NUMBER.test(l.trim()) || !l.trim()) return;
    out.add(k);
    const next = lines.slice(k + 1).findIndex((x) => x.trim());
    if (next >= 0) {
      const at = k + 1 + next;
      afterPage.set(lines[at].trim(), [...(afterPage.get(lines[at].trim()) ?? []), at]);
    }
  });
  for (const places of afterPage.values()) if (places.length >= 2) for (const k of places) out.add(k);
  return out;
}

/** The text with a PDF copy's broken lines joined and its page furniture left out; any other
 *  text unchanged. */
export function unwrapHardLines(text: string): string {
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  const byPage = wrapWidth(lines, pageWidth, MIN_WIDTH);
  const byCount = wrapWidth(lines, characters, MIN_WIDTH / 2);
  const [widthOf, width] =
    byCount && (!byPage || byCount.n > byPage.n)
      ? [characters, byCount.width]
      : byPage
        ? [pageWidth, byPage.width]
        : [null, 0];
  if (widthOf === null) return text;
  // where paragraphs start indented, a line running to the width goes on even after a full stop
  const indents = lines.filter((l) => prose(l) && /^\s/.test(l)).length;
  const indented = indents >= 2 && indents >= 0.1 * lines.filter(prose).length;
  const runsToEdge = (line: string) =>
    (indented || !SENTENCE_END.test(line.trimEnd())) && widthOf(line) >= width - SLACK;
  const skip = furniture(lines);
  const out: string[] = [];
  // whether the last line written may go on in the next: it ran to the wrapping width mid-sentence
  let open = false;
  let afterPage = false;
  lines.forEach((line, k) => {
    if (skip.has(k)) {
      afterPage ||= PAGE_NUMBER.test(line.trim());
      return;
    }
    const next = lines.slice(k + 1).findIndex((x) => x.trim()) + k + 1;
    if (!line.trim()) {
      // a page's end leaves a blank line before its number: the sentence goes on over it
      if (skip.has(next)) return;
      out.push(line);
      open = false;
      return;
    }
    // a header on one page only: a short line after a page's number, inside a sentence going on
    if (afterPage && open && !runsToEdge(line) && !SENTENCE_END.test(line.trimEnd()) && next > k) {
      afterPage = false;
      return;
    }
    afterPage = false;
    const prev = out[out.length - 1];
    const joins =
      prev !== undefined &&
      prose(prev) &&
      prose(line) &&
      (CLOSING.test(line) ||
        (open &&
          !/^\s/.test(line) &&
          !HEADING_START.test(line) &&
          (!HEADING_START.test(prev) || /[。，,]/.test(prev))));
    if (joins)
      out[out.length - 1] = prev + (/[A-Za-z]$/.test(prev) && /^[A-Za-z]/.test(line) ? " " : "") + line;
    else out.push(line);
    open = runsToEdge(line);
  });
  return out.join("\n");
}
