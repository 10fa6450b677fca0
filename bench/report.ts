// How every bench prints: one line per figure, the figure beside its goal and the sizes it ran
// at, so that `npm run bench` reads as one table and scripts/bench.js can count missed goals.
//
//   figure({ label: "engine / Recognizers-Text", value: 11.2, unit: "×", goal: { atLeast: 10 },
//            at: "440 documents, 10.0 MB, one core" })
//   →  engine / Recognizers-Text                11.2 ×        goal ≥ 10 ×       met     440 documents, 10.0 MB, one core

/** A bound the figure must keep; absent when the figure is shown for information. */
export type Goal = { atMost: number } | { atLeast: number } | { below: number } | { above: number };

export interface Figure {
  /** what was measured */
  label: string;
  value: number;
  /** "ms", "MB/s", "×", "docs/s", "" … */
  unit: string;
  goal?: Goal;
  /** the sizes it ran at: documents, megabytes, connections, seconds, engine */
  at: string;
  /** decimals shown (default: 2 below 10, 1 below 100, else 0) */
  digits?: number;
}

/** Printed after a goal the figure misses; scripts/bench.js counts the lines that carry it. */
export const MISSED = "MISSED";

const defaultDigits = (v: number) => (Math.abs(v) < 10 ? 2 : Math.abs(v) < 100 ? 1 : 0);

export function formatNumber(value: number, digits = defaultDigits(value)): string {
  return value.toFixed(digits);
}

function describeGoal(
  goal: Goal,
  unit: string,
  digits?: number,
): { text: string; met: (v: number) => boolean } {
  const u = unit ? ` ${unit}` : "";
  const n = (v: number) => formatNumber(v, digits ?? (Number.isInteger(v) ? 0 : undefined));
  if ("atMost" in goal) return { text: `≤ ${n(goal.atMost)}${u}`, met: (v) => v <= goal.atMost };
  if ("atLeast" in goal) return { text: `≥ ${n(goal.atLeast)}${u}`, met: (v) => v >= goal.atLeast };
  if ("below" in goal) return { text: `< ${n(goal.below)}${u}`, met: (v) => v < goal.below };
  return { text: `> ${n(goal.above)}${u}`, met: (v) => v > goal.above };
}

/** The line of one figure (no newline); `met` is null when the figure has no goal. */
export function figureLine(f: Figure): { line: string; met: boolean | null } {
  const value = `${formatNumber(f.value, f.digits)}${f.unit ? ` ${f.unit}` : ""}`;
  const goal = f.goal ? describeGoal(f.goal, f.unit) : null;
  const met = goal ? goal.met(f.value) : null;
  const verdict = met === null ? "" : met ? "met" : MISSED;
  const line = `  ${f.label.padEnd(44)} ${value.padStart(12)}   ${(goal ? `goal ${goal.text}` : "").padEnd(18)} ${verdict.padEnd(7)} ${f.at}`;
  return { line: line.trimEnd(), met };
}

/** Print one figure beside its goal; answers whether the goal is met (true when it has none). */
export function figure(f: Figure): boolean {
  const { line, met } = figureLine(f);
  console.log(line);
  return met !== false;
}

/** A heading for a group of figures, with what they ran on. */
export function heading(title: string, at?: string): void {
  console.log(`\n${title}${at ? ` — ${at}` : ""}`);
}

/** The p-th percentile (0–100) of numbers sorted ascending. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Resident memory of this process, MiB. */
export const rssMb = () => process.memoryUsage().rss / 1024 / 1024;
