// Reads a ZIP's central directory (without inflating anything) to refuse zip bombs and
// archives that are not what they claim, before a DOCX library touches them.
import { InputError } from "./errors.ts";
import type { Limits } from "./limits.ts";

export interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
  /** where the entry's local header starts, its compression method and general-purpose flags */
  offset: number;
  method: number;
  flags: number;
}

export function listZipEntries(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new InputError("corrupt", file, "ZIP 目录缺失（文件不完整或已损坏）");
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw new InputError("corrupt", file, "ZIP 目录项损坏");
    }
    const compressed = view.getUint32(offset + 20, true);
    const uncompressed = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = Buffer.from(bytes.subarray(offset + 46, offset + 46 + nameLength)).toString("utf8");
    entries.push({
      name,
      compressed,
      uncompressed,
      offset: view.getUint32(offset + 42, true),
      method: view.getUint16(offset + 10, true),
      flags: view.getUint16(offset + 8, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function guardDocx(bytes: Uint8Array, file: string, limits: Limits): void {
  const entries = listZipEntries(bytes, file);
  if (!entries.some((e) => e.name === "word/document.xml")) {
    throw new InputError("corrupt", file, "压缩包中没有 word/document.xml，不是 Word 文档");
  }
  let total = 0;
  for (const e of entries) {
    // 0xFFFFFFFF marks a ZIP64 size we do not read: treat as too large
    if (e.uncompressed === 0xffffffff)
      throw new InputError("zip-bomb", file, `${e.name} 使用 ZIP64 超大条目`);
    total += e.uncompressed;
    const ratio = e.uncompressed / Math.max(e.compressed, 1);
    if (e.uncompressed > 1024 * 1024 && ratio > limits.maxZipRatio) {
      throw new InputError(
        "zip-bomb",
        file,
        `${e.name} 压缩比 ${Math.round(ratio)}:1 超过上限 ${limits.maxZipRatio}:1`,
      );
    }
  }
  if (total > limits.maxUnzippedBytes) {
    throw new InputError("zip-bomb", file, `解压后共 ${total} 字节，超过上限 ${limits.maxUnzippedBytes}`);
  }
}
