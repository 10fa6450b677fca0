// Units of divisions that share a name (鼓楼区 of 福州市 and of 南京市) are two units: each
// city's 鼓楼区司法局 has its own registry row, keyed by its division's code, and an account of
// one sees that unit's tasks only — when both were one row, an account of 鼓楼区司法局 saw both
// cities' tasks. A plan's nested names (福州市鼓楼区司法局) are the district's unit. PGlite
// always, PostgreSQL too when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Caller, SYSTEM_SCOPE, scopeOf } from "../src/commands/access/scope.ts";
import { createLedger } from "../src/commands/tasks/ledgers.ts";
import { dashboard } from "../src/commands/season/dashboard.ts";
import { createSeason, unitCandidates } from "../src/commands/season/seasons.ts";
import { listTasks } from "../src/commands/tasks/tasks.ts";
import { listUnits, resolveOwners } from "../src/commands/units/registry.ts";
import { createUser, listUsers } from "../src/commands/users/users.ts";
import { closePool } from "../src/ingest/pool.ts";
import { unitLabels } from "../src/labels.ts";
import type { Store } from "../src/store/db.ts";
import { ingestText } from "./helpers/demo-plan.ts";
import { storeTargets } from "./helpers/store-targets.ts";

/** A district's plan with measures led by its 司法局 (as 区司法局) and 政府办公室. */
const plan = (city: string) =>
  [
    `${city}鼓楼区法治政府建设实施方案（2021—2025年）`,
    "为深入推进法治政府建设，结合我区实际，制定本方案。",
    "一、健全依法行政制度体系",
    "1.加强行政规范性文件备案审查，做到有件必备、有备必审、有错必纠。（牵头单位：区司法局；配合单位：区政府办公室；完成时限：长期坚持）",
    "2.按时报送上一年度法治政府建设情况报告。（牵头单位：区司法局；完成时限：每年3月底前）",
  ].join("\n");

const page = { page: 1, pageSize: 100 };
const ON = "2026-01-15";

for (const target of storeTargets()) {
  describe(`units of same-named divisions on ${target.label}`, { timeout: 180_000 }, () => {
    let store: Store;
    const ledgers: Record<string, number> = {};
    before(async () => {
      store = await target.open();
      for (const city of ["福州市", "南京市"]) {
        const documentId = await ingestText(store, `${city}.txt`, plan(city));
        ledgers[city] = (await createLedger(store, SYSTEM_SCOPE, { documentId })).id;
      }
    });
    after(async () => {
      await store?.close();
      await closePool();
    });

    const justice = () =>
      store.db
        .selectFrom("units")
        .select(["key", "name", "area", "area_code"])
        .where("name", "=", "鼓楼区司法局")
        .orderBy("area_code")
        .execute();

    test("each city's 鼓楼区司法局 is its own unit, with its division's code", async () => {
      const rows = await justice();
      assert.deepEqual(
        rows.map((r) => [r.name, r.area, r.area_code]),
        [
          ["鼓楼区司法局", "鼓楼区", "320106"],
          ["鼓楼区司法局", "鼓楼区", "350102"],
        ],
      );
      assert.notEqual(rows[0].key, rows[1].key);
    });

    test("an account of 福州市's 鼓楼区司法局 sees its tasks only, never 南京市's", async () => {
      const fuzhou = (await justice()).find((r) => r.area_code === "350102");
      assert.ok(fuzhou);
      const user = await createUser(store, SYSTEM_SCOPE, {
        username: "gulou-fz",
        displayName: "鼓楼区司法局（福州）",
        role: "unit",
        unitKey: fuzhou.key,
        password: "Gulou-Fuzhou-2026!",
      });
      const caller: Caller = {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        role: "unit",
        unitName: user.unit_name,
        unitKey: user.unit_key,
      };
      assert.equal(caller.unitKey, fuzhou.key);
      const seen = await listTasks(store, scopeOf(caller), page, ON);
      assert.equal(seen.total, 2);
      assert.deepEqual(new Set(seen.items.map((t) => t.ledger_id)), new Set([ledgers.福州市]));
    });

    test("a nested name in a city's plan is the district's unit (福州市鼓楼区司法局)", async () => {
      const context = { region: "福州市", code: "350100" };
      const owners = await resolveOwners(
        store.db,
        ["福州市鼓楼区司法局", "鼓楼区司法局", "福州市鼓楼区人民政府"],
        context,
      );
      const fuzhou = (await justice()).find((r) => r.area_code === "350102");
      for (const written of ["福州市鼓楼区司法局", "鼓楼区司法局"]) {
        const r = owners.get(written);
        assert.ok(r && !r.collective, written);
        assert.equal(r.unit.key, fuzhou?.key, written);
        assert.equal(r.unit.areaCode, "350102", written);
      }
      const government = owners.get("福州市鼓楼区人民政府");
      assert.ok(government && !government.collective);
      assert.equal(government.unit.name, "鼓楼区人民政府");
      assert.equal(government.unit.areaCode, "350102");
      // 南京市's, written so in 南京市's own plan
      const nanjing = (
        await resolveOwners(store.db, ["南京市鼓楼区人民政府"], { region: "南京市", code: "320100" })
      ).get("南京市鼓楼区人民政府");
      assert.ok(nanjing && !nanjing.collective);
      assert.equal(nanjing.unit.areaCode, "320106");
      assert.notEqual(nanjing.unit.key, government.unit.key);
    });

    test("the registry shows the two with their cities", async () => {
      const listed = await listUnits(store, SYSTEM_SCOPE, { q: "鼓楼区司法局", ...page });
      const label = unitLabels(listed.items);
      const labels = listed.items.map(label).sort();
      assert.deepEqual(labels, ["鼓楼区司法局（南京市）", "鼓楼区司法局（福州市）"]);
    });

    test("a season's candidates name each city's unit; picked by key, each reports for its division", async () => {
      const nanjing = (await justice()).find((r) => r.area_code === "320106");
      assert.ok(nanjing);
      await createUser(store, SYSTEM_SCOPE, {
        username: "gulou-nj",
        displayName: "鼓楼区司法局（南京）",
        role: "unit",
        unitKey: nanjing.key,
        password: "Gulou-Nanjing-2026!",
      });
      // the admin's account list tells the two accounts' units apart as well
      const accounts = (await listUsers(store, SYSTEM_SCOPE, page)).items.map((u) => ({
        name: u.unit_name ?? "",
        area_code: u.unit_area_code,
      }));
      assert.deepEqual(accounts.map(unitLabels(accounts)).sort(), [
        "鼓楼区司法局（南京市）",
        "鼓楼区司法局（福州市）",
      ]);
      const candidates = await unitCandidates(store, SYSTEM_SCOPE);
      assert.deepEqual(candidates.map((u) => u.label).sort(), [
        "鼓楼区司法局（南京市）",
        "鼓楼区司法局（福州市）",
      ]);
      const season = await createSeason(store, SYSTEM_SCOPE, {
        year: 2025,
        units: candidates.map((u) => u.key),
      });
      const roll = await store.db
        .selectFrom("season_units")
        .select(["unit_key", "unit_name", "region_code"])
        .where("season_id", "=", season.id)
        .orderBy("region_code")
        .execute();
      assert.deepEqual(
        roll.map((r) => [r.unit_name, r.region_code]),
        [
          ["鼓楼区司法局", "320106"],
          ["鼓楼区司法局", "350102"],
        ],
      );
      // the season's roll, rates and reminders tell the two apart as the picker did
      const board = await dashboard(store, SYSTEM_SCOPE, season.id, new Date(`${ON}T08:00:00+08:00`));
      assert.deepEqual(board.rows.map((r) => r.unit.unit_name).sort(), [
        "鼓楼区司法局（南京市）",
        "鼓楼区司法局（福州市）",
      ]);
      assert.deepEqual(board.reminders.map((r) => r.unitName).sort(), [
        "鼓楼区司法局（南京市）",
        "鼓楼区司法局（福州市）",
      ]);
    });
  });
}

// A deployment in a district whose name other divisions share (福州市鼓楼区): its units are keyed
// by the district's code (350102:justice). An account named before the first ledger (区司法局,
// 司法局) must land on the same unit as the ledger's tasks, as it did when both were 鼓楼区:justice.
for (const target of storeTargets()) {
  describe(`a 鼓楼区 deployment's accounts on ${target.label}`, { timeout: 180_000 }, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(async () => {
      await store?.close();
      await closePool();
    });

    const account = async (username: string, unitName: string): Promise<Caller> => {
      const user = await createUser(store, SYSTEM_SCOPE, {
        username,
        displayName: username,
        role: "unit",
        unitName,
        password: "Gulou-Justice-2026!",
      });
      const row = await store.db
        .selectFrom("users")
        .select(["unit_key", "unit_name"])
        .where("id", "=", user.id)
        .executeTakeFirstOrThrow();
      return {
        id: user.id,
        username,
        displayName: username,
        role: "unit",
        unitName: row.unit_name,
        unitKey: row.unit_key,
      };
    };
    const reread = async (c: Caller): Promise<Caller> => ({
      ...c,
      unitKey: (
        await store.db.selectFrom("users").select("unit_key").where("id", "=", c.id).executeTakeFirstOrThrow()
      ).unit_key,
    });

    test("an account named before the first ledger, and one named after, see the district's tasks", async () => {
      const early = await account("gulou-early", "区司法局");
      // named in full before any plan said which 鼓楼区: no code yet
      const full = await account("gulou-full", "鼓楼区司法局");
      const documentId = await ingestText(store, "福州市.txt", plan("福州市"));
      await createLedger(store, SYSTEM_SCOPE, { documentId });
      const late = await account("gulou-late", "司法局");
      const units = await store.db
        .selectFrom("units")
        .select(["key", "area_code"])
        .where("name", "=", "鼓楼区司法局")
        .execute();
      // one 鼓楼区司法局, of 福州市's 鼓楼区: not a second one without a code beside it
      assert.deepEqual(
        units.map((u) => u.area_code),
        ["350102"],
      );
      for (const caller of [await reread(early), await reread(full), late]) {
        assert.equal(caller.unitKey, units[0].key, caller.username);
        const seen = await listTasks(store, scopeOf(caller), page, ON);
        assert.equal(seen.total, 2, caller.username);
      }
    });
  });
}

// A unit the agency table does not know (a district's government) named on an account before any
// plan said which 鼓楼区 (no code), then in both cities' plans: each city's tasks are its own
// 鼓楼区人民政府's — the unit without a code was taken for both, and its account saw both cities'.
const governmentPlan = (city: string) =>
  [
    plan(city),
    "3.健全重大行政决策程序，按年度公布决策事项目录。（牵头单位：区人民政府；完成时限：每年3月底前）",
  ].join("\n");

for (const target of storeTargets()) {
  describe(`a government named before the plans of two 鼓楼区 on ${target.label}`, {
    timeout: 180_000,
  }, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(async () => {
      await store?.close();
      await closePool();
    });

    test("each city's plan gives its tasks to its own 鼓楼区人民政府; the account sees one city's at most", async () => {
      // a province's installation: its own units are most of the registry (江苏省's 鼓楼区 are two)
      await resolveOwners(store.db, ["省司法厅", "省财政厅", "省教育厅", "省公安厅", "省民政厅"], {
        region: "江苏省",
        code: "320000",
      });
      const user = await createUser(store, SYSTEM_SCOPE, {
        username: "gulou-gov",
        displayName: "鼓楼区人民政府",
        role: "unit",
        unitName: "鼓楼区人民政府",
        password: "Gl-Gov-Fz#2026x",
      });
      const ledgerOf: Record<string, number> = {};
      for (const city of ["福州市", "南京市"]) {
        const documentId = await ingestText(store, `${city}-gov.txt`, governmentPlan(city));
        ledgerOf[city] = (await createLedger(store, SYSTEM_SCOPE, { documentId })).id;
      }
      const keys = await store.db
        .selectFrom("tasks")
        .select(["ledger_id", "unit_key"])
        .where("unit_name", "=", "区人民政府")
        .execute();
      const fuzhou = keys.find((t) => t.ledger_id === ledgerOf.福州市)?.unit_key;
      const nanjing = keys.find((t) => t.ledger_id === ledgerOf.南京市)?.unit_key;
      assert.ok(fuzhou && nanjing);
      assert.notEqual(fuzhou, nanjing);
      const row = await store.db
        .selectFrom("users")
        .select(["unit_key", "unit_name"])
        .where("id", "=", user.id)
        .executeTakeFirstOrThrow();
      const caller: Caller = {
        id: user.id,
        username: "gulou-gov",
        displayName: "鼓楼区人民政府",
        role: "unit",
        unitName: row.unit_name,
        unitKey: row.unit_key,
      };
      const seen = await listTasks(store, scopeOf(caller), page, ON);
      assert.ok(seen.total <= 1, `saw ${seen.total}`);
    });
  });
}
