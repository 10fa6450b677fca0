// A writer that makes the compact ranking vectors itself (the batched ingest: the analysis
// worker sorts a document's words while it makes them) tells the trigger of 0011 so for its own
// transaction — `set_config('fazhi.search_index', 'writer', true)` — and writes `search_index`
// rows itself; sorting every document's words again in the database was a fifth of the
// database's work per stored document. Every other write keeps the trigger's work.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create or replace function search_index_write() returns trigger language plpgsql as $$
      begin
        if current_setting('fazhi.search_index', true) = 'writer' then return null; end if;
        insert into search_index (document_id, vector) values (new.id, search_salient(new.search_tsv))
        on conflict (document_id) do update set vector = excluded.vector;
        return null;
      end $$`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`create or replace function search_index_write() returns trigger language plpgsql as $$
      begin
        insert into search_index (document_id, vector) values (new.id, search_salient(new.search_tsv))
        on conflict (document_id) do update set vector = excluded.vector;
        return null;
      end $$`.execute(db);
  },
};
