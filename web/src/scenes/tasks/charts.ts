// The 督办 overview's chart: completion rates and overdue counts by area or unit.
import type { Overview } from "../../api.ts";

export function rateChart(rows: Overview["byArea"]) {
  // two plots side by side on one list of areas, each on its own scale: completion in percent
  // (0–100%) on the left, overdue tasks counted on the right, so a count of 3 never reaches 100%
  const areas = { type: "category", data: rows.map((r) => r.name), inverse: true };
  const named = (name: string) => ({ name, nameLocation: "middle", nameGap: 28, position: "top" });
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    axisPointer: { link: [{ yAxisIndex: "all" }] },
    legend: { top: 0 },
    grid: [
      { left: 180, right: "38%", top: 84, bottom: 24 },
      { left: "68%", right: 48, top: 84, bottom: 24 },
    ],
    xAxis: [
      {
        gridIndex: 0,
        type: "value",
        max: 100,
        ...named("完成率（%）"),
        axisLabel: { formatter: "{value}%" },
      },
      { gridIndex: 1, type: "value", minInterval: 1, ...named("逾期任务（项）") },
    ],
    yAxis: [
      { ...areas, gridIndex: 0, axisLabel: { width: 170, overflow: "truncate" } },
      { ...areas, gridIndex: 1, axisLabel: { show: false } },
    ],
    series: [
      {
        name: "完成率",
        type: "bar",
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: rows.map((r) => r.rate),
        label: { show: true, position: "right", formatter: "{c}%" },
        tooltip: { valueFormatter: (v: number) => `${v}%` },
      },
      {
        name: "逾期任务",
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: rows.map((r) => r.overdue),
        itemStyle: { color: "#ff7875" },
        label: { show: true, position: "right" },
        tooltip: { valueFormatter: (v: number) => `${v} 项` },
      },
    ],
  };
}
