// Bytes → decoded text, by format. `decodeHere` is the work itself and runs inside a pool
// worker (src/ingest/pool.ts), which bounds its time and memory; scans and photos come back as
// "needs OCR", which runs in its own child process (src/ingest/ocr/) outside the pool.
// Each decoder loads when its format first comes (a worker reading text loads no Word, PDF,
// OFD or HTML library: each started worker is ready sooner).
import type { Charset, Format, OcrInfo } from "../types.ts";
import { declaredCharset, decodeBytes } from "./charset.ts";
import { InputError } from "./errors.ts";
import { unwrapHardLines } from "./hard-wrap.ts";
import type { PageHints } from "./html.ts";
import type { Limits } from "./limits.ts";
import { looksBinary, sniffFormat } from "./sniff.ts";

export interface DecodedDocument {
  text: string;
  charset: Charset | null;
  format: Format;
  hints: PageHints;
  /** set when the text was read by OCR */
  ocr?: OcrInfo;
  /** how many bytes could not be decoded in the detected charset (replaced by U+FFFD) */
  invalidBytes?: number;
}

/** A scan or a photographed page: its text must come from OCR. */
export interface NeedsOcr {
  needsOcr: "image" | "pdf";
}

type BinaryDecoder = (bytes: Uint8Array, file: string, limits: Limits) => Promise<string> | string;

/** Binary formats and their decoders, loaded on first use; one line per format. */
const BINARY_DECODERS: Partial<Record<Format, () => Promise<BinaryDecoder>>> = {
  docx: async () => (await import("./docx.ts")).docxToText,
  doc: async () => (await import("./doc.ts")).docToText,
  ofd: async () => (await import("./ofd/index.ts")).ofdToText,
  pdf: async () => (await import("./pdf.ts")).pdfToText,
};

function checked(decoded: DecodedDocument, file: string, limits: Limits): DecodedDocument {
  const { text } = decoded;
  if (text.length > limits.maxTextChars) {
    throw new InputError("too-large", file, `文字 ${text.length} 字符，超过上限 ${limits.maxTextChars}`);
  }
  if (!text.trim()) throw new InputError("empty", file, "没有可分析的文字");
  return decoded;
}

/** Decode in this thread. Call it inside a pool worker, never on the server's main thread. */
export async function decodeHere(
  bytes: Uint8Array,
  file: string,
  limits: Limits,
): Promise<DecodedDocument | NeedsOcr> {
  if (bytes.length === 0) throw new InputError("empty", file, "文件大小为 0 字节");
  if (bytes.length > limits.maxBytes) {
    throw new InputError("too-large", file, `${bytes.length} 字节，超过上限 ${limits.maxBytes} 字节`);
  }
  const format = sniffFormat(bytes, file);
  if (format === "image") return { needsOcr: "image" }; // OCR: photographed or scanned page
  const loadDecoder = BINARY_DECODERS[format];
  if (loadDecoder) {
    try {
      const binary = await loadDecoder();
      return checked(
        { text: await binary(bytes, file, limits), charset: null, format, hints: {} },
        file,
        limits,
      );
    } catch (error) {
      // OCR: a PDF without a text layer is a scan; read its pages as images
      if (format === "pdf" && error instanceof InputError && error.problem === "no-text-layer")
        return { needsOcr: "pdf" };
      throw error;
    }
  }
  if (looksBinary(bytes))
    throw new InputError("binary", file, "包含二进制数据，不是文本、网页、Word、PDF 或图片文件");
  const decoded = decodeBytes(bytes, format === "html" ? declaredCharset(bytes) : null);
  const invalid = decoded.invalidBytes ? { invalidBytes: decoded.invalidBytes } : {};
  const { text, hints } =
    format === "html"
      ? (await import("./html.ts")).htmlToText(decoded.text)
      : { text: unwrapHardLines(decoded.text), hints: {} };
  return checked({ text, charset: decoded.charset, format, hints, ...invalid }, file, limits);
}

/** The OCR half of decoding, in OCR's own child process (with its own page limits). */
export async function decodeByOcr(
  kind: NeedsOcr["needsOcr"],
  bytes: Uint8Array,
  file: string,
  limits: Limits,
): Promise<DecodedDocument> {
  const { ocrDocument } = await import("./ocr/index.ts");
  const { text, ocr } = await ocrDocument(kind, bytes, file, limits); // OCR: scans and photos
  return checked(
    { text, charset: null, format: kind === "image" ? "image" : "pdf", hints: {}, ocr },
    file,
    limits,
  );
}

/** Decode off the main thread (bounded pool), reading scans by OCR. */
export async function decodeDocument(
  bytes: Uint8Array,
  file: string,
  limits: Limits,
): Promise<DecodedDocument> {
  // the pool loads with its first caller: the workers that run decodeHere never load it
  const { runInPool } = await import("./pool.ts");
  const result = await runInPool<DecodedDocument | NeedsOcr>(
    { op: "decode", bytes, file, limits },
    file,
    limits,
  );
  return "needsOcr" in result ? decodeByOcr(result.needsOcr, bytes, file, limits) : result;
}
