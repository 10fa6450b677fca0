// Runs one OCR job in a worker process with a page limit, a time limit that grows with the
// number of pages, and a capped heap. One job runs at a time: OCR keeps every core busy, and a
// second job at once would only make both slower.
import { fork } from "node:child_process";
import { InputError } from "../errors.ts";
import type { Limits } from "../limits.ts";
import type { PageReading } from "./engine.ts";
import type { OcrJob, WorkerMessage } from "./protocol.ts";

/** ONNX Runtime threads: 0 lets it use every core. */
const THREADS = 0;
const RENDER_SIDE = 2200;
const DETECTION_SIDE = 1600;
const HEAP_MB = 768;

let queue: Promise<unknown> = Promise.resolve();

/** Run `task` after the jobs before it, whatever their outcome. */
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function runOcr(
  kind: OcrJob["kind"],
  bytes: Uint8Array,
  file: string,
  limits: Limits,
): Promise<PageReading[]> {
  return serialised(() => runWorker(kind, bytes, file, limits));
}

function runWorker(
  kind: OcrJob["kind"],
  bytes: Uint8Array,
  file: string,
  limits: Limits,
): Promise<PageReading[]> {
  const job: OcrJob = {
    kind,
    bytes,
    maxPages: limits.maxOcrPages,
    maxImagePixels: limits.maxImagePixels,
    renderSide: RENDER_SIDE,
    detectionSide: DETECTION_SIDE,
    threads: THREADS,
  };
  return new Promise((resolve, reject) => {
    const worker = fork(new URL("./process.mjs", import.meta.url), {
      execArgv: [`--max-old-space-size=${HEAP_MB}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    let stderr = "";
    worker.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-2000);
    });
    worker.send(job);
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      worker.kill("SIGKILL");
    };
    const fail = (problem: ConstructorParameters<typeof InputError>[0], detail: string) =>
      finish(() => reject(new InputError(problem, file, detail)));
    // loading the models and the first page get one page's time; the rest once the count is known
    const allow = (pages: number) => {
      clearTimeout(timer);
      const seconds = (pages * limits.ocrPageTimeoutMs) / 1000;
      timer = setTimeout(
        () =>
          fail(
            "timeout",
            `文字识别（OCR）超过 ${seconds} 秒（每页 ${limits.ocrPageTimeoutMs / 1000} 秒），已中止`,
          ),
        pages * limits.ocrPageTimeoutMs,
      );
    };
    allow(1);
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "pages") allow(message.count + 1);
      else if (message.type === "too-many-pages")
        fail("too-large", `共 ${message.count} 页需要文字识别（OCR），超过上限 ${limits.maxOcrPages} 页`);
      else if (message.type === "unavailable")
        fail("no-text-layer", `本机无法进行文字识别（OCR）：${message.detail}`);
      else if (message.type === "failed") fail("corrupt", `图像无法解码或识别：${message.detail}`);
      else if (message.type === "done") finish(() => resolve(message.readings));
    });
    worker.on("error", (error) =>
      fail("corrupt", `文字识别（OCR）进程无法启动：${error.message.slice(0, 200)}`),
    );
    worker.on("exit", (code, signal) =>
      /heap out of memory|Allocation failed/i.test(stderr)
        ? fail("too-large", `文字识别（OCR）超出内存上限 ${HEAP_MB} MB`)
        : fail("corrupt", `图像无法解码或识别（识别进程异常退出：${signal ?? code}）`),
    );
  });
}
