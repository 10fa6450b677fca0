// Problems a user can cause with an input. Each renders as one line naming the file.
import { DomainError } from "../commands/errors.ts";
import { databaseFailure } from "../shared/database-errors.ts";

export type InputProblem =
  | "not-found"
  | "unreadable"
  | "empty"
  | "too-large"
  | "binary"
  | "corrupt"
  | "zip-bomb"
  | "unsupported"
  | "timeout"
  | "fetch-failed"
  | "no-text-layer";

const LABEL_ZH: Record<InputProblem, string> = {
  "not-found": "文件不存在",
  unreadable: "无法读取",
  empty: "内容为空",
  "too-large": "超出大小限制",
  binary: "不是文本文件",
  corrupt: "文件已损坏",
  "zip-bomb": "压缩包异常（疑似压缩炸弹）",
  unsupported: "格式不受支持",
  timeout: "处理超时",
  "fetch-failed": "下载失败",
  "no-text-layer": "没有文字层（扫描图像）",
};

export class InputError extends Error {
  readonly problem: InputProblem;
  readonly file: string;
  readonly detail: string;
  constructor(problem: InputProblem, file: string, detail: string) {
    // the code stays in `problem` for programs; the line a user reads is Chinese only
    super(`${file}: ${LABEL_ZH[problem]}${detail ? `：${detail}` : ""}`);
    this.name = "InputError";
    this.problem = problem;
    this.file = file;
    this.detail = detail;
  }
}

/** One line for the edge (CLI, API): the file and the problem, never a stack trace. */
export function describeError(file: string, error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof DomainError) return error.zh.includes(file) ? error.zh : `${file}: ${error.zh}`;
  // the database's refusal in words; PostgreSQL's English message (tables, constraints) is no
  // reader's business
  const database = databaseFailure(error);
  if (database) return `${file}: ${database.zh}`;
  const message = error instanceof Error ? error.message : String(error);
  return `${file}: 内部错误：${message.split("\n")[0].slice(0, 300)}`;
}
