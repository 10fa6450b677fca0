// One process per embedded data folder. PGlite has no server to arbitrate between processes:
// two of them on one folder both write it, hand out the same ids and lose each other's rows.
//
// The guard is an operating-system lock (fcntl open-file-description lock on Linux, flock on
// macOS, LockFileEx on Windows, through fs-native-extensions) on <folder>/fazhi.lock. The kernel
// drops it when the holder exits, however it exits (kill -9 included), so no stale lock can
// outlive its process and nothing depends on pids being reused or clocks being kept. Lock files
// judged by age (proper-lockfile refreshes an mtime and calls a lock stale after ~10 s) would let
// a second process in while the first is merely busy, which is exactly the case to prevent.
// The file's text only says who holds the lock, for the message.
import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import fsx from "fs-native-extensions";
import { beijingDateTimeSeconds } from "../shared/beijing-time.ts";

export const LOCK_FILE = "fazhi.lock";

/** Who holds a data folder: written into the lock file by the holder. */
export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  started: string;
}

export class DataDirLocked extends Error {
  readonly dir: string;
  readonly holder: LockHolder | null;
  constructor(dir: string, holder: LockHolder | null) {
    const who = holder
      ? `进程号 ${holder.pid}${holder.host === hostname() ? "" : `，主机 ${holder.host}`}，${holder.command}，${holder.started} 启动`
      : "进程号未知";
    super(
      `数据目录 ${dir} 正由另一个 fazhi 进程使用（${who}），不能同时打开；请先停止该进程，或用 FAZHI_DATA_DIR 指定其他目录。`,
    );
    this.name = "DataDirLocked";
    this.dir = dir;
    this.holder = holder;
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

function describeSelf(): LockHolder {
  const args = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  return {
    pid: process.pid,
    host: hostname(),
    command: args.length ? `fazhi ${args[0]}` : "node",
    started: beijingDateTimeSeconds(Date.now() - process.uptime() * 1000),
  };
}

function readHolder(path: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(path, "utf8")) as Partial<LockHolder>;
    return typeof holder.pid === "number" && typeof holder.host === "string"
      ? { pid: holder.pid, host: holder.host, command: holder.command ?? "", started: holder.started ?? "" }
      : null;
  } catch {
    return null; // written but not yet filled in, or unreadable while locked (Windows)
  }
}

/** Takes the folder's lock or throws DataDirLocked naming the holder; never waits. */
export function lockDataDir(dir: string, holder: LockHolder = describeSelf()): DataDirLock {
  const path = join(resolve(dir), LOCK_FILE);
  // "a+" creates the file without truncating it: the holder's text must survive a failed try
  const fd = openSync(path, "a+");
  let granted = false;
  try {
    granted = fsx.tryLock(fd);
  } finally {
    if (!granted) closeSync(fd);
  }
  if (!granted) throw new DataDirLocked(resolve(dir), readHolder(path));
  ftruncateSync(fd, 0);
  writeSync(fd, `${JSON.stringify(holder)}\n`, 0);
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      fsx.unlock(fd);
      closeSync(fd);
    },
  };
}
