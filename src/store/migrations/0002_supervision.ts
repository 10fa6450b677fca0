// Accounts, sessions, ledgers, tasks, attachments and the append-only audit log.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
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
        c.notNull().defaultTo("open").check(sql`status in ('open','in_progress','pending_review','closed')`),
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
      .addColumn("update_id", "integer", (c) => c.notNull().references("task_updates.id").onDelete("cascade"))
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
};
