// The stored search vector made from the index tokens off the database (in the analysis
// worker): exactly what `to_tsvector('simple', tokens)` makes, in PostgreSQL's binary form, which
// the database only has to read (a binary parameter cast `::tsvector`) instead of parsing and
// sorting — that was most of the database's work per stored document. Exact only for tokens the text-search parser
// takes whole under any locale (lower-case ASCII letters and digits, CJK ideographs); for any
// other token the answer is null and the database parses the tokens as before.
// The compact vector search ranks on (`search_salient`, migration 0011) is made here from the
// same positions and the same sorted words, so that the database does not sort every
// document's words again: the words at the cut are taken in the vector's order.

/** Tokens read as one word each by the parser, under the C locale as under a glibc one. */
const PLAIN = /^[a-z0-9\u4e00-\u9fff]{1,200}$/;

/** Whether the parser takes the token whole (so that the vector can be made here). */
export const isPlainToken = (token: string): boolean => PLAIN.test(token);

/** Positions the vector keeps (larger ones are stored as this one). */
export const MAX_POSITION = 16383;

/** Positions kept for one lexeme. */
const MAX_POSITIONS = 255;

/** Lexemes kept by `search_salient` (its `offset 256`). */
const SALIENT_WORDS = 256;

/** A lexeme of a vector and its positions (ascending). */
export interface VectorEntry {
  token: string;
  positions: number[];
}

/** Add a position to a lexeme's (the vector's rules: no repeat, at most 255). */
export function addPosition(entry: VectorEntry, position: number): void {
  const list = entry.positions;
  if (list[list.length - 1] !== position && list.length < MAX_POSITIONS) list.push(position);
}

/** A lexeme with its order key (`orderKey` of its token), which the caller may have remembered. */
export interface KeyedEntry extends VectorEntry {
  key: number;
}

/**
 * A number that orders tokens as their first three code units do, a token that ends first
 * before the others (0 stands for "no code unit": plain tokens hold none). Comparing numbers
 * is several times cheaper than comparing strings, and most words are of one to three
 * characters; tokens whose keys are equal are compared whole.
 */
export const orderKey = (token: string): number =>
  (token.charCodeAt(0) || 0) * 4294967296 + (token.charCodeAt(1) || 0) * 65536 + (token.charCodeAt(2) || 0);

const byCodeUnits = (a: KeyedEntry, b: KeyedEntry) =>
  a.key - b.key || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0);

/** Entries a number of `sortedByCodeUnits` can index (the index takes 21 bits, the two code units 32). */
const INDEXED = 2 ** 21;

/** The first two code units of an entry's order key (the key without its third). */
const firstTwo = (e: KeyedEntry): number => Math.floor(e.key / 65536);

/**
 * Entries in code unit order (byte order for plain tokens), as a new array. A document's few
 * thousand words are ordered by a typed array's own sort (no call into a comparison per pair: about
 * half the comparing sort's time) on a number holding each entry's first two code units above
 * its index; entries sharing those two are then ordered by the whole comparison (few, short runs).
 */
export function sortedByCodeUnits<E extends KeyedEntry>(entries: readonly E[]): E[] {
  const n = entries.length;
  if (n >= INDEXED) return [...entries].sort(byCodeUnits);
  const order = new Float64Array(n);
  for (let i = 0; i < n; i++) order[i] = firstTwo(entries[i]) * INDEXED + i;
  order.sort();
  const out: E[] = new Array(n);
  for (let k = 0; k < n; k++) out[k] = entries[order[k] % INDEXED];
  for (let from = 0, k = 1; k <= n; k++) {
    if (k < n && firstTwo(out[k]) === firstTwo(out[from])) continue;
    if (k - from > 1) {
      const run = out.slice(from, k).sort(byCodeUnits);
      for (let j = 0; j < run.length; j++) out[from + j] = run[j];
    }
    from = k;
  }
  return out;
}

const keyed = (entries: readonly VectorEntry[]): KeyedEntry[] =>
  entries.map((e) => ({ token: e.token, positions: e.positions, key: orderKey(e.token) }));

/** Entries grouped by a number (index: the number), largest first when walked from the end. */
function groups<E extends VectorEntry>(entries: readonly E[], key: (e: E) => number): E[][] {
  const out: E[][] = [];
  for (const e of entries) {
    const k = key(e);
    const group = out[k];
    if (group === undefined) out[k] = [e];
    else group.push(e);
  }
  return out;
}

/** The UTF-8 bytes of a plain token (ASCII letters and digits, ideographs of the Basic Multilingual Plane). */
function writePlain(token: string, out: Uint8Array, at: number): number {
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (c < 0x80) out[at++] = c;
    else {
      out[at++] = 0xe0 | (c >> 12);
      out[at++] = 0x80 | ((c >> 6) & 0x3f);
      out[at++] = 0x80 | (c & 0x3f);
    }
  }
  return at;
}

/**
 * The binary form of a vector of plain tokens (PostgreSQL's `tsvector_send` format: the count,
 * then each lexeme null-terminated with its positions), lexemes in the stored order (byte order,
 * which is code unit order for plain tokens). The database reads it (`tsvectorrecv`, a parameter
 * sent in binary) without parsing text or sorting, into exactly the value the text gives.
 */
export const vectorBinaryOf = (entries: readonly VectorEntry[]): Uint8Array =>
  binaryOfSorted(sortedByCodeUnits(keyed(entries)));

/** `vectorBinaryOf` of entries already in code unit order; the positions of those in `weightC`
 *  with weight C (see rankingBinaryOfSorted). */
export function binaryOfSorted(
  sorted: readonly VectorEntry[],
  weightC?: ReadonlySet<VectorEntry>,
): Uint8Array {
  let size = 4;
  for (const e of sorted) size += e.token.length * 3 + 3 + e.positions.length * 2;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setInt32(0, sorted.length);
  let at = 4;
  for (const entry of sorted) {
    const { token, positions } = entry;
    at = writePlain(token, out, at);
    out[at++] = 0;
    view.setUint16(at, positions.length);
    at += 2;
    const weight = weightC?.has(entry) ? WEIGHT_C : 0;
    for (const p of positions) {
      view.setUint16(at, p | weight);
      at += 2;
    }
  }
  return out.subarray(0, at);
}

/** Take up to `room` of entries in code unit order into `into` in the order `search_salient`
 *  gives: more positions, then longer, then byte order (the groups keep the entries' order). */
function takeFirst<E extends VectorEntry>(
  entries: readonly E[],
  room: number,
  into: E[],
  level: 0 | 1 | 2,
): void {
  if (entries.length <= room || level === 2) {
    for (let k = 0; k < entries.length && k < room; k++) into.push(entries[k]);
    return;
  }
  const grouped = groups(entries, level === 0 ? (e) => e.positions.length : (e) => e.token.length);
  for (let k = grouped.length - 1; k >= 0 && room > 0; k--) {
    const group = grouped[k];
    if (group === undefined) continue;
    const before = into.length;
    takeFirst(group, room, into, level === 0 ? 1 : 2);
    room -= into.length - before;
  }
}

/** The lexemes `search_salient` keeps of a vector's, in its order of choosing. */
export const salientOf = (entries: readonly VectorEntry[]): VectorEntry[] =>
  salientOfSorted(sortedByCodeUnits(keyed(entries)));

function salientOfSorted<E extends VectorEntry>(sorted: readonly E[]): E[] {
  const chosen: E[] = [];
  takeFirst(sorted, SALIENT_WORDS, chosen, 0);
  return chosen;
}

/** `search_salient(vector)` in binary form (see vectorBinaryOf). */
export const salientBinaryOf = (entries: readonly VectorEntry[]): Uint8Array =>
  salientBinaryOfSorted(sortedByCodeUnits(keyed(entries)));

/** `salientBinaryOf` of entries already in code unit order: the lexemes kept are written in
 *  that order, not sorted again (all of them when there are no more than the compact vector keeps). */
export function salientBinaryOfSorted(sorted: readonly VectorEntry[]): Uint8Array {
  if (sorted.length <= SALIENT_WORDS) return binaryOfSorted(sorted);
  const chosen = new Set(salientOfSorted(sorted));
  return binaryOfSorted(sorted.filter((e) => chosen.has(e)));
}

/** Bytes search_index's vector may take (search_ranking's 7,800, migration 0024). */
const RANKING_BYTES = 7800;

/** Weight C, in a position's top two bits: the words search_ranking adds to the compact vector. */
const WEIGHT_C = 1 << 14;

/** The UTF-8 length of a plain token (ASCII, or ideographs of three bytes each). */
function plainLength(token: string): number {
  let n = 0;
  for (let k = 0; k < token.length; k++) n += token.charCodeAt(k) < 0x80 ? 1 : 3;
  return n;
}

/**
 * `search_ranking(vector, search_salient(vector))` (migration 0024) in binary form, of entries
 * in code unit order: the compact vector's words, and after them as many of the others listed in
 * `words` (search_words' lexemes, each with its place in the order `share desc, lexeme collate
 * "C"`) as fit, in that order, their positions with weight C. The room is counted as the
 * database counts it: the compact vector's size as a value (a header of 8 bytes; each word 4,
 * its bytes padded to an even count, 2 for the count of its positions, 2 for each), and each
 * added word 6 bytes with its bytes and positions.
 */
export function rankingBinaryOfSorted(
  sorted: readonly VectorEntry[],
  words: ReadonlyMap<string, number>,
): Uint8Array {
  if (sorted.length <= SALIENT_WORDS || words.size === 0) return salientBinaryOfSorted(sorted);
  const chosen = new Set(salientOfSorted(sorted));
  let compact = 8;
  for (const e of chosen) compact += 4 + ((plainLength(e.token) + 1) & ~1) + 2 + 2 * e.positions.length;
  const listed: Array<{ entry: VectorEntry; place: number }> = [];
  for (const entry of sorted) {
    const place = chosen.has(entry) ? undefined : words.get(entry.token);
    if (place !== undefined) listed.push({ entry, place });
  }
  listed.sort((a, b) => a.place - b.place);
  const added = new Set<VectorEntry>();
  let size = 0;
  for (const { entry } of listed) {
    size += 6 + plainLength(entry.token) + 2 * entry.positions.length;
    if (size > RANKING_BYTES - compact) break;
    added.add(entry);
  }
  return binaryOfSorted(
    sorted.filter((e) => chosen.has(e) || added.has(e)),
    added,
  );
}
