// A round's unit finds its report by the division's code where both are known: of two 鼓楼区
// reports (福州市's and 南京市's, same year) 福州市鼓楼区人民政府 gets 福州市's, whether its name
// says the city or the unit register does; the short name 鼓楼区 gets neither, and the office is
// told to choose. A season's units carry their division's code from the start. PGlite always,
// PostgreSQL too when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import {
  createRound,
  fileAppeal,
  listAppeals,
  roundResults,
  traceItem,
} from "../src/commands/assess/index.ts";
import { createSeason } from "../src/commands/season/index.ts";
import { resolveOwners } from "../src/commands/units/registry.ts";
import type { Store } from "../src/store/db.ts";
import { ingestText } from "./helpers/demo-plan.ts";
import { storeTargets } from "./helpers/store-targets.ts";

const report = (city: string, received: number) =>
  [
    `${city}鼓楼区2023年法治政府建设年度报告`,
    `2023年，${city}鼓楼区深入推进法治政府建设。全年受理行政复议案件${received}件。`,
  ].join("\n");

for (const target of storeTargets()) {
  describe(`a round's reports by division code on ${target.label}`, { timeout: 120_000 }, () => {
    let store: Store;
    const ids: Record<string, number> = {};
    before(async () => {
      store = await target.open();
      ids.fuzhou = await ingestText(store, "fuzhou.txt", report("福州市", 25));
      // 南京市's is the newer: matching by name alone took it for every 鼓楼区
      ids.nanjing = await ingestText(store, "nanjing.txt", report("南京市", 31));
      // the newest of all, a department's of 福州市鼓楼区: no report of its government
      ids.justice = await ingestText(
        store,
        "justice.txt",
        report("福州市", 4).replaceAll("鼓楼区", "鼓楼区司法局"),
      );
      // 长治市's government's report, then newer ones of its other organs, which read with
      // 长治市 as issuer and the city's level like the government's
      const changzhi = (title: string) => `${title}\n2023年，深入推进法治建设。全年受理行政复议案件12件。`;
      ids.changzhi = await ingestText(
        store,
        "cz-gov.txt",
        changzhi("长治市人民政府关于2023年法治政府建设情况的报告"),
      );
      ids.procuratorate = await ingestText(
        store,
        "cz-procuratorate.txt",
        changzhi("长治市人民检察院2023年度法治建设报告"),
      );
      ids.congress = await ingestText(
        store,
        "cz-congress.txt",
        changzhi("长治市人大常委会2023年法治建设报告"),
      );
      ids.party = await ingestText(
        store,
        "cz-party.txt",
        changzhi("中共长治市委全面依法治市委员会办公室2023年法治建设年度报告"),
      );
    });
    after(async () => {
      await store?.close();
    });

    const documentsOf = async (roundId: number) =>
      Object.fromEntries(
        (
          await store.db
            .selectFrom("assess_units")
            .select(["unit_name", "document_id"])
            .where("round_id", "=", roundId)
            .execute()
        ).map((u) => [u.unit_name, u.document_id]),
      );

    test("a unit whose name says its city gets that city's 鼓楼区 report; the short name gets none", async () => {
      const { id, notices } = await createRound(store, SYSTEM_SCOPE, {
        system: "dept-kaohe",
        year: 2023,
        units: [
          { name: "福州市鼓楼区人民政府" },
          { name: "南京市鼓楼区" },
          { name: "鼓楼区" },
          { name: "福州市鼓楼区司法局" },
        ],
      });
      assert.deepEqual(await documentsOf(id), {
        福州市鼓楼区人民政府: ids.fuzhou,
        南京市鼓楼区: ids.nanjing,
        鼓楼区: null,
        福州市鼓楼区司法局: ids.justice,
      });
      assert.deepEqual(notices, [
        "「鼓楼区」可能是2个地区的单位，各有报告（鼓楼区（南京市）、鼓楼区（福州市）），未自动选用，请在评估结果中为该单位选择报告",
      ]);
    });

    test("a unit registered with 福州市鼓楼区's code gets 福州市's report under a shared name", async () => {
      // registered from 福州市鼓楼区's plan, which names it 区人民政府
      const owners = await resolveOwners(store.db, ["区人民政府"], { region: "鼓楼区", code: "350102" });
      const unit = owners.get("区人民政府");
      assert.ok(unit && !unit.collective);
      assert.deepEqual([unit.unit.name, unit.unit.areaCode], ["鼓楼区人民政府", "350102"]);
      const { id, notices } = await createRound(store, SYSTEM_SCOPE, {
        system: "dept-kaohe",
        year: 2023,
        units: [{ name: "鼓楼区人民政府" }],
      });
      assert.deepEqual(await documentsOf(id), { 鼓楼区人民政府: ids.fuzhou });
      assert.deepEqual(notices, []);
    });

    test("a government is not given its area's procuratorate's, congress's or Party committee's report", async () => {
      const { id, notices } = await createRound(store, SYSTEM_SCOPE, {
        system: "dept-kaohe",
        year: 2023,
        units: [{ name: "长治市人民政府" }, { name: "长治市" }],
      });
      assert.deepEqual(await documentsOf(id), { 长治市人民政府: ids.changzhi, 长治市: ids.changzhi });
      assert.deepEqual(notices, []);
    });

    test("records stored before the engine read other organs (0.2.15) are told by their title", async () => {
      // an engine before 0.2.16 read these reports with the area as issuer (长治市, city): until
      // the background re-analysis reaches them, the title is all that tells them apart
      await store.db
        .updateTable("documents")
        .set({ issuer: "长治市", engine_version: "0.2.15" })
        .where("id", "in", [ids.procuratorate, ids.congress, ids.party])
        .execute();
      const { id } = await createRound(store, SYSTEM_SCOPE, {
        system: "dept-kaohe",
        year: 2023,
        units: [{ name: "长治市人民政府" }, { name: "长治市" }],
      });
      assert.deepEqual(await documentsOf(id), { 长治市人民政府: ids.changzhi, 长治市: ids.changzhi });
    });

    test("a unit whose name fits departments of two cities is told so, not of two same-named areas", async () => {
      await ingestText(
        store,
        "cz-justice.txt",
        "长治市司法局2023年法治政府建设年度报告\n2023年，深入推进法治建设。",
      );
      await ingestText(
        store,
        "qz-justice.txt",
        "清镇市司法局2023年法治政府建设年度报告\n2023年，深入推进法治建设。",
      );
      const { id, notices } = await createRound(store, SYSTEM_SCOPE, {
        system: "dept-kaohe",
        year: 2023,
        units: [{ name: "市司法局" }],
      });
      assert.deepEqual(await documentsOf(id), { 市司法局: null });
      assert.deepEqual(notices, [
        "「市司法局」可能是2个地区的单位，各有报告（清镇市、长治市），未自动选用，请在评估结果中为该单位选择报告",
      ]);
    });

    test("results name two same-named units each with its city", async () => {
      await resolveOwners(store.db, ["区审计局"], { region: "鼓楼区", code: "350102" });
      await resolveOwners(store.db, ["区审计局"], { region: "鼓楼区", code: "320106" });
      const { id } = await createRound(store, SYSTEM_SCOPE, {
        system: "dept-kaohe",
        year: 2023,
        // picked from the list by key; one typed for a unit the registry does not have, keyed
        // by its division's code
        units: [{ name: "350102:audit" }, { name: "320106:audit" }, { name: "长治市审计局" }],
      });
      const { results } = await roundResults(store, SYSTEM_SCOPE, id);
      assert.deepEqual(results.map((r) => r.unitName).sort(), [
        "长治市审计局",
        "鼓楼区审计局（南京市）",
        "鼓楼区审计局（福州市）",
      ]);
      // the appeals list and an item's trace name them as the results do; one city's appeal
      // alone is still told apart from the other city's unit of the round
      const items = await store.db
        .selectFrom("assess_items")
        .innerJoin("assess_units", "assess_units.id", "assess_items.unit_id")
        .select(["assess_items.id", "assess_units.unit_key"])
        .where("assess_items.round_id", "=", id)
        .orderBy("assess_items.id")
        .execute();
      const fuzhou = items.find((i) => i.unit_key === "350102:audit");
      assert.ok(fuzhou);
      await fileAppeal(store, SYSTEM_SCOPE, fuzhou.id, { reason: "已按期公开，得分有误", evidence: [] });
      const appeals = await listAppeals(store, SYSTEM_SCOPE, id, { page: 1, pageSize: 20 });
      assert.deepEqual(
        appeals.items.map((a) => a.unit_name),
        ["鼓楼区审计局（福州市）"],
      );
      assert.equal((await traceItem(store, SYSTEM_SCOPE, fuzhou.id)).unit.name, "鼓楼区审计局（福州市）");
      const changzhi = items.find((i) => i.unit_key !== "350102:audit" && i.unit_key !== "320106:audit");
      assert.ok(changzhi);
      assert.equal((await traceItem(store, SYSTEM_SCOPE, changzhi.id)).unit.name, "长治市审计局");
    });

    test("a season's units carry their division's code from the start, where it is known", async () => {
      const { id } = await createSeason(store, SYSTEM_SCOPE, {
        year: 2023,
        units: ["鼓楼区人民政府", "南京市鼓楼区司法局", "鼓楼区财政局"],
      });
      const rows = await store.db
        .selectFrom("season_units")
        .select(["unit_name", "region_code"])
        .where("season_id", "=", id)
        .orderBy("unit_name")
        .execute();
      assert.deepEqual(Object.fromEntries(rows.map((r) => [r.unit_name, r.region_code])), {
        鼓楼区人民政府: "350102", // the register's
        南京市鼓楼区司法局: "320106", // the name's
        鼓楼区财政局: null, // which 鼓楼区: not said
      });
    });
  });
}
