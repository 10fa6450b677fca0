// A number that changes whenever what a search can answer changes: every transaction that
// writes `documents` or `search_index` (insert, update — publishing, re-analysis — delete,
// truncate) adds one to `search_generation.n`. A web process remembers a search's answer with
// the number it read before searching and answers from memory only while the number is the
// same, so several processes sharing one database never serve an answer older than the last
// committed write (commands/documents/search-cache.ts).
// The number is a row, not a sequence: a sequence's next value is taken before the writer
// commits, so a reader could read the new number and still search the data before the write,
// and keep that old answer under the new number. A row's new value becomes visible in the same
// commit as the write.
// The trigger is a constraint trigger deferred to the commit: the row is locked from just before
// the writer's commit to its end, so concurrent writers wait for each other only that long and
// never while holding other rows (an immediate statement trigger held it to the end of the
// transaction: two transactions writing the same document could deadlock on it). It adds one
// once a transaction however many rows it wrote (`fazhi.search_generation` marks it done).
import { type Kysely, type Migration, sql } from "kysely";

const TABLES = ["documents", "search_index"] as const;

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table search_generation (
      one boolean primary key default true check (one),
      n bigint not null
    )`.execute(db);
    await sql`insert into search_generation (one, n) values (true, 1)`.execute(db);
    await sql`create function search_generation_bump() returns trigger language plpgsql as $$
      begin
        if current_setting('fazhi.search_generation', true) = txid_current()::text then return null; end if;
        update search_generation set n = n + 1;
        perform set_config('fazhi.search_generation', txid_current()::text, true);
        return null;
      end $$`.execute(db);
    // TRUNCATE has no row triggers (and so no constraint trigger): a statement trigger for it
    await sql`create function search_generation_truncated() returns trigger language plpgsql as $$
      begin
        update search_generation set n = n + 1;
        return null;
      end $$`.execute(db);
    for (const table of TABLES) {
      await sql`create constraint trigger ${sql.raw(`${table}_search_generation`)}
        after insert or update or delete on ${sql.table(table)}
        deferrable initially deferred
        for each row execute function search_generation_bump()`.execute(db);
      await sql`create trigger ${sql.raw(`${table}_search_generation_truncate`)}
        after truncate on ${sql.table(table)}
        for each statement execute function search_generation_truncated()`.execute(db);
    }
  },
  async down(db: Kysely<unknown>) {
    for (const table of TABLES) {
      await sql`drop trigger if exists ${sql.raw(`${table}_search_generation`)} on ${sql.table(table)}`.execute(
        db,
      );
      await sql`drop trigger if exists ${sql.raw(`${table}_search_generation_truncate`)} on ${sql.table(table)}`.execute(
        db,
      );
    }
    await sql`drop function if exists search_generation_bump()`.execute(db);
    await sql`drop function if exists search_generation_truncated()`.execute(db);
    await sql`drop table if exists search_generation`.execute(db);
  },
};
