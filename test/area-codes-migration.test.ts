// Migration 0021 gives the areas already stored their division codes: a document the code its
// record says (meta.division), else the code of the only division of its region's name; a unit
// the code of its area's name, else of the plans its tasks came from; a season's unit the code
// of its name. A shared name (鼓楼区) with nothing to say which division stays null — never a
// guess. A task 0020 left between two units (two cities' 市财政局) goes to the one in its plan's
// area. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { type Kysely, sql } from "kysely";
import { closePool } from "../src/ingest/pool.ts";
import type { Database } from "../src/store/schema.ts";
import { ingestText } from "./helpers/demo-plan.ts";
import { storeBefore } from "./helpers/migration.ts";
import { reopenableTargets } from "./helpers/store-targets.ts";

const MIGRATION = "0021_area_codes";

const targets = reopenableTargets("fazhi-area-codes-");

const report = (place: string) =>
  `${place}2023年法治政府建设年度报告\n2023年，${place}深入推进法治政府建设。全年受理行政复议案件25件。`;

/** A record analysed before engine 0.2.13 kept no division beside its region. */
const withoutDivision = (db: Kysely<Database>, documentId: number) =>
  sql`update analyses set record = (record::jsonb #- '{meta,division}')::json
    where document_id = ${documentId}`.execute(db);

const unit = (db: Kysely<Database>, key: string, area: string) =>
  sql`insert into units (key, name, short_name, area, level, agency, aliases)
    values (${key}, ${key}, ${key}, ${area}, 'county', null, '[]'::jsonb)`.execute(db);

const alias = (db: Kysely<Database>, key: string, area: string, written: string) =>
  sql`insert into units (key, name, short_name, area, level, agency, aliases)
    values (${key}, ${key}, ${written}, ${area}, 'city', ${key.split(":")[1]}, ${JSON.stringify([written])}::jsonb)`.execute(
    db,
  );

for (const target of targets) {
  describe(`migration 0021 on ${target.label}`, { timeout: 300_000 }, () => {
    after(async () => {
      target.cleanup?.();
      await closePool();
    });

    test("areas stored by name get their division codes; a shared name without one stays null", async () => {
      // the reports stored by today's code, then the database taken back to before 0021
      const { old, filled, upgrade } = await storeBefore(target, MIGRATION, async (latest) => {
        const ids = {
          fuzhou: await ingestText(latest, "fuzhou.txt", report("福州市鼓楼区")),
          nanjing: await ingestText(latest, "nanjing.txt", report("南京市鼓楼区")),
          changzhi: await ingestText(latest, "changzhi.txt", report("长治市")),
        };
        // older records: 南京市's 鼓楼区 says nothing of its city any more, 长治市 is one division
        await withoutDivision(latest.db, ids.nanjing);
        await withoutDivision(latest.db, ids.changzhi);
        return ids;
      });
      const { fuzhou, nanjing, changzhi } = filled;

      await unit(old.db, "长治市:justice", "长治市");
      await unit(old.db, "鼓楼区:audit", "鼓楼区");
      await unit(old.db, "鼓楼区:justice", "鼓楼区");
      // 鼓楼区:audit has a task in 福州市鼓楼区's plan; 鼓楼区:justice none
      const ledger = await old.db
        .insertInto("ledgers")
        .values({ document_id: fuzhou, title: "台账" })
        .returning("id")
        .executeTakeFirstOrThrow();
      await old.db
        .insertInto("tasks")
        .values({
          ledger_id: ledger.id,
          title: "审计",
          unit_name: "区审计局",
          unit_key: "鼓楼区:audit",
          role: "lead",
        })
        .execute();
      // left by 0020 between two cities' 财政局 (both have the alias 市财政局): 长治市's plan
      // means 长治市's; 福州市鼓楼区's plan has neither city's
      await alias(old.db, "长治市:finance", "长治市", "市财政局");
      await alias(old.db, "龙岩市:finance", "龙岩市", "市财政局");
      const plan = await old.db
        .insertInto("ledgers")
        .values({ document_id: changzhi, title: "长治台账" })
        .returning("id")
        .executeTakeFirstOrThrow();
      const between = async (ledgerId: number) =>
        (
          await old.db
            .insertInto("tasks")
            .values({
              ledger_id: ledgerId,
              title: "财政",
              unit_name: "市财政局",
              unit_key: "市:finance",
              role: "lead",
            })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
      const inChangzhi = await between(plan.id);
      const inFuzhou = await between(ledger.id);

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
            unit_key: "长治市:government",
            unit_name: "长治市人民政府",
            region: "长治市",
          },
          {
            season_id: season.id,
            unit_key: "鼓楼区:government",
            unit_name: "鼓楼区人民政府",
            region: "鼓楼区",
          },
        ])
        .execute();

      const store = await upgrade(MIGRATION);
      try {
        const docs = await store.db
          .selectFrom("documents")
          .select(["id", "region_code"])
          .orderBy("id")
          .execute();
        assert.deepEqual(
          docs.map((d) => [d.id, d.region_code]),
          [
            [fuzhou, "350102"], // from its record
            [nanjing, null], // 鼓楼区 alone: four divisions, none guessed
            [changzhi, "140400"], // the only 长治市
          ],
        );
        const units = await store.db
          .selectFrom("units")
          .select(["key", "area_code"])
          .orderBy("key")
          .execute();
        assert.deepEqual(
          units.map((u) => [u.key, u.area_code]),
          [
            ["长治市:finance", "140400"],
            ["长治市:justice", "140400"],
            ["鼓楼区:audit", "350102"], // its task's plan is 福州市's 鼓楼区
            ["鼓楼区:justice", null],
            ["龙岩市:finance", "350800"],
          ],
        );
        const placed = await store.db.selectFrom("tasks").select(["id", "unit_key"]).orderBy("id").execute();
        assert.deepEqual(
          placed.filter((t) => [inChangzhi, inFuzhou].includes(t.id)).map((t) => [t.id, t.unit_key]),
          [
            [inChangzhi, "长治市:finance"],
            [inFuzhou, "市:finance"],
          ],
        );
        const roll = await store.db
          .selectFrom("season_units")
          .select(["unit_key", "region_code"])
          .orderBy("unit_key")
          .execute();
        assert.deepEqual(
          roll.map((u) => [u.unit_key, u.region_code]),
          [
            ["长治市:government", "140400"],
            ["鼓楼区:government", null],
          ],
        );
      } finally {
        await store.close();
      }
    });
  });
}
