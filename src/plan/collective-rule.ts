// Which kind of units a collective owner stands for (src/rules/collectives.ts), shared by the
// plan's suggestions and the unit registry's candidates so both read a phrase the same way.
import { COLLECTIVE_RULES, type CollectiveKind } from "../rules/collectives.ts";

export interface CollectiveReading {
  kind: CollectiveKind;
  hint: string;
  /** for "named": the kind of unit the phrase means (党校 in 各级党校) */
  core: string | null;
}

const DEPARTMENTS = COLLECTIVE_RULES.find((r) => r.kind === "departments");

/** The phrase read by the first rule that matches; "departments" when none does. */
export function readCollective(phrase: string): CollectiveReading {
  for (const rule of COLLECTIVE_RULES) {
    const m = rule.re.exec(phrase);
    if (!m) continue;
    const core = m.groups?.core ?? null;
    return { kind: rule.kind, hint: rule.hint.replace("{core}", core ?? ""), core };
  }
  return departments();
}

/** The fallback reading: departments and units of every kind. */
export function departments(): CollectiveReading {
  return { kind: "departments", hint: DEPARTMENTS?.hint ?? "部门和单位", core: null };
}

/** Whether a unit's names (full, short, aliases) say it is of the core's kind. */
export const namesCore = (core: string, names: Iterable<string | null | undefined>): boolean =>
  [...names].some((n) => n?.includes(core));
