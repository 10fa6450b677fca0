// Versioned migrations, applied in order on every start. Never edit a migration that has
// shipped; add the next one.
import { type Kysely, type Migration, type MigrationProvider, sql } from "kysely";

const migrations: Record<string, Migration> = {
  "0001_documents": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("blobs")
        .addColumn("sha256", "text", (c) => c.primaryKey())
        .addColumn("content", "bytea", (c) => c.notNull())
        .addColumn("size", "integer", (c) => c.notNull())
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable("documents")
        .addColumn("id", "serial", (c) => c.primaryKey())
        .addColumn("sha256", "text", (c) => c.notNull().unique().references("blobs.sha256"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("source_url", "text")
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("charset", "text")
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("region", "text")
        .addColumn("level", "text")
        .addColumn("year", "integer")
        .addColumn("published", "text")
        .addColumn("script", "text", (c) => c.notNull())
        .addColumn("sections_ok", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("sections_total", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("findings_count", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("facts_count", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("measures_count", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("engine_version", "text", (c) => c.notNull())
        .addColumn("analysis_id", "integer")
        .addColumn("search_tokens", "text", (c) => c.notNull().defaultTo(""))
        // the current analysis text, for search snippets without reading the record
        .addColumn("text", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await sql`alter table documents add column search_tsv tsvector generated always as (to_tsvector('simple', search_tokens)) stored`.execute(
        db,
      );
      await sql`create index documents_search_idx on documents using gin (search_tsv)`.execute(db);
      await db.schema
        .createIndex("documents_region_year_idx")
        .on("documents")
        .columns(["region", "year"])
        .execute();
      await db.schema
        .createTable("analyses")
        .addColumn("id", "serial", (c) => c.primaryKey())
        .addColumn("document_id", "integer", (c) =>
          c.notNull().references("documents.id").onDelete("cascade"),
        )
        .addColumn("engine_name", "text", (c) => c.notNull())
        .addColumn("engine_version", "text", (c) => c.notNull())
        // json, not jsonb: the record keeps its key order (the record's documented shape)
        .addColumn("record", "json", (c) => c.notNull())
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex("analyses_document_idx").on("analyses").column("document_id").execute();
      await db.schema
        .createTable("facts")
        .addColumn("id", "serial", (c) => c.primaryKey())
        .addColumn("analysis_id", "integer", (c) => c.notNull().references("analyses.id").onDelete("cascade"))
        .addColumn("document_id", "integer", (c) =>
          c.notNull().references("documents.id").onDelete("cascade"),
        )
        .addColumn("start", "integer", (c) => c.notNull())
        .addColumn("end", "integer", (c) => c.notNull())
        .addColumn("quote", "text", (c) => c.notNull())
        .addColumn("value", "double precision", (c) => c.notNull())
        .addColumn("unit", "text", (c) => c.notNull())
        .addColumn("approx", "text")
        .addColumn("subject", "text", (c) => c.notNull())
        .addColumn("indicator", "text")
        .execute();
      await db.schema
        .createIndex("facts_indicator_idx")
        .on("facts")
        .columns(["indicator", "document_id"])
        .execute();
      await db.schema.createIndex("facts_analysis_idx").on("facts").column("analysis_id").execute();
      await db.schema
        .createTable("findings")
        .addColumn("id", "serial", (c) => c.primaryKey())
        .addColumn("analysis_id", "integer", (c) => c.notNull().references("analyses.id").onDelete("cascade"))
        .addColumn("document_id", "integer", (c) =>
          c.notNull().references("documents.id").onDelete("cascade"),
        )
        .addColumn("rule", "text", (c) => c.notNull())
        .addColumn("severity", "text", (c) => c.notNull())
        .addColumn("message", "text", (c) => c.notNull())
        .addColumn("start", "integer")
        .addColumn("end", "integer")
        .execute();
      await db.schema
        .createIndex("findings_rule_idx")
        .on("findings")
        .columns(["rule", "document_id"])
        .execute();
      await db.schema.createIndex("findings_analysis_idx").on("findings").column("analysis_id").execute();
    },
  },
  "0002_supervision": {
    async up(db: Kysely<unknown>) {
      // documents are internal until published; anonymous readers see published ones only
      await db.schema.alterTable("documents").addColumn("published_at", "timestamptz").execute();
      await db.schema
        .createTable("users")
        .addColumn("id", "serial", (c) => c.primaryKey())
        .addColumn("username", "text", (c) => c.notNull().unique())
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) =>
          c.notNull().check(sql`role in ('admin','coordinator','unit','evaluator','public')`),
        )
        .addColumn("unit_name", "text")
        .addColumn("unit_key", "text")
        .addColumn("email", "text")
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("disabled", "boolean", (c) => c.notNull().defaultTo(false))
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn("password_changed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable("sessions")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("csrf_token", "text", (c) => c.notNull())
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn("expires_at", "timestamptz", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("ledgers")
        .addColumn("id", "serial", (c) => c.primaryKey())
        .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("created_by", "integer", (c) => c.references("users.id"))
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable("tasks")
        .addColumn("id", "serial", (c) => c.primaryKey())
        .addColumn("ledger_id", "integer", (c) => c.notNull().references("ledgers.id").onDelete("cascade"))
        .addColumn("measure_no", "integer")
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("area", "text")
        .addColumn("grp", "text")
        .addColumn("unit_name", "text", (c) => c.notNull())
        .addColumn("unit_key", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('lead','cooperate')`))
        .addColumn("due", "text")
        .addColumn("due_inherited", "boolean", (c) => c.notNull().defaultTo(false))
        .addColumn("status", "text", (c) =>
          c
            .notNull()
            .defaultTo("open")
            .check(sql`status in ('open','in_progress','pending_review','closed')`),
        )
        .addColumn("percent", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn("closed_at", "timestamptz")
        .execute();
      await db.schema.createIndex("tasks_ledger_idx").on("tasks").column("ledger_id").execute();
      await db.schema.createIndex("tasks_unit_idx").on("tasks").column("unit_key").execute();
      await db.schema
        .createTable("task_updates")
        .addColumn("id", "serial", (c) => c.primaryKey())
        .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
        .addColumn("user_id", "integer", (c) => c.references("users.id"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("percent", "integer")
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex("task_updates_task_idx").on("task_updates").column("task_id").execute();
      await db.schema
        .createTable("attachments")
        .addColumn("id", "serial", (c) => c.primaryKey())
        .addColumn("update_id", "integer", (c) =>
          c.notNull().references("task_updates.id").onDelete("cascade"),
        )
        .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
        .addColumn("sha256", "text", (c) => c.notNull().references("blobs.sha256"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("mime", "text", (c) => c.notNull())
        .addColumn("size", "integer", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("audit_log")
        .addColumn("id", "serial", (c) => c.primaryKey())
        .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn("user_id", "integer")
        .addColumn("username", "text")
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("entity", "text", (c) => c.notNull())
        .addColumn("entity_id", "text")
        .addColumn("before", "json")
        .addColumn("after", "json")
        .execute();
      // the audit log is append-only, whatever the application does
      await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
        begin raise exception 'audit_log is append-only'; end $$`.execute(db);
      await sql`create trigger audit_log_no_change before update or delete on audit_log
        for each row execute function audit_log_append_only()`.execute(db);
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
