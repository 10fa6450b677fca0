// The annual report season: one season per year, its reporting units, the versioned
// submissions (nothing is overwritten), the coordinator's comments anchored to spans, and the
// publication checks of accepted reports.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("seasons")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("year", "integer", (c) => c.notNull().unique())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("submit_deadline", "text", (c) => c.notNull())
      .addColumn("publish_deadline", "text", (c) => c.notNull())
      .addColumn("created_by", "integer", (c) => c.references("users.id"))
      .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable("season_units")
      .addColumn("season_id", "integer", (c) => c.notNull().references("seasons.id").onDelete("cascade"))
      .addColumn("unit_key", "text", (c) => c.notNull())
      .addColumn("unit_name", "text", (c) => c.notNull())
      .addColumn("region", "text")
      .addColumn("publication_url", "text")
      .addColumn("published_on", "text")
      .addColumn("publication_status", "text")
      .addColumn("publication_checked_at", "timestamptz")
      .addColumn("publication_evidence", "jsonb")
      .addPrimaryKeyConstraint("season_units_pk", ["season_id", "unit_key"])
      .execute();
    await db.schema
      .createTable("season_submissions")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("season_id", "integer", (c) => c.notNull().references("seasons.id").onDelete("cascade"))
      .addColumn("unit_key", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("source_url", "text")
      .addColumn("sha256", "text", (c) => c.notNull())
      .addColumn("format", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("record", "jsonb", (c) => c.notNull())
      .addColumn("state", "text", (c) =>
        c.notNull().defaultTo("submitted").check(sql`state in ('submitted','returned','accepted')`),
      )
      .addColumn("reason", "text")
      .addColumn("submitted_by", "integer", (c) => c.references("users.id"))
      .addColumn("submitted_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn("decided_by", "integer", (c) => c.references("users.id"))
      .addColumn("decided_at", "timestamptz")
      .addUniqueConstraint("season_submissions_version", ["season_id", "unit_key", "version"])
      .execute();
    await db.schema
      .createTable("season_comments")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("submission_id", "integer", (c) =>
        c.notNull().references("season_submissions.id").onDelete("cascade"),
      )
      .addColumn("start", "integer", (c) => c.notNull())
      .addColumn("end", "integer", (c) => c.notNull())
      .addColumn("quote", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("author_id", "integer", (c) => c.references("users.id"))
      .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ["season_comments", "season_submissions", "season_units", "seasons"])
      await db.schema.dropTable(t).execute();
  },
};
