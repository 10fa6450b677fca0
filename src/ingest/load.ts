// Where inputs come from: files, directories (recursively) and http(s) URLs.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "./errors.ts";
import type { Limits } from "./limits.ts";

export const DOCUMENT_EXTENSIONS =
  /\.(txt|text|html?|shtml|xhtml|docx|pdf|doc|wps|ofd|png|jpe?g|tiff?|bmp|webp)$/i;

/** Expand each argument into document locations: files stay, directories are walked, URLs stay. */
export async function expandInputs(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      out.push(arg);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(arg);
    } catch {
      out.push(arg); // reported as not found when read
      continue;
    }
    if (info.isDirectory()) out.push(...(await walk(arg)));
    else out.push(arg);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.test(entry.name)) out.push(path);
  }
  return out;
}

export async function readSource(location: string, limits: Limits): Promise<Uint8Array> {
  if (/^https?:\/\//i.test(location)) return fetchSource(location, limits);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(location);
  } catch {
    throw new InputError("not-found", location, "请检查路径和文件名");
  }
  if (!info.isFile()) throw new InputError("unreadable", location, "不是普通文件");
  if (info.size > limits.maxBytes) {
    throw new InputError("too-large", location, `${info.size} 字节，超过上限 ${limits.maxBytes} 字节`);
  }
  try {
    return new Uint8Array(await readFile(location));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      "unreadable",
      location,
      code === "EACCES" || code === "EPERM" ? "没有读取权限" : "读取失败",
    );
  }
}

/** Downloads go through the SSRF-safe fetcher; its DomainErrors (blocked, unreachable) pass on. */
async function fetchSource(url: string, limits: Limits): Promise<Uint8Array> {
  // loaded for the first URL: the HTTP, DNS and zlib modules are no part of reading files
  // (some 40 ms of every `fazhi analyze` over a directory)
  const { safeFetch } = await import("./safe-fetch.ts");
  const fetched = await safeFetch(url, { maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs });
  if (fetched.status < 200 || fetched.status > 299)
    throw new InputError("fetch-failed", url, `HTTP ${fetched.status}`);
  return new Uint8Array(fetched.body);
}
