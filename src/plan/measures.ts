// Placeholder until the plan issue: implementation-plan measures.
import type { Finding, Measure, Noise } from "../types.ts";
import type { OutlineItem } from "../structure/outline.ts";

export interface PlanInput {
  text: string;
  norm: string;
  outline: OutlineItem[];
  noise: Noise[];
}

export function extractMeasures(_input: PlanInput): { measures: Measure[]; findings: Finding[] } {
  return { measures: [], findings: [] };
}
