// `fazhi analyze <path|dir|url>...`: a readable review, JSON, JSON Lines or one file per input.
import { mkdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { describeError } from "../ingest/errors.ts";
import { expandInputs } from "../ingest/load.ts";
import { type AnalyzeOptions, analyzeLocation } from "../pipeline.ts";
import { Progress } from "./progress.ts";
import { renderRecord } from "./render.ts";

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

/** Returns the exit code: 0 when every input was analysed, 1 when any failed. */
export async function runAnalyze(cmd: AnalyzeCommand, io: Io): Promise<number> {
  const locations = await expandInputs(cmd.inputs);
  if (locations.length === 0) {
    io.stderr("没有找到可分析的文件(支持 .txt .html .docx .doc .wps .ofd .pdf 和图片)");
    return 1;
  }
  if (cmd.out) await mkdir(cmd.out, { recursive: true });
  const progress = new Progress(locations.length);
  const used = new Set<string>();
  let failed = 0;
  let first = true;
  for (const location of locations) {
    try {
      const record = await analyzeLocation(location, cmd.options);
      if (cmd.out) {
        await writeFile(join(cmd.out, outputName(location, used)), `${JSON.stringify(record, null, 2)}\n`);
      } else if (cmd.json) {
        io.stdout(JSON.stringify(record));
      } else {
        if (!first) io.stdout("");
        io.stdout(renderRecord(record));
      }
      first = false;
    } catch (error) {
      failed++;
      io.stderr(describeError(location, error));
    }
    progress.tick(location);
  }
  progress.end();
  if (cmd.out)
    io.stderr(`已写入 ${locations.length - failed} 个结果到 ${cmd.out}${failed ? `,${failed} 个失败` : ""}`);
  return failed ? 1 : 0;
}
