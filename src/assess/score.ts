// Score one unit against a system: each leaf by its method, subtotals up the tree. Pure: the
// same system and inputs always give the same score.
import { INDICATORS } from "../rules/indicators.ts";
import type { MethodResult } from "./methods/common.ts";
import { round2 } from "./methods/common.ts";
import {
  type PreparedDocument,
  prepareDocument,
  scoreFact,
  scoreFindings,
  scoreParts,
  scoreText,
} from "./methods/document.ts";
import { scoreLedger, scoreManual, scoreSeason, scoreSurvey } from "./methods/platform.ts";
import { type IndicatorNode, type IndicatorSystem, leaves, type Method, METHOD_LABEL } from "./system.ts";
import type { ItemScore, NodeScore, UnitInputs, UnitScore } from "./types.ts";

const INDICATOR_LABEL = new Map(INDICATORS.map((i) => [i.id, i.label]));

function scoreLeaf(
  code: string,
  method: Method,
  max: number,
  inputs: UnitInputs,
  doc: PreparedDocument | null,
): MethodResult {
  switch (method.kind) {
    case "fact":
      return scoreFact(method, max, doc, INDICATOR_LABEL.get(method.indicator) ?? method.indicator);
    case "text":
      return scoreText(method, max, doc);
    case "parts":
      return scoreParts(method, max, doc);
    case "findings":
      return scoreFindings(method, max, doc);
    case "season":
      return scoreSeason(method, max, inputs.season);
    case "ledger":
      return scoreLedger(method, max, inputs.ledger);
    case "manual":
      return scoreManual(method, max, inputs.manual[code]);
    case "survey":
      return scoreSurvey(method, max, inputs.survey[code]);
  }
}

/** Score every leaf; `only` limits scoring to some methods (the others are left out of the result). */
export function scoreUnit(
  system: IndicatorSystem,
  inputs: UnitInputs,
  only?: ReadonlySet<Method["kind"]>,
): UnitScore {
  const doc = inputs.document ? prepareDocument(inputs.document) : null;
  const items: ItemScore[] = [];
  for (const { node, path } of leaves(system)) {
    if (only && !only.has(node.method.kind)) continue;
    const r = scoreLeaf(node.code, node.method, node.points, inputs, doc);
    items.push({
      code: node.code,
      name: node.name,
      path,
      method: node.method.kind,
      max: node.points,
      ...r,
    });
  }
  return summarise(system, items);
}

/** Subtotals of the tree from item scores (also used when stored items are re-read). */
export function summarise(system: IndicatorSystem, items: ItemScore[]): UnitScore {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const walk = (nodes: IndicatorNode[]): NodeScore[] =>
    nodes.flatMap((n) => {
      if (n.method) {
        const item = byCode.get(n.code);
        return item ? [{ code: n.code, name: n.name, max: item.max, points: item.points, children: [] }] : [];
      }
      const children = walk(n.children ?? []);
      if (children.length === 0) return [];
      return [
        {
          code: n.code,
          name: n.name,
          max: round2(children.reduce((s, c) => s + c.max, 0)),
          points: round2(children.reduce((s, c) => s + c.points, 0)),
          children,
        },
      ];
    });
  const tree = walk(system.indicators);
  return {
    total: round2(tree.reduce((s, n) => s + n.points, 0)),
    max: round2(tree.reduce((s, n) => s + n.max, 0)),
    tree,
    items,
  };
}

export { METHOD_LABEL };
