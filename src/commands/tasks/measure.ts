// The plan's own words behind a task: the full text of its measure and the clause naming the
// responsible units, as spans of the plan document's current record (so the task can open the
// document at that place), and the units the measure is shared with.
import type { Store } from "../../store/db.ts";
import type { Scope } from "../access/scope.ts";
import { getDocument } from "../documents/documents.ts";
import { DomainError } from "../errors.ts";
import { type TaskRow, visibleTasks } from "./tasks.ts";

export interface MeasureText {
  documentId: number;
  /** the measure as the plan words it, from its number to its clause */
  text: string;
  start: number;
  end: number;
  clause: string | null;
  clauseStart: number | null;
}

/** The measure a task came from, read from the plan's current record (null for added tasks). */
export async function taskMeasure(
  store: Store,
  scope: Scope,
  task: Pick<TaskRow, "ledger_id" | "measure_no" | "title">,
): Promise<MeasureText | null> {
  if (task.measure_no === null) return null;
  const ledger = await store.db
    .selectFrom("ledgers")
    .select("document_id")
    .where("id", "=", task.ledger_id)
    .executeTakeFirst();
  if (!ledger) return null;
  let record: Awaited<ReturnType<typeof getDocument>>["record"];
  try {
    ({ record } = await getDocument(store, scope, ledger.document_id));
  } catch (e) {
    if (e instanceof DomainError && e.kind === "not_found") return null;
    throw e;
  }
  // the same number and title; a re-analysis that renumbered the measures falls back to the title
  const m =
    record.measures.find((x) => x.no === task.measure_no && x.title === task.title) ??
    record.measures.find((x) => x.title === task.title);
  if (!m) return null;
  const raw = record.text.slice(m.start, m.end);
  const start = m.start + (raw.length - raw.trimStart().length);
  const text = raw.trim();
  return {
    documentId: ledger.document_id,
    text,
    start,
    end: start + text.length,
    clause: m.clause,
    clauseStart: m.clause_start,
  };
}

/** The units sharing a task's measure in its ledger (lead first), as the scope may see them. */
export async function measureUnits(
  store: Store,
  scope: Scope,
  task: Pick<TaskRow, "ledger_id" | "measure_no" | "title">,
) {
  let q = visibleTasks(store.db, scope)
    .select(["id", "unit_name", "role"])
    .where("ledger_id", "=", task.ledger_id);
  q =
    task.measure_no === null
      ? q.where("measure_no", "is", null).where("title", "=", task.title)
      : q.where("measure_no", "=", task.measure_no);
  const rows = await q.orderBy("role", "desc").orderBy("id").execute();
  return rows.map((r) => ({ id: r.id, unitName: r.unit_name, role: r.role }));
}
