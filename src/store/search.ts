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
  addPosition,
  binaryOfSorted,
  isPlainToken,
  type KeyedEntry,
  MAX_POSITION,
  orderKey,
  rankingBinaryOfSorted,
  salientBinaryOfSorted,
  sortedByCodeUnits,
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

/**
 * A word as indexed (punctuation dropped, lower case), whether the vector can be made of it
 * here, and its count and positions in the document being indexed (`doc` says which): one
 * lookup a word instead of one per table.
 */
interface IndexWord extends KeyedEntry {
  plain: boolean;
  doc: number;
  count: number;
}

/** Words as indexed, by the segmenter's word and by token (words that clean alike share one). */
const cleaned = new Map<string, IndexWord>();
const byToken = new Map<string, IndexWord>();
/** The words as indexed that search mode makes of a word of the precise cut (searchPieces), empty ones left out. */
const piecesByWord = new Map<string, IndexWord[]>();
/** The document being indexed (numbers the counts of the words above). */
let documentNo = 0;

function cleanNew(w: string): IndexWord {
  const token = w.replace(PUNCT, "").toLowerCase();
  let word = byToken.get(token);
  if (word === undefined) {
    word = { token, key: orderKey(token), plain: isPlainToken(token), doc: 0, count: 0, positions: [] };
    byToken.set(token, word);
  }
  cleaned.set(w, word);
  return word;
}

function piecesNew(w: string): IndexWord[] {
  const words: IndexWord[] = [];
  for (const piece of searchPieces(w)) {
    const word = cleaned.get(piece) ?? cleanNew(piece);
    if (word.token !== "") words.push(word);
  }
  piecesByWord.set(w, words);
  return words;
}

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
  // remembered words are forgotten between documents only (a document's words stay one each)
  if (cleaned.size >= 200_000) {
    cleaned.clear();
    byToken.clear();
    piecesByWord.clear();
  }
  const doc = ++documentNo;
  const out: string[] = [];
  const used: IndexWord[] = [];
  let exact = true;
  let position = 0;
  // search mode's tokens (cutForSearch above), each distinct word's pieces looked up once
  for (const w of segmenter().cut(simplify(text), true))
    for (const word of piecesByWord.get(w) ?? piecesNew(w)) {
      if (word.doc !== doc) {
        word.doc = doc;
        word.count = 0;
        word.positions = [];
        used.push(word);
      }
      if (++word.count > MAX_OCCURRENCES) continue;
      out.push(word.token);
      if (!word.plain) exact = false;
      if (!exact) continue;
      position = Math.min(position + 1, MAX_POSITION);
      addPosition(word, position);
    }
  if (!exact) return { tokens: out.join(" "), vector: null, salient: null };
  // a vector made here holds every word used (each has a position once the vector is exact);
  // its words are sorted once, for it and for the compact vector
  const sorted = sortedByCodeUnits(used);
  return {
    tokens: tokens === "always" ? out.join(" ") : null,
    vector: binaryOfSorted(sorted),
    salient: words ? rankingBinaryOfSorted(sorted, words) : salientBinaryOfSorted(sorted),
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
