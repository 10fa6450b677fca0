// A search's ranked page in one statement. The plans that keep a search cheap need planner
// settings (no sequential scan; for the matches of a word in many documents, no index scan
// either: the GIN index's bitmap only), and `set local` needs a transaction: `begin; set
// local …`, the query, `commit` were three round trips a search (five when the common-term way
// fell back), each parsed and answered: the two extra ones cost the server ~0.4 ms of CPU and
// PostgreSQL ~0.3 ms, measured alone, on the 2-core bench machine. A function's SET clause
// applies its settings while it runs and restores them after, in any transaction or none; the
// ranked query comes in as text with its values written in (see search.ts), planned by
// `execute` each call with those values, as a query sent by itself would be.
// - `salient`: the page from the newest compact vectors (null: none); kept when it fills
//   `page_limit` rows, its `matched` null (not counted).
// - `counted`: else the page counted through the GIN index's bitmap (null: none), planned with
//   index scans off too.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // enable_indexscan is in the SET clause so that turning it off inside ends with the call.
    // Its rows are estimated as one: the caller's join then reads each page's row by its key
    // (a page is a few dozen rows at most; estimated at 20, the planner read the whole table of
    // a small corpus to hash it, 2,000 rows for a page's 20)
    await sql`create or replace function search_ranked(salient text, counted text, page_limit int)
      returns table (page_id int, page_ord bigint, matched int)
      language plpgsql
      rows 1
      set enable_seqscan = off
      set enable_indexscan = on
      as $$
      declare
        ids int[];
      begin
        if salient is not null then
          execute 'select array_agg(s.page_id order by s.page_ord) from (' || salient || ') s' into ids;
          if coalesce(cardinality(ids), 0) >= page_limit or counted is null then
            return query select u.id, u.ord, null::int from unnest(ids) with ordinality as u(id, ord);
            return;
          end if;
        end if;
        if counted is not null then
          perform set_config('enable_indexscan', 'off', true);
          return query execute counted;
        end if;
      end $$`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`drop function if exists search_ranked(text, text, int)`.execute(db);
  },
};
