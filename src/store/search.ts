// Chinese full-text search: documents are segmented with jieba (search mode) into a
// space-joined token string indexed as a 'simple' tsvector; queries are segmented the same way.
// Tokens are made once, in the analysis worker beside the record, in the same pass as the
// stored vector (`searchIndexed`), in binary form: the database reads that vector as it is (or
// makes it from the tokens, `tsvectorOf`, when it cannot be made off the database).
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { sql } from "kysely";
import { simplify } from "../normalize/script.ts";
import type { AnalysisRecord } from "../types.ts";
import {
  addPosition,
  isPlainToken,
  MAX_POSITION,
  salientBinaryOf,
  type VectorEntry,
  vectorBinaryOf,
} from "./tsvector.ts";

let jieba: Jieba | null = null;
const segmenter = () => {
  jieba ??= Jieba.withDict(dict);
  return jieba;
};

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
interface IndexWord extends VectorEntry {
  plain: boolean;
  doc: number;
  count: number;
}

/** Words as indexed, by the segmenter's word and by token (words that clean alike share one). */
const cleaned = new Map<string, IndexWord>();
const byToken = new Map<string, IndexWord>();
/** The document being indexed (numbers the counts of the words above). */
let documentNo = 0;

function cleanNew(w: string): IndexWord {
  const token = w.replace(PUNCT, "").toLowerCase();
  let word = byToken.get(token);
  if (word === undefined) {
    word = { token, plain: isPlainToken(token), doc: 0, count: 0, positions: [] };
    byToken.set(token, word);
  }
  cleaned.set(w, word);
  return word;
}

/** What is stored for search: the index tokens, and the vector made of them when it can be made here. */
export interface SearchIndexed {
  tokens: string;
  /** `to_tsvector('simple', tokens)` in binary form (store/tsvector.ts), or null (the database makes it) */
  vector: Uint8Array | null;
  /** `search_salient` of that vector in binary form, or null (the database makes it) */
  salient: Uint8Array | null;
}

/** The index tokens of a text and their vector, made in one pass over the segmenter's words. */
export function indexText(text: string): SearchIndexed {
  // remembered words are forgotten between documents only (a document's words stay one each)
  if (cleaned.size >= 200_000) {
    cleaned.clear();
    byToken.clear();
  }
  const doc = ++documentNo;
  const words = segmenter().cutForSearch(simplify(text), true);
  const out: string[] = [];
  const used: IndexWord[] = [];
  let exact = true;
  let position = 0;
  for (const w of words) {
    const word = cleaned.get(w) ?? cleanNew(w);
    if (word.token === "") continue;
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
  // a vector made here holds every word used (each has a position once the vector is exact)
  return {
    tokens: out.join(" "),
    vector: exact ? vectorBinaryOf(used) : null,
    salient: exact ? salientBinaryOf(used) : null,
  };
}

/** The index tokens of a text. */
export const indexTokens = (text: string): string => indexText(text).tokens;

/** The index tokens (and vector) of an analysed document: its title and its text. */
export const searchIndexed = (record: AnalysisRecord): SearchIndexed =>
  indexText(`${record.meta.title ?? ""}\n${record.text}`);

/** The value of `documents.search_tsv` for the tokens. */
export const tsvectorOf = (tokens: string) => sql<string>`to_tsvector('simple', ${tokens})`;

/** The words of a query, each a term that must occur. */
export function queryTerms(query: string): string[] {
  const words = segmenter().cut(simplify(query), true);
  return [...new Set(words.map((w) => w.replace(PUNCT, "").toLowerCase()).filter(Boolean))];
}

/** A tsquery string: every term required. Terms contain no operators after cleaning. */
export const toTsQuery = (terms: string[]) => terms.map((t) => `'${t.replace(/'/g, "''")}'`).join(" & ");
