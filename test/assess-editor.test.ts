// The indicator-system editor's model (web/src/scenes/assess/systems/draft.ts): tree edits by
// index path, and the server's own schema telling, in Chinese, where a draft is wrong.
import assert from "node:assert/strict";
import { test } from "node:test";
import { shippedSystems } from "../src/assess/index.ts";
import {
  addChild,
  moveNode,
  nextVersion,
  nodeAt,
  problems,
  removeNode,
  updateNode,
} from "../web/src/scenes/assess/systems/draft.ts";

const dept = () => structuredClone(shippedSystems().get("dept-kaohe")!);

test("a shipped system has no problems; a bad sum is reported at the parent's children", () => {
  const system = dept();
  assert.equal(problems(system).size, 0);
  // D1 (出庭应诉率) from 8 to 10 points: D's children add up to 17, not 15
  const d1 = [3, 0];
  assert.equal(nodeAt(system, d1)?.code, "D1");
  const bad = updateNode(system, d1, { points: 10 });
  assert.deepEqual(
    [...problems(bad)],
    [["indicators.3.children", ["指标 D 的下级指标的分值合计 17，应为 15"]]],
  );
  const fixed = updateNode(bad, [3, 1], { points: 5 });
  assert.equal(problems(fixed).size, 0);
  assert.equal(nodeAt(system, d1)?.points, 8, "edits copy, the original is untouched");
});

test("field problems are named by their path, in Chinese", () => {
  const system = dept();
  const broken = updateNode(updateNode(system, [0, 4], { points: 0 }), [1, 0], {
    method: { kind: "fact", indicator: "no.such", full: 100, zero: 80, pick: "first" },
  });
  const found = problems(broken);
  assert.deepEqual(found.get("indicators.0.children.4.points"), ["分值须大于 0"]);
  assert.deepEqual(found.get("indicators.1.children.0.method.indicator"), [
    "不是指标目录（src/rules/indicators.ts）中的指标",
  ]);
  const wrongKind = updateNode(system, [1, 0], { method: { kind: "nope" } as never });
  assert.equal(problems(wrongKind).get("indicators.1.children.0.method.kind")?.length, 1);
});

test("adding under a leaf hands its method down; moving and removing keep the rest", () => {
  const system = dept();
  const { system: grown, added } = addChild(system, [5, 1]);
  assert.deepEqual(added, [5, 1, 0]);
  assert.equal(nodeAt(grown, [5, 1])?.method, undefined);
  assert.equal(nodeAt(grown, added)?.method?.kind, "manual");
  // the new child's 1 point does not make F2's 5
  assert.deepEqual(problems(grown).get("indicators.5.children.1.children"), [
    "指标 F2 的下级指标的分值合计 1，应为 5",
  ]);
  const codes = (s: typeof system) => s.indicators[0].children?.slice(0, 2).map((n) => n.code);
  assert.deepEqual(codes(moveNode(system, [0, 0], 1)), ["A2", "A1"]);
  assert.deepEqual(codes(moveNode(system, [0, 0], -1)), ["A1", "A2"], "the first cannot move up");
  assert.equal(removeNode(system, [0]).indicators.length, system.indicators.length - 1);
  assert.equal(nextVersion("2024.1"), "2024.2");
  assert.equal(nextVersion("初版"), "初版.1");
});
