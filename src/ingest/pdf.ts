// PDF → text with pdf.js (legacy build: the modern one needs DOMMatrix, absent on Node 20).
// pdf.js breaks lines inside Chinese sentences; they are joined back here.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { unifyRadicals } from "../normalize/normalize.ts";
import { TABLE_END, endTables, rowLine } from "./cells.ts";
import { InputError } from "./errors.ts";
import { HEADING_START, PAGE_NUMBER, SENTENCE_END } from "./line-breaks.ts";
import { runningFurniture } from "./page-furniture.ts";
import {
  type PathOps,
  type PlacedText,
  cellAt,
  cellText,
  pageRules,
  ruledTables,
  tableRows,
} from "./pdf-tables.ts";
import type { Limits } from "./limits.ts";

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));

interface TextItem {
  str: string;
  hasEOL?: boolean;
  width?: number;
  height?: number;
  transform?: number[];
}

/** A gap between text runs on one line this many font sizes wide or more parts a table's
 *  cells (pdf.js gives it as a blank run as wide as the gap); the engine reads cells by tabs. */
const CELL_GAP_EMS = 2;

const MIN_CHARS_PER_PAGE = 5;

/** A letter-spaced line (法  治  政  府, a title drawn a character at a time) is no table row:
 *  its characters stay apart by a space, as pdf.js gives them. */
const spacedOut = (line: string) =>
  line.includes("\t") && line.split("\t").every((run) => run.trim().length <= 1)
    ? line.replace(/\t/g, " ")
    : line;

/** A line as pdf.js gave it, with where it starts and ends on the page when known. */
export interface PdfLine {
  text: string;
  left?: number;
  right?: number;
  size?: number;
}

/** The value below which a share of the values lie. */
const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) * share)] : 0;
};

/** The body's right margin: where most lines that run furthest right end (wrapped lines of a
 *  paragraph end there, within a character); null when no two of the furthest-reaching lines
 *  end together (a page of a few lines, whose right edges are a title's and a signature's). */
function rightMargin(lines: PdfLine[]): number | null {
  const rights = lines
    .map((l) => ({ at: l.right as number, size: l.size ?? 10 }))
    .sort((a, b) => b.at - a.at);
  let best: { at: number; n: number } | null = null;
  // wrapped lines reach further right than nearly all others: clusters of short lines are none
  const reach = percentile(
    rights.map((r) => r.at),
    0.9,
  );
  for (let k = 0; k < rights.length && rights[k].at >= reach - 3 * rights[k].size; k++) {
    let n = 0;
    for (let j = k; j < rights.length && rights[k].at - rights[j].at <= 1.5 * rights[k].size; j++) n++;
    // the cluster's middle line: one line reaching past the others (a header's) does not set it
    if (n >= 2 && (!best || n > best.n)) best = { at: rights[k + Math.floor(n / 2)].at, n };
  }
  return best && best.n >= Math.max(2, 0.1 * rights.length) ? best.at : null;
}

/** A line wrapped inside a sentence ends in a word, a number, a comma or a closing sign (》 ” ）,
 *  half-width ones too: many reports are typed with them). */
const GOES_ON = /[\u4e00-\u9fff，,、\d》”’"%）)A-Za-z]$/;

/** Join lines that pdf.js split inside a sentence; keep real paragraph breaks. A line that
 * wrapped runs to the text's right margin (measured on the page; by its length in characters
 * when the page gave no places), and the line after it is not indented as a paragraph's first. */
export function joinPdfLines(lines: PdfLine[]): string {
  // prose lines only: a table's row (cells apart by tabs) is as long as its cells
  const prose = lines.filter((l) => l.text.trim() && !l.text.includes("\t") && !l.text.includes(TABLE_END));
  const placed = prose.filter((l) => l.right !== undefined && l.left !== undefined);
  const margin = rightMargin(placed);
  const leftMargin = percentile(
    placed.map((l) => l.left as number),
    0.1,
  );
  const fullWidth = percentile(
    prose.map((l) => l.text.trim().length),
    0.9,
  );
  const fills = (l: PdfLine, next: string) =>
    l.right !== undefined && margin !== null
      ? l.right >= margin - (2 + 0.6 * (/^[\dA-Za-z.,%]+/.exec(next)?.[0].length ?? 0)) * (l.size ?? 10) &&
        // a centred line (a title) is no body text, however far right it reaches
        (l.left as number) <= leftMargin + 3 * (l.size ?? 10)
      : l.text.trim().length >= Math.max(15, fullWidth * 0.85);
  const indented = (l: PdfLine) =>
    l.left !== undefined && margin !== null && l.left > leftMargin + 1.5 * (l.size ?? 10);
  const out: string[] = [];
  let last: PdfLine | null = null;
  for (const raw of lines) {
    const line = raw.text.replace(/\s+$/, "");
    if (!line.trim() || PAGE_NUMBER.test(line.trim())) continue;
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined &&
      last !== null &&
      !SENTENCE_END.test(prev) &&
      !HEADING_START.test(line) &&
      // a heading's line ends there, unless its paragraph goes on after the title (（三）公共法律服务。全县…)
      (!HEADING_START.test(prev) || /[。，,]/.test(prev)) &&
      // a table's rows (cells apart by tabs) are lines of their own
      !line.includes("\t") &&
      !prev.includes("\t") &&
      GOES_ON.test(prev) &&
      fills(last, line.trimStart()) &&
      // a wrapped line is in its paragraph's type (a title above the text is larger)
      Math.abs((last.size ?? 10) - (raw.size ?? 10)) <= 0.15 * (raw.size ?? 10) &&
      !indented(raw);
    if (continues) out[out.length - 1] = prev + line.trimStart();
    else out.push(line);
    last = raw;
  }
  return out.join("\n");
}

export async function pdfToText(bytes: Uint8Array, file: string, limits: Limits): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: join(pdfjsRoot, "cmaps") + "/",
      cMapPacked: true,
      standardFontDataUrl: join(pdfjsRoot, "standard_fonts") + "/",
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password/i.test(message)) throw new InputError("unsupported", file, "PDF 已加密，需要密码");
    throw new InputError("corrupt", file, `PDF 无法解析：${message.slice(0, 120)}`);
  }
  try {
    if (doc.numPages > limits.maxPdfPages) {
      throw new InputError("too-large", file, `PDF 共 ${doc.numPages} 页，超过上限 ${limits.maxPdfPages} 页`);
    }
    const lines: PdfLine[] = [];
    // each page's lines of prose, by index: where a running header or footer would be
    const pageLines: number[][] = [];
    let chars = 0;
    const ops = pathOps(pdfjs.OPS);
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const operators = await page.getOperatorList();
      const { h, v } = pageRules(operators.fnArray, operators.argsArray, ops);
      const tables = h.length && v.length ? ruledTables(h, v) : [];
      // each table's runs by cell; the table's rows go where its first run came
      const items = (content.items as TextItem[]).filter((item) => typeof item.str === "string");
      const placedRuns = items.map(placedOf);
      const cellOf = cellsOfRuns(placedRuns, tables);
      const runs = tables.map((t) => t.cells.map((): PlacedText[] => []));
      const pageStart = lines.length;
      const placed: Array<{ table: number; at: number }> = [];
      let line: PdfLine = { text: "" };
      let size = 0;
      const endLine = () => {
        if (line.text.trim()) lines.push({ ...line, text: spacedOut(line.text) });
        line = { text: "" };
      };
      items.forEach((item, k) => {
        const blank = item.str.trim() === "";
        const run = placedRuns[k];
        const at = cellOf[k];
        if (run && at) {
          // the spaces pdf.js puts between a table's runs are no text of its cells
          if (blank) return;
          runs[at.table][at.cell].push(run);
          if (!placed.some((x) => x.table === at.table)) {
            endLine();
            placed.push({ table: at.table, at: lines.length });
            lines.push({ text: "" });
          }
          return;
        }
        if (blank && size > 0 && (item.width ?? 0) >= CELL_GAP_EMS * size) line.text += "\t";
        else line.text += item.str;
        if (!blank && item.height) size = item.height;
        if (run && !blank) {
          line.left = Math.min(line.left ?? run.x, run.x);
          line.right = Math.max(line.right ?? 0, run.x + run.width);
          line.size = run.size;
        }
        if (item.hasEOL) endLine();
      });
      endLine();
      for (const { table, at } of placed) lines[at] = { text: tableText(tables[table], runs[table]) };
      const prose: number[] = [];
      for (let k = pageStart; k < lines.length; k++) if (!placed.some((t) => t.at === k)) prose.push(k);
      pageLines.push(prose);
      page.cleanup();
      chars += lines.length;
      if (chars > limits.maxTextChars) throw new InputError("too-large", file, "PDF 文字超过上限");
    }
    // text layers built from fonts' radical glyphs read 工作 as ⼯作
    const furniture = runningFurniture(
      lines.map((l) => l.text),
      pageLines,
    );
    const body = lines.filter((_, k) => !furniture.has(k));
    const text = endTables(joinPdfLines(body.map((l) => ({ ...l, text: unifyRadicals(l.text) }))));
    // a scan carries no text, or only a page number or a stamp's few characters per page
    if (text.replace(/\s/g, "").length < MIN_CHARS_PER_PAGE * doc.numPages)
      throw new InputError("no-text-layer", file, "PDF 中几乎没有可提取的文字");
    return text;
  } finally {
    await doc.destroy();
  }
}

/** The operator codes the table reader needs, from pdf.js's OPS. */
function pathOps(OPS: Record<string, number>): PathOps {
  return {
    save: OPS.save,
    restore: OPS.restore,
    transform: OPS.transform,
    constructPath: OPS.constructPath,
    moveTo: OPS.moveTo,
    lineTo: OPS.lineTo,
    rectangle: OPS.rectangle,
    curveTo: OPS.curveTo,
    curveTo2: OPS.curveTo2,
    curveTo3: OPS.curveTo3,
    paintFormXObjectBegin: OPS.paintFormXObjectBegin,
    paintFormXObjectEnd: OPS.paintFormXObjectEnd,
    paints: new Set(
      [
        "stroke",
        "closeStroke",
        "fill",
        "eoFill",
        "fillStroke",
        "eoFillStroke",
        "closeFillStroke",
        "closeEOFillStroke",
      ].map((name) => OPS[name]),
    ),
  };
}

/** Most runs of a table's text that may cross its cells' sides: a page laid out in boxes and
 *  highlights (a report printed from the web) draws rules that part no cells — its lines run
 *  across them. */
const MAX_CROSSING_SHARE = 0.05;
/** Narrower than this many characters of its text, an empty column is a gutter, no column. */
const NARROWEST_COLUMN = 0.9;

/** Each run's table and cell, or null; a table whose runs cross its cells' sides is none. */
function cellsOfRuns(
  runs: Array<PlacedText | null>,
  tables: ReturnType<typeof ruledTables>,
): Array<{ table: number; cell: number } | null> {
  const found = runs.map((run) => {
    if (!run) return null;
    for (let table = 0; table < tables.length; table++) {
      const cell = cellAt(tables[table], run);
      if (cell !== null) return { table, cell, run };
    }
    return null;
  });
  const crossing = tables.map(() => 0);
  const sizes: number[][] = tables.map(() => []);
  // the columns holding text of their own (in a cell of one column)
  const holding = tables.map(() => new Set<number>());
  for (const f of found) {
    if (!f?.run.str.trim()) continue;
    sizes[f.table].push(f.run.size);
    const cell = tables[f.table].cells[f.cell];
    if (cell.cols === 1) holding[f.table].add(cell.col);
    const box = tables[f.table].cells[f.cell];
    if (f.run.x + f.run.width > box.x1 + f.run.size / 2) crossing[f.table]++;
  }
  const real = tables.map((table, t) => {
    const size = [...sizes[t]].sort((a, b) => a - b)[sizes[t].length >> 1] ?? 0;
    // an empty column narrower than a character is the gutter between a page's boxes
    const gutter = table.xs.some(
      (x, c) => c > 0 && x - table.xs[c - 1] < NARROWEST_COLUMN * size && !holding[t].has(c - 1),
    );
    return !gutter && crossing[t] <= Math.max(1, MAX_CROSSING_SHARE * sizes[t].length);
  });
  return found.map((f) => (f && real[f.table] ? { table: f.table, cell: f.cell } : null));
}

/** Where an upright run sits (rotated runs are no table's). */
function placedOf(item: TextItem): PlacedText | null {
  const m = item.transform;
  if (m?.[1] !== 0 || m[2] !== 0) return null;
  return {
    str: item.str,
    x: m[4],
    y: m[5],
    size: item.height || Math.abs(m[3]) || 10,
    width: item.width ?? 0,
  };
}

/** A ruled table's rows as lines of cells, then the end of the table; a table that is a page's
 *  layout box (one cell a row, or a cell too long to stand on a line) gives its cells' texts as
 *  lines. */
function tableText(table: Parameters<typeof tableRows>[0], runs: PlacedText[][]): string {
  const texts = runs.map((cell, k) => cellText(cell, table.cells[k]));
  const out: string[] = [];
  for (const row of tableRows(table, texts)) {
    const line = rowLine(row.texts, row.spans);
    if (line === null) out.push(...row.texts.filter(Boolean));
    else out.push(line);
  }
  out.push(TABLE_END);
  return out.join("\n");
}
