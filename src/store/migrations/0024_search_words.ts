// Ranking without reading the full vector where the compact one lacks a word. A search whose
// words are in many documents, but seldom among the 256 a document uses most (宣传, 包容审慎:
// said once or twice in a report), ranked its matches on their full vectors — ~20 µs each, the
// ~12 TOAST chunks of a 20 KB vector — a quarter of the load bench's searches at 10–25 ms each.
// `search_index.vector` now holds, besides the compact vector's words (weight D, as before), as
// many of the document's other words as fit in one page (7,800 bytes), most common in the corpus
// first (weight C): `search_words`, the lexemes the planner's statistics of documents.search_tsv
// count most common (`most_common_elems`, about a thousand), refreshed with the statistics.
// Results are the same: every word kept keeps every position, so a vector that holds all of a
// query's words ranks it as the full one does (ts_rank with weight C counted as D); the common
// way's test "the compact vector holds every word" is the query with each word restricted to
// weight D. A row stays one page, read in place, so the common way reads no more pages.
// Vectors written before stay as they were (all weight D: the same results, no words added)
// until `fazhi search-index --rebuild` (done here when the database is small).
import { type Kysely, type Migration, sql } from "kysely";
import { migration as searchIndexWriter } from "./0014_search_index_writer.ts";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table search_words (lexeme text primary key, share real not null)`.execute(db);
    // the statistics' list, each word's share of the sampled rows; empty before any ANALYZE
    await sql`create function search_words_refresh() returns void language sql as $$
        delete from search_words;
        insert into search_words (lexeme, share)
        select u.lexeme, max(u.share) from pg_stats s,
          unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as u(lexeme, share)
        where s.schemaname = current_schema() and s.tablename = 'documents' and s.attname = 'search_tsv'
          and u.lexeme is not null
        group by u.lexeme;
      $$`.execute(db);
    // `compact` is search_salient(v). Each word added costs its entry (4 bytes), its bytes, its
    // count and positions (2 each): the row stays under the table's toast_tuple_target (8,160,
    // migration 0012), kept whole in its page. The weights mark which words are the compact
    // vector's (D) and which were added (C); ts_filter keeps every position of both
    await sql`create function search_ranking(v tsvector, compact tsvector) returns tsvector
      language sql stable parallel safe as $$
        select case when e.added is null then compact
          else ts_filter(setweight(setweight(setweight(v, 'B'), 'D', tsvector_to_array(compact)), 'C', e.added), '{c,d}') end
        from (select array_agg(x.lexeme) as added from (
            select u.lexeme, sum(6 + octet_length(u.lexeme) + 2 * coalesce(cardinality(u.positions), 0))
              over (order by w.share desc, u.lexeme collate "C") as size
            from unnest(ts_delete(v, tsvector_to_array(compact))) u
              join search_words w on w.lexeme = u.lexeme) x
          where x.size <= 7800 - pg_column_size(compact)) e
      $$`.execute(db);
    await sql`create or replace function search_index_write() returns trigger language plpgsql as $$
      begin
        if current_setting('fazhi.search_index', true) = 'writer' then return null; end if;
        insert into search_index (document_id, vector)
          values (new.id, search_ranking(new.search_tsv, search_salient(new.search_tsv)))
        on conflict (document_id) do update set vector = excluded.vector;
        return null;
      end $$`.execute(db);
    // a larger database keeps its vectors (and its start: no ANALYZE of it here) until the
    // rebuild, its list read from the statistics it has; an empty one gets its list when its
    // statistics are first refreshed
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from documents`.execute(db);
    const small = rows[0].n > 0 && rows[0].n <= 20000;
    if (small) await sql`analyze documents`.execute(db);
    await sql`select search_words_refresh()`.execute(db);
    if (small)
      await sql`update search_index s set vector = search_ranking(d.search_tsv, s.vector) from documents d
        where d.id = s.document_id and exists (select 1 from search_words)`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    // the trigger's function as 0014 made it
    await searchIndexWriter.up(db);
    await sql`update search_index set vector = ts_filter(vector, '{d}')`.execute(db);
    await sql`drop function if exists search_ranking(tsvector, tsvector)`.execute(db);
    await sql`drop function if exists search_words_refresh()`.execute(db);
    await sql`drop table if exists search_words`.execute(db);
  },
};
