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

/**
 * A number that orders tokens as their first three code units do, a token that ends first
 * before the others (0 stands for "no code unit": plain tokens hold none). Comparing numbers
 * is several times cheaper than comparing strings, and most words are of one to three
 * characters; tokens whose keys are equal are compared whole.
 */
export const orderKey = (token: string): number =>
  (token.charCodeAt(0) || 0) * 4294967296 + (token.charCodeAt(1) || 0) * 65536 + (token.charCodeAt(2) || 0);

/** Lexemes a number of `sortedIds` can index (the index takes 21 bits, the two code units 32). */
const INDEXED = 2 ** 21;

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
 * Lexemes as columns, by number: the token, its order key (`orderKey`), and its positions, in
 * `slots` places a lexeme (as many as are kept of a lexeme) with their count. What the worker's
 * indexing keeps (store/search.ts): a vector written from numbers, no object a lexeme.
 */
export interface VectorColumns {
  tokens: readonly string[];
  keys: Float64Array;
  positions: Uint16Array;
  positionCounts: Uint8Array;
  slots: number;
}

/** Runs of lexemes sharing their first two code units up to this long are sorted by insertion
 *  (most are a few words: 法治, 法治政府, 法治建设); longer ones by the comparing sort. */
const SHORT_RUN = 16;

/**
 * The first `n` of `ids` in code unit order of their tokens (byte order for plain tokens), as a
 * new array. A document's thousand or so lexemes are ordered by a typed array's own sort (no
 * call into a comparison per pair: about half the comparing sort's time) on a number holding
 * each one's first two code units above its index; lexemes sharing those two are then ordered by
 * the whole comparison (few, short runs).
 */
export function sortedIds(columns: VectorColumns, ids: Int32Array, n: number): Int32Array {
  const { keys, tokens } = columns;
  const compare = (a: number, b: number) =>
    keys[a] - keys[b] || (tokens[a] < tokens[b] ? -1 : tokens[a] > tokens[b] ? 1 : 0);
  const out = ids.slice(0, n);
  if (n >= INDEXED) return out.sort(compare);
  const order = new Float64Array(n);
  for (let k = 0; k < n; k++) order[k] = Math.floor(keys[out[k]] / 65536) * INDEXED + k;
  order.sort();
  for (let k = 0; k < n; k++) out[k] = ids[order[k] % INDEXED];
  const firstTwo = (k: number) => Math.floor(order[k] / INDEXED);
  for (let from = 0, k = 1; k <= n; k++) {
    if (k < n && firstTwo(k) === firstTwo(from)) continue;
    if (k - from > SHORT_RUN) out.subarray(from, k).sort(compare);
    else
      for (let j = from + 1; j < k; j++) {
        const id = out[j];
        let i = j - 1;
        for (; i >= from && compare(id, out[i]) < 0; i--) out[i + 1] = out[i];
        out[i + 1] = id;
      }
    from = k;
  }
  return out;
}

/** The binary form (vectorBinaryOf) of the first `n` lexemes of `order`, in that order; the
 *  positions of those in `weightC` with weight C (see rankingBinaryOfIds). */
export function binaryOfIds(
  columns: VectorColumns,
  order: Int32Array,
  n: number,
  weightC?: ReadonlySet<number>,
): Uint8Array {
  const { tokens, positions, positionCounts, slots } = columns;
  let size = 4;
  for (let k = 0; k < n; k++) {
    const id = order[k];
    size += tokens[id].length * 3 + 3 + positionCounts[id] * 2;
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setInt32(0, n);
  let at = 4;
  for (let k = 0; k < n; k++) {
    const id = order[k];
    at = writePlain(tokens[id], out, at);
    out[at++] = 0;
    const count = positionCounts[id];
    view.setUint16(at, count);
    at += 2;
    const weight = weightC?.has(id) ? WEIGHT_C : 0;
    for (let j = id * slots, end = j + count; j < end; j++) {
      view.setUint16(at, positions[j] | weight);
      at += 2;
    }
  }
  return out.subarray(0, at);
}

/** The lexemes `search_salient` keeps of lexemes in code unit order, in that order: the
 *  SALIENT_WORDS with most positions, then longest, then first in that order. */
function salientIds(columns: VectorColumns, sorted: Int32Array): Int32Array {
  const n = sorted.length;
  if (n <= SALIENT_WORDS) return sorted;
  const { tokens, positionCounts } = columns;
  // one number a lexeme: fewer positions, then shorter (each under 256 for plain tokens), then later in the order
  const rank = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const id = sorted[k];
    rank[k] = ((255 - positionCounts[id]) * 256 + (255 - tokens[id].length)) * INDEXED + k;
  }
  rank.sort();
  const chosen = new Int32Array(SALIENT_WORDS);
  for (let k = 0; k < SALIENT_WORDS; k++) chosen[k] = rank[k] % INDEXED;
  chosen.sort();
  for (let k = 0; k < SALIENT_WORDS; k++) chosen[k] = sorted[chosen[k]];
  return chosen;
}

/** `search_salient(vector)` in binary form of lexemes in code unit order (the kept ones are
 *  written in that order, not sorted again). */
export function salientBinaryOfIds(columns: VectorColumns, sorted: Int32Array): Uint8Array {
  const chosen = salientIds(columns, sorted);
  return binaryOfIds(columns, chosen, chosen.length);
}

/** Entries as columns (each lexeme numbered by its place), with as many slots as the longest positions. */
function columnsOf(entries: readonly VectorEntry[]): VectorColumns {
  const n = entries.length;
  let slots = 1;
  for (const e of entries) slots = Math.max(slots, e.positions.length);
  const columns: VectorColumns = {
    tokens: entries.map((e) => e.token),
    keys: new Float64Array(n),
    positions: new Uint16Array(n * slots),
    positionCounts: new Uint8Array(n),
    slots,
  };
  entries.forEach((e, k) => {
    columns.keys[k] = orderKey(e.token);
    columns.positions.set(e.positions, k * slots);
    columns.positionCounts[k] = e.positions.length;
  });
  return columns;
}

/** Each entry's place, sorted in code unit order of the tokens. */
function sortedPlaces(columns: VectorColumns): Int32Array {
  const n = columns.tokens.length;
  const places = new Int32Array(n);
  for (let k = 0; k < n; k++) places[k] = k;
  return sortedIds(columns, places, n);
}

/**
 * The binary form of a vector of plain tokens (PostgreSQL's `tsvector_send` format: the count,
 * then each lexeme null-terminated with its positions), lexemes in the stored order (byte order,
 * which is code unit order for plain tokens). The database reads it (`tsvectorrecv`, a parameter
 * sent in binary) without parsing text or sorting, into exactly the value the text gives.
 */
export function vectorBinaryOf(entries: readonly VectorEntry[]): Uint8Array {
  const columns = columnsOf(entries);
  const sorted = sortedPlaces(columns);
  return binaryOfIds(columns, sorted, sorted.length);
}

/** `search_salient(vector)` in binary form (see vectorBinaryOf). */
export function salientBinaryOf(entries: readonly VectorEntry[]): Uint8Array {
  const columns = columnsOf(entries);
  return salientBinaryOfIds(columns, sortedPlaces(columns));
}

/** The lexemes `search_salient` keeps of a vector's, in code unit order. */
export function salientOf(entries: readonly VectorEntry[]): VectorEntry[] {
  const columns = columnsOf(entries);
  return Array.from(salientIds(columns, sortedPlaces(columns)), (k) => entries[k]);
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
 * `search_ranking(vector, search_salient(vector))` (migration 0024) in binary form, of lexemes
 * in code unit order: the compact vector's words, and after them as many of the others listed in
 * `words` (search_words' lexemes, each with its place in the order `share desc, lexeme collate
 * "C"`) as fit, in that order, their positions with weight C. The room is counted as the
 * database counts it: the compact vector's size as a value (a header of 8 bytes; each word 4,
 * its bytes padded to an even count, 2 for the count of its positions, 2 for each), and each
 * added word 6 bytes with its bytes and positions.
 */
export function rankingBinaryOfIds(
  columns: VectorColumns,
  sorted: Int32Array,
  words: ReadonlyMap<string, number>,
): Uint8Array {
  if (sorted.length <= SALIENT_WORDS || words.size === 0) return salientBinaryOfIds(columns, sorted);
  const { tokens, positionCounts } = columns;
  const chosen = new Set(salientIds(columns, sorted));
  let compact = 8;
  for (const id of chosen) compact += 4 + ((plainLength(tokens[id]) + 1) & ~1) + 2 + 2 * positionCounts[id];
  const listed: Array<{ id: number; place: number }> = [];
  for (const id of sorted) {
    const place = chosen.has(id) ? undefined : words.get(tokens[id]);
    if (place !== undefined) listed.push({ id, place });
  }
  listed.sort((a, b) => a.place - b.place);
  const added = new Set<number>();
  let size = 0;
  for (const { id } of listed) {
    size += 6 + plainLength(tokens[id]) + 2 * positionCounts[id];
    if (size > RANKING_BYTES - compact) break;
    added.add(id);
  }
  const kept = sorted.filter((id) => chosen.has(id) || added.has(id));
  return binaryOfIds(columns, kept, kept.length, added);
}
