// A task keeps the term its measure gives instead of a date (长期坚持, 每年3月底前): without a
// ledger period such a task has no due date, and "未明确" told the unit nothing the plan said.
// Tasks made before stay without one (their measures' terms were not read then).
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table tasks add column if not exists term text`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`alter table tasks drop column if exists term`.execute(db);
  },
};
