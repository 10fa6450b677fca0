// The only way supervision rows (ledgers, tasks, updates, evidence, reminders) become API JSON.
import { titleMarks } from "../../shared/title-marks.ts";
import type { Selectable } from "kysely";
import { DUE_BASIS_LABEL, type DueBasis } from "../../rules/relative-deadlines.ts";
import type { MeasureText } from "../../commands/tasks/measure.ts";
import { NOTIFICATION_LABEL, TASK_UPDATE_LABEL } from "../../rules/task-labels.ts";
import type { TaskTable } from "../../store/schema.ts";
import { iso, isoOrNull } from "./time.ts";

export type DisplayStatus = "未开始" | "进行中" | "待审核" | "已办结" | "已逾期";

export function presentTask(t: Selectable<TaskTable> & { display: DisplayStatus; matched?: string | null }) {
  return {
    id: t.id,
    ledgerId: t.ledger_id,
    measureNo: t.measure_no,
    title: t.title,
    area: t.area,
    group: t.grp,
    unitName: t.unit_name,
    role: t.role,
    due: t.due,
    dueInherited: t.due_inherited,
    /** the plan's term instead of a date (长期坚持, 每年3月底前), as written; null when none */
    term: t.term,
    /** how the deadline was set, in words (方案时限, 长期(期间届满), 已调整…); null for older tasks */
    dueBasis: t.due_basis ? (DUE_BASIS_LABEL[t.due_basis as DueBasis] ?? null) : null,
    /** the collective owner the task was expanded from (市直各相关单位), else null */
    collective: t.collective,
    status: t.status,
    display: t.display,
    percent: t.percent,
    /** returned by the office and not yet asked for closure again */
    returned: t.returned_at !== null && t.status !== "closed",
    returnedAt: isoOrNull(t.returned_at),
    closedAt: isoOrNull(t.closed_at),
    createdAt: iso(t.created_at),
    updatedAt: iso(t.updated_at),
    /** found by a search in its measure's text (its title and unit do not hold the words): that
     *  text around the first word; null otherwise */
    matched: t.matched ?? null,
  };
}

export function presentTaskDetail(d: {
  task: Parameters<typeof presentTask>[0];
  updates: Array<{
    id: number;
    kind: string;
    text: string;
    percent: number | null;
    created_at: Date | string;
    display_name: string | null;
    on_behalf: boolean;
  }>;
  attachments: Array<{ id: number; update_id: number; name: string; mime: string; size: number }>;
  measure: MeasureText | null;
  units: Array<{ id: number; unitName: string; role: "lead" | "cooperate" }>;
}) {
  return {
    task: presentTask(d.task),
    /** the plan's full text of the measure and its clause, as spans of the plan document */
    measure: d.measure,
    /** the units sharing the measure in this ledger (as the caller may see them) */
    units: d.units,
    updates: d.updates.map((u) => ({
      id: u.id,
      kind: u.kind,
      kindLabel: TASK_UPDATE_LABEL[u.kind] ?? "记录",
      text: u.text,
      percent: u.percent,
      createdAt: iso(u.created_at),
      author: u.display_name,
      /** a report (progress, closure request) made for the unit by an account not of the unit
       *  (代为填报: the office), as recorded when it was made */
      onBehalf: u.on_behalf,
    })),
    attachments: d.attachments.map((a) => ({
      id: a.id,
      updateId: a.update_id,
      name: a.name,
      mime: a.mime,
      size: a.size,
    })),
  };
}

export function presentLedger(l: {
  id: number;
  title: string;
  document_id: number;
  created_at: Date | string;
  period_start: string | null;
  period_end: string | null;
  archived_at: Date | string | null;
  tasks: number | string | null;
}) {
  return {
    id: l.id,
    // named when the ledger was made from the plan's title as read (<…> from a web page)
    title: titleMarks(l.title),
    documentId: l.document_id,
    createdAt: iso(l.created_at),
    periodStart: l.period_start,
    periodEnd: l.period_end,
    archived: l.archived_at !== null,
    tasks: Number(l.tasks ?? 0),
  };
}

export interface Tally {
  name: string;
  total: number;
  closed: number;
  overdue: number;
  pending: number;
  rate: number;
}

/** A ledger's completion: already shaped by the command, checked here against its type. */
export const presentOverview = (o: {
  ledger: {
    id: number;
    title: string;
    documentId: number;
    periodStart: string | null;
    periodEnd: string | null;
    archived: boolean;
  };
  on: string;
  total: number;
  closed: number;
  overdue: number;
  pending: number;
  rate: number;
  byArea: Tally[];
  byUnit: Tally[];
}) => o;

export function presentReminder(r: {
  id: number;
  ledgerId: number;
  ledgerTitle: string;
  measureNo: number | null;
  title: string;
  unitName: string;
  due: string;
  display: string;
  daysLeft: number;
}) {
  return {
    id: r.id,
    ledgerId: r.ledgerId,
    ledgerTitle: r.ledgerTitle,
    measureNo: r.measureNo,
    title: r.title,
    unitName: r.unitName,
    due: r.due,
    display: r.display,
    daysLeft: r.daysLeft,
  };
}

/** What the ledger creation dialog needs (GET /api/ledgers/draft). */
export function presentLedgerDraft(d: {
  document: { id: number; title: string };
  measures: number;
  planYears: { start: number; end: number } | null;
  period: { start: string; end: string };
  offset: number;
  existing: Array<Parameters<typeof presentLedger>[0] & { edition: number }>;
  collectives: Array<{ phrase: string; hint: string; tasks: number; suggestions: string[] }>;
}) {
  return {
    document: { ...d.document, title: titleMarks(d.document.title) },
    measures: d.measures,
    planYears: d.planYears,
    period: d.period,
    offset: d.offset,
    existing: d.existing.map(presentLedger),
    collectives: d.collectives.map((c) => ({
      phrase: c.phrase,
      hint: c.hint,
      tasks: c.tasks,
      suggestions: c.suggestions,
    })),
  };
}

export function presentNotification(n: {
  id: number;
  kind: string;
  text: string;
  task_id: number | null;
  ledger_id: number | null;
  created_at: Date | string;
  read_at: Date | string | null;
  actor: string | null;
}) {
  return {
    id: n.id,
    kind: n.kind,
    kindLabel: NOTIFICATION_LABEL[n.kind] ?? "通知",
    text: n.text,
    taskId: n.task_id,
    ledgerId: n.ledger_id,
    createdAt: iso(n.created_at),
    read: n.read_at !== null,
    actor: n.actor,
  };
}
