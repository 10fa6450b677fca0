// The analysis view of a document: Simplified script, half-width digits and punctuation,
// plain spaces. It has exactly the length of the original, so an offset into it is an
// offset into `text` (the map back to `text` is the identity).
import type { Script } from "../types.ts";
import { detectScript, simplify } from "./script.ts";

export interface Normalized {
  norm: string;
  script: Script;
}

// one table for both folds: full-width ASCII (！..～) to half-width, odd spaces to a space
const FOLD = new Uint16Array(0x10000);
for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0;
for (const c of [0x00a0, 0x1680, 0x202f, 0x205f, 0x3000, 0xfeff]) FOLD[c] = 0x20;
for (let c = 0x2000; c <= 0x200b; c++) FOLD[c] = 0x20;

/** Full-width ASCII to half-width; odd spaces to a plain space. Same length. */
export function foldWidth(text: string): string {
  let out: Uint16Array | null = null;
  for (let i = 0; i < text.length; i++) {
    const to = FOLD[text.charCodeAt(i)];
    if (to === 0) continue;
    if (!out) {
      out = new Uint16Array(text.length);
      for (let k = 0; k < i; k++) out[k] = text.charCodeAt(k);
    }
    out[i] = to;
  }
  if (!out) return text;
  for (let i = 0; i < text.length; i++) if (out[i] === 0) out[i] = text.charCodeAt(i);
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString("utf16le");
}

export function normalizeText(text: string): Normalized {
  const script = detectScript(text);
  const simplified = script === "traditional" ? simplify(text) : text;
  const norm = foldWidth(simplified);
  if (norm.length !== text.length) throw new Error("normalisation changed the text length");
  return { norm, script };
}
