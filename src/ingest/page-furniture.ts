// A printed document's running header and footer (the issuer's or the gazette's name, the
// document's title, 第 3 页 共 12 页) come back on every page between the body's lines, where they
// break a sentence running over the page's end and read as the body's text (an issuer taken from
// a header). They are the short lines repeated, numbers aside, at the top or the bottom of
// several pages, as PDF readers' header and footer removal finds them. Two readers look for them
// with these rules: the PDF reader, which knows its pages, and the reader of text copied out of
// a PDF, which knows a page's end only by the page's number left on a line of its own.
import { PAGE_NUMBER } from "./line-breaks.ts";

/** Lines at each end of a page looked at: a header or footer of two lines is found. */
const EDGE_LINES = 2;
/** Longer than this a line is the body's, however often it comes back. */
const MAX_CHARS = 40;
/** A line is furniture when it comes back on at least this share of the pages, and twice. */
const MIN_PAGE_SHARE = 0.4;
/** In copied text only the line right after a page's number is looked at (the next page's
 *  top): there, the same line coming back twice is evidence enough. */
const MIN_PAGES_AFTER_NUMBER = 2;
/** …but a line that only matches with its numbers aside must come back on this share of the
 *  pages, at least MIN_PAGES_NUMBERS_ASIDE times, and hold MIN_HAN_NUMBERS_ASIDE Han characters:
 *  attachments and tables start on a new page too (附件1 … 附件2, 表1 … 表2, a date, a row of
 *  figures), and without page boundaries nothing else tells them from a gazette's 第3期 … 第4期. */
const MIN_PAGES_NUMBERS_ASIDE = 3;
const MIN_HAN_NUMBERS_ASIDE = 4;

/** What a repeated line keeps from page to page: its words, not its page's number. */
const keyOf = (line: string) => line.replace(/\s+/g, "").replace(/\d+/g, "#");
/** The line itself, spaces aside. */
const exactKeyOf = (line: string) => line.replace(/\s+/g, "");
const hanCount = (text: string) => text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;

/** Whether a line could be a header or footer at all: written, and short. */
const couldBeFurniture = (line: string) => {
  const text = line.trim();
  return text !== "" && text.length <= MAX_CHARS;
};

/** A page number alone on its line (— 2 —, 第3页, 3/12). */
export const isPageNumber = (line: string) => {
  const text = line.trim();
  return text !== "" && PAGE_NUMBER.test(text);
};

/** The lines among each page's candidates (`candidates[p]`, indices into `lines`) whose words
 *  come back on at least `enough` pages. */
function repeatedOnPages(
  lines: readonly string[],
  candidates: number[][],
  enough: number,
  keyFor: (line: string) => string = keyOf,
): Set<number> {
  const pagesOf = new Map<string, Set<number>>();
  candidates.forEach((ks, p) => {
    for (const k of ks) {
      const key = keyFor(lines[k]);
      const seen = pagesOf.get(key);
      if (seen) seen.add(p);
      else pagesOf.set(key, new Set([p]));
    }
  });
  const out = new Set<number>();
  for (const ks of candidates)
    for (const k of ks) if ((pagesOf.get(keyFor(lines[k]))?.size ?? 0) >= enough) out.add(k);
  return out;
}

/** The indices of the running header's and footer's lines, for lines given page by page
 *  (`pages[p]` the indices of page p's lines, top to bottom; blank lines and tables' rows are
 *  left out by the caller). */
export function runningFurniture(lines: readonly string[], pages: readonly number[][]): Set<number> {
  const edges = pages.map((page) =>
    [...new Set([...page.slice(0, EDGE_LINES), ...page.slice(-EDGE_LINES)])].filter((k) =>
      couldBeFurniture(lines[k]),
    ),
  );
  return repeatedOnPages(lines, edges, Math.max(2, MIN_PAGE_SHARE * pages.length));
}

/** Page furniture of text copied out of a PDF, whose pages show only by their numbers: the
 *  page numbers, and a running header (the line right after a number, the next page's top).
 *  `next[k]` is the index of the next written line after line k (-1: none). */
export function pageNumberFurniture(lines: readonly string[], next: readonly number[]): Set<number> {
  const numbers: number[] = [];
  lines.forEach((line, k) => {
    if (isPageNumber(line)) numbers.push(k);
  });
  const tops = numbers.map((k) => (next[k] >= 0 && couldBeFurniture(lines[next[k]]) ? [next[k]] : []));
  const out = repeatedOnPages(lines, tops, MIN_PAGES_AFTER_NUMBER, exactKeyOf);
  const worded = tops.map((ks) => ks.filter((k) => hanCount(lines[k]) >= MIN_HAN_NUMBERS_ASIDE));
  const enough = Math.max(MIN_PAGES_NUMBERS_ASIDE, MIN_PAGE_SHARE * numbers.length);
  for (const k of repeatedOnPages(lines, worded, enough)) out.add(k);
  for (const k of numbers) out.add(k);
  return out;
}
