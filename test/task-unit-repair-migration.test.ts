// Migration 0020 gives a task written under a unit key that was moved away (市司法局's
// `市:justice`, placed as `长治市:justice` while its ledger was made, before 81bd0ec) the unit
// it was moved to — only when exactly one unit has the task's written name and the same agency.
// On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { type Kysely, sql } from "kysely";
import { closePool } from "../src/ingest/pool.ts";
import type { Database } from "../src/store/schema.ts";
import { planStoreBefore } from "./helpers/migration.ts";
import { reopenableTargets } from "./helpers/store-targets.ts";

const MIGRATION = "0020_dangling_task_units";

const targets = reopenableTargets("fazhi-unit-repair-");

const unit = (
  db: Kysely<Database>,
  key: string,
  name: string,
  area: string,
  agency: string,
  aliases: string[],
) =>
  sql`insert into units (key, name, short_name, area, level, agency, aliases)
    values (${key}, ${name}, ${aliases[0] ?? name}, ${area}, 'city', ${agency}, ${JSON.stringify(aliases)}::jsonb)
    on conflict (key) do update set aliases = excluded.aliases`.execute(db);

for (const target of targets) {
  describe(`migration 0020 on ${target.label}`, { timeout: 300_000 }, () => {
    after(async () => {
      target.cleanup?.();
      await closePool();
    });

    test("a task left under a moved unit's old key counts under the unit it was moved to", async () => {
      const { old, ledgerId, upgrade } = await planStoreBefore(target, MIGRATION);
      // 市司法局 placed in 长治市; 市财政局 is registered in two cities
      await unit(old.db, "长治市:justice", "长治市司法局", "长治市", "justice", ["市司法局"]);
      await unit(old.db, "长治市:finance", "长治市财政局", "长治市", "finance", ["市财政局"]);
      await unit(old.db, "龙岩市:finance", "龙岩市财政局", "龙岩市", "finance", ["市财政局"]);
      const task = async (
        title: string,
        unit_name: string,
        unit_key: string,
        collective: string | null = null,
      ) =>
        (
          await old.db
            .insertInto("tasks")
            .values({ ledger_id: ledgerId, title, unit_name, unit_key, role: "lead", collective })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
      const cases: Array<[number, string]> = [
        // [task, its key expected after]
        [await task("moved", "市司法局", "市:justice"), "长治市:justice"],
        [await task("two candidates", "市财政局", "市:finance"), "市:finance"],
        // the name matches, the agency does not: not the unit it was moved from
        [await task("other agency", "市司法局", "市:audit"), "市:audit"],
        // a collective's tasks are not this repair's to touch
        [await task("collective", "市司法局", "市:justice", "市直各相关单位"), "市:justice"],
        // a task already under its unit stays there
        [await task("registered", "市财政局", "龙岩市:finance"), "龙岩市:finance"],
      ];

      // 0020 alone: 0021 breaks its ties by the plan's area (test/area-codes-migration.test.ts)
      const store = await upgrade(MIGRATION);
      try {
        const rows = await store.db
          .selectFrom("tasks")
          .leftJoin("units", "units.key", "tasks.unit_key")
          .select(["tasks.id", "tasks.unit_key", "units.name"])
          .where("tasks.ledger_id", "=", ledgerId)
          .orderBy("tasks.id")
          .execute();
        assert.deepEqual(
          rows.map((r) => [r.id, r.unit_key]),
          cases,
        );
        // the repaired task now joins its unit (督办 lists and unit views join on units)
        assert.equal(rows[0].name, "长治市司法局");
        assert.equal(rows[1].name, null);
      } finally {
        await store.close();
      }
    });
  });
}
