// DOCX → text with mammoth. mammoth never inflates anything itself: it reads the parts through
// our counted reader (zip-read.ts), so what it gets is bounded by the bytes really inflated,
// not by what the archive's headers claim.
import { createRequire } from "node:module";
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
}
const require = createRequire(import.meta.url);
const docxReader = require("mammoth/lib/docx/docx-reader") as {
  read(file: MammothZip): Promise<{ value: DocElement }>;
};

/** The text of a document tree: a paragraph a line (mammoth's raw text), and a table row a
 *  line whose cells are apart by a tab — the engine reads statistics tables by their cells. */
function textOf(element: DocElement): string {
  if (element.type === "text") return element.value ?? "";
  if (element.type === "tab") return "\t";
  if (element.type === "tableRow") return `${(element.children ?? []).map(cellText).join("\t")}\n\n`;
  const inner = (element.children ?? []).map(textOf).join("");
  return element.type === "paragraph" ? `${inner}\n\n` : inner;
}

/** A cell's paragraphs (and any table in it) on one line, without tabs of its own. */
const cellText = (cell: DocElement) => textOf(cell).replace(/\s+/g, " ").trim();

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
  // mammoth separates paragraphs with a blank line; one paragraph per line is enough
  const text = value
    .replace(/\r\n?/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
  if (!text) throw new InputError("empty", file, "Word 文档中没有文字");
  return text;
}
