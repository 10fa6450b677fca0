// Which lines are a table's. The decoders give a table row as one line, its cells apart by a tab
// (src/ingest/html.ts, docx.ts, pdf.ts); a row whose one cell spans the table's width (一、行政处罚
// over the rows of that category) keeps the tabs of the columns it spans. Such lines are the
// table's, not the document's: no heading of its outline, and no break in the table.
import {
  BAR_ROW,
  BAR_ROWS_MIN,
  BAR_RULE,
  CAPTION_NUMBER,
  CATEGORY_LINE,
  CELL_GAP,
  CELL_LINE_COLUMNS_MIN,
  CELL_LINE_HEADER_MAX,
  CELL_LINE_ROWS_MIN,
  NUMBER_CELL,
  ORDINAL_CELL,
  PLACEHOLDER_CELL,
  STATS_HEADER_CELL,
  UNIT_LINE,
  YEAR_HEADER,
} from "../rules/tables.ts";
import {
  AREA_HEADER,
  COOPERATE_HEADER,
  DUE_HEADER,
  LEAD_HEADER,
  NO_HEADER,
  RESPONSIBLE_HEADER,
  TASK_HEADER,
} from "../rules/task-tables.ts";
import type { Span } from "../types.ts";

/** A cell of a row: its text, trimmed, and where that text stands. */
export interface TableCell extends Span {
  text: string;
}

const TAB = /\t/g;

/** The cells of norm[from, to), apart at each match of `gap` (a global pattern: tabs by default).
 *  An empty cell keeps its place (its span is empty). */
export function splitCells(norm: string, from: number, to: number, gap: RegExp = TAB): TableCell[] {
  const line = norm.slice(from, to);
  const cells: TableCell[] = [];
  const cellAt = (a: number, b: number) => {
    const raw = line.slice(a, b);
    const text = raw.trim();
    const start = from + a + (text ? raw.indexOf(text) : 0);
    cells.push({ start, end: start + text.length, text });
  };
  gap.lastIndex = 0;
  let at = 0;
  for (let m = gap.exec(line); m; m = gap.exec(line)) {
    cellAt(at, m.index);
    at = m.index + m[0].length;
  }
  cellAt(at, line.length);
  return cells;
}

/**
 * The text with tables drawn with bars (a | b | c) written as tabbed ones, the way the decoders
 * give tables: in a run of at least BAR_ROWS_MIN lines of two bars or more, each bar is a tab and
 * a Markdown rule line (|---|---|) is left with its tabs alone, a blank row. The length is kept,
 * so every offset into it is one into the text.
 */
export function barsAsTabs(norm: string): string {
  if (!norm.includes("|")) return norm;
  const lines = norm.split("\n");
  const isRow = lines.map((l) => BAR_ROW.test(l));
  let out = "";
  for (let k = 0; k < lines.length; ) {
    let end = k;
    while (end < lines.length && isRow[end]) end++;
    if (end - k >= BAR_ROWS_MIN) {
      for (let j = k; j < end; j++) {
        const row = BAR_RULE.test(lines[j]) ? lines[j].replace(/[^|]/g, " ") : lines[j];
        out += `${row.replace(/\|/g, "\t")}\n`;
      }
      k = end;
    } else {
      for (let j = k; j < Math.max(end, k + 1); j++) out += `${lines[j]}\n`;
      k = Math.max(end, k + 1);
    }
  }
  return out.slice(0, norm.length);
}

const TASK_HEADERS = [
  NO_HEADER,
  TASK_HEADER,
  AREA_HEADER,
  LEAD_HEADER,
  COOPERATE_HEADER,
  RESPONSIBLE_HEADER,
  DUE_HEADER,
];
/** A line that is one header cell of a table copied one cell per line. */
const headerCell = (t: string) =>
  t.length <= CELL_LINE_HEADER_MAX &&
  (STATS_HEADER_CELL.test(t) || TASK_HEADERS.some((h) => h.test(t.replace(/\s+/g, ""))));
/** A row's number (1, 12, 一): a task table's first cell. */
const ROW_NUMBER = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]?$/;
/** A statistics table's value: a number, with its unit (49件, 3.2万份), or a placeholder (—). */
const isValue = (t: string) => NUMBER_CELL.test(t) || COUNTED_CELL.test(t) || PLACEHOLDER_CELL.test(t);
const COUNTED_CELL = /^\d[\d,]*(?:\.\d+)?[万亿]?[\u4e00-\u9fff]{1,3}$/;

/**
 * The text with tables copied out of Word or PDF one cell per line (序号 / 重点任务 / 牵头单位 /
 * 完成时限 / 1 / 健全… / 县司法局 / 2024年6月底前 / 2 / …) written as tabbed ones: after a header of
 * at least CELL_LINE_COLUMNS_MIN known column names, each following run of as many lines that
 * reads as a row — a row number first (a task table), or a label and values only (a statistics
 * table) — is one line, its cells apart by tabs. The rows end at the first run that is no row. The
 * length is kept (the line break after a cell becomes a tab, blank lines after it spaces), so
 * every offset into it is one into the text.
 */
export function cellLinesAsTabs(norm: string): string {
  const lines = splitAt(norm);
  const tabs = new Set<number>(); // offsets of the line breaks that part two cells of a row
  for (let k = 0; k < lines.length; ) {
    let n = 0;
    while (k + n < lines.length && headerCell(lines[k + n].text)) n++;
    if (n < CELL_LINE_COLUMNS_MIN) {
      k += Math.max(1, n);
      continue;
    }
    const numbered = NO_HEADER.test(lines[k].text);
    const rows: number[] = [];
    const fits = (at: number) => {
      if (at + n > lines.length) return false;
      const row = lines.slice(at, at + n).map((l) => l.text);
      // a row number where a cell should stand: a cell was empty and left no line, the rows are
      // out of step from here
      return numbered
        ? ROW_NUMBER.test(row[0]) && !row.slice(1).some((t) => ROW_NUMBER.test(t))
        : !isValue(row[0]) && !headerCell(row[0]) && row.slice(1).every(isValue);
    };
    for (let at = k + n; ; at += n) {
      // category lines (一、行政复议, (二)…) between rows stay lines of their own, when rows follow
      // them: after the last row one is the document's next heading
      let next = at;
      while (next < lines.length && CATEGORY_LINE.test(lines[next].text) && !fits(next)) next++;
      if (!fits(next)) break;
      rows.push(next);
      at = next;
    }
    if (rows.length < CELL_LINE_ROWS_MIN) {
      k += n;
      continue;
    }
    for (const at of [k, ...rows]) for (let j = at; j < at + n - 1; j++) tabs.add(j);
    k = rows[rows.length - 1] + n;
  }
  if (tabs.size === 0) return norm;
  let out = "";
  let from = 0;
  for (const j of [...tabs].sort((a, b) => a - b)) {
    const { end } = lines[j];
    const next = lines[j + 1].start;
    // one tab parts the cells; blank lines between them (a copy with a blank line after each
    // cell) are spaces, which the cell after them is trimmed of — no empty column
    out += `${norm.slice(from, end)}\t${" ".repeat(next - end - 1)}`;
    from = next;
  }
  return out + norm.slice(from);
}

/** The non-blank lines of a text: each one's trimmed text, where it ends and where the next starts. */
function splitAt(norm: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (let start = 0; start < norm.length; ) {
    let end = norm.indexOf("\n", start);
    if (end < 0) end = norm.length;
    const text = norm.slice(start, end).trim();
    if (text) out.push({ text, start, end });
    start = end + 1;
  }
  return out;
}

/** A row of two cells or more next to another line of the table. */
export const TABLE_ROW = 1;
/** A row whose only cell is its first (the columns after it empty), between rows of the table. */
export const CATEGORY_ROW = 2;

const SPACES_GAP = new RegExp(CELL_GAP.source, "g");

/** How many cells of a tabbed line hold text (0 when the line has no tab); -1 for a caption
 *  (单位:件 in a cell of its own: it heads no columns). A line laid out in columns of spaces (a
 *  table copied as text out of a PDF: 收到申请    41    49) counts as such a row when it holds
 *  values after its label, or is a row of years (项目    2022年    2023年): a line of words apart by
 *  spaces may be prose or a heading (一、  总体要求), never taken for a row. */
function filledCells(text: string): number {
  if (!text.includes("\t")) return spacedCells(text);
  let filled = 0;
  for (const cell of text.split("\t")) {
    const t = cell.trim();
    if (!t) continue;
    if (UNIT_LINE.test(t)) return -1;
    filled++;
  }
  return filled;
}

/** The cells of a line laid out in columns of spaces that reads as a statistics table's row (see
 *  filledCells), or 0. */
function spacedCells(text: string): number {
  const line = text.trim();
  if (!line.includes("  ")) return 0;
  const cells = line.split(SPACES_GAP);
  if (cells.length < 2 || CAPTION_NUMBER.test(cells[0]) || UNIT_LINE.test(cells[cells.length - 1])) return 0;
  const rest = cells.slice(1);
  const years = rest.every((c) => YEAR_HEADER.test(c));
  return years || rest.some((c) => isValue(c) && !YEAR_HEADER.test(c)) ? cells.length : 0;
}

/** Per line: TABLE_ROW, CATEGORY_ROW or 0. `lines` are consecutive lines of the text (a gap in
 *  them — a blank line left out — is no line between). */
export function tableLineKinds(lines: ReadonlyArray<{ text: string }>): Uint8Array {
  const n = lines.length;
  const kinds = new Uint8Array(n);
  const filled = lines.map((l) => filledCells(l.text));
  const first = (text: string) => text.split("\t", 1)[0].trim() !== "";
  // a category's line that lost its tabs (一、行政复议 alone between rows) spans the table as well,
  // when the row after it holds values (a number, a row's number): before a header row it is the
  // document's heading over the next table
  const valuesAfter = (k: number) => {
    let j = k + 1;
    while (j < n && filled[j] === 0 && CATEGORY_LINE.test(lines[j].text.trim())) j++;
    const holdsValue = (c: string) => (isValue(c) && !YEAR_HEADER.test(c)) || ORDINAL_CELL.test(c);
    return (
      j < n &&
      lines[j].text
        .trim()
        .split(CELL_GAP)
        .some((c) => holdsValue(c.trim()))
    );
  };
  const spanning = (k: number) =>
    (filled[k] === 1 && first(lines[k].text)) ||
    (filled[k] === 0 && CATEGORY_LINE.test(lines[k].text.trim()) && valuesAfter(k));
  for (let k = 0; k < n; ) {
    if (!spanning(k)) {
      k++;
      continue;
    }
    // a run of spanning rows counts when rows of two cells or more stand on both sides
    let after = k + 1;
    while (after < n && spanning(after)) after++;
    if (k > 0 && after < n && filled[k - 1] >= 2 && filled[after] >= 2) kinds.fill(CATEGORY_ROW, k, after);
    k = after;
  }
  for (let k = 0; k < n; k++) {
    if (filled[k] < 2) continue;
    const near = (j: number) => j >= 0 && j < n && (filled[j] >= 2 || kinds[j] === CATEGORY_ROW);
    if (near(k - 1) || near(k + 1)) kinds[k] = TABLE_ROW;
  }
  return kinds;
}
