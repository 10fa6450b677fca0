// Messages between the OCR worker and the thread that started it.
import type { PageReading } from "./engine.ts";

export interface OcrJob {
  kind: "image" | "pdf";
  bytes: Uint8Array;
  /** most pages read; a longer document is refused before any page is read */
  maxPages: number;
  /** most pixels of a page image (rendered PDF page) */
  maxImagePixels: number;
  /** longer side of a page image: PDF pages are rendered at it, larger photos scaled down to it */
  renderSide: number;
  /** longer side of the image the text detector sees */
  detectionSide: number;
  /** ONNX Runtime threads */
  threads: number;
}

export type WorkerMessage =
  | { type: "pages"; count: number }
  | { type: "too-many-pages"; count: number }
  | { type: "page"; done: number }
  | { type: "done"; readings: PageReading[] }
  | { type: "unavailable"; detail: string }
  | { type: "failed"; detail: string };
