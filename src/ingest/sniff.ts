// Decide what a byte stream is from its content first and its name second.
import type { Format } from "../types.ts";
import { InputError } from "./errors.ts";
import { isTiff, sniffImage } from "./ocr/image-format.ts";

const IMAGE_EXTENSIONS = new Set(["png", "jpg", "jpeg", "tif", "tiff", "bmp", "webp", "gif"]);

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

const LEGACY_OFFICE = "旧版 Office 文件(.doc/.wps/.et),请另存为 .docx 后再导入";

export function sniffFormat(bytes: Uint8Array, name: string): Format {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (sniffImage(bytes) || isTiff(bytes)) return "image";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (ext === "ofd")
      throw new InputError("unsupported", name, "OFD 版式文件暂不支持,请导出为 PDF 后再导入");
    return "docx";
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    throw new InputError("unsupported", name, LEGACY_OFFICE);
  if (ext === "pdf") throw new InputError("corrupt", name, "扩展名为 .pdf,但内容不是 PDF");
  if (ext === "docx") throw new InputError("corrupt", name, "扩展名为 .docx,但内容不是 Word 压缩包");
  if (IMAGE_EXTENSIONS.has(ext)) throw new InputError("corrupt", name, `扩展名为 .${ext}，但内容不是图像`);
  if (ext === "doc" || ext === "wps") throw new InputError("unsupported", name, LEGACY_OFFICE);
  if (ext === "html" || ext === "htm" || ext === "shtml" || ext === "xhtml") return "html";
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1").trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<head|<meta|<\?xml[^>]*>\s*<html)/.test(head)) return "html";
  return "txt";
}

/** True when bytes look like a binary file rather than text in some charset. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  // UTF-16 text has many NULs but starts with a BOM
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / n > 0.05;
}
