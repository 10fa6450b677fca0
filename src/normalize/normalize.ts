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

// the characters FOLD changes, found by one native search; each becomes its one-character
// string (made once), so the text is copied once, into an ordinary string (a typed array
// decoded through a Buffer costs an off-heap allocation per document)
const FOLDED: string[] = new Array<string>(0x10000).fill("");
let foldClass = "";
for (let c = 0; c < 0x10000; c++)
  if (FOLD[c] !== 0) {
    FOLDED[c] = String.fromCharCode(FOLD[c]);
    foldClass += `\\u${c.toString(16).padStart(4, "0")}`;
  }
const FOLD_RE = new RegExp(`[${foldClass}]`, "g");
const foldChar = (c: string) => FOLDED[c.charCodeAt(0)];

/** Full-width ASCII to half-width; odd spaces to a plain space. Same length. */
export function foldWidth(text: string): string {
  return text.replace(FOLD_RE, foldChar);
}

export function normalizeText(text: string): Normalized {
  const script = detectScript(text);
  const simplified = script === "traditional" ? simplify(text) : text;
  const norm = foldWidth(simplified);
  if (norm.length !== text.length) throw new Error("normalisation changed the text length");
  return { norm, script };
}
