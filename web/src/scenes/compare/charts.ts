// The comparison's charts: one chart per axis (“比率（%）”, “数量（件）”, “金额（万元）”, as
// the indicator catalogue gives them), so 1,274 cases never stand beside 97% on one scale. Bars
// put issuers (and years) along the bottom, one series per indicator; lines put years along the
// bottom, one series per issuer and indicator, with the legend beside the plot, scrolling.
import type { ComparedFact, Indicator } from "../../api.ts";

export type ChartMode = "bar" | "line";

/** A series is one issuer, as the server names it: a city and its departments share the area but
 *  not the series; two 鼓楼区人民政府 carry their cities (鼓楼区人民政府（福州市）). */
export const who = (p: ComparedFact) => p.series;
const category = (p: ComparedFact) => `${who(p)}${p.year ? ` ${p.year}` : ""}`;

export interface AxisChart {
  /** the axis's name with its unit */
  axis: string;
  /** the indicators drawn */
  names: string;
  option: Record<string, unknown>;
}

/** The chosen indicators grouped by the axis they are drawn on, in the order chosen. */
function byAxis(chosen: string[], indicators: Indicator[]): Map<string, Indicator[]> {
  const groups = new Map<string, Indicator[]>();
  for (const id of chosen) {
    const ind = indicators.find((i) => i.id === id);
    if (!ind) continue;
    groups.set(ind.axis, [...(groups.get(ind.axis) ?? []), ind]);
  }
  return groups;
}

const shown = (value: number, ind: Indicator) => Math.round(value * ind.scale * 100) / 100;

export function compareCharts(
  mode: ChartMode,
  points: ComparedFact[],
  chosen: string[],
  indicators: Indicator[],
): AxisChart[] {
  const groups = byAxis(chosen, indicators);
  return [...groups]
    .map(([axis, group]) => {
      const mine = points.filter((p) => group.some((i) => i.id === p.indicator));
      const unit = group[0].unit;
      const yAxis = {
        type: "value",
        name: axis,
        nameTextStyle: { align: "left" },
        axisLabel: { formatter: unit === "%" ? "{value}%" : "{value}" },
      };
      const tooltip = {
        trigger: "axis",
        valueFormatter: (v: number | null) => (v === null || v === undefined ? "—" : `${v} ${unit}`),
      };
      if (mode === "bar") {
        const categories = [...new Set(mine.map(category))];
        return {
          axis,
          points: mine.length,
          option: {
            tooltip,
            legend: { type: "scroll", top: 0, left: 0, right: 0 },
            grid: { left: 60, right: 30, top: 64, bottom: 60, containLabel: true },
            xAxis: {
              type: "category",
              data: categories,
              axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 },
            },
            yAxis,
            series: group.map((ind) => ({
              name: ind.label,
              type: "bar",
              barMaxWidth: 64,
              data: categories.map((c) => {
                const p = mine.find((q) => q.indicator === ind.id && category(q) === c);
                return p ? shown(p.value, ind) : null;
              }),
            })),
          },
        };
      }
      const years = [...new Set(mine.map((p) => p.year).filter((y): y is number => y !== null))].sort();
      const issuers = [...new Set(mine.map(who))];
      return {
        axis,
        points: mine.length,
        option: {
          tooltip,
          // beside the plot, never over it: many issuers × indicators page through
          legend: {
            type: "scroll",
            orient: "vertical",
            right: 0,
            top: 24,
            bottom: 8,
            textStyle: { width: 200, overflow: "truncate" },
          },
          grid: { left: 60, right: 260, top: 48, bottom: 30, containLabel: true },
          xAxis: { type: "category", data: years.map(String), name: "年度" },
          yAxis,
          series: group.flatMap((ind) =>
            issuers.map((r) => ({
              name: group.length > 1 ? `${r} ${ind.label}` : r,
              type: "line",
              connectNulls: true,
              data: years.map((y) => {
                const p = mine.find((q) => q.indicator === ind.id && who(q) === r && q.year === y);
                return p ? shown(p.value, ind) : null;
              }),
            })),
          ),
        },
      };
    })
    .filter((c) => c.points > 0)
    .map(({ axis, option }) => ({
      axis,
      names:
        groups
          .get(axis)
          ?.map((i) => i.label)
          .join("、") ?? "",
      option,
    }));
}
