// The assessment's ranking chart (web/src/scenes/assess/charts.ts): the score axis runs from 0
// to the full mark and says its unit — a new round with every unit at 0 drew an axis of
// 0, 0.2, …, 1 named 得分, which read as rates.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { rankingOption } from "../web/src/scenes/assess/charts.ts";
import type { UnitResultJson } from "../web/src/scenes/assess/types.ts";

const unit = (unitName: string, total: number): UnitResultJson => ({
  unitId: total,
  unitName,
  documentId: null,
  documentTitle: null,
  rank: 1,
  total,
  max: 100,
  previousTotal: null,
  change: null,
  firstLevel: [],
  items: [],
});

describe("the ranking chart", () => {
  test("its axis runs to the full mark, in 分", () => {
    const option = rankingOption([unit("市司法局", 0), unit("市发改委", 0)]);
    assert.equal(option.xAxis.max, 100);
    assert.equal(option.xAxis.min, 0);
    assert.equal(option.xAxis.name, "得分（分）");
  });
});
