// Runs one binary-document decoder in a worker thread, so that a pathological file can be
// stopped at the time limit instead of blocking the process.
import { parentPort, workerData } from "node:worker_threads";
import { docToText } from "./doc.ts";
import { docxToText } from "./docx.ts";
import { InputError } from "./errors.ts";
import type { Limits } from "./limits.ts";
import { ofdToText } from "./ofd/index.ts";
import { pdfToText } from "./pdf.ts";

interface Job {
  format: "docx" | "doc" | "ofd" | "pdf";
  bytes: Uint8Array;
  file: string;
  limits: Limits;
}

const DECODERS: Record<
  Job["format"],
  (bytes: Uint8Array, file: string, limits: Limits) => Promise<string> | string
> = { pdf: pdfToText, docx: docxToText, doc: docToText, ofd: ofdToText };

const job = workerData as Job;
try {
  const text = await DECODERS[job.format](job.bytes, job.file, job.limits);
  parentPort?.postMessage({ text });
} catch (error) {
  if (error instanceof InputError) parentPort?.postMessage({ problem: error.problem, detail: error.detail });
  else
    parentPort?.postMessage({
      problem: "corrupt",
      detail: error instanceof Error ? error.message.slice(0, 200) : String(error),
    });
}
