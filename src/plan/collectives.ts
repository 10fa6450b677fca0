// Collective owners (市直各相关单位, 各县市区政府) and their expansion into the concrete units
// the office chooses when it makes a ledger. The expansion takes plain unit names, so it binds
// to any source of units (the plan's own, the division table, a unit registry).
import type { CollectiveKind } from "../rules/collectives.ts";
import { regionsUnder } from "../structure/regions.ts";
import type { Measure } from "../types.ts";
import { departments as anyUnits, namesCore, readCollective } from "./collective-rule.ts";
import { resolveUnit, unitKey } from "./units.ts";

export interface CollectiveOwner {
  /** the name as the plan writes it */
  phrase: string;
  kind: CollectiveKind;
  hint: string;
  /** tasks the phrase makes (one per measure and role) */
  tasks: number;
  /** concrete units to offer: the governments under the plan's region, or the units the plan names */
  suggestions: string[];
}

/** name → the units it stands for; a name not listed (or listed with none) stays one task */
export type Expansions = Readonly<Record<string, readonly string[]>>;

const owners = (m: Measure) => [...m.lead, ...m.cooperate];

/** The plan's collective owners, most tasks first, with suggestions for each. */
export function collectiveOwners(measures: Measure[], region: string | null): CollectiveOwner[] {
  const counts = new Map<string, number>();
  for (const m of measures)
    for (const u of owners(m)) if (resolveUnit(u).collective) counts.set(u, (counts.get(u) ?? 0) + 1);
  const departments = namedUnits(measures);
  const governments = region ? regionsUnder(region).map((r) => `${r.name}人民政府`) : [];
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh"))
    .map(([phrase, tasks]) => {
      const reading = readCollective(phrase);
      const { kind, hint } = reading;
      if (kind === "governments") return { phrase, kind, hint, tasks, suggestions: governments };
      if (reading.core) {
        const core = reading.core;
        const ofKind = departments.filter((name) => namesCore(core, [name]));
        return { phrase, kind, hint, tasks, suggestions: ofKind };
      }
      return { phrase, ...anyUnitsOf(departments), tasks };
    });
}

/** The units the plan names one by one, as it first writes them, most tasks first. */
export function namedUnits(measures: Measure[]): string[] {
  const named = new Map<string, { name: string; n: number }>();
  for (const m of measures)
    for (const u of owners(m)) {
      const r = resolveUnit(u);
      if (r.collective) continue;
      const key = unitKey(r);
      named.set(key, { name: named.get(key)?.name ?? u, n: (named.get(key)?.n ?? 0) + 1 });
    }
  return [...named.values()].sort((a, b) => b.n - a.n).map((u) => u.name);
}

/** The reading of a collective that offers every unit (市直各相关单位), with these suggestions. */
export const anyUnitsOf = (suggestions: string[]) => {
  const { kind, hint } = anyUnits();
  return { kind, hint, suggestions };
};

/** The units a written owner stands for: the chosen ones for an expanded collective, else itself. */
export function expandOwner(
  name: string,
  expansions: Expansions,
): Array<{ unit: string; collective: string | null }> {
  const chosen = [...new Set((expansions[name] ?? []).map((u) => u.trim()).filter(Boolean))];
  return chosen.length
    ? chosen.map((unit) => ({ unit, collective: name }))
    : [{ unit: name, collective: null }];
}
