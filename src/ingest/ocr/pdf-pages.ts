// Pages of a PDF without a text layer, rendered to images for OCR: pdf.js (legacy build, as the
// text decoder uses) drawing on a Skia canvas from @napi-rs/canvas, which pdf.js itself looks
// for on Node. Each page is scaled so its longer side is `side` pixels (about 180 dpi for A4)
// and never more than `maxPixels`.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type Canvas, createCanvas } from "@napi-rs/canvas";

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));

export interface RenderOptions {
  /** longer side of a rendered page, in pixels */
  side: number;
  /** most pixels of a rendered page */
  maxPixels: number;
}

export type PdfDocument = Awaited<ReturnType<typeof openPdf>>;

export async function openPdf(bytes: Uint8Array) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${join(pdfjsRoot, "cmaps")}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsRoot, "standard_fonts")}/`,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
}

export async function renderPage(
  doc: PdfDocument,
  pageNumber: number,
  options: RenderOptions,
): Promise<Canvas> {
  const page = await doc.getPage(pageNumber);
  try {
    const base = page.getViewport({ scale: 1 });
    let scale = options.side / Math.max(base.width, base.height);
    const pixels = base.width * base.height * scale * scale;
    if (pixels > options.maxPixels) scale *= Math.sqrt(options.maxPixels / pixels);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({
      // pdf.js types its context as the DOM's; Skia's implements the same drawing API
      canvasContext: ctx as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise;
    return canvas;
  } finally {
    page.cleanup();
  }
}
