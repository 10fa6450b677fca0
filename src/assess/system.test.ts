// Indicator systems are checked data: the shipped ones load, and each kind of mistake a
// coordinator can make in a file is refused with a message naming it.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { leaves, parseSystem, readSystemFile, resolveSystem, SystemError, shippedSystems } from "./index.ts";

const small = () => ({
  id: "small",
  name: "小表",
  version: "1",
  basis: "测试",
  assumption: "测试",
  total: 10,
  indicators: [
    {
      code: "A",
      name: "甲",
      points: 10,
      children: [
        {
          code: "A1",
          name: "出庭",
          points: 6,
          method: { kind: "fact", indicator: "litigation.head_appearance_rate", full: 90, zero: 50 },
        },
        { code: "A2", name: "公开", points: 4, method: { kind: "text", patterns: ["政务公开"] } },
      ],
    },
  ],
});

const refusal = (value: unknown) => {
  try {
    parseSystem(value, "x.json");
  } catch (error) {
    assert.ok(error instanceof SystemError);
    return error.message;
  }
  assert.fail("the system was accepted");
};

describe("indicator systems", () => {
  test("the shipped systems load, and the 2021 system has its 9 first-level and 32 second-level indicators", () => {
    const systems = shippedSystems();
    assert.deepEqual([...systems.keys()], ["dept-kaohe", "shifan-2021"]);
    const shifan = resolveSystem("shifan-2021");
    assert.equal(shifan.indicators.length, 9);
    assert.equal(shifan.indicators.flatMap((n) => n.children ?? []).length, 32);
    assert.equal(shifan.indicators[0].name, "政府职能依法全面履行");
    assert.equal(shifan.total, 100);
    // every kind of method appears in the shipped systems, so each is documented by example
    const kinds = new Set([...systems.values()].flatMap((s) => leaves(s).map((l) => l.node.method.kind)));
    assert.deepEqual([...kinds].sort(), [
      "fact",
      "findings",
      "ledger",
      "manual",
      "parts",
      "season",
      "survey",
      "text",
    ]);
  });

  test("defaults are filled in", () => {
    const s = parseSystem(small(), "x.json");
    const a2 = leaves(s)[1].node.method;
    assert.equal(a2.kind === "text" && a2.need, 1);
  });

  test("points that do not add up are refused, naming the indicator", () => {
    const bad = small();
    bad.indicators[0].children[0].points = 5;
    assert.match(refusal(bad), /x\.json: .*指标 A 的下级指标的分值合计 9，应为 10/);
  });

  test("an indicator missing from the catalogue is refused", () => {
    const bad = small();
    (bad.indicators[0].children[0].method as { indicator: string }).indicator = "no.such";
    assert.match(refusal(bad), /指标目录/);
  });

  test("a broken pattern, a duplicate code, a node with both children and a method are refused", () => {
    const pattern = small();
    (pattern.indicators[0].children[1].method as { patterns: string[] }).patterns = ["(未闭合"];
    assert.match(refusal(pattern), /正则表达式无效/);
    const dup = small();
    dup.indicators[0].children[1].code = "A1";
    assert.match(refusal(dup), /编号 A1 重复/);
    const both = small();
    (both.indicators[0] as Record<string, unknown>).method = { kind: "manual" };
    assert.match(refusal(both), /二者取一/);
  });

  test("a problem's place is the indicator's code and name and the field's label, never a JSON path", () => {
    const pattern = small();
    (pattern.indicators[0].children[1].method as { patterns: string[] }).patterns = ["(未闭合"];
    assert.match(
      refusal(pattern),
      /x\.json: 指标体系无效，指标 A2「公开」的评分方法的措施用语的第 1 项：正则表达式无效$/,
    );
    const nameless = small();
    (nameless.indicators[0].children as unknown[])[0] = { points: 6 };
    assert.match(refusal(nameless), /指标 A「甲」的第 1 个下级指标的编号：/);
    const total = { ...small(), total: -1 };
    assert.match(refusal(total), /指标体系无效，总分：分值须大于 0$/);
    for (const message of [refusal(pattern), refusal(nameless), refusal(total)])
      assert.doesNotMatch(message, /indicators|children|method|\.\d/);
  });

  test("files: unknown names, unreadable and invalid JSON are one line naming the file", () => {
    assert.throws(() => resolveSystem("nope"), /nope: 没有这个内置指标体系/);
    const dir = mkdtempSync(join(tmpdir(), "fazhi-system-"));
    const file = join(dir, "broken.json");
    writeFileSync(file, "{ not json");
    assert.throws(
      () => readSystemFile(file),
      (e: Error) => e instanceof SystemError && e.message.startsWith(file) && !e.message.includes("\n"),
    );
    const ok = join(dir, "ok.json");
    writeFileSync(ok, JSON.stringify(small()));
    assert.equal(resolveSystem(ok).id, "small");
  });
});
