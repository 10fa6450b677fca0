// Chinese full-text search: documents are segmented with jieba (search mode) into a
// space-joined token string indexed as a 'simple' tsvector; queries are segmented the same way.
// Tokens are made once, in the analysis worker beside the record, in the same pass as the
// stored vector's text (`searchIndexed`); the database reads that vector as it is (or makes it
// from the tokens, `tsvectorOf`, when it cannot be made off the database).
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { sql } from "kysely";
import { simplify } from "../normalize/script.ts";
import type { AnalysisRecord } from "../types.ts";
import { isPlainToken, VectorText } from "./tsvector.ts";

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

/** A word as indexed (punctuation dropped, lower case) and whether the vector can be made of it here. */
interface IndexWord {
  token: string;
  plain: boolean;
}

/** Words as indexed, remembered: most words recur. */
const cleaned = new Map<string, IndexWord>();
const clean = (w: string): IndexWord => {
  let word = cleaned.get(w);
  if (word === undefined) {
    if (cleaned.size >= 200_000) cleaned.clear();
    const token = w.replace(PUNCT, "").toLowerCase();
    word = { token, plain: isPlainToken(token) };
    cleaned.set(w, word);
  }
  return word;
};

/** What is stored for search: the index tokens, and the vector made of them when it can be made here. */
export interface SearchIndexed {
  tokens: string;
  /** `to_tsvector('simple', tokens)` as text (store/tsvector.ts), or null */
  vector: string | null;
  /** `search_salient` of that vector as text, or null (the database makes it) */
  salient: string | null;
}

/** The index tokens of a text and their vector, made in one pass over the segmenter's words. */
export function indexText(text: string): SearchIndexed {
  const words = segmenter().cutForSearch(simplify(text), true);
  const out: string[] = [];
  const vector = new VectorText();
  const seen = new Map<string, number>();
  for (const w of words) {
    const { token, plain } = clean(w);
    if (!token) continue;
    const n = (seen.get(token) ?? 0) + 1;
    seen.set(token, n);
    if (n > MAX_OCCURRENCES) continue;
    out.push(token);
    vector.add(token, plain);
  }
  return { tokens: out.join(" "), vector: vector.text(), salient: vector.salientText() };
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
