// Ranked full-text search that stays fast at any corpus size. Two ways to the same kind of page:
// - Few matches (the planner expects at most EXACT_COUNT): the full vector's GIN index finds them
//   all, they are counted exactly and ranked on their full vectors, in blocks of CANDIDATES.
// - Many matches (common terms: 行政执法 is in nearly every report): reading whole posting lists
//   would cost more than the page is worth, so the newest documents are read through
//   search_index, whose compact vector (each document's most used words, small enough to read
//   in microseconds) must hold every term; those are ranked on it, and the total is the
//   planner's estimate (约 N). When that finds too few, the first way answers.
// Matches are ranked within blocks of CANDIDATES, newest block first, so paging is a stable order.
import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from "kysely";
import type { Store } from "../../store/db.ts";
import type { Database } from "../../store/schema.ts";
import { toTsQuery } from "../../store/search.ts";

// biome-ignore lint/complexity/noBannedTypes: kysely's type for "nothing selected yet"
type Documents = SelectQueryBuilder<Database, "documents", {}>;

/** Matches ranked together: the newest this many, then the next this many, and so on. */
export const CANDIDATES = 500;
/** Totals up to this are counted; above it they are estimated (and marked so). */
export const EXACT_COUNT = 1000;
/** The common-term way reads at most this many newest documents for each candidate it needs. */
const SCAN_PER_CANDIDATE = 4;

export interface SearchPage {
  ids: number[];
  total: number;
  totalIsEstimate: boolean;
}

interface Window {
  offset: number;
  limit: number;
}

/** The ids of one page of the documents `matches` selects that contain every term, ranked. */
export async function searchPage(
  store: Store,
  matches: Documents,
  terms: string[],
  page: Window,
): Promise<SearchPage> {
  const query = sql`to_tsquery('simple', ${toTsQuery(terms)})`;
  const found = matches.where(sql<boolean>`documents.search_tsv @@ ${query}`);
  const planned = await plannedRows(store, found);
  if (planned > EXACT_COUNT) {
    // a constant bound, so that the plan is a range of the newest ids, whatever the words
    const newest = await store.db
      .selectFrom("documents")
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirst();
    const bound = (newest?.id ?? 0) - SCAN_PER_CANDIDATE * (page.offset + page.limit + CANDIDATES);
    const salient = matches
      .innerJoin("search_index", "search_index.document_id", "documents.id")
      .where("search_index.document_id", ">", bound)
      .where("documents.id", ">", bound)
      .where(sql<boolean>`search_index.vector @@ ${query}`);
    const ids = await rankedPage(store.db, salient, sql`search_index.vector`, query, page);
    if (ids.length === page.limit)
      return { ids, total: Math.max(planned, EXACT_COUNT + 1), totalIsEstimate: true };
  }
  // the planner would walk the newest documents testing each full vector (it expects many
  // matches of several common words together); the GIN index's bitmap reads no vector at all
  return store.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    await sql`set local enable_indexscan = off`.execute(trx);
    const ids = await rankedPage(trx, found, sql`documents.search_tsv`, query, page);
    const counted = await sql<{ n: number }>`
      select count(*)::int as n from (${found.select(sql`1`.as("one")).limit(EXACT_COUNT + 1)}) x`.execute(
      trx,
    );
    const n = counted.rows[0]?.n ?? 0;
    return n <= EXACT_COUNT
      ? { ids, total: n, totalIsEstimate: false }
      : { ids, total: Math.max(planned, n), totalIsEstimate: true };
  });
}

/** One page of `rows`: newest first in blocks of CANDIDATES, each block ranked on `vector`. */
async function rankedPage(
  db: Kysely<Database>,
  rows: SelectQueryBuilder<Database, "documents" | "search_index", object>,
  vector: RawBuilder<unknown>,
  query: RawBuilder<unknown>,
  page: Window,
): Promise<number[]> {
  const first = Math.floor(page.offset / CANDIDATES) * CANDIDATES;
  const last = Math.ceil((page.offset + page.limit) / CANDIDATES) * CANDIDATES;
  const candidates = rows
    // the vector travels as a reference; only the page's blocks are ranked (outside the sort)
    .select(["documents.id", vector.as("vector")])
    .orderBy("documents.id", "desc")
    .offset(first)
    .limit(last - first);
  const { rows: ranked } = await sql<{ id: number }>`
    select c.id from (select m.id, m.vector, (row_number() over (order by m.id desc) - 1) / ${CANDIDATES} as block
                      from (${candidates}) m) c
    order by c.block, ts_rank(c.vector, ${query}) desc, c.id desc
    offset ${page.offset - first} limit ${page.limit}`.execute(db);
  return ranked.map((r) => r.id);
}

/** The planner's estimate of how many rows a query gives. */
async function plannedRows(store: Store, found: Documents): Promise<number> {
  const { rows } = await sql<{ "QUERY PLAN": unknown }>`
    explain (format json) ${found.select("documents.id")}`.execute(store.db);
  const plan = rows[0]?.["QUERY PLAN"];
  const parsed = (typeof plan === "string" ? JSON.parse(plan) : plan) as Array<{
    Plan: { "Plan Rows": number };
  }>;
  return Math.round(parsed[0]?.Plan?.["Plan Rows"] ?? 0);
}
