// Reading order of the text boxes on a page: top to bottom, and a column at a time when the
// page is set in columns. A recursive XY-cut: a region splits at a vertical gutter that runs
// through it, otherwise into horizontal bands; consecutive bands that share a gutter are a
// column block and are cut again, so a title spanning both columns stays above them. A
// gutter counts only between runs of text lines; table cells are read row by row.

/** A recognised box in the deskewed frame of its page. */
export interface Piece {
  x0: number;
  x1: number;
  /** centre of the box across the text direction */
  cy: number;
  /** full box height (text plus the detector's margin) */
  h: number;
}

export interface Row<T extends Piece> {
  pieces: T[];
  /** the column the row sits in, as left and right edges (most rows start and end there) */
  column: { x0: number; x1: number };
}

/** Bands overlap only through their middle part: the detector's margins touch between lines. */
const CORE = 0.25;
/** a gutter is at least this many box heights wide */
const GUTTER = 1.2;
/** a column of text has lines at least this many box heights long (half of them) */
const COLUMN_LINE = 6;

export function readingOrder<T extends Piece>(pieces: T[]): Row<T>[] {
  if (pieces.length === 0) return [];
  const heights = pieces.map((p) => p.h).sort((a, b) => a - b);
  const unit = heights[Math.floor(heights.length / 2)];
  const rows: Row<T>[] = [];
  cut(pieces, unit, rows);
  return rows;
}

function extent(pieces: Piece[]): { x0: number; x1: number } {
  return { x0: Math.min(...pieces.map((p) => p.x0)), x1: Math.max(...pieces.map((p) => p.x1)) };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function cut<T extends Piece>(pieces: T[], unit: number, rows: Row<T>[]): void {
  const whole = columnsOf(pieces, unit);
  if (whole) {
    for (const column of whole) cut(column, unit, rows);
    return;
  }
  const bands = bandsOf(pieces);
  const spans = bands.map(extent);
  // where most rows of the region start and end (indents and short last lines are fewer)
  const column = {
    x0: quantile(
      spans.map((s) => s.x0),
      0.1,
    ),
    x1: quantile(
      spans.map((s) => s.x1),
      0.9,
    ),
  };
  const emit = (band: T[]) => rows.push({ pieces: [...band].sort((a, b) => a.x0 - b.x0), column });
  for (const { bands: block, gutter } of gutterBlocks(bands, unit)) {
    const pieces = block.flat();
    const sides =
      gutter === null ? [] : [pieces.filter((p) => p.x1 <= gutter), pieces.filter((p) => p.x0 >= gutter)];
    if (block.length >= 2 && sides.every((side) => isTextColumn(side, unit)))
      for (const side of sides) cut(side, unit, rows);
    else block.forEach(emit);
  }
}

/** Consecutive bands grouped while none crosses a common gutter (a candidate block of columns);
 * the gutter is kept as its middle line. */
function gutterBlocks<T extends Piece>(
  bands: T[][],
  unit: number,
): Array<{ bands: T[][]; gutter: number | null }> {
  const blocks: Array<{ bands: T[][]; gutter: number | null }> = [];
  for (const band of bands) {
    const last = blocks[blocks.length - 1];
    const middle = last?.gutter ?? null;
    // a band with lines on both sides of the gutter, or on one side only, goes on
    if (middle !== null && band.every((p) => p.x1 <= middle || p.x0 >= middle)) last.bands.push(band);
    else {
      const gap = gapsOf(band, unit * GUTTER)[0];
      blocks.push({ bands: [band], gutter: gap ? (gap[0] + gap[1]) / 2 : null });
    }
  }
  return blocks;
}

/** The region's columns when gutters run through it and every side is a column of text. */
function columnsOf<T extends Piece>(pieces: T[], unit: number): T[][] | null {
  const columns = splitAt(pieces, unit * GUTTER);
  return columns.length >= 2 && columns.every((c) => isTextColumn(c, unit)) ? columns : null;
}

/** Half or more of a column's bands are long lines of text, not cells. */
function isTextColumn(pieces: Piece[], unit: number): boolean {
  const widths = bandsOf(pieces).map((band) => {
    const { x0, x1 } = extent(band);
    return x1 - x0;
  });
  const long = widths.filter((w) => w >= unit * COLUMN_LINE).length;
  return widths.length >= 2 && long * 2 >= widths.length;
}

/** Horizontal bands: pieces whose middle parts overlap vertically belong to one band. */
function bandsOf<T extends Piece>(pieces: T[]): T[][] {
  const sorted = [...pieces].sort((a, b) => a.cy - b.cy);
  const bands: T[][] = [];
  let bottom = Number.NEGATIVE_INFINITY;
  for (const p of sorted) {
    if (p.cy - p.h * CORE > bottom) {
      bands.push([p]);
      bottom = p.cy + p.h * CORE;
    } else {
      bands[bands.length - 1].push(p);
      bottom = Math.max(bottom, p.cy + p.h * CORE);
    }
  }
  return bands;
}

/** Vertical gaps at least `min` wide between the pieces' horizontal extents. */
function gapsOf(pieces: Piece[], min: number): Array<[number, number]> {
  const sorted = [...pieces].sort((a, b) => a.x0 - b.x0);
  const gaps: Array<[number, number]> = [];
  let right = sorted[0].x1;
  for (const p of sorted.slice(1)) {
    if (p.x0 - right >= min) gaps.push([right, p.x0]);
    right = Math.max(right, p.x1);
  }
  return gaps;
}

function splitAt<T extends Piece>(pieces: T[], min: number): T[][] {
  const gaps = gapsOf(pieces, min);
  if (gaps.length === 0) return [pieces];
  const groups: T[][] = gaps.map(() => []).concat([[]]);
  for (const p of pieces) {
    const k = gaps.findIndex(([, end]) => p.x0 < end);
    groups[k === -1 ? gaps.length : k].push(p);
  }
  return groups.filter((g) => g.length > 0);
}
