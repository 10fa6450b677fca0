// Legacy Word binaries (.doc, and the .wps files WPS Office writes in the same format) → text
// with word-extractor, after the compound file's directory says it is a readable Word file;
// a .doc that is Word 2003 XML is read as XML.
import WordExtractor from "word-extractor";
import { requireWordBinary } from "./cfb.ts";
import { InputError } from "./errors.ts";
import type { Limits } from "./limits.ts";
import { endTables } from "./cells.ts";
import { isWordXml, wordXmlToText } from "./word-xml.ts";

// word-extractor turns “ ” ‘ ’ — – into ASCII unless told not to (its 1.0 option, which
// @types/word-extractor does not declare); Chinese text keeps its own punctuation
interface UnfilteredDocument {
  getBody(options: { filterUnicode: boolean }): string;
  getTextboxes(options: {
    filterUnicode: boolean;
    includeHeadersAndFooters: boolean;
    includeBody: boolean;
  }): string;
}
const KEEP_PUNCTUATION = { filterUnicode: false };

export async function docToText(bytes: Uint8Array, file: string, limits: Limits): Promise<string> {
  const xml = isWordXml(bytes);
  const body = xml ? wordXmlToText(bytes, file, limits) : await binaryBody(bytes, file);
  if (body.length > limits.maxTextChars)
    throw new InputError("too-large", file, `文字 ${body.length} 字符，超过上限 ${limits.maxTextChars}`);
  // word-extractor ends each paragraph with a line break and table cells with tabs (the XML
  // reader's rows keep their spanned columns' tabs); one paragraph per line is what the other
  // decoders give, and a blank line after a table of cells
  const text = endTables(
    body
      .replace(/\r\n?/g, "\n")
      .replace(xml ? / +\n/g : /[ \t]+\n/g, "\n")
      .replace(/\n{2,}/g, "\n"),
  ).trim();
  if (!text) throw new InputError("empty", file, "Word 文档中没有文字");
  return text;
}

async function binaryBody(bytes: Uint8Array, file: string): Promise<string> {
  requireWordBinary(bytes, file);
  let body: string;
  try {
    const extracted = await new WordExtractor().extract(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
    );
    const doc: UnfilteredDocument = extracted;
    body = doc.getBody(KEEP_PUNCTUATION);
    // a title or a whole notice set in text boxes is still the document's text
    if (!body.trim())
      body = doc.getTextboxes({ ...KEEP_PUNCTUATION, includeHeadersAndFooters: false, includeBody: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError("corrupt", file, `Word 文档无法解析：${message.split("\n")[0].slice(0, 120)}`);
  }
  return body;
}
