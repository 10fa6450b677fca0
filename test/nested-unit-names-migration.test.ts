// Migration 0023 re-keys the units registered under a full nested name (福州市台江区司法局, keyed
// by that name, area 福州市) to the key today's plans give the same name (台江区:justice; a shared
// district's by its code, 350102:justice): merged into that unit when it is registered (accounts,
// tasks, seasons with it), else re-keyed in place. A name that does not decide (鼓楼区 first: no
// city) stays. The migration reads names without today's code: its reading must agree with it.
// On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { type Kysely, sql } from "kysely";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { listUsers } from "../src/commands/users/users.ts";
import { closePool } from "../src/ingest/pool.ts";
import { unitOf } from "../src/plan/owners.ts";
import { nestedKey } from "../src/store/migrations/0023_nested_unit_names.ts";
import type { Database } from "../src/store/schema.ts";
import { ingestDemoPlan } from "./helpers/demo-plan.ts";
import { storeBefore } from "./helpers/migration.ts";
import { reopenableTargets } from "./helpers/store-targets.ts";

const MIGRATION = "0023_nested_unit_names";

test("the migration reads a nested name as today's plans do, and leaves what does not decide", () => {
  const decided = [
    "福州市台江区司法局",
    "福建省福州市台江区司法局",
    "福州市鼓楼区司法局",
    "南京市鼓楼区人民政府办公室",
    "福州市台江区政务服务中心",
    "南京市鼓楼区发改委",
    "福州市台江区茶亭街道服务站",
    "南京市鼓楼区城市管理综合执法大队",
    "山西省长治市司法局",
    "湖南省张家界市永定区财政局",
  ];
  for (const name of decided) {
    const read = nestedKey(name);
    assert.ok(read, name);
    assert.equal(read.key, unitOf(name, { region: null }).key, name);
  }
  // no city before 鼓楼区; a city's own unit; 长治市 has no 鼓楼区; a word 区域; 城区 (a word too)
  for (const name of [
    "鼓楼区司法局",
    "长治市司法局",
    "长治市鼓楼区司法局",
    "福州市台江区域管理中心",
    "长治市城区司法局",
    "台江区司法局",
  ])
    assert.equal(nestedKey(name), undefined, name);
});

const targets = reopenableTargets("fazhi-nested-units-");

const unit = (db: Kysely<Database>, name: string, area: string, code: string | null, level: string) =>
  sql`insert into units (key, name, short_name, area, area_code, level, agency, aliases)
    values (${name}, ${name}, ${`市${name.slice(area.length)}`}, ${area}, ${code}, ${level}, null, '[]'::jsonb)`.execute(
    db,
  );

for (const target of targets) {
  describe(`migration 0023 on ${target.label}`, { timeout: 300_000 }, () => {
    after(async () => {
      target.cleanup?.();
      await closePool();
    });

    test("units keyed by a full nested name join the unit the name is today", async () => {
      const { old, filled: documentId, upgrade } = await storeBefore(target, MIGRATION, ingestDemoPlan);
      const ledger = (
        await old.db
          .insertInto("ledgers")
          .values({ document_id: documentId, title: "台账" })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
      const task = async (unit_key: string) =>
        (
          await old.db
            .insertInto("tasks")
            .values({ ledger_id: ledger, title: "任务", unit_name: unit_key, unit_key, role: "lead" })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
      const account = async (username: string, unit_key: string) =>
        (
          await old.db
            .insertInto("users")
            .values({
              username,
              display_name: username,
              role: "unit",
              unit_key,
              unit_name: unit_key,
              email: null,
              password_hash: "x",
            })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
      // the old row and the unit a newer plan registered for the same department
      await unit(old.db, "福州市台江区司法局", "福州市", "350100", "city");
      await sql`insert into units (key, name, short_name, area, area_code, level, agency, aliases)
        values ('台江区:justice', '台江区司法局', '区司法局', '台江区', '350103', 'county', 'justice', '[]'::jsonb)`.execute(
        old.db,
      );
      // a shared district's, not registered under today's key yet; an unknown agency's
      await unit(old.db, "南京市鼓楼区司法局", "南京市", "320100", "city");
      await unit(old.db, "福州市台江区茶亭街道服务站", "福州市", "350100", "city");
      // names that decide nothing stay
      await unit(old.db, "长治市城区司法局", "长治市", "140400", "city");
      await unit(old.db, "长治市某某中心", "长治市", "140400", "city");
      // units 0022 left without a division, with their accounts: one division's unit registered
      // beside it (the account is that one's), or two (the admin chooses)
      const shared = (key: string, code: string | null) =>
        sql`insert into units (key, name, short_name, area, area_code, level, agency, aliases)
          values (${key}, ${key.endsWith("audit") ? "鼓楼区审计局" : "鼓楼区财政局"}, '区局', '鼓楼区', ${code},
            'county', ${key.split(":")[1]}, '[]'::jsonb)`.execute(old.db);
      await shared("鼓楼区:audit", null);
      await shared("350102:audit", "350102");
      await shared("鼓楼区:finance", null);
      await shared("350102:finance", "350102");
      await shared("320106:finance", "320106");
      const tasks = {
        oldJustice: await task("福州市台江区司法局"),
        newJustice: await task("台江区:justice"),
        nanjing: await task("南京市鼓楼区司法局"),
        centre: await task("福州市台江区茶亭街道服务站"),
        chengqu: await task("长治市城区司法局"),
      };
      const accounts = {
        oldJustice: await account("taijiang-justice", "福州市台江区司法局"),
        nanjing: await account("gulou-justice", "南京市鼓楼区司法局"),
        audit: await account("gulou-audit", "鼓楼区:audit"),
        finance: await account("gulou-finance", "鼓楼区:finance"),
      };
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
        .values([
          {
            season_id: season.id,
            unit_key: "福州市台江区司法局",
            unit_name: "福州市台江区司法局",
            region: "台江区",
          },
          {
            season_id: season.id,
            unit_key: "南京市鼓楼区司法局",
            unit_name: "南京市鼓楼区司法局",
            region: "鼓楼区",
          },
        ])
        .execute();

      const store = await upgrade(MIGRATION);
      try {
        const units = await store.db
          .selectFrom("units")
          .select(["key", "name", "area", "area_code", "agency", "aliases"])
          .orderBy("key")
          .execute();
        assert.deepEqual(
          units.map((u) => [u.key, u.name, u.area, u.area_code, u.agency]),
          [
            ["320106:finance", "鼓楼区财政局", "鼓楼区", "320106", "finance"],
            ["320106:justice", "南京市鼓楼区司法局", "鼓楼区", "320106", "justice"],
            ["350102:audit", "鼓楼区审计局", "鼓楼区", "350102", "audit"],
            ["350102:finance", "鼓楼区财政局", "鼓楼区", "350102", "finance"],
            ["台江区:justice", "台江区司法局", "台江区", "350103", "justice"],
            ["台江区茶亭街道服务站", "福州市台江区茶亭街道服务站", "台江区", "350103", null],
            ["长治市城区司法局", "长治市城区司法局", "长治市", "140400", null],
            ["长治市某某中心", "长治市某某中心", "长治市", "140400", null],
            ["鼓楼区:finance", "鼓楼区财政局", "鼓楼区", null, "finance"],
          ],
        );
        // the old name is the merged unit's other name, found when searched
        assert.ok(units.find((u) => u.key === "台江区:justice")?.aliases.includes("福州市台江区司法局"));
        const keyOfTask = new Map(
          (await store.db.selectFrom("tasks").select(["id", "unit_key"]).execute()).map((t) => [
            t.id,
            t.unit_key,
          ]),
        );
        assert.equal(keyOfTask.get(tasks.oldJustice), "台江区:justice");
        assert.equal(keyOfTask.get(tasks.newJustice), "台江区:justice");
        assert.equal(keyOfTask.get(tasks.nanjing), "320106:justice");
        assert.equal(keyOfTask.get(tasks.centre), "台江区茶亭街道服务站");
        assert.equal(keyOfTask.get(tasks.chengqu), "长治市城区司法局");
        const users = await store.db.selectFrom("users").select(["id", "unit_key", "unit_name"]).execute();
        const userOf = (id: number) => users.find((u) => u.id === id);
        assert.deepEqual(
          [userOf(accounts.oldJustice)?.unit_key, userOf(accounts.oldJustice)?.unit_name],
          ["台江区:justice", "台江区司法局"],
        );
        assert.equal(userOf(accounts.nanjing)?.unit_key, "320106:justice");
        assert.deepEqual(
          [userOf(accounts.audit)?.unit_key, userOf(accounts.audit)?.unit_name],
          ["350102:audit", "鼓楼区审计局"],
        );
        assert.equal(userOf(accounts.finance)?.unit_key, "鼓楼区:finance");
        // the one left is shown to the admin as needing its unit
        const listed = await listUsers(store, SYSTEM_SCOPE, { page: 1, pageSize: 50 });
        const notices = Object.fromEntries(listed.items.map((u) => [u.username, u.unit_notice]));
        assert.deepEqual(notices, {
          "taijiang-justice": null,
          "gulou-justice": null,
          "gulou-audit": null,
          "gulou-finance":
            "单位所属地区未定：名录中有南京市、福州市的鼓楼区财政局，本账号看不到其任务，请编辑账号重新选择单位",
        });
        const roll = await store.db
          .selectFrom("season_units")
          .select("unit_key")
          .orderBy("unit_key")
          .execute();
        assert.deepEqual(
          roll.map((r) => r.unit_key),
          ["320106:justice", "台江区:justice"],
        );
      } finally {
        await store.close();
      }
    });
  });
}
