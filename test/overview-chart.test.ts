// The 督办 overview's chart (web/src/scenes/tasks/charts.ts): completion in percent and overdue
// tasks counted are two plots on their own axes, so a count of 3 never reaches the 100% line
// (issue 12.9: one chart with two x-axes drew 3 overdue tasks as long as a 100% rate).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { rateChart } from "../web/src/scenes/tasks/charts.ts";

const rows = [
  { name: "法治政府建设", total: 10, closed: 10, overdue: 0, pending: 0, rate: 100 },
  { name: "行政执法", total: 8, closed: 2, overdue: 3, pending: 1, rate: 25 },
];

describe("the 督办 overview chart", () => {
  test("rates and counts are separate plots, each axis named with its unit", () => {
    const chart = rateChart(rows);
    assert.equal(chart.grid.length, 2);
    const [rate, count] = chart.xAxis as Array<{ gridIndex: number; max?: number; name: string }>;
    assert.deepEqual([rate.gridIndex, rate.max, rate.name], [0, 100, "完成率（%）"]);
    // the count's axis is scaled by the counts, never capped at 100
    assert.deepEqual([count.gridIndex, count.max, count.name], [1, undefined, "逾期任务（项）"]);
    const [rates, overdue] = chart.series;
    assert.deepEqual([rates.xAxisIndex, rates.data], [0, [100, 25]]);
    assert.deepEqual([overdue.xAxisIndex, overdue.yAxisIndex, overdue.data], [1, 1, [0, 3]]);
    // both plots list the same areas in the same order
    assert.deepEqual(chart.yAxis[0].data, chart.yAxis[1].data);
    assert.deepEqual(chart.yAxis[0].data, ["法治政府建设", "行政执法"]);
  });
});
