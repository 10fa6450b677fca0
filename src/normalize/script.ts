// Which script a document is written in, and conversion of Traditional to Simplified that
// keeps every character in place (same length), so offsets need no map. The conversion is
// character by character with OpenCC's character table: analysis needs the characters of
// 长治 and 复议, not OpenCC's phrase-level vocabulary.
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";
import { TRADITIONAL_WORDS } from "../rules/traditional-words.ts";
import type { Script } from "../types.ts";

// code unit → code unit; 0 where the character has no single-unit Simplified form
const TO_SIMPLIFIED = new Uint16Array(0x10000);
for (const entry of TS_CHARACTERS.split("|")) {
  const [from, to] = entry.split(" ");
  if (from?.length === 1 && to?.length === 1 && from !== to)
    TO_SIMPLIFIED[from.charCodeAt(0)] = to.charCodeAt(0);
}

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;
const SAMPLE = 4000;

/** Traditional when a noticeable share of the Han characters have a Simplified form. */
export function detectScript(text: string): Script {
  const n = Math.min(text.length, SAMPLE);
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!isHan(code)) continue;
    han++;
    if (TO_SIMPLIFIED[code] !== 0) traditional++;
  }
  return traditional >= 5 && traditional / Math.max(han, 1) > 0.02 ? "traditional" : "simplified";
}

const WORDS_WITH_FU = new RegExp(Object.keys(TRADITIONAL_WORDS).join("|"), "g");
for (const [from, to] of Object.entries(TRADITIONAL_WORDS))
  if (from.length !== to.length) throw new Error(`${from} → ${to}: a word must keep its length`);

/** Traditional → Simplified, character for character (same length). */
export function simplify(text: string): string {
  // most texts have nothing to convert: answered as they are, without a copy
  let first = 0;
  while (first < text.length && TO_SIMPLIFIED[text.charCodeAt(first)] === 0) first++;
  if (first === text.length) return text;
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = TO_SIMPLIFIED[code] || code;
  }
  const converted = Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString("utf16le");
  // 覆 is Simplified as well: only the words it writes for 复 in Traditional text are restored
  return converted.includes("覆") ? converted.replace(WORDS_WITH_FU, (w) => TRADITIONAL_WORDS[w]) : converted;
}

/** For each character that `simplify` can write, the others it writes it for (復 and 複 for 复;
 *  覆 for 复 in the words of TRADITIONAL_WORDS), and the characters it may change in any text. */
let sources: Map<number, number[]> | null = null;
let changed: Set<number> | null = null;
function sourcesOf(code: number): number[] | undefined {
  if (sources === null || changed === null) {
    const found = new Map<number, number[]>();
    const changes = new Set<number>();
    const add = (from: number, to: number) => {
      changes.add(from);
      const known = found.get(to);
      if (known === undefined) found.set(to, [from]);
      else if (!known.includes(from)) known.push(from);
    };
    for (let from = 0; from < TO_SIMPLIFIED.length; from++)
      if (TO_SIMPLIFIED[from] !== 0) add(from, TO_SIMPLIFIED[from]);
    for (const [from, to] of Object.entries(TRADITIONAL_WORDS))
      for (let i = 0; i < from.length; i++)
        if (from.charCodeAt(i) !== to.charCodeAt(i)) add(from.charCodeAt(i), to.charCodeAt(i));
    sources = found;
    changed = changes;
  }
  return sources.get(code);
}

/**
 * The text to look for `words` (Simplified, as a query's terms are) in, at the same places as in
 * `simplify(text)`: the text itself when it holds no character that `simplify` would write as
 * one of the words' characters and none of those characters is one `simplify` changes (then
 * each word is where it is in the simplified text, whatever else differs), else
 * `simplify(text)`. A few searches of the text for single characters instead of reading every
 * character of it: most texts are Simplified already.
 */
export function simplifiedFor(text: string, words: readonly string[]): string {
  const looked = new Set<number>();
  for (const word of words)
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (looked.has(code)) continue;
      looked.add(code);
      const from = sourcesOf(code);
      if (changed?.has(code)) return simplify(text);
      if (from) for (const c of from) if (text.includes(String.fromCharCode(c))) return simplify(text);
    }
  return text;
}
