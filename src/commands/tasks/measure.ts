// The plan's own words behind a task: the full text of its measure and the clause naming the
// responsible units, as spans of the plan document's current record (so the task can open the
// document at that place), and the units the measure is shared with.
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { visibleDocuments } from "../documents/documents.ts";
import { planMeasures } from "./plan-measures.ts";
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

/** The measure a task came from, as the plan's current analysis words it (null for added tasks,
 *  or when the plan is gone or hidden from the scope). Only the plan's measures are read, kept
 *  per analysis with the 督办 search's (`planMeasures`), never the whole record. */
export async function taskMeasure(
  store: Store,
  scope: Scope,
  task: Pick<TaskRow, "ledger_id" | "measure_no" | "title">,
): Promise<MeasureText | null> {
  if (task.measure_no === null) return null;
  requirePermission(scope, "public");
  // the plan as the scope may see it (a published one for the public), and its current analysis
  const plan = await visibleDocuments(store, scope)
    .innerJoin("ledgers", "ledgers.document_id", "documents.id")
    .select(["documents.id", "documents.analysis_id"])
    .where("ledgers.id", "=", task.ledger_id)
    .executeTakeFirst();
  if (!plan || plan.analysis_id === null) return null;
  const measures = (await planMeasures(store, [plan.analysis_id])).get(plan.analysis_id) ?? [];
  // the same number and title; a re-analysis that renumbered the measures falls back to the title
  const m =
    measures.find((x) => x.no === task.measure_no && x.title === task.title) ??
    measures.find((x) => x.title === task.title);
  if (!m) return null;
  const start = m.start + (m.text.length - m.text.trimStart().length);
  const text = m.text.trim();
  return {
    documentId: plan.id,
    text,
    start,
    end: start + text.length,
    clause: m.clause,
    clauseStart: m.clauseStart,
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
