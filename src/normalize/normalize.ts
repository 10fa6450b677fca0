// The analysis view of a document: Simplified script, half-width digits and punctuation,
// plain spaces. It has exactly the length of the original, so an offset into it is an
// offset into `text` (the map back to `text` is the identity).
import { RADICAL_PAIRS } from "../rules/radicals.ts";
import type { Script } from "../types.ts";
import { detectScript, simplify } from "./script.ts";

export interface Normalized {
  norm: string;
  script: Script;
}

// one table for the folds: full-width ASCII (！..～) to half-width, odd spaces to a space,
// radicals a PDF gave for ideographs (⼯ → 工)
const FOLD = new Uint16Array(0x10000);
const RADICAL = new Map<string, string>();
for (let k = 0; k < RADICAL_PAIRS.length; k += 2) {
  RADICAL.set(RADICAL_PAIRS[k], RADICAL_PAIRS[k + 1]);
  FOLD[RADICAL_PAIRS.charCodeAt(k)] = RADICAL_PAIRS.charCodeAt(k + 1);
}
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

const RADICAL_RE = new RegExp(`[${[...RADICAL.keys()].join("")}]`, "g");
const radicalOf = (c: string) => RADICAL.get(c) ?? c;

/** Radicals a PDF's text layer gave for ideographs (⾸⻚ → 首页). Same length. */
export function unifyRadicals(text: string): string {
  return text.replace(RADICAL_RE, radicalOf);
}

/** Full-width ASCII to half-width; odd spaces to a plain space; radicals to ideographs. Same
 *  length. */
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
