// Explicit limits on what one input may cost. All can be overridden per run.

export interface Limits {
  /** largest input file or download, in bytes */
  maxBytes: number;
  /** largest total uncompressed size of a DOCX's parts */
  maxUnzippedBytes: number;
  /** largest uncompressed/compressed ratio of any DOCX part (zip bomb guard) */
  maxZipRatio: number;
  /** longest extracted text, in UTF-16 code units */
  maxTextChars: number;
  /** wall-clock limit for decoding and analysing one document (from when a pool worker starts it), or one download */
  timeoutMs: number;
  /** most PDF pages read */
  maxPdfPages: number;
  /** most pages read by OCR (scanned PDF pages) */
  maxOcrPages: number;
  /** OCR time per page (plus one page's time to start) */
  ocrPageTimeoutMs: number;
  /** most pixels of an image file or rendered page given to OCR */
  maxImagePixels: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxZipRatio: 200,
  maxTextChars: 10 * 1024 * 1024,
  timeoutMs: 30_000,
  maxPdfPages: 2000,
  maxOcrPages: 50,
  ocrPageTimeoutMs: 120_000,
  maxImagePixels: 60_000_000,
});

export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`limit ${key} must be a positive number`);
  }
  return limits;
}
