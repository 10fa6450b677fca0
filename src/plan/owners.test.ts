// Owner names resolve to one unit in the plan's area: the full name, the short name, the
// name without prefix and old names of one department are one unit; another area's is not.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ownerKeyOf, resolveOwnerName, type UnitRef } from "./owners.ts";
import { resolveUnit } from "./units.ts";

const unit = (written: string, region: string | null): UnitRef => {
  const r = resolveOwnerName(written, { region });
  assert.equal(r.collective, false, `${written} is one unit`);
  return (r as { unit: UnitRef }).unit;
};

describe("owner names → registry units", () => {
  test("a 市-prefixed short name in a city's plan is that city's unit", () => {
    const full = unit("长治市司法局", null);
    assert.equal(full.key, "长治市:justice");
    assert.equal(full.name, "长治市司法局");
    assert.equal(full.shortName, "市司法局");
    for (const w of ["市司法局", "司法局", "长治市司法局"]) assert.equal(unit(w, "长治市").key, full.key, w);
  });

  test("the same short name in another city's plan is another unit", () => {
    assert.equal(unit("市司法局", "太原市").key, "太原市:justice");
    assert.notEqual(unit("市司法局", "太原市").key, unit("市司法局", "长治市").key);
  });

  test("official names, abbreviations and old names of one department meet", () => {
    const office = unit("长治市人民政府办公室", null);
    assert.equal(office.name, "长治市人民政府办公室");
    for (const w of ["市政府办公室", "市政府办公厅", "市政府办"])
      assert.equal(unit(w, "长治市").key, office.key, w);
    // old names: 环保局 became 生态环境局, 工商局 and 质监局 became 市场监督管理局
    assert.equal(unit("市环保局", "长治市").name, "长治市生态环境局");
    assert.equal(unit("市工商局", "长治市").key, unit("市质监局", "长治市").key);
    assert.ok(unit("市生态环境局", "长治市").aliases.includes("市环保局"));
  });

  test("level words follow the divisions: 市 in a county's plan is its city, 县 the county", () => {
    assert.equal(unit("县司法局", "武乡县").name, "武乡县司法局");
    assert.equal(unit("市司法局", "武乡县").name, "长治市司法局");
    assert.equal(unit("区司法局", "潞州区").shortName, "区司法局");
    assert.equal(unit("省司法厅", "长治市").area, "山西省");
  });

  test("the rule-of-law committee's office is its own area's: 依法治区 for a district, 依法治县 for a county", () => {
    assert.equal(unit("区委依法治区办", "潞州区").name, "潞州区委全面依法治区委员会办公室");
    assert.equal(unit("县委依法治县办", "武乡县").shortName, "县委全面依法治县委员会办公室");
    assert.equal(unit("市委依法治市办", "长治市").name, "长治市委全面依法治市委员会办公室");
    // the full name and the short one meet
    assert.equal(unit("区委全面依法治区委员会办公室", "潞州区").key, unit("区委依法治区办", "潞州区").key);
    assert.equal(resolveUnit("区委依法治区办").name, "区委全面依法治区委员会办公室");
    assert.equal(resolveUnit("依法治县办").name, "委全面依法治县委员会办公室");
  });

  test("units the agency table does not know keep their name, with the plan's area", () => {
    assert.equal(unit("市电力公司", "长治市").name, "长治市电力公司");
    assert.equal(unit("行业协会", "长治市").name, "行业协会");
    assert.equal(unit("市电力公司", "长治市").agency, null);
  });

  test("collectives are not one unit", () => {
    for (const w of ["各县市区政府", "市直各相关单位", "各有关部门"])
      assert.equal(resolveOwnerName(w, { region: "长治市" }).collective, true, w);
    assert.equal(ownerKeyOf("各县市区政府", { region: "长治市" }), "各县市区政府");
  });

  test("without an area the written prefix stays (the keys of earlier versions)", () => {
    assert.equal(ownerKeyOf("市司法局", { region: null }), "市:justice");
    assert.equal(ownerKeyOf(" 市 司法局 ", { region: null }), "市:justice");
  });
});
