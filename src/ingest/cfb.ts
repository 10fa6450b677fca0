// What an OLE2 compound file (CFB: .doc, .wps, .xls, .ppt, encrypted Office files) holds, read
// from its directory alone: enough to tell a Word binary from everything that shares the magic,
// and to refuse encrypted or pre-97 Word files with a precise reason before any parser runs.
// Every chain walk is bounded by the file's sector count, so a looping FAT cannot hang us.
import { InputError } from "./errors.ts";

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const isCompoundFile = (bytes: Uint8Array) => CFB_MAGIC.every((b, i) => bytes[i] === b);

export type CompoundKind =
  | "word" // a Word 97+ binary (what Word and WPS write as .doc, and WPS as .wps)
  | "word-encrypted"
  | "word-old" // Word 6.0/95 and earlier
  | "office-encrypted" // a password-protected .docx/.xlsx wrapped in CFB
  | "excel"
  | "powerpoint"
  | "works" // Microsoft Works word processor (.wps too, but not Word)
  | "other";

const END_OF_CHAIN = 0xfffffffe;
const FIB_WORD97 = 0x00c1;

/** Names of the streams in a compound file, and the first bytes of WordDocument if present. */
function readDirectory(bytes: Uint8Array, file: string): { names: Set<string>; fib?: Uint8Array } {
  const corrupt = (detail: string) =>
    new InputError("corrupt", file, `复合文档${detail}(文件不完整或已损坏)`);
  if (bytes.length < 512) throw corrupt("文件头不完整");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) throw corrupt("扇区大小无效");
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size);
  const sectorOffset = (n: number) => {
    if (n >= sectors) throw corrupt("扇区编号越界");
    return size + n * size;
  };
  // FAT sectors: the first 109 are listed in the header, the rest in the DIFAT chain
  const fatSectors: number[] = [];
  const fatCount = view.getUint32(0x2c, true);
  if (fatCount > sectors) throw corrupt("分配表过大");
  for (let i = 0; i < Math.min(fatCount, 109); i++) fatSectors.push(view.getUint32(0x4c + i * 4, true));
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; fatSectors.length < fatCount && difat !== END_OF_CHAIN; guard++) {
    if (guard > sectors) throw corrupt("分配表链循环");
    const at = sectorOffset(difat);
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < fatCount; i++)
      fatSectors.push(view.getUint32(at + i * 4, true));
    difat = view.getUint32(at + size - 4, true);
  }
  const next = (n: number) => {
    const perSector = size / 4;
    const fat = fatSectors[Math.floor(n / perSector)];
    if (fat === undefined) throw corrupt("分配表缺失");
    return view.getUint32(sectorOffset(fat) + (n % perSector) * 4, true);
  };
  const names = new Set<string>();
  let wordStart = -1;
  let wordSize = 0;
  let miniStreamStart = END_OF_CHAIN;
  let sector = view.getUint32(0x30, true);
  for (let guard = 0; sector !== END_OF_CHAIN; guard++) {
    if (guard > sectors) throw corrupt("目录链循环");
    const at = sectorOffset(sector);
    for (let e = at; e < at + size; e += 128) {
      const type = bytes[e + 0x42];
      if (type === 5) miniStreamStart = view.getUint32(e + 0x74, true); // the root holds the mini stream
      const nameBytes = Math.min(view.getUint16(e + 0x40, true), 64);
      if (type !== 2 || nameBytes < 2) continue; // streams only
      const name = Buffer.from(bytes.subarray(e, e + nameBytes - 2)).toString("utf16le");
      names.add(name);
      if (name === "WordDocument") {
        wordStart = view.getUint32(e + 0x74, true);
        wordSize = view.getUint32(e + 0x78, true);
      }
    }
    sector = next(sector);
  }
  if (wordStart < 0) return { names };
  if (wordSize < 32) throw corrupt("中 WordDocument 流过短");
  // the FIB's first 32 bytes hold what we need; a stream under the cutoff (4096 bytes) lives in
  // the mini stream, in 64-byte mini sectors inside the root entry's sector chain
  if (wordSize >= view.getUint32(0x38, true)) {
    const at = sectorOffset(wordStart);
    return { names, fib: bytes.subarray(at, at + 32) };
  }
  const miniOffset = wordStart * (1 << view.getUint16(0x20, true));
  let container = miniStreamStart;
  for (let k = 0; k < Math.floor(miniOffset / size); k++) {
    if (k > sectors) throw corrupt("迷你流链循环");
    container = next(container);
  }
  const at = sectorOffset(container) + (miniOffset % size);
  return { names, fib: bytes.subarray(at, at + 32) };
}

export function classifyCompound(bytes: Uint8Array, file: string): CompoundKind {
  const { names, fib } = readDirectory(bytes, file);
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo")) return "office-encrypted";
  if (fib) {
    const view = new DataView(fib.buffer, fib.byteOffset, fib.byteLength);
    if (view.getUint16(0, true) !== 0xa5ec)
      throw new InputError("corrupt", file, "WordDocument 流的文件头无效(文件已损坏)");
    const flags = view.getUint16(0x0a, true);
    if (flags & 0x0100 || flags & 0x8000) return "word-encrypted"; // fEncrypted, fObfuscated
    if (view.getUint16(2, true) < FIB_WORD97) return "word-old";
    return "word";
  }
  if (names.has("Workbook") || names.has("Book")) return "excel";
  if (names.has("PowerPoint Document")) return "powerpoint";
  if (names.has("CONTENTS") || names.has("MatOST")) return "works";
  return "other";
}

const REFUSALS: Record<
  Exclude<CompoundKind, "word">,
  [problem: "unsupported" | "corrupt", detail: string]
> = {
  "word-encrypted": ["unsupported", "Word 文档已加密(设有打开密码),请去除密码后再导入"],
  "word-old": ["unsupported", "Word 6.0/95 或更早版本的文档,请另存为 .docx 后再导入"],
  "office-encrypted": ["unsupported", "Office 文档已加密(设有打开密码),请去除密码后再导入"],
  excel: ["unsupported", "这是 Excel 表格(.xls),不是 Word 文档"],
  powerpoint: ["unsupported", "这是 PowerPoint 演示文稿(.ppt),不是 Word 文档"],
  works: ["unsupported", "这是 Microsoft Works 文档,不是 Word 二进制格式,请另存为 .docx 后再导入"],
  other: ["unsupported", "复合文档中没有 Word 正文(WordDocument 流),不是 Word 二进制格式"],
};

/** True for a readable Word 97+ binary (.doc, or a .wps WPS Office wrote); never throws. */
export function isWordBinary(bytes: Uint8Array): boolean {
  try {
    return isCompoundFile(bytes) && classifyCompound(bytes, "") === "word";
  } catch {
    return false;
  }
}

/** Throws the reason a compound file cannot be read as Word; returns when it can. */
export function requireWordBinary(bytes: Uint8Array, file: string): void {
  const kind = classifyCompound(bytes, file);
  if (kind === "word") return;
  const [problem, detail] = REFUSALS[kind];
  throw new InputError(problem, file, detail);
}
