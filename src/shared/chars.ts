// Sets of characters as tables over UTF-16 code units, for the loops that walk a text one
// character at a time: `set[text.charCodeAt(k)] === 1` reads no string, where
// `"。;".includes(text[k])` makes a one-character string of every Chinese character it passes.
// Past either end of the text charCodeAt gives NaN, which is in no set.

/** The set of the (BMP) characters of `chars`. */
export function charSet(chars: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (let k = 0; k < chars.length; k++) set[chars.charCodeAt(k)] = 1;
  return set;
}

/** True when the character at `at` of `text` is in `set` (false outside the text). */
export const charIn = (set: Uint8Array, text: string, at: number): boolean => set[text.charCodeAt(at)] === 1;

/** The first place of the character `c` in `text` from `from` to `to` (both included), or -1: a
 *  search that stops where its answer would no longer be used (indexOf reads to the text's end,
 *  once for every number when a bracket or quotation never closes). */
export function firstBetween(text: string, c: string, from: number, to: number): number {
  const code = c.charCodeAt(0);
  const last = Math.min(to, text.length - 1);
  for (let k = Math.max(from, 0); k <= last; k++) if (text.charCodeAt(k) === code) return k;
  return -1;
}

/** The last place of the character `c` in `text` from `to` back to `from` (both included), or
 *  -1: lastIndexOf that stops where its answer would no longer be used. */
export function lastBetween(text: string, c: string, from: number, to: number): number {
  const code = c.charCodeAt(0);
  const first = Math.max(from, 0);
  for (let k = Math.min(to, text.length - 1); k >= first; k--) if (text.charCodeAt(k) === code) return k;
  return -1;
}
