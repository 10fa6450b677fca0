// Chinese full-text search: documents are segmented with jieba (search mode) into a
// space-joined token string indexed as a 'simple' tsvector; queries are segmented the same way.
// Search mode is jieba's precise cut with, before each word longer than two characters, its two-
// and three-character pieces that are dictionary words (jieba-rs `cut_for_search`). The pieces of
// a word are the same wherever it occurs, so they are found once per distinct word (`piecesOf`)
// and the text is cut precisely: the same tokens as `cutForSearch`, in the same order, for about
// half the segmenter's work (a report's few thousand words are a few hundred distinct ones).
// Tokens are made once, in the analysis worker beside the record, in the same pass as the
// stored vector (`searchIndexed`), in binary form: the database reads that vector as it is (or
// makes it from the tokens, `tsvectorOf` in search-sql.ts, when it cannot be made off the database).
// This module loads no database code: the analysis workers load it.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { simplify } from "../normalize/script.ts";
import type { AnalysisRecord } from "../types.ts";
import {
  binaryOfIds,
  isPlainToken,
  MAX_POSITION,
  orderKey,
  rankingBinaryOfIds,
  salientBinaryOfIds,
  sortedIds,
  type VectorColumns,
} from "./tsvector.ts";

let jieba: Jieba | null = null;
const segmenter = () => {
  jieba ??= Jieba.withDict(dict);
  return jieba;
};

/** Load the segmenter's dictionary now (a worker warming before its first document). */
export const loadSegmenter = (): void => void segmenter();

/** Characters that jieba's full cut reads as one run of Han text under every version (its
 *  narrowest Han class): a piece of these only is a dictionary word when the full cut of the
 *  word it is taken from finds it. */
const HAN_RUN = /^[\u4e00-\u9fd5]+$/;

/** The dictionary's words with any other character (4S店, AA制, C++; about seventy), read from
 *  the dictionary the segmenter loads: a piece holding one is looked up here. */
let otherWords: Set<string> | null = null;
function otherDictionaryWords(): Set<string> {
  if (otherWords === null) {
    otherWords = new Set();
    // a line is "word frequency tag"; the word is up to the first space
    for (const m of Buffer.from(dict)
      .toString("utf8")
      .matchAll(/^([^ \n]*[^ \n\u4e00-\u9fd5][^ \n]*)[ \n]/gm))
      otherWords.add(m[1]);
  }
  return otherWords;
}

/**
 * The tokens search mode makes of one word of the precise cut: its two-character pieces that are
 * dictionary words (in order), then its three-character ones (for words of more than three
 * characters), then the word itself — jieba-rs `cut_for_search`, which looks each piece up in
 * the dictionary. Characters are code points, as jieba counts them.
 */
export function searchPieces(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length <= 2) return [word];
  let found: Set<string> | null = null;
  const inDictionary = (piece: string): boolean => {
    if (!HAN_RUN.test(piece)) return otherDictionaryWords().has(piece);
    // every dictionary word inside the word, each at each place it starts
    found ??= new Set(segmenter().cutAll(word));
    return found.has(piece);
  };
  const out: string[] = [];
  for (let i = 0; i + 2 <= chars.length; i++) {
    const piece = chars[i] + chars[i + 1];
    if (inDictionary(piece)) out.push(piece);
  }
  if (chars.length > 3)
    for (let i = 0; i + 3 <= chars.length; i++) {
      const piece = chars[i] + chars[i + 1] + chars[i + 2];
      if (inDictionary(piece)) out.push(piece);
    }
  out.push(word);
  return out;
}

/** The search-mode tokens of a text: `cutForSearch(text, true)`, with each distinct word's pieces found once. */
export function cutForSearch(text: string): string[] {
  const out: string[] = [];
  for (const word of segmenter().cut(text, true)) for (const t of searchPieces(word)) out.push(t);
  return out;
}

const PUNCT = /[\p{P}\p{S}\s]+/gu;

// Index tokens of a text: Simplified, segmented for search, punctuation dropped.
// Each word is indexed at most this many times: ranking still tells a passing mention from
// a subject, and the index stays small (法治, 政府 occur hundreds of times in every report).
const MAX_OCCURRENCES = 4;

/** A typed array of `size` holding `a`'s values first (the tables below grow by doubling). */
function widened<A extends Float64Array | Int32Array | Uint16Array | Uint8Array>(a: A, size: number): A {
  const b = new (a.constructor as new (size: number) => A)(size);
  b.set(a);
  return b;
}

// The words as indexed (punctuation dropped, lower case), numbered: their tokens, and for the
// document being indexed each one's count and first positions, in typed arrays by number. A
// report's ~4,700 tokens each touch a few numbers in dense arrays, where they touched an object,
// an array of pieces and a fresh array of positions apiece, scattered over the heap and out of the
// cache after the engine's work (store/tsvector.ts writes the vector from these columns).
const tokenOf: string[] = [];
let keyOf = new Float64Array(1024);
let plainOf = new Uint8Array(1024);
/** the document that last used the word (`documentNo`), and how often it did, up to MAX_OCCURRENCES */
let docOf = new Int32Array(1024);
let countOf = new Uint8Array(1024);
/** the positions kept, MAX_OCCURRENCES places a word, and how many */
let positionsOf = new Uint16Array(1024 * MAX_OCCURRENCES);
let positionCountOf = new Uint8Array(1024);
/** The document being indexed. */
let documentNo = 0;

/** Word numbers by token, and by the piece of a segmenter's word they are cleaned from (-1: nothing left). */
const idByToken = new Map<string, number>();
const idByPiece = new Map<string, number>();
/** The words search mode makes of a word of the precise cut: one word's number (≥ 0), none
 *  (-1), or several, listed in `pieceLists` from index -2 - value (their count, then each). */
const piecesByWord = new Map<string, number>();
let pieceLists = new Int32Array(1024);
let pieceListsEnd = 0;
/** The same for the segmenter's words of one code unit (punctuation, 的, 和: two tokens in five),
 *  by code unit, plus 2 (0: not yet known): no string hashed. */
const piecesByUnit = new Int32Array(65536);

function idOfPiece(piece: string): number {
  const token = piece.replace(PUNCT, "").toLowerCase();
  let id = token === "" ? -1 : idByToken.get(token);
  if (id === undefined) {
    id = tokenOf.length;
    if (id === keyOf.length) {
      const size = id * 2;
      keyOf = widened(keyOf, size);
      plainOf = widened(plainOf, size);
      docOf = widened(docOf, size);
      countOf = widened(countOf, size);
      positionsOf = widened(positionsOf, size * MAX_OCCURRENCES);
      positionCountOf = widened(positionCountOf, size);
    }
    tokenOf.push(token);
    keyOf[id] = orderKey(token);
    plainOf[id] = isPlainToken(token) ? 1 : 0;
    docOf[id] = 0;
    idByToken.set(token, id);
  }
  idByPiece.set(piece, id);
  return id;
}

function piecesNew(w: string): number {
  const ids: number[] = [];
  for (const piece of searchPieces(w)) {
    const id = idByPiece.get(piece) ?? idOfPiece(piece);
    if (id >= 0) ids.push(id);
  }
  let value = ids.length === 0 ? -1 : ids[0];
  if (ids.length > 1) {
    if (pieceListsEnd + 1 + ids.length > pieceLists.length)
      pieceLists = widened(pieceLists, 2 * (pieceListsEnd + 1 + ids.length));
    value = -2 - pieceListsEnd;
    pieceLists[pieceListsEnd++] = ids.length;
    for (const id of ids) pieceLists[pieceListsEnd++] = id;
  }
  if (w.length === 1) piecesByUnit[w.charCodeAt(0)] = value + 2;
  else piecesByWord.set(w, value);
  return value;
}

/** Forget the remembered words (between documents: a document's words stay one each). */
function forgetWords(): void {
  idByPiece.clear();
  idByToken.clear();
  piecesByWord.clear();
  piecesByUnit.fill(0);
  tokenOf.length = 0;
  pieceListsEnd = 0;
}

// The document being indexed: its words in the order first used, its tokens' words in order
// (joined only when asked for), the last position and whether the vector can be made here.
let used = new Int32Array(4096);
let usedCount = 0;
let sequence = new Int32Array(8192);
let sequenceLength = 0;
let position = 0;
let exact = true;

/** One token of the document being indexed. */
function take(id: number): void {
  if (docOf[id] !== documentNo) {
    docOf[id] = documentNo;
    countOf[id] = 0;
    positionCountOf[id] = 0;
    if (usedCount === used.length) used = widened(used, usedCount * 2);
    used[usedCount++] = id;
  }
  if (countOf[id] === MAX_OCCURRENCES) return;
  countOf[id]++;
  if (sequenceLength === sequence.length) sequence = widened(sequence, sequenceLength * 2);
  sequence[sequenceLength++] = id;
  if (plainOf[id] === 0) exact = false;
  // the vector's rules: positions stop at the largest kept, and a lexeme's are not repeated
  position = position < MAX_POSITION ? position + 1 : MAX_POSITION;
  const n = positionCountOf[id];
  const at = id * MAX_OCCURRENCES + n;
  if (n === 0 || positionsOf[at - 1] !== position) {
    positionsOf[at] = position;
    positionCountOf[id] = n + 1;
  }
}

const joinedTokens = (): string => {
  const parts = new Array<string>(sequenceLength);
  for (let k = 0; k < sequenceLength; k++) parts[k] = tokenOf[sequence[k]];
  return parts.join(" ");
};

/** What is stored for search: the vector of the index tokens in binary form, made here when it
 *  can be, else the tokens (the database makes the vector of them). */
export type SearchIndexed =
  | {
      /** `to_tsvector('simple', tokens)` in binary form (store/tsvector.ts) */
      vector: Uint8Array;
      /** search_index's vector of it in binary form: `search_salient` of it, with the common
       *  words that fit when they are given (`search_ranking`, migration 0024) */
      salient: Uint8Array;
      /** the tokens when asked for (`indexText`'s `tokens`), else null: nobody reads them */
      tokens: string | null;
    }
  | { vector: null; salient: null; tokens: string };

/**
 * The index tokens of a text and their vector, made in one pass over the segmenter's words.
 * The tokens are joined only when asked for (`tokens: "always"`) or when the vector cannot be made
 * here: they are a few thousand, and the vector is what is stored.
 */
export function indexText(
  text: string,
  options?: { tokens?: "always"; words?: SearchWords },
): SearchIndexed & { tokens: string };
export function indexText(text: string, options: { tokens: "if-needed"; words?: SearchWords }): SearchIndexed;
export function indexText(
  text: string,
  { tokens = "always", words }: { tokens?: "always" | "if-needed"; words?: SearchWords } = {},
): SearchIndexed {
  if (idByPiece.size >= 200_000 || piecesByWord.size >= 200_000) forgetWords();
  documentNo++;
  usedCount = 0;
  sequenceLength = 0;
  position = 0;
  exact = true;
  // search mode's tokens (cutForSearch above), each distinct word's pieces looked up once
  const cut = segmenter().cut(simplify(text), true);
  for (let i = 0; i < cut.length; i++) {
    const w = cut[i];
    let value: number;
    if (w.length === 1) {
      const known = piecesByUnit[w.charCodeAt(0)];
      value = known === 0 ? piecesNew(w) : known - 2;
    } else value = piecesByWord.get(w) ?? piecesNew(w);
    if (value >= 0) take(value);
    else if (value < -1)
      for (let at = -1 - value, end = at + pieceLists[at - 1]; at < end; at++) take(pieceLists[at]);
  }
  if (!exact) return { tokens: joinedTokens(), vector: null, salient: null };
  const columns: VectorColumns = {
    tokens: tokenOf,
    keys: keyOf,
    positions: positionsOf,
    positionCounts: positionCountOf,
    slots: MAX_OCCURRENCES,
  };
  // its words are sorted once, for the vector and for the compact vector
  const sorted = sortedIds(columns, used, usedCount);
  return {
    tokens: tokens === "always" ? joinedTokens() : null,
    vector: binaryOfIds(columns, sorted, usedCount),
    salient: words ? rankingBinaryOfIds(columns, sorted, words) : salientBinaryOfIds(columns, sorted),
  };
}

/** search_words' lexemes (migration 0024), each with its place in the order search_ranking takes them. */
export type SearchWords = ReadonlyMap<string, number>;

/** The words as the store lists them (`share desc, lexeme collate "C"`), with their places. */
export const searchWordsOf = (listed: readonly string[]): SearchWords =>
  new Map(listed.map((w, k) => [w, k]));

/** The index tokens of a text. */
export const indexTokens = (text: string): string => indexText(text).tokens;

/** The vector (or the index tokens) of an analysed document, as the store writes it: its title
 *  and its text; search_index's vector with the common `words` (search_words in its order). */
export const searchIndexed = (record: AnalysisRecord, words?: readonly string[]): SearchIndexed =>
  indexText(`${record.meta.title ?? ""}\n${record.text}`, {
    tokens: "if-needed",
    words: words ? searchWordsOf(words) : undefined,
  });

/** The words of a query, each a term that must occur. */
export function queryTerms(query: string): string[] {
  const words = segmenter().cut(simplify(query), true);
  return [...new Set(words.map((w) => w.replace(PUNCT, "").toLowerCase()).filter(Boolean))];
}

/** A tsquery string: every term required (`weight` D: each found among the compact vector's
 *  own words, see migration 0024). Terms contain no operators after cleaning. */
export const toTsQuery = (terms: string[], weight?: "D") =>
  terms.map((t) => `'${t.replace(/'/g, "''")}'${weight ? `:${weight}` : ""}`).join(" & ");
