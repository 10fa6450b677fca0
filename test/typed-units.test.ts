// A season's or round's unit typed by name, before any plan registered it, is keyed as a plan's
// owner is (plan/owners.ts): 福州市鼓楼区司法局 typed in a season is 350102:justice, the unit of
// 区司法局 in 福州市鼓楼区's plan — it was keyed by its name as written, a second unit whose
// report and score no account of the plan's unit saw. PGlite always, PostgreSQL too when
// TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { createRound } from "../src/commands/assess/index.ts";
import { createSeason } from "../src/commands/season/index.ts";
import { createLedger } from "../src/commands/tasks/ledgers.ts";
import { closePool } from "../src/ingest/pool.ts";
import type { Store } from "../src/store/db.ts";
import { ingestText } from "./helpers/demo-plan.ts";
import { storeTargets } from "./helpers/store-targets.ts";

const plan = [
  "福州市鼓楼区法治政府建设实施方案（2021—2025年）",
  "为深入推进法治政府建设，结合我区实际，制定本方案。",
  "一、健全依法行政制度体系",
  "1.加强行政规范性文件备案审查，做到有件必备、有备必审、有错必纠。（牵头单位：区司法局；配合单位：区政府办公室；完成时限：长期坚持）",
  "2.按时报送上一年度法治政府建设情况报告。（牵头单位：区司法局；完成时限：每年3月底前）",
].join("\n");

const TYPED = ["福州市鼓楼区司法局", "福建省福州市台江区发改委", "长治市司法局", "各县（市、区）人民政府"];

for (const target of storeTargets()) {
  describe(`units typed in seasons and rounds on ${target.label}`, { timeout: 180_000 }, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(async () => {
      await store?.close();
      await closePool();
    });

    test("a season's typed units are keyed as plans key them, and a later plan's tasks are theirs", async () => {
      const { id } = await createSeason(store, SYSTEM_SCOPE, { year: 2023, units: TYPED });
      const roll = await store.db
        .selectFrom("season_units")
        .select(["unit_key", "unit_name", "region_code"])
        .where("season_id", "=", id)
        .orderBy("unit_name")
        .execute();
      assert.deepEqual(Object.fromEntries(roll.map((r) => [r.unit_name, [r.unit_key, r.region_code]])), {
        福州市鼓楼区司法局: ["350102:justice", "350102"],
        福建省福州市台江区发改委: ["台江区:development-reform", "350103"],
        长治市司法局: ["长治市:justice", "140400"],
        "各县（市、区）人民政府": ["各县(市、区)人民政府", null],
      });
      // nothing typed in a season is registered by it
      assert.equal((await store.db.selectFrom("units").select("key").execute()).length, 0);
      const documentId = await ingestText(store, "gulou.txt", plan);
      const ledger = await createLedger(store, SYSTEM_SCOPE, { documentId });
      const keys = await store.db
        .selectFrom("tasks")
        .select("unit_key")
        .distinct()
        .where("ledger_id", "=", ledger.id)
        .where("role", "=", "lead")
        .execute();
      assert.deepEqual(
        keys.map((k) => k.unit_key),
        ["350102:justice"],
      );
    });

    test("a round's typed units are keyed as plans key them", async () => {
      const { id } = await createRound(store, SYSTEM_SCOPE, {
        system: "dept-kaohe",
        year: 2023,
        units: [{ name: "南京市鼓楼区司法局" }, { name: "福州市台江区发改委" }],
      });
      const units = await store.db
        .selectFrom("assess_units")
        .select(["unit_key", "unit_name"])
        .where("round_id", "=", id)
        .orderBy("unit_name")
        .execute();
      assert.deepEqual(
        units.map((u) => [u.unit_name, u.unit_key]),
        [
          ["南京市鼓楼区司法局", "320106:justice"],
          ["福州市台江区发改委", "台江区:development-reform"],
        ],
      );
    });
  });
}
