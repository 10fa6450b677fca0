import assert from "node:assert/strict";
import { test } from "node:test";
import { namesCore, readCollective } from "./collective-rule.ts";

test("collectives read by kind: governments, every unit, or one kind of unit", () => {
  const kinds = (phrases: string[]) => phrases.map((p) => readCollective(p).kind);
  assert.deepEqual(kinds(["各县市区政府", "各区县人民政府", "各乡镇政府", "各级政府", "各县（市、区）"]), [
    "governments",
    "governments",
    "governments",
    "governments",
    "governments",
  ]);
  assert.deepEqual(kinds(["市直各相关单位", "各有关部门", "各级行政机关", "有关方面"]), [
    "departments",
    "departments",
    "departments",
    "departments",
  ]);
  const school = readCollective("各级党校");
  assert.deepEqual([school.kind, school.core, school.hint], ["named", "党校", "名称含“党校”的单位"]);
  assert.equal(readCollective("县直各医院").core, "医院");
});

test("a unit is of the core's kind when any of its names says so", () => {
  assert.ok(namesCore("党校", ["长治市委党校"]));
  assert.ok(namesCore("党校", ["市行政学院", null, "党校"]));
  assert.ok(!namesCore("党校", ["市司法局", "司法局"]));
});
