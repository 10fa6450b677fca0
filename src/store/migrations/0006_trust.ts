// Login throttling shared by every process on the database: failed sign-ins counted per
// account, per address and per account+address pair, with the lock each has earned.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("login_throttle")
      // "pair:<user>\n<address>", "address:<address>" or "account:<user>"
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("failures", "integer", (c) => c.notNull())
      .addColumn("last_failure_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn("locked_until", "timestamptz")
      .execute();
    await db.schema
      .createIndex("login_throttle_last_idx")
      .on("login_throttle")
      .column("last_failure_at")
      .execute();
    await db.schema.createIndex("sessions_expires_idx").on("sessions").column("expires_at").execute();
  },
};
