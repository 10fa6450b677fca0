// A plan as a ledger: one row per measure, and a summary per responsible unit, the way a
// supervising office tracks it. Pure data; the CLI and exports present it.
import type { Measure } from "../types.ts";
import { type ResolvedUnit, resolveUnit, unitKey } from "./units.ts";

export interface LedgerRow {
  no: number;
  area: string;
  group: string;
  title: string;
  lead: string[];
  cooperate: string[];
  due: string;
  dueSource: "明确" | "默认" | "";
  /** a term that is no date, as written (长期坚持, 每年3月底前), when there is no date */
  term: string;
  termKind: "长期" | "定期" | "";
  deadlineQuote: string;
  clause: string;
}

export interface UnitSummary {
  key: string;
  /** the name as the plan most often writes it */
  name: string;
  /** the registry's name for it (市发改委 → 市发展和改革委员会), else the written name */
  canonical: string;
  /** the names the plan writes for this unit */
  written: string[];
  collective: boolean;
  known: boolean;
  leads: number;
  cooperates: number;
  earliestDue: string | null;
  measures: number[];
}

export interface Ledger {
  rows: LedgerRow[];
  units: UnitSummary[];
  areas: string[];
}

function mostFrequent(names: string[], measures: Measure[]): string {
  const count = (n: string) =>
    measures.reduce((c, m) => c + (m.lead.includes(n) ? 1 : 0) + (m.cooperate.includes(n) ? 1 : 0), 0);
  return [...names].sort((a, b) => count(b) - count(a))[0];
}

export function buildLedger(measures: Measure[]): Ledger {
  const rows: LedgerRow[] = measures.map((m) => ({
    no: m.no,
    area: m.area ?? "",
    group: m.group ? `${m.group.no}. ${m.group.title}` : "",
    title: m.title,
    lead: m.lead,
    cooperate: m.cooperate,
    due: m.due?.date ?? "",
    dueSource: m.due ? (m.due.inherited ? "默认" : "明确") : "",
    term: m.term?.quote ?? "",
    termKind: m.term ? (m.term.kind === "standing" ? "长期" : "定期") : "",
    deadlineQuote: m.deadlines.map((d) => d.quote).join(";"),
    clause: m.clause ?? "",
  }));
  const units = new Map<string, UnitSummary>();
  const touch = (u: ResolvedUnit, m: Measure, role: "lead" | "cooperate") => {
    const key = unitKey(u);
    const s = units.get(key) ?? {
      key,
      name: u.written,
      canonical: u.name,
      written: [],
      collective: u.collective,
      known: u.known,
      leads: 0,
      cooperates: 0,
      earliestDue: null,
      measures: [],
    };
    if (!s.written.includes(u.written)) s.written.push(u.written);
    if (role === "lead") s.leads++;
    else s.cooperates++;
    if (!s.measures.includes(m.no)) s.measures.push(m.no);
    if (m.due && (!s.earliestDue || m.due.date < s.earliestDue)) s.earliestDue = m.due.date;
    units.set(key, s);
  };
  for (const m of measures) {
    for (const u of m.lead) touch(resolveUnit(u), m, "lead");
    for (const u of m.cooperate) touch(resolveUnit(u), m, "cooperate");
  }
  const areas = [...new Set(rows.map((r) => r.area || "未分类"))];
  const list = [...units.values()];
  for (const s of list) s.name = mostFrequent(s.written, measures);
  return {
    rows,
    units: list.sort(
      (a, b) => b.leads - a.leads || b.cooperates - a.cooperates || a.name.localeCompare(b.name, "zh"),
    ),
    areas,
  };
}

/** How a row's deadline reads: its date (with 默认 when inherited), else its term, else 未明确. */
export const dueText = (r: LedgerRow): string =>
  r.due ? `${r.due}${r.dueSource === "默认" ? "（默认）" : ""}` : r.term || "未明确";
