// Ruled tables on a PDF page, found as pdfplumber and Tabula's "lattice" mode find them: the
// page's drawn lines and thin rectangles are the tables' rules; where horizontal and vertical
// rules cross are the corners of cells; each text run goes to the cell it sits in. A cell's
// wrapped lines are one cell again, so a task table's row is one line of cells, as the Word and
// HTML readers give it.

/** A rule: horizontal (`y` fixed, from x0 to x1) or vertical (`x` fixed, from y0 to y1). */
interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A table: its column and row boundaries (x left to right, y top to bottom in page space, y up),
 *  and its cells with the grid positions they cover. */
export interface RuledTable extends Box {
  cells: Array<Box & { row: number; col: number; rows: number; cols: number }>;
  nRows: number;
  nCols: number;
  /** the columns' sides, left to right */
  xs: number[];
}

/** Most crossings of rules a page is searched for tables in (a form has a few thousand). */
const MAX_CROSSINGS = 250_000;
/** Rules closer than this (points) are one; a rule ends within it of a crossing. */
const SNAP = 2.5;
/** A filled shape this thin is a rule, not an area. */
const THIN = 3;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** The operator codes this reader needs (pdf.js's OPS). */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  moveTo: number;
  lineTo: number;
  rectangle: number;
  /** curves: their coordinates are skipped (no curve is a rule) */
  curveTo: number;
  curveTo2: number;
  curveTo3: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  /** operators that paint the path before them (stroke, fill…) */
  paints: Set<number>;
}

/** The page's rules from its operator list (pdf.js 4: constructPath carries its sub-operators
 *  and their coordinates; the painting operator follows it). */
export function pageRules(
  fnArray: ArrayLike<number>,
  argsArray: unknown[],
  ops: PathOps,
): { h: Rule[]; v: Rule[] } {
  const h: Rule[] = [];
  const v: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  let pending: Array<[number, number, number, number]> = [];
  const segment = (ax: number, ay: number, bx: number, by: number) => {
    const [x0, y0] = apply(ctm, ax, ay);
    const [x1, y1] = apply(ctm, bx, by);
    pending.push([x0, y0, x1, y1]);
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0])) ctm = multiply(args[0] as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath && args) {
      const [subOps, coords] = args as [number[], number[]];
      let k = 0;
      let x = 0;
      let y = 0;
      for (const op of subOps) {
        if (op === ops.moveTo) {
          x = coords[k++];
          y = coords[k++];
        } else if (op === ops.lineTo) {
          const nx = coords[k++];
          const ny = coords[k++];
          segment(x, y, nx, ny);
          x = nx;
          y = ny;
        } else if (op === ops.rectangle) {
          const [rx, ry, rw, rh] = [coords[k++], coords[k++], coords[k++], coords[k++]];
          segment(rx, ry, rx + rw, ry);
          segment(rx + rw, ry, rx + rw, ry + rh);
          segment(rx + rw, ry + rh, rx, ry + rh);
          segment(rx, ry + rh, rx, ry);
        } else k += coordsOf(op, ops);
      }
    } else if (ops.paints.has(fn)) {
      addRules(pending, h, v);
      pending = [];
    } else if (pending.length && fn !== ops.constructPath) pending = [];
  }
  return { h: merge(h), v: merge(v) };
}

/** How many coordinates a path operator other than moveTo/lineTo/rectangle takes (curves; a
 *  closePath none). */
function coordsOf(op: number, ops: PathOps): number {
  if (op === ops.curveTo) return 6;
  if (op === ops.curveTo2 || op === ops.curveTo3) return 4;
  return 0;
}

/** A painted path's axis-aligned segments as rules; a thin filled shape (a rule drawn as a
 *  rectangle one point high) is one rule along its length. */
function addRules(segments: Array<[number, number, number, number]>, h: Rule[], v: Rule[]) {
  if (segments.length === 0) return;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const [ax, ay, bx, by] of segments) {
    x0 = Math.min(x0, ax, bx);
    x1 = Math.max(x1, ax, bx);
    y0 = Math.min(y0, ay, by);
    y1 = Math.max(y1, ay, by);
  }
  if (y1 - y0 <= THIN && x1 - x0 > THIN) {
    h.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
    return;
  }
  if (x1 - x0 <= THIN && y1 - y0 > THIN) {
    v.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
    return;
  }
  for (const [ax, ay, bx, by] of segments) {
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) > THIN)
      h.push({ at: ay, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) > THIN)
      v.push({ at: ax, from: Math.min(ay, by), to: Math.max(ay, by) });
  }
}

/** Rules on one line (within SNAP) that touch or overlap are one. */
function merge(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const r of sorted) {
    // `out` stays in order of position: the rules near this one are at its end
    let near = out.length;
    while (near > 0 && out[near - 1].at >= r.at - SNAP) near--;
    const same = out.slice(near).filter((o) => r.from <= o.to + SNAP && r.to >= o.from - SNAP);
    if (same.length === 0) {
      out.push({ ...r });
      continue;
    }
    const into = same[0];
    into.from = Math.min(into.from, r.from, ...same.map((s) => s.from));
    into.to = Math.max(into.to, r.to, ...same.map((s) => s.to));
    for (const s of same.slice(1)) out.splice(out.indexOf(s), 1);
  }
  return out;
}

const covers = (r: Rule, at: number) => r.from - SNAP <= at && at <= r.to + SNAP;
const crosses = (h: Rule, v: Rule) => covers(h, v.at) && covers(v, h.at);

/** Union-find over indices: `link` joins two; `sets` gives the joined sets. */
function unionFind(n: number) {
  const parent = Array.from({ length: n }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  };
  return {
    link: (a: number, b: number) => {
      parent[find(a)] = find(b);
    },
    sets: (): number[][] => {
      const out = new Map<number, number[]>();
      for (let k = 0; k < n; k++) {
        const root = find(k);
        const set = out.get(root);
        if (set) set.push(k);
        else out.set(root, [k]);
      }
      return [...out.values()];
    },
  };
}

/** Distinct coordinates (within SNAP). */
function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const x of [...values].sort((a, b) => a - b))
    if (!out.length || x - out[out.length - 1] > SNAP) out.push(x);
  return out;
}

/** The page's ruled tables. Rules that cross are one table; its rules' positions are the grid's
 *  columns and rows; two neighbouring slots of the grid are one cell where no rule parts them
 *  (a cell spanning rows or columns, or a cell left open at a page's top because it goes on from
 *  the page before). One cell (a frame around text) or a row of two is no table. */
export function ruledTables(h: Rule[], v: Rule[]): RuledTable[] {
  const tables: RuledTable[] = [];
  // a page drawn with more rules than this is a chart or a scan's vector trace, not a form
  if (h.length * v.length > MAX_CROSSINGS) return tables;
  const tied = unionFind(h.length + v.length);
  h.forEach((x, a) => {
    v.forEach((y, b) => {
      if (crosses(x, y)) tied.link(a, h.length + b);
    });
  });
  for (const members of tied.sets()) {
    const hs = members.filter((k) => k < h.length).map((k) => h[k]);
    const vs = members.filter((k) => k >= h.length).map((k) => v[k - h.length]);
    if (hs.length < 2 || vs.length < 2) continue;
    const xs = distinct(vs.map((r) => r.at));
    const ys = distinct(hs.map((r) => r.at)).reverse();
    const nCols = xs.length - 1;
    const nRows = ys.length - 1;
    // one row of three cells or more is a table's too: the part of a table on the next page
    if (nCols < 2 || nRows < 1 || (nRows === 1 && nCols < 3)) continue;
    const slot = (r: number, c: number) => r * nCols + c;
    const midY = (r: number) => (ys[r] + ys[r + 1]) / 2;
    const midX = (c: number) => (xs[c] + xs[c + 1]) / 2;
    const walled = (c: number, r: number) => vs.some((w) => near(w.at, xs[c]) && covers(w, midY(r)));
    const floored = (r: number, c: number) => hs.some((w) => near(w.at, ys[r]) && covers(w, midX(c)));
    const joined = unionFind(nRows * nCols);
    for (let r = 0; r < nRows; r++)
      for (let c = 0; c < nCols; c++) {
        if (c + 1 < nCols && !walled(c + 1, r)) joined.link(slot(r, c), slot(r, c + 1));
        if (r + 1 < nRows && !floored(r + 1, c)) joined.link(slot(r, c), slot(r + 1, c));
      }
    const cells = joined.sets().map((slots) => {
      const rows = slots.map((k) => Math.floor(k / nCols));
      const cols = slots.map((k) => k % nCols);
      const [row, col] = [Math.min(...rows), Math.min(...cols)];
      const [lastRow, lastCol] = [Math.max(...rows), Math.max(...cols)];
      return {
        x0: xs[col],
        x1: xs[lastCol + 1],
        y0: ys[lastRow + 1],
        y1: ys[row],
        row,
        col,
        rows: lastRow - row + 1,
        cols: lastCol - col + 1,
      };
    });
    if (cells.length < 2) continue;
    cells.sort((a, b) => slot(a.row, a.col) - slot(b.row, b.col));
    tables.push({ x0: xs[0], x1: xs[nCols], y0: ys[nRows], y1: ys[0], cells, nRows, nCols, xs });
  }
  return tables;
}

const near = (a: number, b: number) => Math.abs(a - b) <= SNAP;

/** Line breaking keeps these off a line's start (with the character before them) and end. */
const NO_LINE_START = /^.?[》」』）)】，,。．.、；;：:！!？?”’%]/;
const NO_LINE_END = /[《「『（(【“‘]$/;

/** A text run on the page: its string, where its first character sits, its width. */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

/** The cell of a table a run sits in (by its first character's middle), or null. */
export function cellAt(table: RuledTable, t: PlacedText): number | null {
  const x = t.x + t.size / 2;
  const y = t.y + t.size * 0.35;
  if (x < table.x0 || x > table.x1 || y < table.y0 || y > table.y1) return null;
  const k = table.cells.findIndex((c) => c.x0 <= x && x <= c.x1 && c.y0 <= y && y <= c.y1);
  return k < 0 ? null : k;
}

/** A cell's runs as one text: lines top to bottom, runs left to right. A line that fills the cell
 *  wrapped and goes on without a break; one that stops short was broken on purpose (two units
 *  one under the other) and is apart by a space, as the HTML reader gives a <br>. */
export function cellText(runs: PlacedText[], cell: Box): string {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  let out = "";
  let lastY = Number.NaN;
  let right = 0;
  let size = 0;
  for (const r of sorted) {
    const text = r.str.replace(/\s+/g, " ");
    const newLine = !Number.isNaN(lastY) && Math.abs(r.y - lastY) > r.size * 0.5;
    if (newLine) {
      // a line may stop short for a character that cannot start a line (条|例》): still a wrap
      const short = cell.x1 - right > 2 * size && !NO_LINE_START.test(text) && !NO_LINE_END.test(out);
      const latin = /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(text);
      out = out.trimEnd() + (short || latin ? " " : "") + text.trimStart();
    } else out += text;
    lastY = r.y;
    right = newLine ? r.x + r.width : Math.max(right, r.x + r.width);
    size = r.size;
  }
  return out.replace(/\s+/g, " ").trim();
}

/** The table's rows as the other readers give them: per row, each cell's text (a cell spanning
 *  rows is empty in the rows under its first, none after a row's last cell), with the columns
 *  a cell spans; rows with no text left out. */
export function tableRows(table: RuledTable, texts: string[]): Array<{ texts: string[]; spans: number[] }> {
  const rows: Array<{ texts: string[]; spans: number[] }> = [];
  for (let r = 0; r < table.nRows; r++) {
    const texts_: string[] = [];
    const spans: number[] = [];
    let own = 0;
    for (let c = 0; c < table.nCols; ) {
      const k = table.cells.findIndex((x) => x.col === c && x.row <= r && r < x.row + x.rows);
      const cell = table.cells[k];
      const span = cell ? Math.max(1, cell.cols) : 1;
      const mine = cell !== undefined && cell.row === r;
      texts_.push(mine ? texts[k] : "");
      spans.push(span);
      if (mine) own = texts_.length;
      c += span;
    }
    if (!texts_.some(Boolean)) continue;
    rows.push({ texts: texts_.slice(0, own), spans: spans.slice(0, own) });
  }
  return rows;
}
