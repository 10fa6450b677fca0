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
