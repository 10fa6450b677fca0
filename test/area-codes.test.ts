// Areas that share a name (鼓楼区 of 福州市 and of 南京市) stay apart where documents are
// filtered, compared and listed: each document keeps its division code beside the region's
// name, the filter and the comparison's series go by the code, and the names shown carry the
// city where two shown areas share a name. A name still filters every area of that name. PGlite
// always, PostgreSQL too when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { compareFacts } from "../src/commands/compare/compare.ts";
import { facetValues, listDocuments } from "../src/commands/documents/documents.ts";
import { resolveOwners } from "../src/commands/units/registry.ts";
import { areaLabels, fullAreaName } from "../src/labels.ts";
import { regionLabels } from "../src/labels.ts";
import { factLabels, presentFacets, presentFact } from "../src/server/presenters/document.ts";
import { compareTable } from "../src/server/routes/exports.ts";
import type { Store } from "../src/store/db.ts";
import { ingestText } from "./helpers/demo-plan.ts";
import { storeTargets } from "./helpers/store-targets.ts";

const report = (city: string, received: number, rate: string) =>
  [
    `${city}鼓楼区2023年法治政府建设年度报告`,
    `2023年，${city}鼓楼区深入推进法治政府建设。全年受理行政复议案件${received}件。人民调解成功率${rate}。`,
  ].join("\n");

const page = { page: 1, pageSize: 20 };

for (const target of storeTargets()) {
  describe(`areas sharing a name on ${target.label}`, { timeout: 120_000 }, () => {
    let store: Store;
    const ids: Record<string, number> = {};
    before(async () => {
      store = await target.open();
      ids.fuzhou = await ingestText(store, "fuzhou.txt", report("福州市", 25, "98.5%"));
      ids.nanjing = await ingestText(store, "nanjing.txt", report("南京市", 31, "97.2%"));
    });
    after(async () => {
      await store?.close();
    });

    test("each document keeps its division's code beside the shared name", async () => {
      const rows = await store.db
        .selectFrom("documents")
        .select(["id", "region", "region_code"])
        .orderBy("id")
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.id, r.region, r.region_code]),
        [
          [ids.fuzhou, "鼓楼区", "350102"],
          [ids.nanjing, "鼓楼区", "320106"],
        ],
      );
    });

    test("the region filter by code lists one city's 鼓楼区; by name, both", async () => {
      const fuzhou = await listDocuments(store, SYSTEM_SCOPE, { region: "350102", ...page });
      assert.deepEqual(
        fuzhou.items.map((i) => i.row.id),
        [ids.fuzhou],
      );
      const both = await listDocuments(store, SYSTEM_SCOPE, { region: "鼓楼区", ...page });
      assert.equal(both.total, 2);
      // the search path filters the same way
      const searched = await listDocuments(store, SYSTEM_SCOPE, { region: "320106", q: "行政复议", ...page });
      assert.deepEqual(
        searched.items.map((i) => i.row.id),
        [ids.nanjing],
      );
    });

    test("the filter offers two 鼓楼区, each named with its city", async () => {
      const facets = presentFacets(await facetValues(store, SYSTEM_SCOPE));
      assert.deepEqual(facets.regions, [
        { id: "320106", label: "鼓楼区（南京市）", unitName: "南京市鼓楼区" },
        { id: "350102", label: "鼓楼区（福州市）", unitName: "福州市鼓楼区" },
      ]);
    });

    test("a region a link filters by is an option even when no visible document has it", async () => {
      // 徐州市's 鼓楼区: no report of it here; without it among the options the filter showed 320302
      const facets = presentFacets(await facetValues(store, SYSTEM_SCOPE, "320302"));
      assert.deepEqual(
        facets.regions.map(({ id, label }) => ({ id, label })),
        [
          { id: "320106", label: "鼓楼区（南京市）" },
          { id: "350102", label: "鼓楼区（福州市）" },
          { id: "320302", label: "鼓楼区（徐州市）" },
        ],
      );
      // a region already among them, a name, or a code of no division adds nothing
      for (const chosen of ["350102", "鼓楼区", "999999"])
        assert.equal(presentFacets(await facetValues(store, SYSTEM_SCOPE, chosen)).regions.length, 2, chosen);
    });

    test("the comparison keeps the two 鼓楼区 as two series, named with their cities", async () => {
      const { items, points } = await compareFacts(store, SYSTEM_SCOPE, {
        indicators: ["reconsideration.received"],
        ...page,
      });
      // before the codes, both governments (issuer 鼓楼区) were one series: one point of the two
      assert.equal(points.length, 2);
      const labels = factLabels([...items, ...points]);
      const shown = points.map((p) => presentFact(p, labels)).map((p) => [p.series, p.regionLabel, p.value]);
      assert.deepEqual(shown.sort(), [
        ["鼓楼区（南京市）", "鼓楼区（南京市）", 31],
        ["鼓楼区（福州市）", "鼓楼区（福州市）", 25],
      ]);
      // the table's 发文单位 and its export say which 鼓楼区 as 地区 does: both read 鼓楼区 before
      const rows = items.map((f) => presentFact(f, labels));
      assert.deepEqual(rows.map((r) => [r.issuer, r.issuerLabel]).sort(), [
        ["鼓楼区", "鼓楼区（南京市）"],
        ["鼓楼区", "鼓楼区（福州市）"],
      ]);
      const table = compareTable(rows);
      assert.deepEqual(table.rows.map((r) => r.slice(0, 2)).sort(), [
        ["鼓楼区（南京市）", "鼓楼区（南京市）"],
        ["鼓楼区（福州市）", "鼓楼区（福州市）"],
      ]);
      const one = await compareFacts(store, SYSTEM_SCOPE, {
        indicators: ["reconsideration.received"],
        regions: ["350102"],
        ...page,
      });
      assert.deepEqual(
        one.points.map((p) => p.value),
        [25],
      );
    });

    test("a page of documents names the city only where two shown areas share a name", async () => {
      const all = await listDocuments(store, SYSTEM_SCOPE, page);
      const label = regionLabels(all.items.map((i) => i.row));
      assert.deepEqual(all.items.map((i) => label({ name: "鼓楼区", code: i.row.region_code })).sort(), [
        "鼓楼区（南京市）",
        "鼓楼区（福州市）",
      ]);
      const alone = await listDocuments(store, SYSTEM_SCOPE, { region: "350102", ...page });
      const aloneLabel = regionLabels(alone.items.map((i) => i.row));
      assert.equal(aloneLabel({ name: "鼓楼区", code: "350102" }), "鼓楼区");
    });

    test("units of a plan in one 鼓楼区 are registered with that 鼓楼区's code", async () => {
      const owners = await resolveOwners(store.db, ["区财政局"], { region: "鼓楼区", code: "350102" });
      const unit = owners.get("区财政局");
      assert.ok(unit && !unit.collective);
      assert.equal(unit.unit.areaCode, "350102");
      const row = await store.db
        .selectFrom("units")
        .select(["area", "area_code"])
        .where("key", "=", unit.unit.key)
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { area: "鼓楼区", area_code: "350102" });
    });
  });
}

describe("area labels", () => {
  test("a name shown once is bare; a shared one carries each city; an unknown code stays bare", () => {
    const label = areaLabels([
      { name: "鼓楼区", code: "350102" },
      { name: "鼓楼区", code: "410204" },
      { name: "鼓楼区", code: null },
      { name: "长治市", code: "140400" },
    ]);
    assert.equal(label({ name: "鼓楼区", code: "350102" }), "鼓楼区（福州市）");
    assert.equal(label({ name: "鼓楼区", code: "410204" }), "鼓楼区（开封市）");
    assert.equal(label({ name: "鼓楼区", code: null }), "鼓楼区");
    assert.equal(label({ name: "长治市", code: "140400" }), "长治市");
  });

  test("a shared name is written after its city to name one division; others stay as they are", () => {
    assert.equal(fullAreaName({ name: "鼓楼区", code: "350102" }), "福州市鼓楼区");
    assert.equal(fullAreaName({ name: "鼓楼区", code: null }), "鼓楼区");
    assert.equal(fullAreaName({ name: "长治市", code: "140400" }), "长治市");
    // a city listed again as its own county is one division: no province before it
    assert.equal(fullAreaName({ name: "嘉峪关市", code: "620200" }), "嘉峪关市");
  });
});
