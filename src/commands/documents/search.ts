// Ranked full-text search that stays fast at any corpus size. Two ways to the same kind of page:
// - Few matches (the planner expects at most EXACT_COUNT): the full vector's GIN index finds them
//   all, they are counted exactly and ranked in blocks of CANDIDATES, on their full vectors
//   (on the compact one where it holds every term: the same rank, a third of the bytes).
// - Many matches (common terms: 行政执法 is in nearly every report): reading whole posting lists
//   would cost more than the page is worth, so the newest documents are read through
//   search_index, whose compact vector (each document's most used words, small enough to read
//   in microseconds) must hold every term; those are ranked on it, and the total is the
//   planner's estimate (约 N). When that finds too few, the first way answers.
// Matches are ranked within blocks of CANDIDATES, newest block first, so paging is a stable order.
// One statement a search: the planner's estimate and the newest id are remembered for a while
// (each process its own; they only steer the plan), and the page's ranking, its total and its
// rows (read by the caller's PageReader) come in one query. The ways that need planner settings
// run their ranking inside search_ranked (migration 0017), which plans it under them, the
// fall-back from the common way to the first included: no transaction, no `set local`.
import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from "kysely";
import type { Store } from "../../store/db.ts";
import type { Database } from "../../store/schema.ts";
import { toTsQuery } from "../../store/search.ts";
import { forgetSearches, KEEP_MS } from "./search-cache.ts";

// biome-ignore lint/complexity/noBannedTypes: kysely's type for "nothing selected yet"
type Documents = SelectQueryBuilder<Database, "documents", {}>;

/** Matches ranked together: the newest this many, then the next this many, and so on. */
export const CANDIDATES = 500;
/** Totals up to this are counted; above it they are estimated (and marked so). */
export const EXACT_COUNT = 1000;
/** The common-term way reads at most this many newest documents for each candidate it needs. */
const SCAN_PER_CANDIDATE = 4;

/** A page of search results: the rows `read` gave, in ranked order, and the total. */
export interface SearchPage<R> {
  rows: R[];
  total: number;
  totalIsEstimate: boolean;
}

/** The ranked page as a query: each document's id (`page_id`), its place on the page
 *  (`page_ord`), and the matches counted up to EXACT_COUNT + 1 (`matched`, null if not counted). */
export type RankedPage = RawBuilder<{ page_id: number; page_ord: number; matched: number | null }>;

/** Reads the page's rows in the same query as the ranking, in `page_ord` order: one round trip
 *  a search. Every row carries `matched`. */
export type PageReader<R> = (db: Kysely<Database>, ranked: RankedPage) => Promise<R[]>;

interface Window {
  offset: number;
  limit: number;
}

/** How long an estimate or the newest id is reused: both only choose a plan, neither a result. */
export const REMEMBER_MS = KEEP_MS;
const REMEMBERED = 1000;

interface Remembered {
  estimates: Map<string, { rows: number; at: number }>;
  newest: { id: number; at: number } | null;
}
const memory = new WeakMap<Store, Remembered>();
const memoryOf = (store: Store) => {
  const known = memory.get(store);
  if (known) return known;
  const m: Remembered = { estimates: new Map(), newest: null };
  memory.set(store, m);
  return m;
};

/** One page of the documents `matches` selects that contain every term, ranked, read by `read`. */
export async function searchPage<R extends { matched: number | null }>(
  store: Store,
  matches: Documents,
  terms: string[],
  page: Window,
  read: PageReader<R>,
): Promise<SearchPage<R>> {
  const query = sql`to_tsquery('simple', ${toTsQuery(terms)})`;
  // the compact vector's own words are weight D in search_index (migration 0024)
  const compactQuery = sql`to_tsquery('simple', ${toTsQuery(terms, "D")})`;
  const found = matches.where(sql<boolean>`documents.search_tsv @@ ${query}`);
  const planned = await plannedRows(store, found);
  if (planned > EXACT_COUNT) {
    // a constant bound, so that the plan is a range of the newest ids, whatever the words; a
    // remembered newest id only widens the range by the documents written since
    const bound = (await newestId(store)) - SCAN_PER_CANDIDATE * (page.offset + page.limit + CANDIDATES);
    const salient = matches
      .innerJoin("search_index", "search_index.document_id", "documents.id")
      .where("search_index.document_id", ">", bound)
      .where("documents.id", ">", bound)
      .where(sql<boolean>`search_index.vector @@ ${compactQuery}`);
    // the newest compact vectors are read in the order of their key, as far as the page's
    // blocks need: where the range holds most of the table (every document below a few
    // thousand), the planner would read all of them instead and sort the matches with their
    // vectors (several times the work: PostgreSQL CPU for 营商环境 at 2,000 documents ~25 → ~6 ms).
    // When too few are among the newest (the words are common, but seldom together), the page
    // is counted instead, in the same statement: the planner would walk the newest documents
    // testing each full vector (it expects many matches of several common words together), the
    // GIN index's bitmap reads no vector at all
    const counting = countedPage(found, query, page, true);
    const rows = await read(
      store.db,
      underPlan(store, rankedSalient(salient, query, page), counting.ranked, page.limit),
    );
    if (rows.length === page.limit && rows[0].matched === null)
      return { rows, total: Math.max(planned, EXACT_COUNT + 1), totalIsEstimate: true };
    const counted = await totalOf(store.db, counting.ids, page, rows);
    return counted.totalIsEstimate ? { ...counted, total: Math.max(planned, counted.total) } : counted;
  }
  const share = planned / Math.max(1, await newestId(store));
  // few matches expected, but not so few that the planner reads them through the GIN index by
  // itself: for a word in a large share of the documents (40 % of them, under EXACT_COUNT in
  // all) it tests every document's full vector — each decompressed, most of the search's work
  // (PostgreSQL CPU per such search at 2,000 documents ~45 → ~15 ms); the bitmap reads none
  const salientFirst = share >= SALIENT_SHARE;
  const counting = countedPage(found, query, page, salientFirst);
  const rows = await read(
    store.db,
    salientFirst ? underPlan(store, null, counting.ranked, page.limit) : counting.ranked,
  );
  return totalOf(store.db, counting.ids, page, rows);
}

/**
 * The ranked page as search_ranked (migration 0017) makes it, in one statement under its planner
 * settings: `salient`'s page when it fills `limit` rows, else `counted`'s (matches found only
 * through the GIN index's bitmap, which reads no vector; left to itself, the planner tests each
 * document's full vector where it expects many matches). Each goes as text, its values written
 * in: planned with them, as when it was sent by itself.
 */
function underPlan(store: Store, salient: RankedPage | null, counted: RankedPage, limit: number): RankedPage {
  const text = (query: RankedPage | null) => (query === null ? null : inlined(store, query));
  return sql`(select * from search_ranked(${text(salient)}, ${text(counted)}, ${limit}))`;
}

/** A query's SQL with its parameters written in as quoted literals: PostgreSQL reads a quoted
 *  literal as it reads an untyped parameter (numbers and strings are what a search sends). */
export function inlined(store: Store, query: RawBuilder<unknown>): string {
  const { sql: text, parameters } = query.compile(store.db);
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = parameters[Number(n) - 1];
    if (typeof value === "number" && Number.isFinite(value)) return `'${value}'`;
    if (typeof value !== "string")
      throw new Error(`search: cannot write in a parameter of type ${typeof value}`);
    // E'' reads the same whatever standard_conforming_strings says
    return `E'${value.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
  });
}

/** ts_rank's weights (D, C, B, A) with C counted as D: its default is {0.1, 0.2, 0.4, 1.0}. */
const RANK_WEIGHTS = "{0.1,0.1,0.4,1.0}";

/** Words in at least this share of the documents are mostly among the words each of them uses
 *  most, and so in its compact vector: ranked there first (see countedPage). */
const SALIENT_SHARE = 0.01;

/** One query: the page ranked, and the total counted up to EXACT_COUNT. The matches' ids are
 *  read once (the GIN index's bitmap reads no vector), newest first and at most EXACT_COUNT + 1
 *  of them (or the page's blocks, if further): the total is counted from them and only the
 *  page's blocks are ranked, on their full vectors fetched by id — or, `salientFirst`, on the
 *  compact vector when it holds every term: a third of the bytes to read, and the same rank
 *  (it keeps every position of the words it holds, and a rank depends only on the query's).
 *  `ids` are the matches counted (see totalOf). */
function countedPage(found: Documents, query: RawBuilder<unknown>, page: Window, salientFirst: boolean) {
  const { first, last } = blocksOf(page);
  // the full vector is only read (detoasted) when search_index's vector lacks a term: it keeps
  // every position of each word it holds, the words added to the compact ones (weight C,
  // migration 0024) counted as the full vector's (D)
  const rank = salientFirst
    ? sql`case when s.vector @@ ${query} then ts_rank(${RANK_WEIGHTS}::float4[], s.vector, ${query}) else ts_rank(b.search_tsv, ${query}) end`
    : sql`ts_rank(b.search_tsv, ${query})`;
  const compact = salientFirst ? sql`left join search_index s on s.document_id = b.id` : sql``;
  // each match's full vector comes with its id from the bitmap scan, as the reference to its
  // out-of-line value that it is: read (detoasted) only for the page's blocks, and no second
  // lookup of the document by id for it
  const ids = found
    .select(["documents.id", "documents.search_tsv"])
    .orderBy("documents.id", "desc")
    .limit(Math.max(EXACT_COUNT + 1, last));
  const ranked: RankedPage = sql<{ page_id: number; page_ord: number; matched: number }>`(
    with m as materialized (${ids})
    select c.id as page_id, row_number() over (order by c.block, c.rank desc, c.id desc) as page_ord,
      least((select count(*) from m), ${EXACT_COUNT + 1})::int as matched
    from (select b.id, b.block, ${rank} as rank
          from (select m.id, m.search_tsv, (row_number() over (order by m.id desc) - 1) / ${CANDIDATES} as block
                from m order by m.id desc offset ${first} limit ${last - first}) b
            ${compact}) c
    order by c.block, c.rank desc, c.id desc
    offset ${page.offset - first} limit ${page.limit})`;
  return { ranked, ids };
}

/** A counted page's total: every row carries it; a page past the last match reads no row, and
 *  so no count: counted apart. */
async function totalOf<R extends { matched: number | null }>(
  db: Kysely<Database>,
  ids: ReturnType<typeof countedPage>["ids"],
  page: Window,
  rows: R[],
): Promise<SearchPage<R>> {
  const n =
    rows[0]?.matched ??
    (page.offset === 0
      ? 0
      : (
          await sql<{
            n: number;
          }>`select count(*)::int as n from (${ids.clearSelect().select("documents.id")}) m`.execute(db)
        ).rows[0].n);
  return { rows, total: n, totalIsEstimate: n > EXACT_COUNT };
}

/** The blocks of CANDIDATES a page falls in: [first, last) in the newest-first order. */
const blocksOf = (page: Window) => ({
  first: Math.floor(page.offset / CANDIDATES) * CANDIDATES,
  last: Math.ceil((page.offset + page.limit) / CANDIDATES) * CANDIDATES,
});

/** One page of `rows` (documents joined to their compact vectors, which hold every term):
 *  newest first in blocks of CANDIDATES, each block ranked on the compact vectors. Each rank is
 *  computed where the vector is read: only ids and ranks travel through the sorts. */
function rankedSalient(
  rows: SelectQueryBuilder<Database, "documents" | "search_index", object>,
  query: RawBuilder<unknown>,
  page: Window,
): RankedPage {
  const { first, last } = blocksOf(page);
  const candidates = rows
    .select(["documents.id", sql<number>`ts_rank(search_index.vector, ${query})`.as("rank")])
    .orderBy("documents.id", "desc")
    .offset(first)
    .limit(last - first);
  return sql<{ page_id: number; page_ord: number; matched: null }>`(
    select c.id as page_id, row_number() over (order by c.block, c.rank desc, c.id desc) as page_ord,
      null::int as matched
    from (select m.id, m.rank, (row_number() over (order by m.id desc) - 1) / ${CANDIDATES} as block
          from (${candidates}) m) c
    order by c.block, c.rank desc, c.id desc
    offset ${page.offset - first} limit ${page.limit})`;
}

/** The newest document id, remembered for REMEMBER_MS. */
async function newestId(store: Store): Promise<number> {
  const m = memoryOf(store);
  const now = Date.now();
  if (m.newest && now - m.newest.at < REMEMBER_MS) return m.newest.id;
  const newest = await store.db
    .selectFrom("documents")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  m.newest = { id: newest?.id ?? 0, at: now };
  return m.newest.id;
}

/** The planner's estimate of how many rows a query gives, remembered for REMEMBER_MS. */
export async function plannedRows(store: Store, found: Documents): Promise<number> {
  const explain = sql<{ "QUERY PLAN": unknown }>`explain (format json) ${found.select("documents.id")}`;
  const compiled = explain.compile(store.db);
  const key = `${compiled.sql}\u0000${JSON.stringify(compiled.parameters)}`;
  const m = memoryOf(store);
  const now = Date.now();
  const known = m.estimates.get(key);
  if (known && now - known.at < REMEMBER_MS) return known.rows;
  const { rows } = await explain.execute(store.db);
  const plan = rows[0]?.["QUERY PLAN"];
  const parsed = (typeof plan === "string" ? JSON.parse(plan) : plan) as Array<{
    Plan: { "Plan Rows": number };
  }>;
  const planned = Math.round(parsed[0]?.Plan?.["Plan Rows"] ?? 0);
  if (m.estimates.size >= REMEMBERED) m.estimates.clear();
  m.estimates.set(key, { rows: planned, at: now });
  return planned;
}

/** Forget the remembered estimates and newest id, and the answers given with them (after
 *  bulk writes and refreshed statistics, and in tests). */
export function forgetSearchPlans(store: Store): void {
  memory.delete(store);
  forgetSearches(store);
}
