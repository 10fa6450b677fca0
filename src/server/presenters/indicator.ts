// The indicator catalogue as API JSON: what the comparison offers to choose from, with the unit
// and axis each is drawn on (counts in their unit, rates in %, money in 万元).
import { displayUnit, type IndicatorDef, QUANTITY_DISPLAY } from "../../rules/indicators.ts";

export const presentIndicator = (i: Pick<IndicatorDef, "id" | "label" | "area" | "kind" | "units">) => ({
  id: i.id,
  label: i.label,
  area: i.area,
  kind: i.kind,
  /** the unit values are shown in */
  unit: displayUnit(i),
  /** the axis's name with its unit, “比率（%）”; indicators with the same axis share one chart */
  axis: `${QUANTITY_DISPLAY[i.kind].name}（${displayUnit(i)}）`,
  /** factor from a fact's stored value to the unit shown (元 → 万元) */
  scale: QUANTITY_DISPLAY[i.kind].scale,
});
