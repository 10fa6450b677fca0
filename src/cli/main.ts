// The `fazhi` command line.
import { parseArgs } from "node:util";
import { resolveOptions } from "../pipeline.ts";
import { runAnalyze } from "./analyze.ts";

const USAGE = `用法: fazhi <命令> [选项]

命令:
  analyze <文件|目录|网址>...   分析法治政府建设年度报告或实施方案
      --json                 输出 JSON(一个输入一条记录,多个输入为 JSON Lines)
      --out <目录>           每个输入写一个 <名称>.json
      --deadline <MM-DD>     年度报告公开时限(次年,默认 04-01)
      --max-bytes <字节>     单个文件大小上限(默认 52428800)
      --timeout <秒>         单个文件解析时限(默认 30)
  help                       显示本帮助
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = {
    stdout: (s: string) => process.stdout.write(`${s}\n`),
    stderr: (s: string) => process.stderr.write(`${s}\n`),
  };
  if (!command || command === "help" || command === "--help" || command === "-h") {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  if (command === "analyze") {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          json: { type: "boolean", default: false },
          out: { type: "string" },
          deadline: { type: "string" },
          "max-bytes": { type: "string" },
          timeout: { type: "string" },
        },
      });
    } catch (error) {
      io.stderr(`fazhi analyze: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (positionals.length === 0) {
      io.stderr(`fazhi analyze: 请给出要分析的文件、目录或网址\n\n${USAGE}`);
      return 2;
    }
    let options: ReturnType<typeof resolveOptions>;
    try {
      options = resolveOptions({
        review: values.deadline ? { publicationDeadline: String(values.deadline) } : {},
        limits: {
          ...(values["max-bytes"] ? { maxBytes: Number(values["max-bytes"]) } : {}),
          ...(values.timeout ? { timeoutMs: Number(values.timeout) * 1000 } : {}),
        },
      });
    } catch (error) {
      io.stderr(`fazhi analyze: ${(error as Error).message}`);
      return 2;
    }
    return runAnalyze(
      {
        inputs: positionals,
        json: Boolean(values.json),
        out: values.out ? String(values.out) : null,
        options,
      },
      io,
    );
  }
  io.stderr(`fazhi: 未知命令 “${command}”\n\n${USAGE}`);
  return 2;
}
