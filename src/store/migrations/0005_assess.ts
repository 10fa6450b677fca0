// Assessment: indicator systems (versioned data), rounds per year and system, the units in a
// round, their scored items, the log of every change to an item, and appeals.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("assess_systems")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("version", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("definition", "json", (c) => c.notNull())
      .addColumn("created_by", "integer", (c) => c.references("users.id"))
      .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
      .addUniqueConstraint("assess_systems_key_version", ["key", "version"])
      .execute();
    await db.schema
      .createTable("assess_rounds")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("system_id", "integer", (c) => c.notNull().references("assess_systems.id"))
      .addColumn("year", "integer", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) =>
        c.notNull().defaultTo("open").check(sql`status in ('open','finalised','published')`),
      )
      .addColumn("created_by", "integer", (c) => c.references("users.id"))
      .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn("computed_at", "timestamptz")
      .addColumn("finalised_at", "timestamptz")
      .addColumn("published_at", "timestamptz")
      .execute();
    await db.schema
      .createTable("assess_units")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("round_id", "integer", (c) => c.notNull().references("assess_rounds.id").onDelete("cascade"))
      .addColumn("unit_key", "text", (c) => c.notNull())
      .addColumn("unit_name", "text", (c) => c.notNull())
      .addColumn("document_id", "integer", (c) => c.references("documents.id").onDelete("set null"))
      .addUniqueConstraint("assess_units_round_unit", ["round_id", "unit_key"])
      .execute();
    await db.schema
      .createTable("assess_items")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("round_id", "integer", (c) => c.notNull().references("assess_rounds.id").onDelete("cascade"))
      .addColumn("unit_id", "integer", (c) => c.notNull().references("assess_units.id").onDelete("cascade"))
      .addColumn("code", "text", (c) => c.notNull())
      .addColumn("method", "text", (c) => c.notNull())
      .addColumn("max", "double precision", (c) => c.notNull())
      // what the rule computed from its inputs (automatic items) or from the entry (manual)
      .addColumn("points", "double precision", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("explanation", "text", (c) => c.notNull())
      .addColumn("inputs", "json", (c) => c.notNull())
      .addColumn("evidence", "json", (c) => c.notNull())
      // an evaluator's entry (manual points, survey figure) the rule reads
      .addColumn("entry", "json")
      // the coordinator's decision on an appeal replaces the points: {points, reason, appealId, by}
      .addColumn("override", "json")
      .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
      .addUniqueConstraint("assess_items_unit_code", ["unit_id", "code"])
      .execute();
    await db.schema.createIndex("assess_items_round_idx").on("assess_items").column("round_id").execute();
    await db.schema
      .createTable("assess_item_changes")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("item_id", "integer", (c) => c.notNull().references("assess_items.id").onDelete("cascade"))
      .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn("cause", "text", (c) =>
        c.notNull().check(sql`cause in ('computed','recomputed','entered','appeal')`),
      )
      .addColumn("points_before", "double precision")
      .addColumn("points_after", "double precision", (c) => c.notNull())
      .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("user_id", "integer", (c) => c.references("users.id"))
      .execute();
    await db.schema
      .createIndex("assess_item_changes_item_idx")
      .on("assess_item_changes")
      .column("item_id")
      .execute();
    await db.schema
      .createTable("assess_appeals")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("item_id", "integer", (c) => c.notNull().references("assess_items.id").onDelete("cascade"))
      .addColumn("round_id", "integer", (c) => c.notNull().references("assess_rounds.id").onDelete("cascade"))
      .addColumn("unit_key", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("evidence", "json", (c) => c.notNull())
      .addColumn("status", "text", (c) =>
        c.notNull().defaultTo("pending").check(sql`status in ('pending','accepted','rejected')`),
      )
      .addColumn("decided_points", "double precision")
      .addColumn("decision", "text")
      .addColumn("created_by", "integer", (c) => c.references("users.id"))
      .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn("decided_by", "integer", (c) => c.references("users.id"))
      .addColumn("decided_at", "timestamptz")
      .execute();
    await db.schema.createIndex("assess_appeals_round_idx").on("assess_appeals").column("round_id").execute();
  },
};
