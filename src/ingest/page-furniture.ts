// A printed document's running header and footer (the issuer's or the gazette's name, the
// document's title, 第 3 页 共 12 页) come back on every page between the body's lines, where they
// break a sentence running over the page's end and read as the body's text (an issuer taken from
// a header). They are the short lines repeated, numbers aside, at the top or the bottom of most
// pages, as PDF readers' header and footer removal finds them.

/** Lines at each end of a page looked at: a header or footer of two lines is found. */
const EDGE_LINES = 2;
/** Longer than this a line is the body's, however often it comes back. */
const MAX_CHARS = 40;
/** A line is furniture when it comes back on at least this share of the pages, and twice. */
const MIN_PAGE_SHARE = 0.4;

/** What a repeated line keeps from page to page: its words, not its page's number. */
const keyOf = (line: string) => line.replace(/\s+/g, "").replace(/\d+/g, "#");

/** The indices of the running header's and footer's lines, for lines given page by page
 *  (`pages[p]` the indices of page p's lines, top to bottom; blank lines and tables' rows are
 *  left out by the caller). */
export function runningFurniture(lines: readonly string[], pages: readonly number[][]): Set<number> {
  const pagesOf = new Map<string, Set<number>>();
  const edges = pages.map((page) => {
    const atEdge = new Set([...page.slice(0, EDGE_LINES), ...page.slice(-EDGE_LINES)]);
    return [...atEdge].filter((k) => {
      const text = lines[k].trim();
      return text !== "" && text.length <= MAX_CHARS;
    });
  });
  edges.forEach((ks, p) => {
    for (const k of ks) {
      const key = keyOf(lines[k]);
      const seen = pagesOf.get(key) ?? new Set<number>();
      seen.add(p);
      pagesOf.set(key, seen);
    }
  });
  const out = new Set<number>();
  const enough = Math.max(2, MIN_PAGE_SHARE * pages.length);
  for (const ks of edges)
    for (const k of ks) if ((pagesOf.get(keyOf(lines[k]))?.size ?? 0) >= enough) out.add(k);
  return out;
}
