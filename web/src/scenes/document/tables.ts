// A record's statistics tables as tables: the decoders write a table's row as one line with its
// cells apart by a tab, so consecutive lines holding a tab are one table, each tab a cell's edge.
// The text is not changed: every block, row and cell is a range of the record's own offsets, and
// the marked pieces of the text (facts, noise, headings, comments) are cut at the cells' edges.
// Which lines are a table's is the engine's own judgement (src/structure/table-lines.ts).
// Pure (no React), unit-tested in test/document-segments-tables.test.ts; drawn by components/TextBlocks.tsx.

import { tableLineKinds } from "../../../../src/structure/table-lines.ts";

export interface Range {
  start: number;
  end: number;
}

export interface TableCell extends Range {
  /** how many columns it covers (a lone label row spans the table; a header's empty cell
   *  after a named one is that one spanning) */
  span: number;
  /** a number (108, 99.7%, 125件), not a year: drawn aligned to the right */
  number: boolean;
}

export interface TableRow extends Range {
  cells: TableCell[];
}

export type TextBlock =
  | ({ kind: "text" } & Range)
  | ({ kind: "table"; columns: number; header: boolean; rows: TableRow[] } & Range);

/** A cell holding a number with at most a short unit after it; a year (2023年) is a header. */
const NUMBER = /^[-+]?\d[\d,]*(?:\.\d+)?\s*[^\d\s]{0,3}$/;
const YEAR = /^(?:19|20)\d{2}(?:年度?)?$/;

export function isNumberCell(cell: string): boolean {
  const c = cell.trim();
  return NUMBER.test(c) && !YEAR.test(c);
}

/** The row's cells as ranges: the text between tabs (a tab is no cell's content). */
function splitRow(text: string, start: number, end: number): Range[] {
  const cells: Range[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === "\t") {
      cells.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return cells;
}

const isEmpty = (text: string, r: Range) => text.slice(r.start, r.end).trim() === "";

function table(text: string, lines: Range[]): TextBlock {
  const raw = lines.map((l) => splitRow(text, l.start, l.end));
  // trailing empty cells (a last cell's colspan) do not widen the table
  const filled = (cells: Range[]) => {
    let n = cells.length;
    while (n > 0 && isEmpty(text, cells[n - 1])) n--;
    return n;
  };
  const columns = Math.max(1, ...raw.map(filled));
  // a first row without numbers names the columns
  const header = raw[0].every((c) => !isNumberCell(text.slice(c.start, c.end)));
  const rows = raw.map((cells, r): TableRow => {
    const row = { start: lines[r].start, end: lines[r].end };
    const n = filled(cells);
    const cell = (c: Range, span = 1): TableCell => ({
      ...c,
      span,
      number: isNumberCell(text.slice(c.start, c.end)),
    });
    // a row with one label and nothing else (a section of the table) spans it
    if (n <= 1) return { ...row, cells: [cell(cells[0], columns)] };
    const out: TableCell[] = [];
    for (const c of cells.slice(0, columns)) {
      const last = out[out.length - 1];
      // the header's empty cell after a named one: that one spans it (金额(万元) over two years)
      if (r === 0 && header && last && isEmpty(text, c)) last.span++;
      else out.push(cell(c));
    }
    const used = out.reduce((s, c) => s + c.span, 0);
    // a short row gets empty cells up to the table's width, at its end
    for (let k = used; k < columns; k++) out.push({ start: row.end, end: row.end, span: 1, number: false });
    return { ...row, cells: out };
  });
  return { kind: "table", start: lines[0].start, end: lines[lines.length - 1].end, columns, header, rows };
}

/** The text as blocks: prose, and tables (runs of the lines the engine reads as a table's:
 *  rows of two cells or more, a category row spanning them between rows; not a lone line with a
 *  tab, a caption with its unit, or a paragraph indented by a tab). The line break before and
 *  after a table, and a blank line after it, belong to no block (the table's edge breaks the
 *  line). */
export function textBlocks(text: string): TextBlock[] {
  const lines: Array<Range & { text: string }> = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  const kinds = tableLineKinds(lines);
  const blocks: TextBlock[] = [];
  let textFrom = 0;
  for (let k = 0; k < lines.length; ) {
    if (!kinds[k]) {
      k++;
      continue;
    }
    let j = k;
    while (j < lines.length && kinds[j]) j++;
    const before = lines[k].start - 1;
    if (before > textFrom) blocks.push({ kind: "text", start: textFrom, end: before });
    blocks.push(table(text, lines.slice(k, j)));
    textFrom = lines[j - 1].end + 1;
    // the blank line the decoders leave after a table: the table's margin stands for it
    if (text[textFrom] === "\n") textFrom++;
    k = j;
  }
  if (textFrom < text.length) blocks.push({ kind: "text", start: textFrom, end: text.length });
  return blocks;
}

export type Placed<P extends Range> =
  | ({ kind: "text"; pieces: P[] } & Range)
  | ({
      kind: "table";
      columns: number;
      header: boolean;
      rows: Array<Range & { cells: Array<TableCell & { pieces: P[] }> }>;
    } & Range);

/** The pieces (in order, apart, as cutPieces gives them) inside each block and cell, a piece
 *  that crosses an edge cut there (each part keeps its marks). */
export function placePieces<P extends Range>(blocks: TextBlock[], pieces: P[]): Placed<P>[] {
  let k = 0;
  const within = (r: Range): P[] => {
    while (k < pieces.length && pieces[k].end <= r.start) k++;
    const out: P[] = [];
    for (let j = k; j < pieces.length && pieces[j].start < r.end; j++) {
      const p = pieces[j];
      const start = Math.max(p.start, r.start);
      const end = Math.min(p.end, r.end);
      if (end > start) out.push(start === p.start && end === p.end ? p : { ...p, start, end });
    }
    return out;
  };
  return blocks.map((b) =>
    b.kind === "text"
      ? { ...b, pieces: within(b) }
      : {
          ...b,
          rows: b.rows.map((row) => ({
            ...row,
            cells: row.cells.map((c) => ({ ...c, pieces: within(c) })),
          })),
        },
  );
}

/** The pieces of a text with marks at some spans (comments): every character in one piece,
 *  a mark's span one piece (an overlapping later mark is left out). */
export function markPieces<M extends Range>(length: number, marks: M[]): Array<Range & { mark: M | null }> {
  const out: Array<Range & { mark: M | null }> = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end <= m.start) continue;
    if (m.start > at) out.push({ start: at, end: m.start, mark: null });
    out.push({ start: m.start, end: Math.min(m.end, length), mark: m });
    at = m.end;
  }
  if (at < length) out.push({ start: at, end: length, mark: null });
  return out;
}
