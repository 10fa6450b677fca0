// DOCX → text with mammoth. mammoth never inflates anything itself: it reads the parts through
// our counted reader (zip-read.ts), so what it gets is bounded by the bytes really inflated,
// not by what the archive's headers claim.
import { createRequire } from "node:module";
import { columnSpan, endTables, rowLine, TABLE_END } from "./cells.ts";
import { InputError } from "./errors.ts";
import type { Limits } from "./limits.ts";
import { guardDocx, listZipEntries } from "./zip-guard.ts";
import { inflateBudget, readZipEntry } from "./zip-read.ts";

/** mammoth's document tree, as its reader gives it (its raw-text converter loses table rows:
 *  every cell would be a line of its own). */
interface DocElement {
  type: string;
  value?: string;
  children?: DocElement[];
  /** a table cell's width and height in columns and rows */
  colSpan?: number;
  rowSpan?: number;
}
const require = createRequire(import.meta.url);
const docxReader = require("mammoth/lib/docx/docx-reader") as {
  read(file: MammothZip): Promise<{ value: DocElement }>;
};

/** The text of a document tree: a paragraph a line (mammoth's raw text), and a table row a
 *  line whose cells are apart by a tab — the engine reads statistics tables by their cells. A
 *  row of one cell, or with a cell longer than a table's, is a page's layout: its paragraphs
 *  stay lines. A cell spanning columns keeps their tabs (一、行政处罚 over a category's rows). */
function textOf(element: DocElement): string {
  if (element.type === "text") return element.value ?? "";
  if (element.type === "tab") return "\t";
  if (element.type === "table") return tableText(element.children ?? []);
  const inner = (element.children ?? []).map(textOf).join("");
  return element.type === "paragraph" ? `${inner}\n\n` : inner;
}

/** A table's rows. A cell spanning rows (rowSpan: mammoth leaves out the cells it covers below)
 *  leaves an empty cell in each row it covers, so columns stay apart. */
function tableText(rows: DocElement[]): string {
  const covered: number[] = [];
  let out = "";
  for (const row of rows) {
    if (row.type !== "tableRow") {
      out += textOf(row);
      continue;
    }
    const cells: DocElement[] = [];
    let column = 0;
    const cover = () => {
      while ((covered[column] ?? 0) > 0) {
        covered[column++]--;
        cells.push(COVERED);
      }
    };
    for (const cell of row.children ?? []) {
      cover();
      cells.push(cell);
      const span = spanOf(cell);
      for (let k = 0; k < span; k++) covered[column + k] = Math.max(0, Math.min(100, cell.rowSpan ?? 1) - 1);
      column += span;
    }
    // columns covered after the row's last cell are empty cells of this row too (a 同比 column
    // spanning both header rows), or the row's cells would be read a column to the left
    let last = covered.length;
    while (last > column && !((covered[last - 1] ?? 0) > 0)) last--;
    for (; column < last; column++) {
      if (covered[column] > 0) covered[column]--;
      cells.push(COVERED);
    }
    out += rowText(cells);
  }
  return out.includes("\t") ? `${out}${TABLE_END}` : out;
}

/** A cell covered by one above it (a placeholder: no text). */
const COVERED: DocElement = { type: "tableCell", children: [] };
const spanOf = (cell: DocElement) => columnSpan(cell.colSpan);

function rowText(cells: DocElement[]): string {
  const texts = cells.map((cell) => textOf(cell));
  const line = rowLine(
    texts.map((t) => t.replace(/\s+/g, " ").trim().replaceAll(TABLE_END, "")),
    cells.map(spanOf),
  );
  return line === null ? texts.join("\n\n") : `${line}\n\n`;
}

/** The archive interface mammoth accepts as `{file}` in place of its own JSZip reader. */
interface MammothZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: unknown): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

function countedZip(bytes: Uint8Array, file: string, limits: Limits): MammothZip {
  const entries = new Map(listZipEntries(bytes, file).map((e) => [e.name, e]));
  const budget = inflateBudget(limits);
  return {
    exists: (name) => entries.has(name),
    async read(name, encoding) {
      const entry = entries.get(name);
      if (!entry) throw new InputError("corrupt", file, `Word 文档缺少部件 ${name}`);
      const data = readZipEntry(bytes, entry, file, budget);
      if (encoding === "base64") return Buffer.from(data).toString("base64");
      return encoding ? new TextDecoder(encoding).decode(data) : data;
    },
    write() {
      throw new Error("read-only archive");
    },
    toArrayBuffer: () => Promise.reject(new Error("read-only archive")),
  };
}

export async function docxToText(bytes: Uint8Array, file: string, limits: Limits): Promise<string> {
  guardDocx(bytes, file, limits);
  let value: string;
  try {
    value = textOf((await docxReader.read(countedZip(bytes, file, limits))).value);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError("corrupt", file, `Word 文档无法解析：${message.slice(0, 120)}`);
  }
  // mammoth separates paragraphs with a blank line; one paragraph per line is enough, and a
  // blank line after a table of cells
  const text = endTables(value.replace(/\r\n?/g, "\n").replace(/\n{2,}/g, "\n")).trim();
  if (!text) throw new InputError("empty", file, "Word 文档中没有文字");
  return text;
}
