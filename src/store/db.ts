// The store: PGlite (PostgreSQL in WASM, in ./data) by default, a PostgreSQL server when
// DATABASE_URL is set. One pg.Pool code path serves both, so SQL and migrations are shared.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, Migrator, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { type DataDirLock, lockDataDir } from "./lock.ts";
import { migrationProvider } from "./migrations.ts";
import type { Database } from "./schema.ts";

export interface StoreOptions {
  /** a PostgreSQL server; when absent the embedded database is used */
  databaseUrl?: string | null;
  /** directory of the embedded database; "memory://" keeps it in memory */
  dataDir?: string;
  /** stop after this migration instead of applying them all (tests of an upgrade) */
  migrateTo?: string;
}

export interface Store {
  db: Kysely<Database>;
  engine: "pglite" | "postgres";
  close(): Promise<void>;
}

// node-postgres returns bigint and numeric as strings; counts are cast in SQL, and
// double precision arrives as a number already
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  let pool: pg.Pool;
  let pglite: PGlite | null = null;
  let lock: DataDirLock | null = null;
  if (options.databaseUrl) {
    pool = new pg.Pool({ connectionString: options.databaseUrl, max: 8 });
  } else {
    const dataDir = options.dataDir ?? "./data/pglite";
    if (!dataDir.startsWith("memory://")) {
      mkdirSync(dataDir, { recursive: true });
      // before the database is opened: a second process must not touch a folder in use
      lock = lockDataDir(dataDir);
    }
    try {
      pglite = await PGlite.create({ dataDir });
    } catch (error) {
      lock?.release();
      throw error;
    }
    pool = new pg.Pool({ ...(createPgConfig(pglite) as unknown as pg.PoolConfig), max: 1 });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const migrator = new Migrator({ db, provider: migrationProvider });
    const { error, results } = await (options.migrateTo
      ? migrator.migrateTo(options.migrateTo)
      : migrator.migrateToLatest());
    const failed = results?.find((r) => r.status === "Error");
    if (error || failed)
      throw new Error(
        `数据库迁移失败 (migration failed): ${failed?.migrationName ?? ""} ${String(error).split("\n")[0].slice(0, 200)}`,
        // the database's own error, by which the edge tells a server out of reach in words
        { cause: error },
      );
  } catch (error) {
    await db.destroy();
    await pglite?.close();
    lock?.release();
    throw error;
  }
  return {
    db,
    engine: pglite ? "pglite" : "postgres",
    async close() {
      await db.destroy();
      await pglite?.close();
      lock?.release();
    },
  };
}

/**
 * Refreshes the planner's statistics. PostgreSQL's autovacuum does this by itself; PGlite runs
 * without it, and with no statistics every query is planned as a sequential scan (a rare search
 * term took 1.2 s at 20,000 documents, 4 ms after ANALYZE). The common words search_index
 * adds are read from them (migration 0024).
 */
export async function refreshStatistics(store: Store): Promise<void> {
  await sql`analyze`.execute(store.db);
  await refreshSearchWords(store);
}

/** The words search_index adds to the compact vectors of documents written from now on, read
 *  again from the planner's statistics (migration 0024). */
export async function refreshSearchWords(store: Store): Promise<void> {
  await sql`select search_words_refresh()`.execute(store.db);
}
