// A cited passage as a printed page shows it: the document's words at the span with a little of
// the sentence around them, so that a reader without the app sees what a score rests on.

/** Words of context each side of a short span; the span itself is never cut unless too long. */
const CONTEXT = 30;
/** A span longer than this (a whole section) is shown by its opening words. */
const LONGEST = 120;
/** Where a sentence (or a line) ends: the context stops there rather than mid-sentence. */
const SENTENCE_END = /[。！？；!?;\n]/u;
const ELLIPSIS = "……";

const flat = (s: string) => s.replace(/\s+/gu, " ").trim();

/**
 * The passage text.slice(start, end) quoted with its sentence: at most CONTEXT characters
 * either side, cut at a sentence end when one falls in that window, and …… where the
 * sentence goes on. Whitespace (line breaks of the source) reads as one space.
 */
export function excerpt(text: string, start: number, end: number): string {
  const matched = text.slice(start, end);
  if (matched.length > LONGEST) return `${flat(matched.slice(0, LONGEST))}${ELLIPSIS}`;
  let from = Math.max(0, start - CONTEXT);
  const before = text.slice(from, start);
  let lead = from > 0;
  for (let k = before.length - 1; k >= 0; k--)
    if (SENTENCE_END.test(before[k])) {
      from += k + 1;
      lead = false;
      break;
    }
  let to = Math.min(text.length, end + CONTEXT);
  const after = text.slice(end, to);
  let tail = to < text.length;
  for (let k = 0; k < after.length; k++)
    if (SENTENCE_END.test(after[k])) {
      to = end + k + 1;
      tail = false;
      break;
    }
  const body = flat(`${text.slice(from, start)}${matched}${text.slice(end, to)}`);
  return `${lead ? ELLIPSIS : ""}${body}${tail ? ELLIPSIS : ""}`;
}

/** The web app's page of a document opened at a span (DocumentScene reads ?at=start-end). */
export const passageUrl = (baseUrl: string, documentId: number, start: number, end: number) =>
  `${baseUrl.replace(/\/+$/u, "")}/documents/${documentId}?at=${start}-${end}`;
