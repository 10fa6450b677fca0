// How search's data is stored, for reading speed:
// - The compact vectors (a few kilobytes) are kept inside the table's pages, uncompressed,
//   instead of out of line in the TOAST table: the common-term way tests and ranks a couple of
//   thousand of them a query, and each out-of-line value cost a lookup and a decompression.
//   Vectors written before stay where they are until `fazhi search-index --rebuild` (done
//   here when the database is small).
// - The full vectors (ranked for rare terms) and the text (read around the hits for snippets)
//   are compressed with lz4 where the server has it (Debian's PostgreSQL does): it decompresses
//   several times faster than the default pglz. A build without lz4 keeps pglz.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table search_index alter column vector set storage main`.execute(db);
    // no compression below this size: one vector a page, read in place
    await sql`alter table search_index set (toast_tuple_target = 8160)`.execute(db);
    await sql`do $$ begin
        alter table documents alter column search_tsv set compression lz4, alter column text set compression lz4;
      exception when others then null;
      end $$`.execute(db);
    await sql`update search_index s set vector = search_salient(d.search_tsv) from documents d
      where d.id = s.document_id and (select count(*) from documents) <= 20000`.execute(db);
  },
};
