// Decide what a byte stream is from its content first and its name second.
import type { Format } from "../types.ts";
import { isCompoundFile, requireWordBinary } from "./cfb.ts";
import { InputError } from "./errors.ts";
import { isTiff, sniffImage } from "./ocr/image-format.ts";
// the format tests alone: the decoders load when their format comes (decode.ts)
import { isOfdArchive, isWordXml } from "./signatures.ts";
import { listZipEntries } from "./zip-guard.ts";

const IMAGE_EXTENSIONS = new Set(["png", "jpg", "jpeg", "tif", "tiff", "bmp", "webp", "gif"]);

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

const NOT_WORD_BINARY = "不是 Word 二进制格式（可能是早期 WPS 或其他软件的文件），请另存为 .docx 后再导入";

/** A zip is OFD when its directory names OFD.xml; a zip too broken to list goes by its name. */
function zipFormat(bytes: Uint8Array, name: string, ext: string): Format {
  try {
    return isOfdArchive(listZipEntries(bytes, name)) ? "ofd" : "docx";
  } catch {
    return ext === "ofd" ? "ofd" : "docx";
  }
}

export function sniffFormat(bytes: Uint8Array, name: string): Format {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (sniffImage(bytes) || isTiff(bytes)) return "image";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return zipFormat(bytes, name, ext);
  if (isCompoundFile(bytes)) {
    requireWordBinary(bytes, name); // an .xls, a Works file or an encrypted one says so here
    return "doc";
  }
  if (ext === "pdf") throw new InputError("corrupt", name, "扩展名为 .pdf，但内容不是 PDF");
  if (ext === "docx") throw new InputError("corrupt", name, "扩展名为 .docx，但内容不是 Word 压缩包");
  if (IMAGE_EXTENSIONS.has(ext)) throw new InputError("corrupt", name, `扩展名为 .${ext}，但内容不是图像`);
  if (ext === "ofd") throw new InputError("corrupt", name, "扩展名为 .ofd，但内容不是 OFD 压缩包");
  if (isWordXml(bytes)) return "doc"; // Word 2003 XML, often published as .doc
  if (ext === "html" || ext === "htm" || ext === "shtml" || ext === "xhtml") return "html";
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1").trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<head|<meta|<\?xml[^>]*>\s*<html)/.test(head)) return "html"; // a web page saved as .doc
  if (ext === "doc" || ext === "wps") {
    if (head.startsWith("{\\rtf"))
      throw new InputError("unsupported", name, "这是 RTF 文件（扩展名 .doc/.wps），请另存为 .docx 后再导入");
    if (/^mime-version:|^content-type:\s*multipart\/related/m.test(head))
      throw new InputError(
        "unsupported",
        name,
        "这是网页存档（MHT）格式的 Word 文件，请另存为 .docx 后再导入",
      );
    if (ext === "wps") throw new InputError("unsupported", name, NOT_WORD_BINARY);
    if (looksBinary(bytes))
      throw new InputError(
        "corrupt",
        name,
        "扩展名为 .doc，但文件头不是 Word 格式（文件已损坏或不是 Word 文档）",
      );
  }
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
