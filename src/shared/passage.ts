// A passage cut out of a document around a span, for a reader who does not have the document
// open: the span whole, a little of the text on each side, stopped where the sentence or line
// ends, and marked (……) where the text goes on. One rule for every place that quotes: the
// assessment's citations, the draft check's findings, the terminal's review, the task search.

/** How a passage is cut around its span. */
export interface PassageCut {
  /** characters of context at most on each side of the span */
  context: number;
  /** a character where the context stops (a sentence end, a line break); none: the context
   *  runs its full length. The stop before the span is the previous sentence's and is left
   *  out; one after it ends the span's sentence and is kept, unless it is a line break. */
  stop?: RegExp;
}

/** The span and the words around it, each side marked when the text goes on past it. */
export interface Passage {
  before: string;
  span: string;
  after: string;
  /** the text goes on before `before` (its sentence or line is cut there) */
  cutBefore: boolean;
  /** the text goes on after `after` */
  cutAfter: boolean;
}

/** A stop character that is not shown: the passage ends before a line break. */
const HIDDEN_STOP = /\s/u;

/** text.slice(start, end) with at most `cut.context` characters each side, stopped at the
 *  nearest stop character. A window starting just after a stop, or ending just before a hidden
 *  one (a line break), is whole; a shown stop (。) just past the window is not in the passage, so
 *  the passage is cut there. The window never splits a character written as two UTF-16 units. */
export function passageAround(text: string, start: number, end: number, cut: PassageCut): Passage {
  const { context, stop } = cut;
  let from = Math.max(0, start - context);
  let cutBefore = from > 0;
  let to = Math.min(text.length, end + context);
  let cutAfter = to < text.length;
  if (stop) {
    // the character just before the window counts too: a window starting a sentence is whole
    for (let k = start - 1; k >= Math.max(0, from - 1); k--)
      if (stop.test(text[k])) {
        from = k + 1;
        cutBefore = false;
        break;
      }
    for (let k = end; k <= to && k < text.length; k++) {
      if (!stop.test(text[k])) continue;
      const shown = !HIDDEN_STOP.test(text[k]);
      // a shown stop must fit in the window; a hidden one may sit just after it
      if (shown && k === to) break;
      to = shown ? k + 1 : k;
      cutAfter = false;
      break;
    }
  }
  // keep a surrogate pair (𠀀, rare characters of names) whole: move the edge inwards
  if (from < start && splitsPair(text, from)) from++;
  if (to > end && splitsPair(text, to)) to--;
  return {
    before: text.slice(from, start),
    span: text.slice(start, end),
    after: text.slice(end, to),
    cutBefore,
    cutAfter,
  };
}

/** `at` falls between the two halves of a character written as two UTF-16 units (a surrogate
 *  pair: an emoji, 𠀀): text cut there shows half a character. */
export const splitsPair = (text: string, at: number) =>
  at > 0 && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Line breaks and runs of spaces read as one space. */
export const oneLine = (s: string) => s.replace(/\s+/gu, " ");

// The printed citation (assessment reports and score sheets): the span's sentence.

/** Characters of context each side of a cited span. */
const CITATION_CONTEXT = 30;
/** A cited span longer than this (a whole section) is shown by its opening words. */
const CITATION_LONGEST = 120;
/** Where a sentence (or a line) ends: the citation's context stops there. */
const SENTENCE_END = /[。！？；!?;\n]/u;
const CITATION_ELLIPSIS = "……";

/**
 * The passage text.slice(start, end) quoted with its sentence: at most 30 characters either
 * side, cut at a sentence end when one falls in that window, and …… where the sentence goes
 * on. Whitespace (line breaks of the source) reads as one space.
 */
export function citedPassage(text: string, start: number, end: number): string {
  const matched = text.slice(start, end);
  if (matched.length > CITATION_LONGEST)
    return `${oneLine(matched.slice(0, CITATION_LONGEST)).trim()}${CITATION_ELLIPSIS}`;
  const p = passageAround(text, start, end, { context: CITATION_CONTEXT, stop: SENTENCE_END });
  const body = oneLine(`${p.before}${p.span}${p.after}`).trim();
  return `${p.cutBefore ? CITATION_ELLIPSIS : ""}${body}${p.cutAfter ? CITATION_ELLIPSIS : ""}`;
}

// A finding beside the text it concerns (the draft check a unit sees before submitting).

/** Characters each side of a finding's span (CJK: about half a line of the report). */
const FINDING_CONTEXT = 16;
/** A finding's span longer than this (a copied passage) is shown by its beginning. */
const FINDING_LONGEST = 40;

export interface FindingContext {
  before: string;
  text: string;
  after: string;
}

/** Fewer characters than this beside the span on its line (a lone "?" on a line of its own)
 *  do not locate it: the context then reaches into the lines around it. */
const FINDING_LINE_LEAST = 4;

/** The span and the words around it on its line, with … where the line goes on; when its line
 *  holds little else, the words of the lines around it, line breaks read as one space. Null
 *  without a span or with one outside the text. */
export function findingContext(
  text: string,
  start: number | null,
  end: number | null,
): FindingContext | null {
  if (start === null || end === null || start < 0 || end > text.length || end < start) return null;
  let p = passageAround(text, start, end, { context: FINDING_CONTEXT, stop: /\n/u });
  if ((p.before + p.after).replace(/\s/gu, "").length < FINDING_LINE_LEAST) {
    // a reader finds "?" by the words before and after it, wherever the lines break
    const wide = passageAround(text, start, end, { context: FINDING_CONTEXT });
    p = { ...wide, before: oneLine(wide.before).trimStart(), after: oneLine(wide.after).trimEnd() };
  }
  return {
    before: (p.cutBefore ? "…" : "") + p.before,
    // a long span (a copied passage) is cut: the context locates it, the check does not quote it
    text: p.span.length > FINDING_LONGEST ? `${p.span.slice(0, FINDING_LONGEST)}…` : p.span,
    after: p.after + (p.cutAfter ? "…" : ""),
  };
}

// A finding in the terminal's review: the span marked 【】 in a few words of its text.

const MARKED_CONTEXT = 8;

/** The span in 【】 with eight characters each side, on one line. */
export function markedPassage(text: string, start: number, end: number): string {
  const p = passageAround(text, start, end, { context: MARKED_CONTEXT });
  return oneLine(
    `${p.cutBefore ? "…" : ""}${p.before}【${p.span}】${p.after}${p.cutAfter ? "…" : ""}`,
  ).trim();
}
