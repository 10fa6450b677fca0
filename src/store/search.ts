// Chinese full-text search: documents are segmented with jieba (search mode) into a
// space-joined token string indexed as a 'simple' tsvector; queries are segmented the same way.
// Tokens are made once, in the analysis worker beside the record (`searchTokens`), and become
// the stored vector when the document is written (`tsvectorOf`).
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { sql } from "kysely";
import { simplify } from "../normalize/script.ts";
import type { AnalysisRecord } from "../types.ts";

let jieba: Jieba | null = null;
const segmenter = () => {
  jieba ??= Jieba.withDict(dict);
  return jieba;
};

const PUNCT = /[\p{P}\p{S}\s]+/gu;

/** Index tokens of a text: Simplified, segmented for search, punctuation dropped. */
// Each word is indexed at most this many times: ranking still tells a passing mention from
// a subject, and the index stays small (法治, 政府 occur hundreds of times in every report).
const MAX_OCCURRENCES = 4;

/** Words as indexed (punctuation dropped, lower case), remembered: most words recur. */
const cleaned = new Map<string, string>();
const clean = (w: string): string => {
  let t = cleaned.get(w);
  if (t === undefined) {
    if (cleaned.size >= 200_000) cleaned.clear();
    t = w.replace(PUNCT, "").toLowerCase();
    cleaned.set(w, t);
  }
  return t;
};

export function indexTokens(text: string): string {
  const words = segmenter().cutForSearch(simplify(text), true);
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (const w of words) {
    const t = clean(w);
    if (!t) continue;
    const n = (seen.get(t) ?? 0) + 1;
    seen.set(t, n);
    if (n <= MAX_OCCURRENCES) out.push(t);
  }
  return out.join(" ");
}

/** The index tokens of an analysed document: its title and its text. */
export const searchTokens = (record: AnalysisRecord): string =>
  indexTokens(`${record.meta.title ?? ""}\n${record.text}`);

/** The value of `documents.search_tsv` for the tokens. */
export const tsvectorOf = (tokens: string) => sql<string>`to_tsvector('simple', ${tokens})`;

/** The words of a query, each a term that must occur. */
export function queryTerms(query: string): string[] {
  const words = segmenter().cut(simplify(query), true);
  return [...new Set(words.map((w) => w.replace(PUNCT, "").toLowerCase()).filter(Boolean))];
}

/** A tsquery string: every term required. Terms contain no operators after cleaning. */
export const toTsQuery = (terms: string[]) => terms.map((t) => `'${t.replace(/'/g, "''")}'`).join(" & ");
