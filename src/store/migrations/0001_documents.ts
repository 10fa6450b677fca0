// Documents, their analyses, facts and findings.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
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
      .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
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
      .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
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
      .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
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
};
