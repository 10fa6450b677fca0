// The alphabet and data shape of the register models (structure/register.ts), shared with the
// script that builds them (scripts/build-register-model.ts).

/** The model's alphabet: Latin letters by case, digits and blanks collapse to one symbol each
 * (a brand name's spelling tells nothing; that it is Latin does). */
export function symbolOf(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return 0x61; // a-z → a
  if (code >= 0x41 && code <= 0x5a) return 0x41; // A-Z → A
  if (code >= 0x30 && code <= 0x39) return 0x30; // 0-9 → 0
  if (code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0) return 0x20;
  return code;
}
export const LINE_START = 0x0a;

export interface ClassCounts {
  /** symbols (as a string) and their counts, in the same order */
  chars: string;
  counts: number[];
  /** bigram "xy" → count, as parallel arrays */
  pairs: string;
  pairCounts: number[];
}
