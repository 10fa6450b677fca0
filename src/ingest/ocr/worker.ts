// The OCR worker process: receives one job, decodes the image or renders the pages of the
// PDF, reads every page, and sends progress and the result back. It is a process of its own
// (not a thread): ONNX Runtime's binding loads once per process, a native crash in a decoder
// stays here, and the parent can kill it at the time limit. Its heap is capped by the parent.
import type { Canvas } from "@napi-rs/canvas";
import { ENGINE_DEFAULTS, type PageReading, readPage } from "./engine.ts";
import { decodeImage } from "./image.ts";
import { loadModels } from "./models.ts";
import { openPdf, renderPage } from "./pdf-pages.ts";
import type { OcrJob, WorkerMessage } from "./protocol.ts";

const job = await new Promise<OcrJob>((resolve) => process.once("message", (m) => resolve(m as OcrJob)));
const post = (message: WorkerMessage) => process.send?.(message);
// an orphan (its parent gone) has no one to answer
process.on("disconnect", () => process.exit(0));

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

async function main(): Promise<WorkerMessage> {
  const source = await pages();
  post({ type: "pages", count: source.count });
  if (source.count > job.maxPages) return { type: "too-many-pages", count: source.count };
  let models: Awaited<ReturnType<typeof loadModels>>;
  try {
    models = await loadModels(job.threads);
  } catch (error) {
    return { type: "unavailable", detail: firstLine(error) };
  }
  const readings: PageReading[] = [];
  for (let n = 1; n <= source.count; n++) {
    const options = { ...ENGINE_DEFAULTS, detectionSide: job.detectionSide };
    readings.push(await readPage(models, await source.page(n), options));
    post({ type: "page", done: n });
  }
  await source.close();
  return { type: "done", readings };
}

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0].slice(0, 200) : String(error);
}

// the parent ends this process once it has the answer
post(await main().catch((error: unknown): WorkerMessage => ({ type: "failed", detail: firstLine(error) })));
