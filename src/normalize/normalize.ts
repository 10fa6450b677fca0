// The analysis view of a document: Simplified script, half-width digits and punctuation,
// plain spaces. It has exactly the length of the original, so an offset into it is an
// offset into `text` (the map back to `text` is the identity).
import type { Script } from "../types.ts";
import { detectScript, simplify } from "./script.ts";

export interface Normalized {
  norm: string;
  script: Script;
}

const ODD_SPACES = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;

/** Full-width ASCII (！..～) to half-width; odd spaces to a plain space. Same length. */
export function foldWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(ODD_SPACES, " ");
}

export function normalizeText(text: string): Normalized {
  const script = detectScript(text);
  const simplified = script === "traditional" ? simplify(text) : text;
  const norm = foldWidth(simplified);
  if (norm.length !== text.length) throw new Error("normalisation changed the text length");
  return { norm, script };
}
