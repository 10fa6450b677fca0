// A ledger's period and the deadlines laid into it. An old plan's dates keep their order but
// move with the period (a 2018 plan adopted for 2025—2027 is not seven years overdue on its
// first day); what a plan says without a year (每年, 长期坚持, 年底前) is resolved against the
// period; a measure with no time at all is due at the period's end. Pure functions.
import { type DueBasis, RECURRING_DUE, RELATIVE_DEADLINES } from "../rules/relative-deadlines.ts";
import type { Measure } from "../types.ts";
import { isoDate } from "./deadlines.ts";

export interface Period {
  /** YYYY-MM-DD, both included */
  start: string;
  end: string;
}

export interface PlannedDue {
  due: string | null;
  basis: DueBasis | null;
  inherited: boolean;
}

const year = (date: string) => Number(date.slice(0, 4));

/** The years the plan's own deadlines span (dated and default), or null when it dates nothing. */
export function planYears(measures: Measure[]): { start: number; end: number } | null {
  const years = measures.flatMap((m) => (m.due ? [year(m.due.date)] : []));
  return years.length ? { start: Math.min(...years), end: Math.max(...years) } : null;
}

/** Years to add to the plan's dates so they fall in the period: 0 when they already do. */
export function periodOffset(plan: { start: number; end: number } | null, period: Period): number {
  if (!plan) return 0;
  if (plan.start >= year(period.start) && plan.end <= year(period.end)) return 0;
  return year(period.start) - plan.start;
}

function fromParts(y: number, month: number, day: number): string {
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return isoDate(y, month, Math.min(day, last));
}

const isMonthEnd = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return d === new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** The same date N months later (or earlier); a month's last day stays the last day (06-30 → 12-31). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return fromParts(ny, nm, isMonthEnd(date) ? 31 : d);
}

const clamp = (date: string, p: Period) => (date < p.start ? p.start : date > p.end ? p.end : date);

/**
 * The deadline of a measure's tasks. Without a period the plan's date as written; with one,
 * the plan's date moved by `offset` years and kept inside the period, else the term the measure
 * gives (长期坚持: the period's end; 每年3月底前: its first time in the period), else a phrase
 * without a year resolved against it, else the plan's default moved likewise, else the period's end.
 */
export function dueInPeriod(
  m: Measure,
  measureText: string,
  period: Period | null,
  offset: number,
): PlannedDue {
  const inherited = m.due?.inherited ?? false;
  if (!period)
    return {
      due: m.due?.date ?? null,
      basis: m.due ? (inherited ? "plan-default" : "plan") : null,
      inherited,
    };
  const laid = (date: string) => clamp(addMonths(date, offset * 12), period);
  if (m.due && !inherited) return { due: laid(m.due.date), basis: "plan", inherited: false };
  // the term the plan gives as the measure's deadline decides before words anywhere in its text
  if (m.term?.kind === "standing") return { due: period.end, basis: "ongoing", inherited: false };
  // a recurring time read from the measure's text gives the schedule (每年), not its first date:
  // it is no deadline the plan set, and its first time may lie before the ledger is made
  const recurring =
    m.term?.kind === "recurring" && !m.term.inText ? firstRecurrence(m.term.quote, period) : null;
  if (recurring) return { due: recurring, basis: "recurring", inherited: false };
  const relativeIn = (text: string) => RELATIVE_DEADLINES.find((r) => r.re.test(text));
  const relative = (m.term && relativeIn(m.term.quote)) || relativeIn(measureText);
  if (relative) {
    if (relative.basis === "ongoing") return { due: period.end, basis: "ongoing", inherited: false };
    let date = fromParts(year(period.start), relative.month, 31);
    if (date < period.start) date = fromParts(year(period.start) + 1, relative.month, 31);
    return { due: clamp(date, period), basis: relative.basis, inherited: false };
  }
  if (m.due) return { due: laid(m.due.date), basis: "plan-default", inherited: true };
  return { due: period.end, basis: "period-end", inherited: false };
}

/** The first date in the period a recurring term (每年3月底前, 每季度) falls due, or null when it names no time of year. */
function firstRecurrence(term: string, period: Period): string | null {
  for (const rule of RECURRING_DUE) {
    const m = rule.re.exec(term);
    if (!m) continue;
    const inYear = rule
      .dates(m)
      .filter((d) => d.month >= 1 && d.month <= 12)
      .sort((a, b) => a.month - b.month || a.day - b.day);
    for (let y = year(period.start); y <= year(period.end); y++)
      for (const d of inYear) {
        const date = fromParts(y, d.month, d.day);
        if (date >= period.start) return clamp(date, period);
      }
    return period.end;
  }
  return null;
}

const realDate = (d: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
};

/** A period is two real dates in order. */
export const validPeriod = (p: Period) => realDate(p.start) && realDate(p.end) && p.start <= p.end;
