// Answers to searches remembered by each web process, as search engines keep a request cache
// that a refresh of the index empties. A search costs ~11 ms of CPU (ranking a block of 500
// candidates, reading the page's texts, cutting snippets), and users repeat searches: the same
// few common words, the second page of the same words.
// Correct across processes sharing one database: the database keeps a number that every
// transaction writing documents or their search vectors changes (search_generation, migration
// 0018; publishing and withdrawing included). Each search reads it first — one small query —
// and an answer is used only when it was made under the same number. An answer is kept under
// the number read before it was made: the search's own statement runs later, so the answer is
// at least as new as that number says, never older. Answers are also dropped after at most KEEP_MS.
import type { Store } from "../../store/db.ts";

/** How long an answer is kept at most, and (search.ts) the planner's estimates and the newest
 *  id: an answer's total may be an estimate, so it is not kept longer than the estimate is. */
export const KEEP_MS = 30_000;

/** How many answers a process keeps by default (each a page of rows and snippets, ~70 KiB of
 *  heap for a page of 20: ~14 MiB in all). */
export const SEARCH_CACHE_ENTRIES = 200;

/** An answer, made under the cache's `generation` (answers of older ones are dropped when it changes). */
interface Entry {
  /** when it is dropped: between KEEP_MS / 2 and KEEP_MS after it was made, so that answers
   *  made together (a server's first minute) are not all made again in the same second */
  until: number;
  /** pending while the first asker computes it: others asking the same wait for it */
  value: Promise<unknown>;
}

interface Cache {
  entries: number;
  /** insertion order is use order (a hit moves its key to the end): the first key is the oldest */
  answers: Map<string, Entry>;
  generation: number;
  hits: number;
  misses: number;
}

const caches = new WeakMap<Store, Cache>();
const cacheOf = (store: Store): Cache => {
  let cache = caches.get(store);
  if (!cache) {
    cache = { entries: SEARCH_CACHE_ENTRIES, answers: new Map(), generation: -1, hits: 0, misses: 0 };
    caches.set(store, cache);
  }
  return cache;
};

/** How many answers this store's searches keep (0: none, every search computed). */
export function configureSearchCache(store: Store, entries: number): void {
  const cache = cacheOf(store);
  cache.entries = entries;
  cache.answers.clear();
}

/** Forget every remembered answer (after bulk writes outside the database's triggers, in tests). */
export function forgetSearches(store: Store): void {
  caches.get(store)?.answers.clear();
}

/** Answers given from memory and computed since the store was opened. */
export function searchCacheCounts(store: Store): { hits: number; misses: number } {
  const { hits, misses } = cacheOf(store);
  return { hits, misses };
}

/** The database's number for what searches can see now (migration 0018). */
async function generationOf(store: Store): Promise<number> {
  const row = await store.db.selectFrom("search_generation").select("n").executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * The answer remembered under `key` when the database has not changed since it was made, else
 * `compute()`'s (remembered). `key` must hold everything the answer depends on besides the
 * documents: the words, filters, page and what the caller may see.
 */
export async function rememberedSearch<T>(store: Store, key: string, compute: () => Promise<T>): Promise<T> {
  const cache = cacheOf(store);
  if (cache.entries <= 0) return compute();
  const generation = await generationOf(store);
  // a new number makes every answer kept under an older one useless; a search that read an
  // older number than another already did (it asked before a write committed) neither uses nor
  // keeps an answer
  if (generation > cache.generation) {
    cache.answers.clear();
    cache.generation = generation;
  } else if (generation < cache.generation) return compute();
  const now = Date.now();
  const known = cache.answers.get(key);
  if (known && now < known.until) {
    cache.hits++;
    cache.answers.delete(key);
    cache.answers.set(key, known);
    return known.value as Promise<T>;
  }
  cache.misses++;
  const value = compute();
  // kept as a copy: a snippet is a slice of its document's whole text, and V8 keeps the whole
  // text alive with a slice of it (an answer as made holds ~250 KiB at the bench's 2,000
  // documents, its copy ~70 KiB; the copy costs ~0.4 ms, once an answer)
  const entry: Entry = {
    until: now + (KEEP_MS / 2) * (1 + Math.random()),
    value: value.then(structuredClone),
  };
  cache.answers.delete(key);
  cache.answers.set(key, entry);
  while (cache.answers.size > cache.entries)
    cache.answers.delete(cache.answers.keys().next().value as string);
  // a failed search is not remembered (the next asker tries again)
  entry.value.catch(() => {
    if (cache.answers.get(key) === entry) cache.answers.delete(key);
  });
  return value;
}
