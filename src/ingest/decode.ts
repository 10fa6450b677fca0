// Bytes → decoded text, by format. Binary formats are decoded in a worker with a time limit.
import { Worker } from "node:worker_threads";
import type { Charset, Format, OcrInfo } from "../types.ts";
import { declaredCharset, decodeBytes } from "./charset.ts";
import { InputError, type InputProblem } from "./errors.ts";
import { htmlToText, type PageHints } from "./html.ts";
import type { Limits } from "./limits.ts";
import { ocrDocument } from "./ocr/index.ts";
import { looksBinary, sniffFormat } from "./sniff.ts";

export interface DecodedDocument {
  text: string;
  charset: Charset | null;
  format: Format;
  hints: PageHints;
  /** set when the text was read by OCR */
  ocr?: OcrInfo;
}

type WorkerFormat = "docx" | "doc" | "ofd" | "pdf";
const WORKER_FORMATS: ReadonlySet<Format> = new Set<WorkerFormat>(["docx", "doc", "ofd", "pdf"]);
const inWorker = (format: Format): format is WorkerFormat => WORKER_FORMATS.has(format);

function decodeInWorker(
  format: WorkerFormat,
  bytes: Uint8Array,
  file: string,
  limits: Limits,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./decode-worker.mjs", import.meta.url), {
      workerData: { format, bytes, file, limits },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new InputError("timeout", file, `解析超过 ${limits.timeoutMs / 1000} 秒,已中止`)),
        ),
      limits.timeoutMs,
    );
    worker.on("message", (msg: { text?: string; problem?: InputProblem; detail?: string }) =>
      finish(() =>
        msg.text !== undefined
          ? resolve(msg.text)
          : reject(new InputError(msg.problem ?? "corrupt", file, msg.detail ?? "")),
      ),
    );
    worker.on("error", (error) =>
      finish(() => reject(new InputError("corrupt", file, error.message.slice(0, 200)))),
    );
    worker.on("exit", (code) =>
      finish(() => reject(new InputError("corrupt", file, `解析进程异常退出 (${code})`))),
    );
  });
}

export async function decodeDocument(
  bytes: Uint8Array,
  file: string,
  limits: Limits,
): Promise<DecodedDocument> {
  if (bytes.length === 0) throw new InputError("empty", file, "文件大小为 0 字节");
  if (bytes.length > limits.maxBytes) {
    throw new InputError("too-large", file, `${bytes.length} 字节,超过上限 ${limits.maxBytes} 字节`);
  }
  const format = sniffFormat(bytes, file);
  let text: string;
  let charset: Charset | null = null;
  let hints: PageHints = {};
  let ocr: OcrInfo | undefined;
  if (format === "image") {
    ({ text, ocr } = await ocrDocument("image", bytes, file, limits)); // OCR: photographed or scanned page
  } else if (inWorker(format)) {
    try {
      text = await decodeInWorker(format, bytes, file, limits);
    } catch (error) {
      // OCR: a PDF without a text layer is a scan; read its pages as images
      if (!(format === "pdf" && error instanceof InputError && error.problem === "no-text-layer"))
        throw error;
      ({ text, ocr } = await ocrDocument("pdf", bytes, file, limits));
    }
  } else {
    if (looksBinary(bytes))
      throw new InputError("binary", file, "包含二进制数据,不是文本、网页、Word、PDF 或图片文件");
    const decoded = decodeBytes(bytes, format === "html" ? declaredCharset(bytes) : null);
    charset = decoded.charset;
    text = decoded.text;
    if (format === "html") ({ text, hints } = htmlToText(text));
  }
  if (text.length > limits.maxTextChars) {
    throw new InputError("too-large", file, `文字 ${text.length} 字符,超过上限 ${limits.maxTextChars}`);
  }
  if (!text.trim()) throw new InputError("empty", file, "没有可分析的文字");
  return ocr ? { text, charset, format, hints, ocr } : { text, charset, format, hints };
}
