// The admin's unit picker names each unit once: 鼓楼区司法局（福州市） beside 南京市's, not
// 鼓楼区司法局（福州市）（区司法局）; a unit without a city keeps its short name (长治市司法局（市司法局）).
import assert from "node:assert/strict";
import { test } from "node:test";
import { unitOption } from "../web/src/scenes/admin/unit-option.ts";

test("a unit listed with its city has one bracket", () => {
  const label = (u: { name: string; shortName: string; label?: string }) =>
    unitOption({ key: "k", ...u }).label;
  assert.equal(
    label({ name: "鼓楼区司法局", shortName: "区司法局", label: "鼓楼区司法局（福州市）" }),
    "鼓楼区司法局（福州市）",
  );
  assert.equal(
    label({
      name: "鼓楼区人民政府办公室",
      shortName: "区政府办公室",
      label: "鼓楼区人民政府办公室（南京市）",
    }),
    "鼓楼区人民政府办公室（南京市）",
  );
  // a short name that says something the name does not joins the city's bracket
  assert.equal(
    label({ name: "朝阳区生态环境局", shortName: "区环保局", label: "朝阳区生态环境局（北京市）" }),
    "朝阳区生态环境局（北京市，区环保局）",
  );
  assert.equal(label({ name: "长治市司法局", shortName: "市司法局" }), "长治市司法局（市司法局）");
  assert.equal(
    label({ name: "长治市司法局", shortName: "市司法局", label: "长治市司法局" }),
    "长治市司法局（市司法局）",
  );
  assert.equal(label({ name: "长治市某中心", shortName: "长治市某中心" }), "长治市某中心");
});
