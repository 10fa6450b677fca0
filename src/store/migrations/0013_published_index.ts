// Anonymous and public readers see published documents only (visibleDocuments): their list,
// newest first, and its count read this partial index instead of every row of the table.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create index if not exists documents_published_id_idx on documents (id desc) where published_at is not null`.execute(
      db,
    );
  },
  async down(db: Kysely<unknown>) {
    await sql`drop index if exists documents_published_id_idx`.execute(db);
  },
};
