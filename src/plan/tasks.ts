// A plan's measures as supervision tasks: one per measure and responsible unit (lead or
// cooperating), collective owners expanded into the chosen units, deadlines laid into the
// ledger's period. A unit named twice in one measure (as lead and, through an expansion, as
// cooperating) gets one task, as lead.
import type { DueBasis } from "../rules/relative-deadlines.ts";
import type { Measure } from "../types.ts";
import { type Expansions, expandOwner } from "./collectives.ts";
import { dueInPeriod, type Period, periodOffset, planYears } from "./period.ts";
import { resolveUnit, unitKey } from "./units.ts";

/** One task as the plan makes it; the tasks table (src/store/schema.ts) stores these columns. */
export interface PlannedTask {
  measure_no: number;
  title: string;
  area: string | null;
  grp: string | null;
  unit_name: string;
  unit_key: string;
  role: "lead" | "cooperate";
  due: string | null;
  due_inherited: boolean;
  due_basis: DueBasis | null;
  /** the term the measure gives instead of a date (长期坚持, 每年3月底前), as written, else null */
  term: string | null;
  /** the collective owner this task was expanded from (市直各相关单位), else null */
  collective: string | null;
}

export interface PlanTasksOptions {
  /** the analysed text the measures' spans point into */
  text: string;
  period: Period | null;
  expansions: Expansions;
  /** the key a unit's tasks are counted under (the unit registry's); by default the unit table's */
  keyOf?: (unit: string) => string;
}

export function planTasks(measures: Measure[], o: PlanTasksOptions): PlannedTask[] {
  const offset = o.period ? periodOffset(planYears(measures), o.period) : 0;
  return measures.flatMap((m) => {
    const due = dueInPeriod(m, o.text.slice(m.start, m.end), o.period, offset);
    const seen = new Set<string>();
    const roles = [
      ...m.lead.map((u) => ({ written: u, role: "lead" as const })),
      ...m.cooperate.map((u) => ({ written: u, role: "cooperate" as const })),
    ];
    return roles.flatMap(({ written, role }) =>
      expandOwner(written, o.expansions).flatMap(({ unit, collective }) => {
        const key = o.keyOf ? o.keyOf(unit) : unitKey(resolveUnit(unit));
        if (seen.has(key)) return [];
        seen.add(key);
        return [
          {
            measure_no: m.no,
            title: m.title,
            area: m.area,
            grp: m.group ? `${m.group.no}. ${m.group.title}` : null,
            unit_name: unit,
            unit_key: key,
            role,
            due: due.due,
            due_inherited: due.inherited,
            due_basis: due.basis,
            term: m.term?.quote ?? null,
            collective,
          },
        ];
      }),
    );
  });
}
