// Chart options: the radar of first-level indicators (score rate per axis) and the
// distribution of units by score rate.
import type { ResultsJson, UnitResultJson } from "./types.ts";

export function radarOption(system: ResultsJson["system"], units: UnitResultJson[]) {
  return {
    tooltip: {},
    legend: { data: units.map((u) => u.unitName), bottom: 0 },
    radar: {
      indicator: system.firstLevel.map((f) => ({ name: f.name, max: 100 })),
      radius: "62%",
      axisName: { fontSize: 11 },
    },
    series: [
      {
        type: "radar",
        data: units.map((u) => ({
          name: u.unitName,
          value: system.firstLevel.map((f) => {
            const n = u.firstLevel.find((x) => x.code === f.code);
            return n?.max ? Math.round((1000 * n.points) / n.max) / 10 : 0;
          }),
        })),
      },
    ],
  };
}

export function distributionOption(distribution: ResultsJson["distribution"]) {
  return {
    tooltip: {},
    xAxis: { type: "category", data: distribution.map((d) => d.label), name: "得分率" },
    yAxis: { type: "value", minInterval: 1, name: "单位数" },
    series: [{ type: "bar", data: distribution.map((d) => d.count), label: { show: true, position: "top" } }],
  };
}

export function rankingOption(units: UnitResultJson[]) {
  const sorted = [...units].reverse();
  return {
    tooltip: {},
    grid: { left: 140, right: 40 },
    // the axis runs to the full mark, in 分: with every unit at 0 it read 0–1 in steps of 0.2
    xAxis: {
      type: "value",
      name: "得分（分）",
      min: 0,
      max: Math.max(0, ...units.map((u) => u.max)) || undefined,
    },
    yAxis: { type: "category", data: sorted.map((u) => u.unitName) },
    series: [
      {
        type: "bar",
        name: "本年",
        data: sorted.map((u) => u.total),
        label: { show: true, position: "right" },
      },
      { type: "bar", name: "上年", data: sorted.map((u) => u.previousTotal ?? 0) },
    ],
    legend: { data: ["本年", "上年"] },
  };
}
