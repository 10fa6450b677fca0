// `fazhi analyze <path|dir|url>...`: a readable review, JSON, JSON Lines or one file per input.
import { mkdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { describeError } from "../ingest/errors.ts";
import { expandInputs, readSource } from "../ingest/load.ts";
import { poolSettings } from "../ingest/pool.ts";
import type { AnalyzeOptions } from "../analysis-options.ts";
import { analyzeBytes, analyzeBytesAsJson } from "../analyze-bytes.ts";
import { tierUpLater } from "../engine-tiering.ts";
import { Progress } from "./progress.ts";

export interface AnalyzeCommand {
  inputs: string[];
  json: boolean;
  out: string | null;
  options: AnalyzeOptions;
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

function outputName(location: string, used: Set<string>): string {
  const base = basename(location.replace(/[?#].*$/, "")).replace(extname(location), "") || "document";
  let name = base;
  for (let k = 2; used.has(name); k++) name = `${base}-${k}`;
  used.add(name);
  return `${name}.json`;
}

/** What one input gives: the text to print or write, or the line naming its problem. */
type Outcome = { output: string } | { error: string };

/** Returns the exit code: 0 when every input was analysed, 1 when any failed. Inputs are
 *  analysed in parallel (the pool's workers, one per core) and printed in input order as each
 *  is ready, one record at a time: memory holds at most the window in flight. */
export async function runAnalyze(cmd: AnalyzeCommand, io: Io): Promise<number> {
  const locations = await expandInputs(cmd.inputs);
  if (locations.length === 0) {
    io.stderr("没有找到可分析的文件（支持 .txt .html .docx .doc .wps .ofd .pdf 和图片）");
    return 1;
  }
  if (cmd.out) await mkdir(cmd.out, { recursive: true });
  // the pool's workers start cold, for this command only (engine-tiering.ts)
  tierUpLater();
  const progress = new Progress(locations.length);
  const used = new Set<string>();
  const analyze = async (location: string): Promise<Outcome> => {
    try {
      const bytes = await readSource(location, cmd.options.limits);
      if (cmd.out || cmd.json)
        return { output: await analyzeBytesAsJson(bytes, location, cmd.options, cmd.out ? 2 : 0) };
      const { renderRecord } = await import("./render.ts"); // the labels load only for readable output
      return { output: renderRecord(await analyzeBytes(bytes, location, cmd.options)) };
    } catch (error) {
      return { error: describeError(location, error) };
    }
  };
  // two jobs per worker keep every core busy; never more than the pool's queue accepts. A job
  // that ends starts the next at once, even while an earlier input is still being read: waiting
  // for the first of the window to print before starting more let the other worker run dry
  // behind a long document (a plan among short reports). Outputs wait for their turn to print;
  // at most `held` inputs lie between the next to print and the last started (memory bound).
  const { workers, queue } = poolSettings();
  const window = Math.max(1, Math.min(workers * 2, queue));
  const held = window * 4;
  const outcomes = new Map<number, Promise<Outcome>>();
  let running = 0;
  let next = 0;
  let printedUpTo = 0;
  const start = () => {
    while (next < locations.length && running < window && next - printedUpTo < held) {
      const k = next++;
      running++;
      outcomes.set(
        k,
        analyze(locations[k]).finally(() => {
          running--;
          start();
        }),
      );
    }
  };
  start();
  let failed = 0;
  let printed = 0;
  for (; printedUpTo < locations.length; printedUpTo++) {
    const location = locations[printedUpTo];
    const outcome = (await outcomes.get(printedUpTo)) as Outcome;
    outcomes.delete(printedUpTo); // its text is let go once printed
    if ("error" in outcome) {
      failed++;
      io.stderr(outcome.error);
    } else if (cmd.out) {
      await writeFile(join(cmd.out, outputName(location, used)), `${outcome.output}\n`);
    } else {
      if (!cmd.json && printed > 0) io.stdout("");
      io.stdout(outcome.output);
      printed++;
    }
    progress.tick(location);
    start(); // the window moved on: inputs held back for it may start
  }
  progress.end();
  if (cmd.out)
    io.stderr(`已写入 ${locations.length - failed} 个结果到 ${cmd.out}${failed ? `，${failed} 个失败` : ""}`);
  return failed ? 1 : 0;
}
