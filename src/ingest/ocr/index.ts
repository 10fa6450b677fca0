// OCR for documents without a text layer: scanned PDFs and photographed or scanned pages.
// decode.ts calls `ocrDocument` for image files and for PDFs whose text layer is empty.
import type { OcrInfo } from "../../types.ts";
import { InputError } from "../errors.ts";
import type { Limits } from "../limits.ts";
import { declaredSize, isTiff, sniffImage } from "./image-format.ts";
import { ENGINE_NAME } from "./models.ts";
import { runOcr } from "./run.ts";
import { assembleText } from "./text.ts";

/** OCR runs unless FAZHI_OCR=0 (or false/off) turns it off. */
export function ocrEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(0|false|off|no)$/i.test(env.FAZHI_OCR ?? "");
}

const DISABLED = "文字识别（OCR）已停用（FAZHI_OCR=0）";

export async function ocrDocument(
  kind: "image" | "pdf",
  bytes: Uint8Array,
  file: string,
  limits: Limits,
): Promise<{ text: string; ocr: OcrInfo }> {
  if (!ocrEnabled()) {
    if (kind === "pdf") throw new InputError("no-text-layer", file, DISABLED);
    throw new InputError("unsupported", file, `图片需要文字识别，${DISABLED}`);
  }
  if (kind === "image") checkImage(bytes, file, limits);
  const readings = await runOcr(kind, bytes, file, limits);
  const { text, lines } = assembleText(readings);
  if (!text.trim()) throw new InputError("empty", file, "文字识别（OCR）没有识别出文字");
  const chars = lines.reduce((s, l) => s + (l.end - l.start), 0);
  const meanConfidence = lines.reduce((s, l) => s + l.confidence * (l.end - l.start), 0) / chars;
  return {
    text,
    ocr: {
      engine: ENGINE_NAME,
      pages: readings.length,
      meanConfidence: Math.round(meanConfidence * 1000) / 1000,
      lines,
    },
  };
}

/** Refuse what cannot be decoded, or would be too large decoded, before a worker starts. */
function checkImage(bytes: Uint8Array, file: string, limits: Limits): void {
  if (isTiff(bytes))
    throw new InputError("unsupported", file, "TIFF 图像暂不支持，请另存为 PNG、JPEG 或 PDF");
  const format = sniffImage(bytes);
  if (!format) throw new InputError("unsupported", file, "不是可识别的图像格式（PNG、JPEG、BMP、WebP、GIF）");
  const size = declaredSize(bytes, format);
  if (size && size.width * size.height > limits.maxImagePixels) {
    throw new InputError(
      "too-large",
      file,
      `图像 ${size.width}×${size.height} 像素，超过上限 ${limits.maxImagePixels} 像素`,
    );
  }
}
