// DOCX → text with mammoth. mammoth never inflates anything itself: it reads the parts through
// our counted reader (zip-read.ts), so what it gets is bounded by the bytes really inflated,
// not by what the archive's headers claim.
import { createRequire } from "node:module";
import { columnSpan, endTables, rowLine, TABLE_END } from "./cells.ts";
import { type ListRef, ListCounters, WordNumbering, type XmlElement } from "./docx-numbering.ts";
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
  /** a paragraph's list and level, as our numbering lookup answered mammoth (docx-numbering.ts) */
  numbering?: ListRef | null;
}
const require = createRequire(import.meta.url);

// mammoth's own reader (docx-reader.read) builds its numbering lookup from numbering.xml and
// keeps on a paragraph only whether it is ordered and its level — not its list (numId), not
// the numbering a paragraph style gives in styles.xml — so the number Word shows cannot be
// rebuilt from its tree. Matching document.xml's w:numPr to mammoth's paragraphs by order
// would break on what mammoth merges or skips (deleted paragraph marks, mc:AlternateContent
// text boxes). So the document is read here with mammoth's own part readers and body reader,
// as docx-reader.read does, but with our lookup: mammoth asks it for each paragraph's numPr (or
// style) and keeps its answer on the paragraph, in the tree, in place. Footnotes, endnotes and
// comments, which our text never included, are not read.
const mammoth = {
  partPaths: require("mammoth/lib/docx/docx-reader")._findPartPaths as (
    zip: MammothZip,
  ) => Promise<PartPaths>,
  readXml: require("mammoth/lib/docx/office-xml-reader").readXmlFromZipFile as (
    zip: MammothZip,
    path: string,
  ) => Promise<XmlElement | null>,
  createBodyReader: require("mammoth/lib/docx/body-reader").createBodyReader as (options: object) => unknown,
  DocumentXmlReader: require("mammoth/lib/docx/document-xml-reader").DocumentXmlReader as new (
    options: object,
  ) => {
    convertXmlToDocument(xml: XmlElement): { value: DocElement };
  },
  styles: require("mammoth/lib/docx/styles-reader") as {
    readStylesXml(xml: XmlElement): unknown;
    defaultStyles: unknown;
  },
  relationships: require("mammoth/lib/docx/relationships-reader") as {
    readRelationships(xml: XmlElement): unknown;
    defaultValue: unknown;
  },
  contentTypes: require("mammoth/lib/docx/content-types-reader") as {
    readContentTypesFromXml(xml: XmlElement): unknown;
    defaultContentTypes: unknown;
  },
  Files: require("mammoth/lib/docx/files").Files as new (options: object) => unknown,
  Notes: require("mammoth/lib/documents").Notes as new (notes: unknown[]) => unknown,
};

interface PartPaths {
  mainDocument: string;
  styles: string;
  numbering: string;
}

/** A document's tree as mammoth's docx-reader.read gives it, its paragraphs numbered by our
 *  lookup; and that lookup. */
async function readDocument(
  zip: MammothZip,
  file: string,
): Promise<{ tree: DocElement; numbering: WordNumbering }> {
  const paths = await mammoth.partPaths(zip);
  const contentTypesXml = await mammoth.readXml(zip, "[Content_Types].xml");
  const stylesXml = await mammoth.readXml(zip, paths.styles);
  const numbering = new WordNumbering(await mammoth.readXml(zip, paths.numbering), stylesXml);
  const split = paths.mainDocument.lastIndexOf("/");
  const relsXml = await mammoth.readXml(
    zip,
    `${paths.mainDocument.slice(0, split + 1)}_rels/${paths.mainDocument.slice(split + 1)}.rels`,
  );
  const bodyReader = mammoth.createBodyReader({
    relationships: relsXml
      ? mammoth.relationships.readRelationships(relsXml)
      : mammoth.relationships.defaultValue,
    contentTypes: contentTypesXml
      ? mammoth.contentTypes.readContentTypesFromXml(contentTypesXml)
      : mammoth.contentTypes.defaultContentTypes,
    docxFile: zip,
    numbering,
    styles: stylesXml ? mammoth.styles.readStylesXml(stylesXml) : mammoth.styles.defaultStyles,
    files: new mammoth.Files({}),
  });
  const xml = await mammoth.readXml(zip, paths.mainDocument);
  if (!xml) throw new InputError("corrupt", file, `Word 文档缺少正文部件 ${paths.mainDocument}`);
  const reader = new mammoth.DocumentXmlReader({ bodyReader, notes: new mammoth.Notes([]), comments: [] });
  return { tree: reader.convertXmlToDocument(xml).value, numbering };
}

/** The text of a document tree: a paragraph a line (mammoth's raw text), and a table row a
 *  line whose cells are apart by a tab — the engine reads statistics tables by their cells. A
 *  row of one cell, or with a cell longer than a table's, is a page's layout: its paragraphs
 *  stay lines. A cell spanning columns keeps their tabs (一、行政处罚 over a category's rows). */
function textOf(element: DocElement, lists: ListCounters): string {
  if (element.type === "text") return element.value ?? "";
  if (element.type === "tab") return "\t";
  if (element.type === "table") return tableText(element.children ?? [], lists);
  // a numbered paragraph's number is counted before its content (a paragraph inside it, in a
  // text box, comes after it in Word's order too)
  const label = element.type === "paragraph" ? lists.next(element.numbering) : "";
  const inner = (element.children ?? []).map((child) => textOf(child, lists)).join("");
  return element.type === "paragraph" ? `${label}${inner}\n\n` : inner;
}

/** A table's rows. A cell spanning rows (rowSpan: mammoth leaves out the cells it covers below)
 *  leaves an empty cell in each row it covers, so columns stay apart. */
function tableText(rows: DocElement[], lists: ListCounters): string {
  const covered: number[] = [];
  let out = "";
  for (const row of rows) {
    if (row.type !== "tableRow") {
      out += textOf(row, lists);
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
    out += rowText(cells, lists);
  }
  return out.includes("\t") ? `${out}${TABLE_END}` : out;
}

/** A cell covered by one above it (a placeholder: no text). */
const COVERED: DocElement = { type: "tableCell", children: [] };
const spanOf = (cell: DocElement) => columnSpan(cell.colSpan);

function rowText(cells: DocElement[], lists: ListCounters): string {
  const texts = cells.map((cell) => textOf(cell, lists));
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
    const { tree, numbering } = await readDocument(countedZip(bytes, file, limits), file);
    value = textOf(tree, new ListCounters(numbering));
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
