// DOCX → text with mammoth, after the ZIP guard has vetted the archive.
import mammoth from "mammoth";
import { InputError } from "./errors.ts";
import type { Limits } from "./limits.ts";
import { guardDocx } from "./zip-guard.ts";

export async function docxToText(bytes: Uint8Array, file: string, limits: Limits): Promise<string> {
  guardDocx(bytes, file, limits);
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError("corrupt", file, `Word 文档无法解析:${message.slice(0, 120)}`);
  }
  // mammoth separates paragraphs with a blank line; one paragraph per line is enough
  const text = value
    .replace(/\r\n?/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
  if (!text) throw new InputError("empty", file, "Word 文档中没有文字");
  return text;
}
