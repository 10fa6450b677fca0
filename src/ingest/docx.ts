// DOCX → text with mammoth. mammoth never inflates anything itself: it reads the parts through
// our counted reader (zip-read.ts), so what it gets is bounded by the bytes really inflated,
// not by what the archive's headers claim.
import mammoth from "mammoth";
import { InputError } from "./errors.ts";
import type { Limits } from "./limits.ts";
import { guardDocx, listZipEntries } from "./zip-guard.ts";
import { inflateBudget, readZipEntry } from "./zip-read.ts";

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
    const input = { file: countedZip(bytes, file, limits) };
    ({ value } = await mammoth.extractRawText(input as unknown as { buffer: Buffer }));
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
