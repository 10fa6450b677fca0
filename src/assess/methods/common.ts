// What every scoring method returns, and the arithmetic they share.
import type { Evidence, ItemStatus } from "../types.ts";

export interface MethodResult {
  points: number;
  status: ItemStatus;
  explanation: string;
  inputs: Record<string, unknown>;
  evidence: Evidence[];
}

/** Points to two decimals, so totals add up on screen and in exports. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Linear between `zero` (no points) and `full` (all points); works for lower-is-better too. */
export function sliding(value: number, full: number, zero: number, max: number): number {
  if (full === zero) return value >= full ? max : 0;
  const share = (value - zero) / (full - zero);
  return round2(max * Math.min(1, Math.max(0, share)));
}

export const none = (explanation: string, inputs: Record<string, unknown> = {}): MethodResult => ({
  points: 0,
  status: "no_evidence",
  explanation,
  inputs,
  evidence: [],
});

export const fmt = (n: number) => String(round2(n));
