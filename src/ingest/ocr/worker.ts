// The OCR worker: decodes one image or renders the pages of one PDF, reads every page, and
// posts progress and the result back. It runs in its own thread so the process stays
// responsive and can stop it at the time limit; its heap is capped by the parent.
import { parentPort, workerData } from "node:worker_threads";
import type { Canvas } from "@napi-rs/canvas";
import { ENGINE_DEFAULTS, type PageReading, readPage } from "./engine.ts";
import { decodeImage } from "./image.ts";
import { loadModels } from "./models.ts";
import { openPdf, renderPage } from "./pdf-pages.ts";
import type { OcrJob, WorkerMessage } from "./protocol.ts";

const job = workerData as OcrJob;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

async function pages(): Promise<{
  count: number;
  page: (n: number) => Promise<Canvas>;
  close: () => Promise<void>;
}> {
  if (job.kind === "image") {
    const canvas = await decodeImage(job.bytes, job.renderSide);
    return { count: 1, page: async () => canvas, close: async () => {} };
  }
  const doc = await openPdf(job.bytes);
  return {
    count: doc.numPages,
    page: (n) => renderPage(doc, n, { side: job.renderSide, maxPixels: job.maxImagePixels }),
    close: () => doc.destroy(),
  };
}

try {
  const source = await pages();
  post({ type: "pages", count: source.count });
  if (source.count > job.maxPages) {
    post({ type: "too-many-pages", count: source.count });
  } else {
    const models = await loadModels(job.threads).catch((error: Error) => {
      post({ type: "unavailable", detail: error.message.split("\n")[0].slice(0, 200) });
      return null;
    });
    if (!models) process.exit(0);
    const readings: PageReading[] = [];
    for (let n = 1; n <= source.count; n++) {
      readings.push(
        await readPage(models, await source.page(n), {
          ...ENGINE_DEFAULTS,
          detectionSide: job.detectionSide,
        }),
      );
      post({ type: "page", done: n });
    }
    await source.close();
    post({ type: "done", readings });
  }
} catch (error) {
  post({
    type: "failed",
    detail: error instanceof Error ? error.message.split("\n")[0].slice(0, 200) : String(error),
  });
}
