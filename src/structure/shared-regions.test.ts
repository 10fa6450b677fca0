// Divisions that share a name (鼓楼区 of 福州/南京/徐州/开封, 朝阳区 of 北京/长春, 城关区 of
// 兰州/拉萨, 永定区 of 龙岩/张家界): the record keeps the region's code and parent beside its
// name, the one the text says; where the text does not say, the name alone — no city guessed.
// Owners of a plan are then placed in the right city by code.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../pipeline.ts";
import { planContext, resolveOwnerName, type UnitRef } from "../plan/owners.ts";
import type { Meta } from "../types.ts";
import rows from "../rules/regions.json" with { type: "json" };
import {
  findRegions,
  gbCode,
  isSharedName,
  regionByCode,
  regionByName,
  regionsNamed,
  soleCode,
} from "./regions.ts";

const source = { path: "t.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const metaOf = (text: string) => analyzeText(text, source).meta;
const division = (text: string) => {
  const m = metaOf(text);
  return { region: m.region, code: m.division?.code ?? null, parent: m.division?.parent?.name ?? null };
};

describe("the record keeps the code of the division the text says", () => {
  test("鼓楼区 of four cities: the city written before it", () => {
    const cases: Array<[string, string, string]> = [
      ["福州市", "350102", "福州市鼓楼区"],
      ["南京市", "320106", "南京市鼓楼区"],
      ["徐州市", "320302", "徐州市鼓楼区"],
      ["开封市", "410204", "开封市鼓楼区"],
    ];
    for (const [city, code, full] of cases) {
      const text = `${full}2023年法治政府建设年度报告\n2023年，鼓楼区在${city}委、${city}政府的坚强领导下，深入学习贯彻习近平法治思想，全面推进依法行政。全年审查行政规范性文件12件，办理行政复议案件35件。\n一、主要举措和成效\n（一）健全依法决策机制。区政府常务会议审议重大行政决策事项6项，均经合法性审查。\n${full}人民政府\n2024年3月20日`;
      assert.deepEqual(division(text), { region: "鼓楼区", code, parent: city }, full);
    }
  });

  test("a title without its city: the city the text names (徐州市), not the first listed (南京市)", () => {
    const text =
      "鼓楼区人民政府关于2022年度法治政府建设情况的报告\n徐州市人民政府：\n2022年，鼓楼区在徐州市委、市政府的坚强领导下，认真贯彻落实《法治政府建设实施纲要（2021—2025年）》，各项工作取得新成效。\n一、主要举措和成效\n全年办理行政复议案件41件，纠错率9.8%。组织全区执法人员赴南京市学习交流1次。\n鼓楼区人民政府\n2023年3月15日";
    assert.deepEqual(division(text), { region: "鼓楼区", code: "320302", parent: "徐州市" });
  });

  test("朝阳区 of 北京市 and of 长春市: the city named more often decides", () => {
    const beijing =
      "北京市朝阳区人民政府关于2023年法治政府建设情况的报告\n2023年，朝阳区坚持以习近平新时代中国特色社会主义思想为指导，全面落实北京市法治政府建设工作部署。\n一、主要举措和成效\n区政府全年制定行政规范性文件8件。";
    assert.deepEqual(division(beijing), { region: "朝阳区", code: "110105", parent: "北京市" });
    // 长春's district names 北京市 once (a study visit), its own city twice
    const changchun =
      "朝阳区2022年法治政府建设年度报告\n2022年，在长春市委、长春市政府的正确领导下，朝阳区深入推进依法行政。\n一、主要举措和成效\n组织执法骨干赴北京市学习综合执法改革经验。全区办理行政复议案件23件。\n朝阳区人民政府\n2023年3月28日";
    assert.deepEqual(division(changchun), { region: "朝阳区", code: "220104", parent: "长春市" });
  });

  test("the city the title writes before the name, though the body names another city more often", () => {
    // 福州市鼓楼区's report on a study visit to 南京市鼓楼区: both are written with their city,
    // and 南京市 is named four times to 福州市's three — the title says whose report it is
    const text =
      "福州市鼓楼区2023年法治政府建设年度报告\n2023年，鼓楼区在福州市委、市政府的坚强领导下，深入推进法治政府建设。组织干部赴南京市鼓楼区学习，与南京市鼓楼区签订合作协议，借鉴南京市经验、南京市做法。\n一、主要举措和成效\n全年办理行政复议案件86件。\n福州市鼓楼区人民政府\n2024年1月20日";
    assert.deepEqual(division(text), { region: "鼓楼区", code: "350102", parent: "福州市" });
  });

  test("another city's district of the name, written once (a study visit), against the city named more often", () => {
    // 长春市's 朝阳区 writes only its bare name and is led by 长春市 (twice); 北京市朝阳区 is where
    // its officers went to learn — written with its city, but 北京市 is named once
    const text =
      "朝阳区2022年法治政府建设年度报告\n2022年，在长春市委、长春市政府的正确领导下，朝阳区深入推进依法行政。\n一、主要举措和成效\n组织执法骨干赴北京市朝阳区学习综合执法改革经验。全区办理行政复议案件23件。\n朝阳区人民政府\n2023年3月28日";
    assert.deepEqual(division(text), { region: "朝阳区", code: "220104", parent: "长春市" });
  });

  test("城关区 of 兰州市 and of 拉萨市, a department's report too", () => {
    const lanzhou =
      "兰州市城关区2023年法治政府建设情况报告\n2023年，城关区全面推进法治政府建设。\n一、主要举措和成效\n全年审查重大行政决策事项9件。";
    assert.deepEqual(division(lanzhou), { region: "城关区", code: "620102", parent: "兰州市" });
    const lhasa =
      "拉萨市城关区司法局2023年法治政府建设工作总结\n2023年，我局在区委、区政府的领导下，扎实推进法治政府建设。\n一、主要举措和成效\n全年开展普法宣传活动56场次。";
    const m = metaOf(lhasa);
    assert.equal(m.level, "department");
    assert.deepEqual(
      { region: m.region, code: m.division?.code, parent: m.division?.parent },
      { region: "城关区", code: "540102", parent: { name: "拉萨市", code: "540100" } },
    );
  });

  test("a shared name the text never places: the name alone, no code and no parent", () => {
    const text =
      "鼓楼区2023年法治政府建设年度报告\n2023年，鼓楼区深入学习贯彻习近平法治思想，全面推进依法行政。\n一、主要举措和成效\n区司法局全年审查行政规范性文件15件，办理行政复议案件27件。\n鼓楼区人民政府\n2024年3月25日";
    const m = metaOf(text);
    assert.equal(m.region, "鼓楼区");
    assert.equal(m.level, "county");
    assert.equal(m.division, null);
    // two cities of one province, each named once: 江苏省 does not decide between them either
    const tie = `${text.split("\n").slice(0, 3).join("\n")}\n学习南京市、徐州市经验，江苏省司法厅予以肯定。`;
    assert.equal(metaOf(tie).division, null);
  });

  test("a name no other division has: its code, its parent's, and a province none", () => {
    const m = metaOf("长治市2023年法治政府建设年度报告\n2023年，长治市全面推进法治政府建设。");
    assert.deepEqual(m.division, { code: "140400", parent: { name: "山西省", code: "140000" } });
    const p = metaOf("山西省2023年法治政府建设年度报告\n2023年，山西省全面推进法治政府建设。");
    assert.deepEqual(p.division, { code: "140000", parent: null });
    // a Beijing district's parent is the municipality itself
    assert.deepEqual(regionByName("海淀区")?.parentCode, "11");
  });

  test("a former division keeps its parent, its own code retired (株洲县 in a report on 2017)", () => {
    const m = metaOf("株洲县2017年法治政府建设情况报告\n2017年，株洲县全面推进依法行政。");
    assert.equal(m.region, "株洲县");
    assert.deepEqual(m.division, { code: null, parent: { name: "株洲市", code: "430200" } });
  });

  test("township and central issuers are no division", () => {
    assert.equal(metaOf("司法部2023年法治政府建设年度报告\n2023年，司法部坚持…").division, null);
  });
});

describe("mentions and lookups of a shared name", () => {
  test("each mention is the division whose city stands before it", () => {
    const text = "福州市鼓楼区与南京市鼓楼区、开封市鼓楼区签订合作协议";
    assert.deepEqual(
      findRegions(text)
        .filter((m) => m.region.name === "鼓楼区")
        .map((m) => m.region.code),
      ["350102", "320106", "410204"],
    );
  });

  test("by code, in six digits or as the table keeps it", () => {
    assert.equal(regionByCode("430802")?.parent, "张家界市");
    assert.equal(regionByCode("430800")?.name, "张家界市");
    assert.equal(regionByCode("4308")?.name, "张家界市");
    assert.equal(regionByCode("441900")?.level, "city");
    assert.equal(regionByCode(""), undefined);
    assert.equal(regionsNamed("鼓楼区").length, 4);
  });

  test("a stored name's sole code is the division a record of that name keeps", () => {
    // migration 0021 and units registered without a record's code go by soleCode; a record
    // analysed today by the name alone (regionByName): the two must agree, or one area is offered
    // twice (嘉峪关市（甘肃省） and 嘉峪关市) in the filters
    assert.equal(soleCode("嘉峪关市"), "620200");
    assert.equal(soleCode("东莞市"), "441900");
    assert.equal(soleCode("鼓楼区"), null);
    assert.equal(soleCode("株洲县"), null);
    for (const [name] of rows as Array<[string]>) {
      const r = regionByName(name);
      assert.equal(soleCode(name), r?.code ? gbCode(r.code) : null, name);
    }
  });
  test("one predicate says whether a name is shared, agreeing with soleCode and regionByName", () => {
    // assessment matching, labels and the unit registry asked `regionsNamed(name).length < 2`,
    // which counted 嘉峪关市 twice (the city and its own county row) and wrote it 甘肃省嘉峪关市
    assert.equal(isSharedName("鼓楼区"), true);
    assert.equal(isSharedName("永定区"), true);
    for (const name of ["嘉峪关市", "东莞市", "中山市", "儋州市"])
      assert.equal(isSharedName(name), false, name);
    assert.equal(isSharedName("长治市"), false);
    assert.equal(isSharedName("不存在县"), false);
    for (const [name] of rows as Array<[string]>)
      assert.equal(isSharedName(name), regionByName(name)?.ambiguous === true, name);
  });
});

const unitIn = (written: string, meta: Pick<Meta, "region" | "division">): UnitRef => {
  const r = resolveOwnerName(written, planContext(meta.region, meta));
  assert.equal(r.collective, false);
  return (r as { unit: UnitRef }).unit;
};

describe("a plan's owners are placed by the region's code", () => {
  const plan = (city: string) =>
    `${city}永定区法治政府建设实施方案（2021—2025年）\n为深入推进法治政府建设，结合我区实际，制定本方案。\n一、健全依法行政制度体系\n1.加强行政规范性文件备案审查，做到有件必备、有备必审、有错必纠。（牵头单位：区司法局；配合单位：市司法局、区政府办公室；完成时限：长期坚持）\n2.按时报送上一年度法治政府建设情况报告。（牵头单位：区司法局；完成时限：每年3月底前）`;

  test("张家界市永定区's 市司法局 is 张家界市's, its 区司法局 永定区's", () => {
    const record = analyzeText(plan("张家界市"), source);
    assert.equal(record.meta.division?.code, "430802");
    const owners = record.measures.flatMap((m) => [...m.lead, ...m.cooperate]);
    assert.ok(owners.includes("市司法局") && owners.includes("区司法局"), owners.join("、"));
    assert.equal(unitIn("市司法局", record.meta).name, "张家界市司法局");
    assert.equal(unitIn("市司法局", record.meta).key, "张家界市:justice");
    assert.equal(unitIn("区司法局", record.meta).name, "永定区司法局");
    assert.equal(unitIn("区政府办公室", record.meta).area, "永定区");
  });

  test("龙岩市永定区's are 龙岩市's", () => {
    const record = analyzeText(plan("龙岩市"), source);
    assert.equal(record.meta.division?.code, "350803");
    assert.equal(unitIn("市司法局", record.meta).name, "龙岩市司法局");
  });

  test("a code that is not the region's (a region corrected by hand) is not used", () => {
    const meta = { region: "永定区", division: { code: "350803", parent: null } };
    assert.equal(unitIn("市司法局", { ...meta, region: "长治市" }).name, "长治市司法局");
  });
});

describe("an older record, analysed before the code was kept", () => {
  test("a unique name still resolves by name", () => {
    const old = { region: "武乡县" } as Pick<Meta, "region" | "division">;
    assert.equal(unitIn("市司法局", old).name, "长治市司法局");
  });

  test("a shared name gets no city guessed: 市司法局 stays as written", () => {
    const old = { region: "永定区" } as Pick<Meta, "region" | "division">;
    const unit = unitIn("市司法局", old);
    assert.equal(unit.name, "市司法局");
    assert.equal(unit.area, "市");
    // its own district's units are still its own
    assert.equal(unitIn("区司法局", old).name, "永定区司法局");
  });

  test("a stored record without the field reads as before (JSON without `division`)", () => {
    const record = analyzeText(plan2023, source);
    const { division: _, ...meta } = record.meta;
    const stored = JSON.parse(JSON.stringify({ ...record, meta }));
    assert.equal("division" in stored.meta, false);
    assert.equal(unitIn("市司法局", stored.meta).name, "长治市司法局");
  });
});

const plan2023 =
  "武乡县2023年法治政府建设工作要点\n一、健全依法行政制度体系\n1.加强行政规范性文件备案审查。（牵头单位：县司法局；配合单位：市司法局；完成时限：长期坚持）";
