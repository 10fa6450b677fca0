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

const FIB_WORD97 = 0x00c1;
const NO_ENTRY = 0xffffffff;
// a chain ends at any "negative" id (END_OF_CHAIN, FREESECT, …), as word-extractor reads them
const ends = (id: number) => id >= 0x80000000;

interface DirEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/**
 * The directory of a compound file, after checking everything word-extractor will walk: header
 * counts, the directory tree, and the sector chain of every stream (FAT or mini FAT). A cycle
 * there makes word-extractor loop until V8 aborts the whole process (not just the worker), so
 * any chain that loops, or leaves the file, is refused here as corrupt.
 */
function readDirectory(bytes: Uint8Array, file: string): { entries: DirEntry[]; fib?: Uint8Array } {
  const corrupt = (detail: string) =>
    new InputError("corrupt", file, `复合文档${detail}（文件不完整或已损坏）`);
  if (bytes.length < 512) throw corrupt("文件头不完整");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) throw corrupt("扇区大小无效");
  const size = 1 << shift;
  const perSector = size / 4;
  const sectors = Math.floor((bytes.length - size) / size);
  const sectorOffset = (n: number) => {
    if (n >= sectors) throw corrupt("扇区编号越界");
    return size + n * size;
  };
  const fatCount = u32(0x2c);
  if (fatCount > sectors || u32(0x48) > sectors || u32(0x40) > sectors) throw corrupt("分配表过大");
  // FAT sectors: the first 109 are listed in the header, the rest in the DIFAT chain
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatCount, 109); i++) fatSectors.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  for (let guard = 0; fatSectors.length < fatCount && !ends(difat); guard++) {
    if (guard > sectors) throw corrupt("分配表链循环");
    const at = sectorOffset(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(at + i * 4));
    difat = u32(at + size - 4);
  }
  const nextSector = (n: number) => {
    const fat = fatSectors[Math.floor(n / perSector)];
    if (fat === undefined) throw corrupt("分配表缺失");
    return u32(sectorOffset(fat) + (n % perSector) * 4);
  };
  // chains of a sound file are disjoint, so all of them together are at most one step per
  // sector and mini sector: a budget that keeps this check linear in the file's size
  let steps = 0;
  /** The ids of a chain; every id inside [0, limit), no id twice. */
  const chain = (start: number, next: (n: number) => number, limit: number) => {
    const ids: number[] = [];
    for (let id = start; !ends(id); id = next(id)) {
      if (id >= limit) throw corrupt("扇区编号越界");
      if (ids.length >= limit || ++steps > 2 * (sectors << (shift - 6)) + 16) throw corrupt("分配表链循环");
      ids.push(id);
    }
    return ids;
  };

  const entries: DirEntry[] = [];
  for (const sector of chain(u32(0x30), nextSector, sectors)) {
    const at = sectorOffset(sector);
    for (let e = at; e < at + size; e += 128) {
      const nameBytes = Math.min(view.getUint16(e + 0x40, true), 64);
      entries.push({
        name: Buffer.from(bytes.subarray(e, e + Math.max(nameBytes - 2, 0))).toString("utf16le"),
        type: bytes[e + 0x42],
        left: u32(e + 0x44),
        right: u32(e + 0x48),
        child: u32(e + 0x4c),
        start: u32(e + 0x74),
        size: u32(e + 0x78),
      });
    }
  }
  const root = entries[0];
  if (root?.type !== 5) throw corrupt("缺少根目录项");
  // the tree: every link inside the directory, no entry reached twice
  const seen = new Set<number>([0]);
  const pending = [root.child];
  while (pending.length) {
    const id = pending.pop() as number;
    if (id === NO_ENTRY) continue;
    if (id >= entries.length || seen.has(id)) throw corrupt("目录树损坏");
    seen.add(id);
    pending.push(entries[id].left, entries[id].right, entries[id].child);
  }
  // streams under the cutoff live in the root's mini stream, chained by the mini FAT
  const cutoff = u32(0x38);
  const miniShift = view.getUint16(0x20, true);
  if (miniShift > shift) throw corrupt("迷你扇区大小无效");
  const miniStream = chain(root.start, nextSector, sectors);
  const miniFat = chain(u32(0x3c), nextSector, sectors);
  const miniSectors = Math.min(
    Math.ceil(root.size / (1 << miniShift)),
    miniStream.length << (shift - miniShift),
  );
  const nextMini = (n: number) => {
    const fat = miniFat[Math.floor(n / perSector)];
    if (fat === undefined) throw corrupt("迷你分配表缺失");
    return u32(sectorOffset(fat) + (n % perSector) * 4);
  };
  const streamStart = (e: DirEntry): number => {
    if (e.size >= cutoff) return sectorOffset(chain(e.start, nextSector, sectors)[0] ?? sectors);
    const first = chain(e.start, nextMini, miniSectors)[0];
    if (first === undefined) throw corrupt("迷你流为空");
    const offset = first << miniShift;
    return sectorOffset(miniStream[Math.floor(offset / size)]) + (offset % size);
  };
  let fib: Uint8Array | undefined;
  for (const id of seen) {
    const e = entries[id];
    if (e.type !== 2 || e.size === 0) continue;
    const at = streamStart(e); // walks (and so checks) the stream's whole chain
    if (e.name === "WordDocument") {
      if (e.size < 32) throw corrupt("中 WordDocument 流过短");
      fib = bytes.subarray(at, at + 32);
    }
  }
  return { entries: [...seen].map((id) => entries[id]), fib };
}

export function classifyCompound(bytes: Uint8Array, file: string): CompoundKind {
  const { entries, fib } = readDirectory(bytes, file);
  const names = new Set(entries.filter((e) => e.type === 2).map((e) => e.name));
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo")) return "office-encrypted";
  if (fib) {
    const view = new DataView(fib.buffer, fib.byteOffset, fib.byteLength);
    if (view.getUint16(0, true) !== 0xa5ec)
      throw new InputError("corrupt", file, "WordDocument 流的文件头无效（文件已损坏）");
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
  "word-encrypted": ["unsupported", "Word 文档已加密（设有打开密码），请去除密码后再导入"],
  "word-old": ["unsupported", "Word 6.0/95 或更早版本的文档，请另存为 .docx 后再导入"],
  "office-encrypted": ["unsupported", "Office 文档已加密（设有打开密码），请去除密码后再导入"],
  excel: ["unsupported", "这是 Excel 表格（.xls），不是 Word 文档"],
  powerpoint: ["unsupported", "这是 PowerPoint 演示文稿（.ppt），不是 Word 文档"],
  works: ["unsupported", "这是 Microsoft Works 文档，不是 Word 二进制格式，请另存为 .docx 后再导入"],
  other: ["unsupported", "复合文档中没有 Word 正文（WordDocument 流），不是 Word 二进制格式"],
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
