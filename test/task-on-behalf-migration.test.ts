// Migration 0019 stores 代为填报 with each task update, filled in for the updates made before
// from what the audit log recorded then: the entry naming the unit reported for, else the
// author's role at the time (from the audited account edits), else the role now. An account
// whose role changed later keeps the labels its reports had. On PGlite, and on PostgreSQL when
// TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { type Kysely, sql } from "kysely";
import { closePool } from "../src/ingest/pool.ts";
import type { Database } from "../src/store/schema.ts";
import { planStoreBefore } from "./helpers/migration.ts";
import { reopenableTargets } from "./helpers/store-targets.ts";

const MIGRATION = "0019_task_update_on_behalf";

const targets = reopenableTargets("fazhi-on-behalf-");

/** An account as it is now; its audited history is written apart. */
async function user(db: Kysely<Database>, username: string, role: string) {
  const { rows } = await sql<{ id: number }>`
    insert into users (username, display_name, role, password_hash, unit_key, unit_name)
    values (${username}, ${username}, ${role}, 'x', ${role === "unit" ? "sfj" : null}, ${role === "unit" ? "市司法局" : null})
    returning id`.execute(db);
  return rows[0].id;
}

const audit = (
  db: Kysely<Database>,
  at: string,
  userId: number | null,
  action: string,
  entity: string,
  entityId: number,
  before: object | null,
  after: object | null,
) =>
  sql`insert into audit_log (at, user_id, action, entity, entity_id, before, after)
    values (${at}, ${userId}, ${action}, ${entity}, ${String(entityId)},
      ${before && JSON.stringify(before)}::json, ${after && JSON.stringify(after)}::json)`.execute(db);

/** An admin's audited edit of an account's role. */
const roleChanged = (db: Kysely<Database>, at: string, by: number, id: number, from: string, to: string) =>
  audit(db, at, by, "update", "user", id, { role: from }, { role: to });

for (const target of targets) {
  describe(`migration 0019 on ${target.label}`, { timeout: 300_000 }, () => {
    after(async () => {
      target.cleanup?.();
      await closePool();
    });

    test("代为填报 is filled in from the audit log as it was when each report was made", async () => {
      const { old, ledgerId, upgrade } = await planStoreBefore(target, MIGRATION);
      const task = await old.db
        .insertInto("tasks")
        .values({ ledger_id: ledgerId, title: "任务", unit_name: "市司法局", unit_key: "sfj", role: "lead" })
        .returning("id")
        .executeTakeFirstOrThrow();
      // an office account never edited; a unit account never edited
      const office = await user(old.db, "office", "coordinator");
      const unit = await user(old.db, "unit", "unit");
      // an office account made a unit account after its report
      const demoted = await user(old.db, "demoted", "unit");
      await audit(old.db, "2024-01-01T00:00:00Z", office, "create", "user", demoted, null, {
        role: "coordinator",
      });
      await roleChanged(old.db, "2024-03-01T00:00:00Z", office, demoted, "coordinator", "unit");
      // a unit account made an office account after its report (no audited creation)
      const promoted = await user(old.db, "promoted", "coordinator");
      await roleChanged(old.db, "2024-03-01T00:00:00Z", office, promoted, "unit", "coordinator");
      // a unit account now whose report's audit entry named the unit reported for
      const named = await user(old.db, "named", "unit");

      const updates: Array<[string, number | null, string, string, boolean]> = [
        // [text, author, kind, when, 代为填报 expected]
        ["office reports", office, "progress", "2024-02-01T00:00:00Z", true],
        ["office asks closure", office, "closure_request", "2024-02-02T00:00:00Z", true],
        ["office chases", office, "chase", "2024-02-03T00:00:00Z", false],
        ["unit reports", unit, "progress", "2024-02-04T00:00:00Z", false],
        ["demoted reported as office", demoted, "progress", "2024-02-05T00:00:00Z", true],
        ["demoted reports as unit", demoted, "progress", "2024-04-01T00:00:00Z", false],
        ["promoted reported as unit", promoted, "progress", "2024-02-06T00:00:00Z", false],
        ["promoted reports as office", promoted, "progress", "2024-04-02T00:00:00Z", true],
        ["named in the audit", named, "progress", "2024-02-07T00:00:00Z", true],
        ["no author", null, "progress", "2024-02-08T00:00:00Z", false],
      ];
      for (const [text, author, kind, at] of updates)
        await sql`insert into task_updates (task_id, user_id, kind, text, created_at)
          values (${task.id}, ${author}, ${kind}, ${text}, ${at})`.execute(old.db);
      await audit(old.db, "2024-02-07T00:00:00Z", named, "progress", "task", task.id, null, {
        onBehalfOf: "市司法局",
      });
      // an entry of another moment names no update of this one
      await audit(old.db, "2024-02-04T00:00:01Z", unit, "progress", "task", task.id, null, {
        onBehalfOf: "市司法局",
      });

      const store = await upgrade();
      try {
        const rows = await store.db
          .selectFrom("task_updates")
          .select(["text", "on_behalf"])
          .orderBy("id")
          .execute();
        assert.deepEqual(
          rows.map((r) => [r.text, r.on_behalf]),
          updates.map(([text, , , , expected]) => [text, expected]),
        );
        // new updates default to their own report
        await sql`insert into task_updates (task_id, user_id, kind, text) values (${task.id}, ${unit}, 'progress', '新')`.execute(
          store.db,
        );
        const fresh = await store.db
          .selectFrom("task_updates")
          .select("on_behalf")
          .where("text", "=", "新")
          .executeTakeFirstOrThrow();
        assert.equal(fresh.on_behalf, false);
      } finally {
        await store.close();
      }
    });
  });
}
