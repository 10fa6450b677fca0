// The comparison's charts (web/src/scenes/compare/charts.ts): one chart per axis as the
// indicator catalogue names it, so counts and rates never share a scale; money in 万元; the
// line chart's legend scrolls beside the plot instead of over it.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { INDICATORS } from "../src/rules/indicators.ts";
import type { ComparedFact } from "../src/server/api-types.ts";
import { presentIndicator } from "../src/server/presenters/indicator.ts";
import { compareCharts } from "../web/src/scenes/compare/charts.ts";

const indicators = INDICATORS.map(presentIndicator);
const fact = (indicator: string, value: number, issuer: string, year: number): ComparedFact => ({
  id: value,
  documentId: 1,
  documentTitle: null,
  indicator,
  indicatorLabel: "",
  value,
  unit: "",
  quote: "",
  subject: "",
  start: 0,
  end: 1,
  region: issuer,
  regionCode: null,
  regionLabel: issuer,
  issuer,
  issuerLabel: issuer,
  series: issuer,
  year,
  title: null,
  name: "x.txt",
});
const points = [
  fact("mediation.success_rate", 97.1, "长沙市", 2023),
  fact("mediation.success_rate", 99, "清镇市", 2022),
  fact("reconsideration.closed", 1274, "长沙市", 2023),
  fact("enforcement.fines", 182_000_000, "长沙市", 2023),
];
type Axis = { name: string; axisLabel: { formatter: string } };
type Series = { name: string; data: Array<number | null> };

describe("comparison charts", () => {
  test("the catalogue gives every indicator its unit and axis", () => {
    const by = (id: string) => indicators.find((i) => i.id === id);
    assert.equal(by("mediation.success_rate")?.axis, "比率（%）");
    assert.equal(by("reconsideration.closed")?.axis, "数量（件）");
    assert.equal(by("enforcement.fines")?.axis, "金额（万元）");
    for (const i of indicators) assert.match(i.axis, /^(数量|比率|金额)（.+）$/, i.id);
  });

  test("a rate, a count and an amount: three charts, each axis named with its unit", () => {
    const chosen = ["mediation.success_rate", "reconsideration.closed", "enforcement.fines"];
    const charts = compareCharts("bar", points, chosen, indicators);
    assert.deepEqual(
      charts.map((c) => c.axis),
      ["比率（%）", "数量（件）", "金额（万元）"],
    );
    assert.equal((charts[0].option.yAxis as Axis).axisLabel.formatter, "{value}%");
    assert.deepEqual((charts[1].option.series as Series[])[0].data, [1274]);
    assert.deepEqual((charts[2].option.series as Series[])[0].data, [18200], "元 shown in 万元");
  });

  test("indicators on the same axis share a chart; an axis without data is left out", () => {
    const chosen = ["mediation.success_rate", "reconsideration.correction_rate", "legal_aid.cases"];
    const charts = compareCharts("bar", points, chosen, indicators);
    assert.equal(charts.length, 1);
    assert.equal(charts[0].names, "调解成功率、行政复议纠错率");
  });

  test("lines: years along the bottom, the legend scrolling beside the plot", () => {
    const [chart] = compareCharts("line", points, ["mediation.success_rate"], indicators);
    const legend = chart.option.legend as { type: string; orient: string; right: number };
    const grid = chart.option.grid as { right: number };
    assert.equal(legend.type, "scroll");
    assert.equal(legend.orient, "vertical");
    assert.ok(grid.right >= 200, "the plot leaves room for the legend");
    assert.deepEqual((chart.option.xAxis as { data: string[] }).data, ["2022", "2023"]);
    assert.deepEqual(
      (chart.option.series as Series[]).map((s) => [s.name, s.data]),
      [
        ["长沙市", [null, 97.1]],
        ["清镇市", [99, null]],
      ],
    );
  });
});
