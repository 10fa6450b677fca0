// The vocabularies of rules/spam.ts found in one pass: every list is compiled once into one
// case-insensitive alternation, and each hit is classified by the list its word came from.
import {
  AD_ONLY_TERMS,
  AD_WORDS,
  ENFORCEMENT_WORDS,
  OFFICIAL_ABBREVIATIONS,
  OFFICIAL_NAMES,
} from "../rules/spam.ts";
import { WordMatcher } from "../shared/word-matcher.ts";
import type { Span } from "../types.ts";

export type TermKind = "adOnly" | "adWord" | "official" | "enforcement";

export interface TermHit extends Span {
  kind: TermKind;
  /** the word as listed (lower case) */
  word: string;
}

export interface LatinToken extends Span {
  /** not an abbreviation official text uses: may be a brand */
  brand: boolean;
}

export interface LexiconHits {
  terms: TermHit[];
  latin: LatinToken[];
  /** addresses and registrations official pages carry (gov.cn sites, e-mail, ICP numbers) */
  official: Span[];
}

const KIND_OF = new Map<string, TermKind>();
// later lists win a word listed twice: an official name is never advertising
for (const word of AD_WORDS) KIND_OF.set(word.toLowerCase(), "adWord");
for (const word of Object.values(AD_ONLY_TERMS).flat()) KIND_OF.set(word.toLowerCase(), "adOnly");
for (const word of ENFORCEMENT_WORDS) KIND_OF.set(word.toLowerCase(), "enforcement");
for (const word of OFFICIAL_NAMES) KIND_OF.set(word.toLowerCase(), "official");
const TERMS = new WordMatcher(KIND_OF.entries());

const OFFICIAL_LATIN = new Set(OFFICIAL_ABBREVIATIONS);
// a Latin word with the digits, dots and hyphens glued to it (lehu66.com, pk10, 188bet); the
// match starts at a letter (numbers alone are not words) and takes the digits before it
const LATIN_RE = /[A-Za-z][A-Za-z0-9.-]*[A-Za-z0-9]|[A-Za-z]/g;
const GLUED_BEFORE = /[0-9.-]/;
// Registrations official pages carry, each anchored on its own words (linear: no pattern may
// start with a repeated class, which backtracks quadratically over a long run of digits)
const OFFICIAL_REGISTRATION_RE =
  /[\u4e00-\u9fff]ICP备\s*\d+号(?:-\d+)?|公网安备\s*\d+号|网站标识码\s*[::]?\s*\w+/g;
// addresses: found by their anchor (".gov.cn", "@"), then widened over the characters around it
const ADDRESS_ANCHOR_RE = /\.gov\.cn|@/g;
const HOST = /[\w.-]/;
const PATH = /[\w./?=&%#-]/;

function officialAddresses(norm: string): Span[] {
  const out: Span[] = [];
  let floor = 0; // widening never re-reads what an earlier anchor read
  for (const m of norm.matchAll(ADDRESS_ANCHOR_RE)) {
    const at = m.index ?? 0;
    if (at < floor) continue;
    let start = at;
    while (start > floor && HOST.test(norm[start - 1])) start--;
    let end = at + m[0].length;
    if (m[0] === "@") {
      while (end < norm.length && HOST.test(norm[end])) end++;
      floor = end;
      if (start === at || !norm.slice(at, end).includes(".")) continue;
    } else {
      if (/https?:\/\/$/.test(norm.slice(Math.max(0, start - 8), start)))
        start = norm.lastIndexOf("http", start);
      while (end < norm.length && PATH.test(norm[end])) end++;
    }
    floor = end;
    if (out.length > 0 && out[out.length - 1].end >= start)
      out[out.length - 1].end = Math.max(out[out.length - 1].end, end);
    else out.push({ start, end });
  }
  return out;
}

export function scanLexicon(norm: string): LexiconHits {
  const terms: TermHit[] = [];
  for (const { start, end, word, value: kind } of TERMS.findAll(norm)) {
    // a Latin word counts only whole (app, not the app in "happy")
    if (/^[a-z]/.test(word) && /[A-Za-z]/.test(norm[start - 1] ?? "")) continue;
    if (/[a-z]$/.test(word) && /[A-Za-z]/.test(norm[end] ?? "")) continue;
    terms.push({ start, end, kind, word });
  }
  const latin: LatinToken[] = [];
  for (const m of norm.matchAll(LATIN_RE)) {
    const end = (m.index ?? 0) + m[0].length;
    let start = m.index ?? 0;
    while (start > 0 && GLUED_BEFORE.test(norm[start - 1])) start--;
    while (start < end && !/[A-Za-z0-9]/.test(norm[start])) start++;
    if (latin.length > 0 && latin[latin.length - 1].end > start) continue;
    const word = norm.slice(start, end).toLowerCase();
    const letters = word.replace(/[^a-z]/g, "");
    latin.push({
      start,
      end,
      brand: letters.length >= 2 && !OFFICIAL_LATIN.has(letters) && !KIND_OF.has(word),
    });
  }
  const official: Span[] = officialAddresses(norm);
  for (const m of norm.matchAll(OFFICIAL_REGISTRATION_RE)) {
    const start = m.index ?? 0;
    official.push({ start, end: start + m[0].length });
  }
  official.sort((a, b) => a.start - b.start);
  return { terms, latin, official };
}
