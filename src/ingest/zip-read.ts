// Inflates single ZIP entries listed by the zip guard, counting the bytes really produced (zlib
// stops at the cap) rather than trusting the sizes the archive declares: memory stays within
// the entry's declared size, the archive's budget and the ratio limit, whichever is smallest.
import { inflateRawSync } from "node:zlib";
import { InputError } from "./errors.ts";
import type { Limits } from "./limits.ts";
import type { ZipEntry } from "./zip-guard.ts";

const SMALL_ENTRY = 1024 * 1024; // below this, a high ratio is only a well-compressed part

/** What one archive may still inflate; shared by every entry read from it. */
export interface InflateBudget {
  remaining: number;
  maxRatio: number;
}

export const inflateBudget = (limits: Limits): InflateBudget => ({
  remaining: limits.maxUnzippedBytes,
  maxRatio: limits.maxZipRatio,
});

export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  file: string,
  budget: InflateBudget,
): Uint8Array {
  if (entry.flags & 0x0001) throw new InputError("unsupported", file, `压缩包条目 ${entry.name} 已加密`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== 0x04034b50)
    throw new InputError("corrupt", file, `压缩包条目 ${entry.name} 的位置无效`);
  const start =
    entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  if (start + entry.compressed > bytes.length)
    throw new InputError("corrupt", file, `压缩包条目 ${entry.name} 不完整（文件被截断）`);
  const data = bytes.subarray(start, start + entry.compressed);
  const ratioCap = Math.max(SMALL_ENTRY, entry.compressed * budget.maxRatio);
  // a header may lie about the size: inflating stops where the entry says it ends
  const cap = Math.min(budget.remaining, ratioCap, entry.uncompressed);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (data.length > budget.remaining) throw tooMuch(file, budget);
    out = data;
  } else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ERR_BUFFER_TOO_LARGE")
        throw new InputError("corrupt", file, `压缩包条目 ${entry.name} 无法解压（数据已损坏）`);
      if (cap === entry.uncompressed)
        throw new InputError("zip-bomb", file, `${entry.name} 解压后超过其声明的 ${entry.uncompressed} 字节`);
      if (cap < ratioCap) throw tooMuch(file, budget);
      throw new InputError("zip-bomb", file, `${entry.name} 压缩比超过上限 ${budget.maxRatio}:1`);
    }
  } else {
    throw new InputError(
      "unsupported",
      file,
      `压缩包条目 ${entry.name} 使用不支持的压缩方法 ${entry.method}`,
    );
  }
  budget.remaining -= out.length;
  return out;
}

const tooMuch = (file: string, budget: InflateBudget) =>
  new InputError("zip-bomb", file, `解压后的内容超过上限（剩余额度 ${budget.remaining} 字节）`);
