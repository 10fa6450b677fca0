// Text resemblance by shingles: overlapping runs of characters, hashed, compared as sets.
// Pages add their chrome (menus, footers) and lose line breaks, so only letters and digits
// count and the question asked is "how much of the accepted text is on the page"
// (containment), not a hash or a symmetric score. Linear in the length of both texts.

/** Characters that carry the text: CJK, letters and digits (punctuation and spacing vary by page). */
const KEEP = /[\p{Script=Han}\p{L}\p{N}]/u;

export const SHINGLE = 8;
/** Longer shingles for copy detection: a hit there already means a shared clause. */
export const SHINGLE_COPY = 12;

/** The kept characters and, for each, its offset in the original text. */
export function skeleton(text: string): { chars: string; offsets: number[] } {
  let chars = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (KEEP.test(c)) {
      chars += c;
      offsets.push(i);
    }
  }
  return { chars, offsets };
}

/** FNV-1a of a shingle: a 32-bit hash is plenty for sets of a few tens of thousands. */
function hash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hashes of every shingle, in text order (position i starts at skeleton char i). */
export function shingleHashes(chars: string, k = SHINGLE): Uint32Array {
  const n = Math.max(0, chars.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = hash(chars, i, i + k);
  return out;
}

export const shingleSet = (text: string, k = SHINGLE) => new Set(shingleHashes(skeleton(text).chars, k));

/** Share (0–1) of `part`'s shingles found in `whole`. */
export function containment(part: string, whole: string): number {
  const a = shingleSet(part);
  if (a.size === 0) return 0;
  const b = shingleSet(whole);
  let hit = 0;
  for (const h of a) if (b.has(h)) hit++;
  return hit / a.size;
}
