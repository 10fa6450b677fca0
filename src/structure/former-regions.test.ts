// Former divisions (撤县设区, 撤县设市): a document names the place as it was in its year.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../pipeline.ts";
import { FORMER_REGIONS } from "../rules/former-regions.ts";
import rows from "../rules/regions.json" with { type: "json" };
import { findRegions, GENERIC_NAMES, regionByName, regionInYear } from "./regions.ts";

const source = { path: "t.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const meta = (text: string) => {
  const { region, level, issuer, year } = analyzeText(text, source).meta;
  return { region, level, issuer, year };
};

describe("the former divisions' table", () => {
  const current = new Set((rows as string[][]).map((r) => r[0]));
  const inForce = new Set((rows as string[][]).map((r) => `${r[3]}${r[0]}`));
  test("every former name is out of the list in force, and every successor and parent in it (or former)", () => {
    const formerNames = new Set(FORMER_REGIONS.map((r) => r[0]));
    for (const [name, , parent, until, successor] of FORMER_REGIONS) {
      // a generic name (城区) is read only after its city: out of force under that city
      if (GENERIC_NAMES.has(name)) assert.ok(!inForce.has(parent + name), `${parent}${name} is in force`);
      else assert.ok(!current.has(name), `${name} is a name in force`);
      assert.ok(current.has(successor), `${name}: successor ${successor} unknown`);
      assert.ok(current.has(parent) || formerNames.has(parent), `${name}: parent ${parent} unknown`);
      assert.ok(until >= 2012 && until <= 2025, `${name}: ${until}`);
    }
    assert.equal(new Set(FORMER_REGIONS.map((r) => r[2] + r[0])).size, FORMER_REGIONS.length);
  });
});

describe("a former division read for the document's year", () => {
  test("the name is the place it was while it existed, its successor from the year it was replaced", () => {
    assert.equal(regionInYear("株洲县", 2017), "株洲县");
    assert.equal(regionInYear("株洲县", 2018), "渌口区");
    assert.equal(regionInYear("株洲县", null), "株洲县");
    assert.equal(regionInYear("渌口区", 2017), "渌口区");
    assert.equal(regionByName("株洲县")?.parent, "株洲市");
  });

  test("a county government's report on a year before the change is that county's", () => {
    const text = [
      "株洲县人民政府关于2017年法治政府建设工作情况的报告",
      "2017年,株洲县人民政府在市委、市政府的坚强领导下,深入推进依法行政。",
      "一、主要工作",
      "全年共办理行政复议案件12件。",
      "株洲县人民政府",
      "2018年3月20日",
    ].join("\n");
    assert.deepEqual(meta(text), { region: "株洲县", level: "county", issuer: "株洲县", year: 2017 });
  });

  test("a department of the former county, and a signature naming it", () => {
    assert.deepEqual(meta("株洲县司法局2016年法治政府建设工作要点\n一、推进依法行政\n"), {
      region: "株洲县",
      level: "department",
      issuer: "株洲县司法局",
      year: 2016,
    });
    const signed = [
      "关于2019年度法治政府建设情况的报告",
      "2019年,我县在市委、市政府的坚强领导下,深入推进依法行政,各项工作取得新成效。",
      "邢台县人民政府",
      "2020年3月2日",
    ].join("\n");
    assert.deepEqual(meta(signed), { region: "邢台县", level: "county", issuer: "邢台县", year: 2019 });
  });

  test("after the change the old name stands for the successor's area", () => {
    const text = [
      "关于2020年法治政府建设工作情况的报告",
      "2020年,我区(原株洲县)紧紧围绕法治政府建设目标,深入推进依法行政。株洲县撤县设区以来,全区共办理行政复议案件11件。",
    ].join("\n");
    assert.deepEqual(meta(text), { region: "渌口区", level: "county", issuer: "渌口区", year: 2020 });
  });

  test("a former name inside the name that replaced it is no mention (梅县 of 梅县区)", () => {
    assert.deepEqual(
      findRegions("梅州市梅县区2020年法治政府建设年度报告").map((m) => m.region.name),
      ["梅州市", "梅县区"],
    );
    assert.deepEqual(
      findRegions("原梅县人民政府").map((m) => m.region.name),
      ["梅县"],
    );
  });
});

describe("two divisions of one name (永定区 of 龙岩市 and of 张家界市)", () => {
  const parents = (text: string) =>
    findRegions(text)
      .filter((m) => m.region.name === "永定区")
      .map((m) => m.region.parent);
  test("the one whose city is written before it, or named in the text", () => {
    assert.deepEqual(parents("张家界市永定区人民政府"), ["张家界市"]);
    assert.deepEqual(parents("龙岩市永定区人民政府"), ["龙岩市"]);
    assert.deepEqual(parents("永定区2023年法治政府建设年度报告。区政府认真落实张家界市委部署"), ["张家界市"]);
    assert.equal(regionByName("永定区", "张家界市永定区司法局")?.code, "430802");
    // nothing says which: the name and level, no code or parent (龙岩市's, first listed, was taken)
    const unsaid = regionByName("永定区");
    assert.deepEqual(
      [unsaid?.ambiguous, unsaid?.code, unsaid?.parent, unsaid?.level],
      [true, "", "", "county"],
    );
  });
  test("a city without counties stays the city (东莞市)", () => {
    assert.equal(findRegions("东莞市2023年法治政府建设年度报告")[0].region.level, "city");
  });
});
