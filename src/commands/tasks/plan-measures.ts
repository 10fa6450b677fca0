// A plan's measures as the task pages read them: each measure's number, title, span and clause,
// with its own text, per analysis. Both the 督办 search (each word in a measure's text) and a
// task's detail (the measure it came from) need only these, not the whole record (its facts and
// findings are most of it), so each analysis's measures are read from the database once and kept.
// An analysis never changes once stored (a re-analysis is a new one, made current by the
// document), so what is kept under its id stays right in every process; which analysis a plan has
// now, and whether the caller may see it, is read afresh by every caller.
import { sql } from "kysely";
import type { Store } from "../../store/db.ts";
import type { Measure } from "../../types.ts";

export interface PlanMeasure {
  no: number;
  title: string;
  /** the measure's span in the analysis's text */
  start: number;
  end: number;
  /** the measure's text, `text.slice(start, end)` of the analysis */
  text: string;
  clause: string | null;
  clauseStart: number | null;
}

/** How many plans' measures a store keeps (a plan's are about its text's size, ~50 KB). */
export const KEPT_PLANS = 32;

interface Kept {
  /** by analysis id; insertion order is use order (a hit moves its key to the end) */
  plans: Map<number, PlanMeasure[]>;
  reads: number;
}
const kept = new WeakMap<Store, Kept>();
const keptOf = (store: Store): Kept => {
  let k = kept.get(store);
  if (!k) {
    k = { plans: new Map(), reads: 0 };
    kept.set(store, k);
  }
  return k;
};

/** How many plans' measures have been read from the database since the store was opened. */
export const measureReads = (store: Store): number => keptOf(store).reads;

/**
 * The measures of these analyses (ids), each read from the database once and kept (at most
 * KEPT_PLANS, the least recently used dropped). Only the measures and the text are read, not the
 * facts and findings of the whole record; an id not stored is absent from the answer.
 */
export async function planMeasures(store: Store, ids: number[]): Promise<Map<number, PlanMeasure[]>> {
  const k = keptOf(store);
  const found = new Map<number, PlanMeasure[]>();
  const missing: number[] = [];
  for (const id of new Set(ids)) {
    const plan = k.plans.get(id);
    if (!plan) missing.push(id);
    else {
      k.plans.delete(id);
      k.plans.set(id, plan);
      found.set(id, plan);
    }
  }
  if (missing.length) {
    const rows = await store.db
      .selectFrom("analyses")
      .innerJoin("documents", "documents.id", "analyses.document_id")
      .select([
        "analyses.id",
        // as recordOf rebuilds it: the record's own text (stored before 0010), else the
        // analysis's (an earlier one), else the document's (the current one)
        sql<string>`coalesce(analyses.record ->> 'text', analyses.text, documents.text)`.as("text"),
        sql<Measure[] | null>`analyses.record -> 'measures'`.as("measures"),
      ])
      .where("analyses.id", "in", missing)
      .execute();
    k.reads += rows.length;
    for (const row of rows) {
      const text = row.text ?? "";
      const plan = (row.measures ?? []).map((m) => ({
        no: m.no,
        title: m.title,
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        clause: m.clause,
        clauseStart: m.clause_start,
      }));
      found.set(row.id, plan);
      k.plans.set(row.id, plan);
    }
    for (const oldest of k.plans.keys()) {
      if (k.plans.size <= KEPT_PLANS) break;
      k.plans.delete(oldest);
    }
  }
  return found;
}
