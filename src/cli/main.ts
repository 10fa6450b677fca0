// The `fazhi` command line. Only what every invocation needs is imported up front; each
// command loads its parts when it runs, so `fazhi --help` answers at once.
import { parseArgs } from "node:util";
import type { AnalyzeOptions } from "../analysis-options.ts";
import type { Io } from "./analyze.ts";
import { databaseFailure } from "../shared/database-errors.ts";
import { escapeControls } from "./escape.ts";

const USAGE = `用法：fazhi <命令> [选项]

命令：
  analyze <文件|目录|网址>...   分析法治政府建设年度报告或实施方案
      --json                 输出 JSON（一个输入一条记录，多个输入为 JSON Lines）
      --out <目录>           每个输入写一个 <名称>.json
  import <文件|目录|网址>...    把文档导入数据库（与网页应用共用：DATABASE_URL，或内置数据库 FAZHI_DATA_DIR）
  plan <文件|网址>             把实施方案整理为任务台账（措施、牵头和配合单位、完成时限）
      --xlsx <文件>          写出 Excel 台账（每个领域一个工作表，另有按单位汇总）
      --csv <文件>           写出 CSV 台账
  assess <指标体系> <文件|目录>...  按指标体系给已公开的报告评分（仅报告文本可评的项目），输出排名
      --json                 输出 JSON：每个评分项的得分和依据（原文位置和引文，或所依据的审查规则）
      --systems              列出内置指标体系（<指标体系> 也可以是 JSON 文件）
  serve                      启动网页应用和 API（默认 http://localhost:3000，内置数据库 ./data）
      --port <端口>          监听端口（默认 3000，或环境变量 PORT）
      --empty                首次启动不载入示例文档
      环境变量 DATABASE_URL 指向 PostgreSQL 时使用该数据库；FAZHI_WORKERS=0 时不在本进程运行后台任务
  search-index               显示全文检索排序索引的状态（已建索引的文档数）
      --rebuild              从数据库重建全部文档的排序索引（可在网页进程运行时执行）
      --missing              只补建缺少排序索引的文档（从旧版本升级后执行）
  worker                     只运行后台任务（每日提醒邮件等），与 FAZHI_WORKERS=0 的网页进程共用一个 PostgreSQL
  help                       显示本帮助

通用选项：
  --deadline <MM-DD>         年度报告公开时限（次年，默认 04-01）
  --max-bytes <字节>         单个文件大小上限（默认 52428800）
  --timeout <秒>             单个文件解析与分析或下载的时限（默认 30）
  --ocr-pages <页数>         扫描件文字识别（OCR）页数上限（默认 50；环境变量 FAZHI_OCR=0 停用 OCR）
`;

const COMMON = {
  deadline: { type: "string" },
  "max-bytes": { type: "string" },
  timeout: { type: "string" },
  "ocr-pages": { type: "string" },
} as const;

const COMMANDS = {
  analyze: { ...COMMON, json: { type: "boolean", default: false }, out: { type: "string" } },
  assess: {
    ...COMMON,
    json: { type: "boolean", default: false },
    systems: { type: "boolean", default: false },
  },
  import: { ...COMMON },
  plan: { ...COMMON, xlsx: { type: "string" }, csv: { type: "string" } },
  serve: {
    ...COMMON,
    port: { type: "string" },
    host: { type: "string" },
    empty: { type: "boolean", default: false },
  },
  worker: {},
  "search-index": {
    rebuild: { type: "boolean", default: false },
    missing: { type: "boolean", default: false },
  },
} as const;

type CommonValues = { deadline?: string; "max-bytes"?: string; timeout?: string; "ocr-pages"?: string };

async function optionsFrom(values: CommonValues): Promise<AnalyzeOptions> {
  const { resolveOptions } = await import("../analysis-options.ts");
  const number = (name: string, raw: string) => {
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new RangeError(`--${name} 需要正数，收到 "${raw}"`);
    return n;
  };
  return resolveOptions({
    review: values.deadline ? { publicationDeadline: values.deadline } : {},
    limits: {
      ...(values["max-bytes"] ? { maxBytes: number("max-bytes", values["max-bytes"]) } : {}),
      ...(values.timeout ? { timeoutMs: number("timeout", values.timeout) * 1000 } : {}),
      ...(values["ocr-pages"] ? { maxOcrPages: number("ocr-pages", values["ocr-pages"]) } : {}),
    },
  });
}

/** node:util parseArgs's errors (English, with advice about `--`) in the user's words. */
function argumentError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `未知选项 “${option}”`;
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return /does not take/.test(error.message) ? `选项 “${option}” 不带值` : `选项 “${option}” 后面缺少值`;
  return error.message;
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  if (!(command in COMMANDS)) {
    io.stderr(`fazhi: 未知命令 “${command}”\n\n${USAGE}`);
    return 2;
  }
  const name = command as keyof typeof COMMANDS;
  // `fazhi analyze --help`: the help, not an error about an unknown option
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(USAGE);
    return 0;
  }
  let values: Record<string, unknown>;
  let positionals: string[];
  let options: AnalyzeOptions;
  try {
    const parsed = parseArgs({ args: rest, allowPositionals: true, options: COMMANDS[name] });
    values = parsed.values as Record<string, unknown>;
    positionals = parsed.positionals;
    options = await optionsFrom(values as CommonValues);
  } catch (error) {
    io.stderr(`fazhi ${name}: ${argumentError(error as Error & { code?: string })}\n\n${USAGE}`);
    return 2;
  }
  const database = {
    databaseUrl: process.env.DATABASE_URL || null,
    dataDir: process.env.FAZHI_DATA_DIR ?? "./data/pglite",
  };
  if (name === "serve" || name === "worker") {
    try {
      if (name === "worker") {
        const { work } = await import("../server/services/worker.ts");
        await work({ ...database, log: io.stderr });
      } else await serveWith(values, database, options, io);
    } catch (error) {
      // loaded by then: settings are checked first, then the store takes the lock
      const { DataDirLocked } = await import("../store/lock.ts");
      const { SettingError } = await import("../server/services/settings.ts");
      if (error instanceof DataDirLocked || error instanceof SettingError) {
        io.stderr(`fazhi ${name}: ${error.message}`);
        return 1;
      }
      throw error;
    }
    return new Promise(() => {}); // runs until stopped
  }
  if (name === "search-index") {
    const { runSearchIndex } = await import("./search-index.ts");
    return runSearchIndex(
      { ...database, rebuild: Boolean(values.rebuild), missing: Boolean(values.missing) },
      io,
    );
  }
  if (name === "assess") {
    const { runAssess } = await import("./assess.ts");
    return runAssess(
      {
        system: positionals[0] ?? null,
        inputs: positionals.slice(1),
        json: Boolean(values.json),
        listSystems: Boolean(values.systems),
        options,
      },
      io,
    );
  }
  if (positionals.length === 0) {
    io.stderr(`fazhi ${name}: 请给出要分析的文件${name === "plan" ? "" : "、目录"}或网址\n\n${USAGE}`);
    return 2;
  }
  if (name === "import") {
    const { runImport } = await import("./import.ts");
    return runImport({ inputs: positionals, options, database }, io);
  }
  if (name === "plan") {
    if (positionals.length > 1) {
      io.stderr(`fazhi plan: 一次整理一个方案，收到 ${positionals.length} 个输入`);
      return 2;
    }
    const str = (v: unknown) => (typeof v === "string" ? v : null);
    const { runPlan } = await import("./plan.ts");
    return runPlan({ input: positionals[0], xlsx: str(values.xlsx), csv: str(values.csv), options }, io);
  }
  const { runAnalyze } = await import("./analyze.ts");
  return runAnalyze(
    {
      inputs: positionals,
      json: Boolean(values.json),
      out: typeof values.out === "string" ? values.out : null,
      options,
    },
    io,
  );
}

async function serveWith(
  values: Record<string, unknown>,
  database: { databaseUrl: string | null; dataDir: string },
  options: AnalyzeOptions,
  io: Io,
) {
  const { serve } = await import("../server/services/web.ts");
  await serve({
    port: Number(values.port ?? process.env.PORT ?? 3000),
    host: typeof values.host === "string" ? values.host : (process.env.HOST ?? "0.0.0.0"),
    ...database,
    empty: Boolean(values.empty) || process.env.FAZHI_EMPTY === "1",
    options,
    log: io.stderr,
  });
}

export { escapeControls };

/** The one line an error no command caught ends the process with (bin/fazhi.js): a database
 *  out of reach or refusing in words, anything else as what it is — never a stack trace. */
export function fatalLine(error: unknown): string {
  const database = databaseFailure(error);
  if (database) return `fazhi: ${database.zh}`;
  return `fazhi: 内部错误: ${escapeControls(error instanceof Error ? error.message : String(error))}`;
}

function defaultIo(): Io {
  return {
    stdout: (s: string) => process.stdout.write(`${escapeControls(s)}\n`),
    stderr: (s: string) => process.stderr.write(`${escapeControls(s)}\n`),
  };
}
