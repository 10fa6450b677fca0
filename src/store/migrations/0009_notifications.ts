// In-app notifications (催办, returned, accepted, extended, reassigned tasks), one row per
// recipient account, read or not; and a returned task's mark, so that it stands out until the
// unit asks for closure again.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("notifications")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      // chase, return, accept, extend, reassign
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("task_id", "integer", (c) => c.references("tasks.id").onDelete("cascade"))
      .addColumn("ledger_id", "integer", (c) => c.references("ledgers.id").onDelete("cascade"))
      .addColumn("actor_id", "integer", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn("read_at", "timestamptz")
      .execute();
    await db.schema
      .createIndex("notifications_user_idx")
      .on("notifications")
      .columns(["user_id", "id"])
      .execute();
    await db.schema.alterTable("tasks").addColumn("returned_at", "timestamptz").execute();
  },
};
