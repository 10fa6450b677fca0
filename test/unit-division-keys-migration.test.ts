// Migration 0022 re-keys the units of areas whose name several divisions share (鼓楼区) by their
// division's code, as the registry now keys them: a unit whose tasks' plans (or, where no plan
// decides, its registered code) say one division moves whole, accounts and seasons with it; a
// unit merged from two divisions (福州市's and 南京市's 鼓楼区司法局 in one row) is split — each
// task goes to its own division's unit — and what nothing decides (its account, a task of a plan
// of unknown division) stays under the old key, without a code. Other units keep their keys.
// On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { type Kysely, sql } from "kysely";
import { closePool } from "../src/ingest/pool.ts";
import type { Database } from "../src/store/schema.ts";
import { ingestText } from "./helpers/demo-plan.ts";
import { storeBefore } from "./helpers/migration.ts";
import { reopenableTargets } from "./helpers/store-targets.ts";

const MIGRATION = "0022_unit_division_keys";

const targets = reopenableTargets("fazhi-unit-keys-");

const report = (place: string) =>
  `${place}2023年法治政府建设年度报告\n2023年，${place}深入推进法治政府建设。全年受理行政复议案件25件。`;

const unit = (db: Kysely<Database>, key: string, name: string, area: string, code: string | null) =>
  sql`insert into units (key, name, short_name, area, area_code, level, agency, aliases)
    values (${key}, ${name}, ${name}, ${area}, ${code}, 'county', ${key.split(":")[1] ?? null}, '[]'::jsonb)`.execute(
    db,
  );

for (const target of targets) {
  describe(`migration 0022 on ${target.label}`, { timeout: 300_000 }, () => {
    after(async () => {
      target.cleanup?.();
      await closePool();
    });

    test("units of a shared name's area are keyed by their division; a merged one is split", async () => {
      const { old, filled, upgrade } = await storeBefore(target, MIGRATION, async (latest) => ({
        fuzhou: await ingestText(latest, "fuzhou.txt", report("福州市鼓楼区")),
        nanjing: await ingestText(latest, "nanjing.txt", report("南京市鼓楼区")),
        // a city's document: a 鼓楼区 unit named in it is the city's own 鼓楼区
        fuzhouCity: await ingestText(latest, "fuzhou-city.txt", report("福州市")),
        unknown: await ingestText(latest, "unknown.txt", report("开封市鼓楼区")),
      }));
      // a plan of 鼓楼区 whose division is not known (an older record)
      await sql`update documents set region_code = null where id = ${filled.unknown}`.execute(old.db);
      const ledger = async (documentId: number) =>
        (
          await old.db
            .insertInto("ledgers")
            .values({ document_id: documentId, title: "台账" })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
      const ledgers = {
        fuzhou: await ledger(filled.fuzhou),
        nanjing: await ledger(filled.nanjing),
        fuzhouCity: await ledger(filled.fuzhouCity),
        unknown: await ledger(filled.unknown),
      };
      const task = async (ledgerId: number, unit_key: string) =>
        (
          await old.db
            .insertInto("tasks")
            .values({ ledger_id: ledgerId, title: "任务", unit_name: "区单位", unit_key, role: "lead" })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
      const account = async (username: string, unit_key: string, unit_name: string) =>
        (
          await old.db
            .insertInto("users")
            .values({
              username,
              display_name: username,
              role: "unit",
              unit_key,
              unit_name,
              email: null,
              password_hash: "x",
            })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;

      // the merged unit: registered from 福州市's plan first, then 南京市's tasks joined it
      await unit(old.db, "鼓楼区:justice", "鼓楼区司法局", "鼓楼区", "350102");
      const merged = {
        fuzhou: await task(ledgers.fuzhou, "鼓楼区:justice"),
        nanjing: await task(ledgers.nanjing, "鼓楼区:justice"),
        unknown: await task(ledgers.unknown, "鼓楼区:justice"),
        account: await account("gulou-justice", "鼓楼区:justice", "鼓楼区司法局"),
      };
      // one division's: its tasks in 福州市鼓楼区's and 福州市's plans
      await unit(old.db, "鼓楼区:audit", "鼓楼区审计局", "鼓楼区", null);
      const audit = {
        own: await task(ledgers.fuzhou, "鼓楼区:audit"),
        city: await task(ledgers.fuzhouCity, "鼓楼区:audit"),
        account: await account("gulou-audit", "鼓楼区:audit", "鼓楼区审计局"),
      };
      // no task: the code the registry holds decides; without one, nothing does
      await unit(old.db, "鼓楼区:finance", "鼓楼区财政局", "鼓楼区", "320106");
      const finance = await account("gulou-finance", "鼓楼区:finance", "鼓楼区财政局");
      await unit(old.db, "鼓楼区:education", "鼓楼区教育局", "鼓楼区", null);
      const education = await account("gulou-education", "鼓楼区:education", "鼓楼区教育局");
      await unit(old.db, "长治市:justice", "长治市司法局", "长治市", "140400");
      const season = await old.db
        .insertInto("seasons")
        .values({
          year: 2023,
          title: "2023年度",
          submit_deadline: "2024-03-01",
          publish_deadline: "2024-04-01",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await old.db
        .insertInto("season_units")
        .values({
          season_id: season.id,
          unit_key: "鼓楼区:audit",
          unit_name: "鼓楼区审计局",
          region: "鼓楼区",
        })
        .execute();

      const store = await upgrade(MIGRATION);
      try {
        const units = await store.db
          .selectFrom("units")
          .select(["key", "name", "area_code"])
          .orderBy("key")
          .execute();
        assert.deepEqual(
          units.map((u) => [u.key, u.name, u.area_code]),
          [
            ["320106:finance", "鼓楼区财政局", "320106"],
            ["320106:justice", "鼓楼区司法局", "320106"],
            ["350102:audit", "鼓楼区审计局", "350102"],
            ["350102:justice", "鼓楼区司法局", "350102"],
            ["长治市:justice", "长治市司法局", "140400"],
            // the merged row keeps what nothing decides, and no code
            ["鼓楼区:education", "鼓楼区教育局", null],
            ["鼓楼区:justice", "鼓楼区司法局", null],
          ],
        );
        const keyOfTask = new Map(
          (await store.db.selectFrom("tasks").select(["id", "unit_key"]).execute()).map((t) => [
            t.id,
            t.unit_key,
          ]),
        );
        assert.equal(keyOfTask.get(merged.fuzhou), "350102:justice");
        assert.equal(keyOfTask.get(merged.nanjing), "320106:justice");
        assert.equal(keyOfTask.get(merged.unknown), "鼓楼区:justice");
        assert.equal(keyOfTask.get(audit.own), "350102:audit");
        assert.equal(keyOfTask.get(audit.city), "350102:audit");
        const keyOfUser = new Map(
          (await store.db.selectFrom("users").select(["id", "unit_key"]).execute()).map((u) => [
            u.id,
            u.unit_key,
          ]),
        );
        // the merged unit's account: nobody said which city's — it sees neither city's tasks now
        assert.equal(keyOfUser.get(merged.account), "鼓楼区:justice");
        assert.equal(keyOfUser.get(audit.account), "350102:audit");
        assert.equal(keyOfUser.get(finance), "320106:finance");
        assert.equal(keyOfUser.get(education), "鼓楼区:education");
        const roll = await store.db.selectFrom("season_units").select("unit_key").execute();
        assert.deepEqual(
          roll.map((r) => r.unit_key),
          ["350102:audit"],
        );
      } finally {
        await store.close();
      }
    });
  });
}
