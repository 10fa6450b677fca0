// HTML → plain text the way a saved page reads: the page title on the first line, then
// every block of the body on its own line. Page metadata in <meta> tags is read first,
// because it is often the only place a publication date survives.
import { hiddenByStyle } from "../rules/hidden-styles.ts";
import type { Span } from "../types.ts";
import { parseHTML } from "linkedom";
import { columnSpan, MAX_TABLE_CELL } from "./cells.ts";
import { flattenDeepNesting } from "./html-depth.ts";

export interface PageHints {
  title?: string;
  published?: string;
  /** text the page hides from its reader (display:none, pushed off the page), as spans of the
   *  decoded text: kept, so hidden spam still tells of a hijack, but never read as the report */
  hidden?: Span[];
}

const BLOCK = new Set(
  "address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul center".split(
    " ",
  ),
);
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "iframe",
  "svg",
  "object",
  "select",
  "button",
]);
const CELL = new Set(["td", "th"]);
/** Marks a cell's end until its line is made (whitespace in the text itself is collapsed). */
const CELL_END = "\u0001";
/** Around each piece of hidden text until the text is joined; then taken out, as spans. */
const HIDDEN_START = "\u0003";
const HIDDEN_END = "\u0004";
const MARKS = /[\u0003\u0004]/g;
/** A page that hides most of its text shows it by script (tabs, a fade-in): none of it is hidden. */
const MAX_HIDDEN_SHARE = 0.5;

const META_DATE = [
  "pubdate",
  "publishdate",
  "firstpublishedtime",
  "article:published_time",
  "dc.date",
  "publish_date",
];
const META_TITLE = ["articletitle", "og:title"];

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** How many cells a table row holds. */
function cellsIn(row: DomNode | null | undefined): number {
  let n = 0;
  if (row)
    for (let i = 0; i < row.childNodes.length; i++)
      if (CELL.has(row.childNodes[i].nodeName.toLowerCase())) n++;
  return n;
}

export function htmlToText(page: string): { text: string; hints: PageHints } {
  const { html } = flattenDeepNesting(page, (name) => BLOCK.has(name));
  const { document } = parseHTML(html);
  const hints: PageHints = {};
  for (const meta of document.querySelectorAll("meta")) {
    const key = (meta.getAttribute("name") ?? meta.getAttribute("property") ?? "").toLowerCase();
    const content = meta.getAttribute("content")?.trim();
    if (!content) continue;
    if (META_DATE.includes(key) && !hints.published) hints.published = content;
    if (META_TITLE.includes(key) && !hints.title) hints.title = content;
  }
  const lines: string[] = [];
  const pageTitle = document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim();
  if (pageTitle) lines.push(pageTitle);
  let current = "";
  const flush = () => {
    // a table's cells stay apart by a tab (the engine reads statistics tables by their cells)
    const line = current
      .replace(/[ \t\r\n\f]+/g, " ")
      // the last cell's mark ends the row; an empty cell elsewhere keeps its column
      .replace(/ ?\u0001 ?$/, "")
      .replace(/ ?\u0001 ?/g, "\t")
      .replace(/^ +| +$/g, "");
    if (line) lines.push(line);
    current = "";
  };
  // inside a small cell (no table of its own), paragraphs and line breaks are one line
  let inline = 0;
  // each open table's columns still covered by a cell of a row above (rowspan), and the column
  // the row being read has reached: a covered column is an empty cell, so columns stay apart
  const grids: Array<{ covered: number[]; column: number }> = [];
  let hidden = 0;
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      const t = (node.textContent ?? "").replace(MARKS, "");
      const words = hidden ? /^(\s*)(.*?)(\s*)$/s.exec(t) : null;
      current += words?.[2] ? `${words[1]}${HIDDEN_START}${words[2]}${HIDDEN_END}${words[3]}` : t;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    if (name === "br") {
      if (inline) current += " ";
      else flush();
      return;
    }
    const cell = CELL.has(name);
    const el = node as unknown as {
      textContent: string | null;
      getElementsByTagName?(t: string): { length: number };
      getAttribute?(a: string): string | null;
      parentNode?: DomNode | null;
    };
    const hides = el.getAttribute?.("hidden") != null || hiddenByStyle(el.getAttribute?.("style"));
    if (hides) hidden++;
    const span = columnSpan(el.getAttribute?.("colspan"));
    const grid = grids.at(-1);
    if (name === "tr" && grid) grid.column = 0;
    let coveredBefore = 0;
    if (cell && grid) while ((grid.covered[grid.column + coveredBefore] ?? 0) > 0) coveredBefore++;
    // a data table's cell (beside others, or spanning their columns), not a page's layout box
    const small =
      cell &&
      (span > 1 || coveredBefore > 0 || cellsIn(el.parentNode) > 1) &&
      (el.textContent ?? "").length <= MAX_TABLE_CELL &&
      !el.getElementsByTagName?.("table").length;
    if (cell && grid) {
      for (let k = 0; k < coveredBefore; k++) grid.covered[grid.column++]--;
      if (small) current += CELL_END.repeat(coveredBefore);
      const rows = Math.max(1, Math.min(100, Number(el.getAttribute?.("rowspan")) || 1));
      for (let k = 0; k < span; k++) grid.covered[grid.column + k] = rows - 1;
    }
    if (name === "table") grids.push({ covered: [], column: 0 });
    if (small) inline++;
    const block = BLOCK.has(name) && !inline;
    if (block) flush();
    else if (inline && BLOCK.has(name)) current += " ";
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (small) inline--;
    if (cell && grid) grid.column += span;
    // columns covered after the row's last cell are empty cells of this row too (a 同比 column
    // spanning both header rows), or the row's cells would be read a column to the left
    if (name === "tr" && grid && current.includes(CELL_END)) {
      let last = grid.covered.length;
      while (last > grid.column && !(grid.covered[last - 1] > 0)) last--;
      current += CELL_END.repeat(Math.max(0, last - grid.column));
    }
    // columns covered after the row's last cell: one row less to cover
    if (name === "tr" && grid)
      for (let c = grid.column; c < grid.covered.length; c++) if (grid.covered[c] > 0) grid.covered[c]--;
    if (name === "table") grids.pop();
    if (hides) hidden--;
    if (block) flush();
    else if (cell) current += CELL_END.repeat(span);
    // a blank line after a table of cells: the next table's rows are not taken for its own
    if (name === "table" && !inline && lines.at(-1)?.includes("\t")) lines.push("");
  };
  const body = (document.body ?? document.documentElement) as unknown as DomNode | null;
  if (body) walk(body);
  flush();
  while (lines.at(-1) === "") lines.pop();
  const { text, spans } = takeHidden(lines.join("\n"));
  if (spans.length) hints.hidden = spans;
  return { text, hints };
}

/** The text without the hidden-text marks, and where the marked text stands in it (pieces apart
 *  only by white space are one span); none when most of the text is hidden. */
function takeHidden(marked: string): { text: string; spans: Span[] } {
  if (!marked.includes(HIDDEN_START)) return { text: marked, spans: [] };
  const spans: Span[] = [];
  let text = "";
  let from = 0;
  let open = -1;
  for (const m of marked.matchAll(MARKS)) {
    text += marked.slice(from, m.index);
    from = m.index + 1;
    if (m[0] === HIDDEN_START) {
      open = text.length;
      continue;
    }
    const last = spans.at(-1);
    if (last && text.slice(last.end, open).trim() === "") last.end = text.length;
    else spans.push({ start: open, end: text.length });
  }
  text += marked.slice(from);
  const share = spans.reduce((n, s) => n + s.end - s.start, 0) / Math.max(1, text.trim().length);
  return { text, spans: share > MAX_HIDDEN_SHARE ? [] : spans };
}
