// What the database does for each stored document, made cheaper for bulk imports:
// - facts.document_id and findings.document_id no longer check the documents table on every
//   row (a lookup and a row lock per fact, a third of the work of storing the facts). Each row
//   still belongs to its analysis (analysis_id, checked), the analysis to its document, and
//   deleting a document still deletes them through the analysis (both cascade); the writers set
//   document_id from the same document as the analysis.
// - The stored record (analyses.record, JSON) is compressed with lz4 where the server has it, as
//   the text and vectors are (0012): pglz took half the database's work of storing the analysis,
//   for the same pages. Records written before stay as they are.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table facts drop constraint if exists facts_document_id_fkey`.execute(db);
    await sql`alter table findings drop constraint if exists findings_document_id_fkey`.execute(db);
    await sql`do $$ begin
        alter table analyses alter column record set compression lz4, alter column text set compression lz4;
      exception when others then null;
      end $$`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`alter table facts add constraint facts_document_id_fkey
      foreign key (document_id) references documents (id) on delete cascade`.execute(db);
    await sql`alter table findings add constraint findings_document_id_fkey
      foreign key (document_id) references documents (id) on delete cascade`.execute(db);
    await sql`alter table analyses alter column record set compression default, alter column text set compression default`.execute(
      db,
    );
  },
};
