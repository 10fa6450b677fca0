// The search index's derived table (search_index: each document's compact ranking vector, with
// the common words that fit beside it) rebuilt from the database. Safe while web processes write: each batch locks the rows it
// reads (FOR SHARE), so a document re-analysed meanwhile is indexed from its newest vector, and
// the trigger on documents keeps every later write current.
import { sql } from "kysely";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";

const BATCH = 1000;

export interface SearchIndexStatus {
  documents: number;
  indexed: number;
}

/** How many documents there are and how many have their compact vector. */
export async function searchIndexStatus(store: Store, scope: Scope): Promise<SearchIndexStatus> {
  requirePermission(scope, "documents:write");
  const { rows } = await sql<SearchIndexStatus>`select (select count(*)::int from documents) as documents,
    (select count(*)::int from search_index) as indexed`.execute(store.db);
  return rows[0];
}

/** Recompute the compact vectors: of every document, or (`missingOnly`) of those without one;
 *  the words they add (search_words, migration 0024) first taken from fresh statistics. */
export async function rebuildSearchIndex(
  store: Store,
  scope: Scope,
  opts: { missingOnly?: boolean; progress?: (done: number) => void } = {},
): Promise<number> {
  requirePermission(scope, "documents:write");
  const missing = opts.missingOnly
    ? sql`and not exists (select 1 from search_index s where s.document_id = d.id)`
    : sql``;
  await sql`analyze documents`.execute(store.db);
  await sql`select search_words_refresh()`.execute(store.db);
  let after = 0;
  let done = 0;
  for (;;) {
    const { rows } = await sql<{ last: number | null; n: number }>`
      with batch as (
        select d.id, d.search_tsv from documents d where d.id > ${after} ${missing}
        order by d.id limit ${BATCH} for share),
      written as (
        insert into search_index (document_id, vector)
        select id, search_ranking(search_tsv, search_salient(search_tsv)) from batch
        on conflict (document_id) do update set vector = excluded.vector returning document_id)
      select max(document_id)::int as last, count(*)::int as n from written`.execute(store.db);
    const { last, n } = rows[0];
    if (last === null) return done;
    after = last;
    done += n;
    opts.progress?.(done);
  }
}
