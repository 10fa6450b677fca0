// Plain text copied out of a PDF keeps the page's line breaks: a sentence broken every ~30
// characters, page numbers (— 2 —) and the running header repeated on every page. Such a text
// is recognised by its many lines of one width that end mid-sentence, and mended as the PDF
// reader mends its lines; a text written one paragraph a line is left exactly as it is.
import { HEADING_START } from "./line-breaks.ts";
import { isPageNumber, pageNumberFurniture } from "./page-furniture.ts";

/** A sentence's end: a line ending so is a paragraph's last (a colon or a bracket at the wrap
 *  width is not). */
const SENTENCE_END = /[。！？!?][”’」』）)]?$/;

/** What is measured of a line, once: its width on the page (an ideograph or full-width sign is
 *  two of a Latin one), its length in characters (a text broken every n characters, not at a
 *  width), whether it is Chinese prose (no cells — a tab or columns apart by spaces — and a third
 *  ideographs or more), and whether it ends a sentence. */
interface LineFacts {
  page: number;
  chars: number;
  prose: boolean;
  ends: boolean;
}

function factsOf(line: string): LineFacts {
  const text = line.trim();
  const end = line.trimEnd();
  const wide = countWide(text);
  return {
    // leading full-width spaces (an indent) take their width too
    page: end.length + wide + countWide(end.slice(0, end.length - text.length)),
    chars: end.length,
    prose: text !== "" && !text.includes("\t") && !/\S {2,}\S/.test(text) && wide * 3 >= text.length,
    ends: SENTENCE_END.test(end),
  };
}

function countWide(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) n++;
  return n;
}

type Measure = "page" | "chars";

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
function wrapWidth(
  facts: LineFacts[],
  measure: Measure,
  minWidth: number,
): { width: number; n: number } | null {
  const counts = new Map<number, number>();
  for (const f of facts)
    if (f.prose && !f.ends && f[measure] >= minWidth)
      counts.set(f[measure], (counts.get(f[measure]) ?? 0) + 1);
  let best: { width: number; n: number } | null = null;
  for (const w of counts.keys()) {
    let n = 0;
    for (let d = -SLACK; d <= 1; d++) n += counts.get(w + d) ?? 0;
    if (!best || n > best.n) best = { width: w, n };
  }
  const body = facts.filter((f) => f.chars > 0).length;
  return best && best.n >= MIN_WRAPPED && best.n >= MIN_SHARE * body ? best : null;
}

/** For each line, the next line holding text after it (-1: none); one pass from the end. */
function nextWritten(lines: string[]): number[] {
  const next = new Array<number>(lines.length).fill(-1);
  for (let k = lines.length - 2; k >= 0; k--) next[k] = lines[k + 1].trim() ? k + 1 : next[k + 1];
  return next;
}

/** The text with a PDF copy's broken lines joined and its page furniture left out; any other
 *  text unchanged. */
export function unwrapHardLines(text: string): string {
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  const facts = lines.map(factsOf);
  const byPage = wrapWidth(facts, "page", MIN_WIDTH);
  const byCount = wrapWidth(facts, "chars", MIN_WIDTH / 2);
  const [measure, width]: [Measure | null, number] =
    byCount && (!byPage || byCount.n > byPage.n)
      ? ["chars", byCount.width]
      : byPage
        ? ["page", byPage.width]
        : [null, 0];
  if (measure === null) return text;
  // where paragraphs start indented, a line running to the width goes on even after a full stop
  const proseLines = facts.filter((f) => f.prose).length;
  const indents = lines.filter((l, k) => facts[k].prose && /^\s/.test(l)).length;
  const indented = indents >= 2 && indents >= 0.1 * proseLines;
  const runsToEdge = (k: number) => (indented || !facts[k].ends) && facts[k][measure] >= width - SLACK;
  const nextAt = nextWritten(lines);
  const skip = pageNumberFurniture(lines, nextAt);
  const out: string[] = [];
  // whether the last line written may go on in the next (it ran to the wrapping width), and
  // whether it is prose
  let open = false;
  let lastProse = false;
  let afterPage = false;
  lines.forEach((line, k) => {
    if (skip.has(k)) {
      afterPage ||= isPageNumber(line);
      return;
    }
    const next = nextAt[k];
    if (!line.trim()) {
      // a page's end leaves a blank line before its number: the sentence goes on over it
      if (skip.has(next)) return;
      out.push(line);
      open = false;
      lastProse = false;
      return;
    }
    // a header on one page only: a short line after a page's number, inside a sentence going on
    if (afterPage && open && !runsToEdge(k) && !facts[k].ends && next >= 0) {
      afterPage = false;
      return;
    }
    afterPage = false;
    const prev = out[out.length - 1];
    const joins =
      prev !== undefined &&
      lastProse &&
      facts[k].prose &&
      (CLOSING.test(line) ||
        (open &&
          !/^\s/.test(line) &&
          !HEADING_START.test(line) &&
          (!HEADING_START.test(prev) || /[。，,]/.test(prev))));
    if (joins)
      out[out.length - 1] = prev + (/[A-Za-z]$/.test(prev) && /^[A-Za-z]/.test(line) ? " " : "") + line;
    else out.push(line);
    open = runsToEdge(k);
    lastProse = facts[k].prose;
  });
  return out.join("\n");
}
