// Search ranking on a compact vector: the few hundred most frequent words of each document
// with their positions, derived from documents.search_tsv by a trigger (so every process and
// every write path keeps it current) and rebuilt by `fazhi search-index --rebuild`. Matching
// still uses the full vector's GIN index; only ranking reads the compact one.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // the words a document uses most (longer words first among equals): the terms its rank
    // depends on; the rest of the vector is left out of ranking
    await sql`create function search_salient(v tsvector) returns tsvector
      language sql immutable parallel safe as $$
        select ts_delete(v, array(
          select lexeme from unnest(v)
          order by coalesce(cardinality(positions), 1) desc, length(lexeme) desc, lexeme collate "C"
          offset 256))
      $$`.execute(db);
    await db.schema
      .createTable("search_index")
      .addColumn("document_id", "integer", (c) =>
        c.primaryKey().references("documents.id").onDelete("cascade"),
      )
      .addColumn("vector", sql`tsvector`, (c) => c.notNull())
      .execute();
    await sql`create function search_index_write() returns trigger language plpgsql as $$
      begin
        insert into search_index (document_id, vector) values (new.id, search_salient(new.search_tsv))
        on conflict (document_id) do update set vector = excluded.vector;
        return null;
      end $$`.execute(db);
    await sql`create trigger documents_search_index after insert on documents
      for each row execute function search_index_write()`.execute(db);
    await sql`create trigger documents_search_index_update after update on documents
      for each row when (old.search_tsv is distinct from new.search_tsv) execute function search_index_write()`.execute(
      db,
    );
    // documents stored before this migration are indexed by the rebuild command (or here when
    // few); until then search ranks them on the full vector
    await sql`insert into search_index (document_id, vector)
      select id, search_salient(search_tsv) from documents
      where (select count(*) from documents) <= 20000`.execute(db);
  },
};
