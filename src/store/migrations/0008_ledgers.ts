// Ledgers as the unit of supervision: one per plan unless the office asks for another (an
// edition number, unique per plan, so two concurrent creates cannot both make the first), a
// period the deadlines are laid into, archiving; tasks remember how their deadline was derived
// and the collective owner (市直各相关单位) they were expanded from.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("ledgers")
      .addColumn("edition", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("period_start", "text")
      .addColumn("period_end", "text")
      .addColumn("reason", "text")
      .addColumn("archived_at", "timestamptz")
      .execute();
    // ledgers made twice before this migration: number them in order of creation
    await sql`update ledgers l set edition = n.edition from (
      select id, row_number() over (partition by document_id order by id) as edition from ledgers
    ) n where n.id = l.id`.execute(db);
    await db.schema
      .createIndex("ledgers_document_edition_key")
      .on("ledgers")
      .columns(["document_id", "edition"])
      .unique()
      .execute();
    await db.schema
      .alterTable("tasks")
      .addColumn("due_basis", "text")
      .addColumn("collective", "text")
      .execute();
  },
};
