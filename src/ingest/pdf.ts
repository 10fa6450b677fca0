// PDF → text with pdf.js (legacy build: the modern one needs DOMMatrix, absent on Node 20).
// pdf.js breaks lines inside Chinese sentences; they are joined back here.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { unifyRadicals } from "../normalize/normalize.ts";
import { InputError } from "./errors.ts";
import type { Limits } from "./limits.ts";

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));

interface TextItem {
  str: string;
  hasEOL?: boolean;
  width?: number;
  height?: number;
}

/** A gap between text runs on one line this many font sizes wide or more parts a table's
 *  cells (pdf.js gives it as a blank run as wide as the gap); the engine reads cells by tabs. */
const CELL_GAP_EMS = 2;

export const SENTENCE_END = /[。！？；：:!?;」』”）)】]$/;
export const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?[-—–\s]*$|^\d+\s*\/\s*\d+$/;
const MIN_CHARS_PER_PAGE = 5;
export const HEADING_START =
  /^(\s*[一二三四五六七八九十]+、|\s*[（(][一二三四五六七八九十\d]+[)）]|\s*\d+[.．、])/;

/** A letter-spaced line (法  治  政  府, a title drawn a character at a time) is no table row:
 *  its characters stay apart by a space, as pdf.js gives them. */
const spacedOut = (line: string) =>
  line.includes("\t") && line.split("\t").every((run) => run.trim().length <= 1)
    ? line.replace(/\t/g, " ")
    : line;

/** Join lines that pdf.js split inside a sentence; keep real paragraph breaks. A line that
 * wrapped fills the column, so only lines near the usual full width continue. */
export function joinPdfLines(lines: string[]): string {
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const fullWidth = lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 0;
  const out: string[] = [];
  let lastRaw = "";
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, "");
    if (!line.trim() || PAGE_NUMBER.test(line.trim())) continue;
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined &&
      !SENTENCE_END.test(prev) &&
      !HEADING_START.test(line) &&
      !HEADING_START.test(prev) &&
      // a table's rows (cells apart by tabs) are lines of their own
      !line.includes("\t") &&
      !prev.includes("\t") &&
      /[\u4e00-\u9fff，、\d]$/.test(prev) &&
      lastRaw.trim().length >= Math.max(15, fullWidth * 0.85);
    if (continues) out[out.length - 1] = prev + line.trimStart();
    else out.push(line);
    lastRaw = line;
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
    const lines: string[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = "";
      let size = 0;
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== "string") continue;
        const blank = item.str.trim() === "";
        if (blank && size > 0 && (item.width ?? 0) >= CELL_GAP_EMS * size) line += "\t";
        else line += item.str;
        if (!blank && item.height) size = item.height;
        if (item.hasEOL) {
          lines.push(spacedOut(line));
          line = "";
        }
      }
      if (line) lines.push(spacedOut(line));
      page.cleanup();
      chars += lines.length;
      if (chars > limits.maxTextChars) throw new InputError("too-large", file, "PDF 文字超过上限");
    }
    // text layers built from fonts' radical glyphs read 工作 as ⼯作
    const text = unifyRadicals(joinPdfLines(lines));
    // a scan carries no text, or only a page number or a stamp's few characters per page
    if (text.replace(/\s/g, "").length < MIN_CHARS_PER_PAGE * doc.numPages)
      throw new InputError("no-text-layer", file, "PDF 中几乎没有可提取的文字");
    return text;
  } finally {
    await doc.destroy();
  }
}
