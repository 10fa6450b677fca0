// Text search over tasks: each word must be found in the task's title, its unit (as the plan
// names it, or the registry's full or short name), or its measure as the plan words it (without
// the clause naming the units). The
// measure text is not stored with the task: it is read from the plan's current analysis (one per
// ledger), so a re-analysed plan is searched as it now reads; each analysis's measures are read
// once and kept (`planMeasures`, shared with the task's detail).
import { type ExpressionBuilder, sql } from "kysely";
import { oneLine, passageAround } from "../../shared/passage.ts";
import type { Store } from "../../store/db.ts";
import type { Database } from "../../store/schema.ts";
import type { Scope } from "../access/scope.ts";
import { visibleDocuments } from "../documents/documents.ts";
import { type PlanMeasure, planMeasures } from "./plan-measures.ts";

/** The most words of one search (the rest are ignored). */
const MAX_WORDS = 5;
/** Characters of a measure's text shown either side of a word found there. */
const AROUND = 16;

export interface TaskSearch {
  words: string[];
  /** per word, the measures (by ledger) whose text holds it */
  measures: Array<Map<number, number[]>>;
  /** a measure's text around the first word found in it, by `${ledgerId}:${measureNo}` */
  snippets: Map<string, string>;
}

/** The words of a query: split on spaces (ASCII or full-width), at most MAX_WORDS. */
export const searchWords = (q: string | undefined) =>
  (q ?? "")
    .split(/[\s\u3000]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS);

/** `word` as a literal ILIKE pattern (its %, _ and \ escaped) matching anywhere. */
const like = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The text around the first place `word` occurs in `text`. */
function around(text: string, at: number, word: string) {
  const p = passageAround(text, at, at + word.length, { context: AROUND });
  return `${p.cutBefore ? "…" : ""}${oneLine(p.before + p.span + p.after)}${p.cutAfter ? "…" : ""}`;
}

/** A measure's words as a search reads them: its text without the clause naming its units. */
interface SearchableMeasure {
  no: number;
  text: string;
  lower: string;
}

/** The searched words of each plan's measures, derived once from the kept measures (below). */
const searchableOf = new WeakMap<PlanMeasure[], SearchableMeasure[]>();

/** A plan's measures as searched: each one's text up to the clause naming its units. */
function searchable(plan: PlanMeasure[]): SearchableMeasure[] {
  let found = searchableOf.get(plan);
  if (!found) {
    found = plan.map((m) => {
      // the clause naming the units is left out: it names every unit of the measure, and a
      // search for a unit should find that unit's tasks (by `tasks.unit_name`), not its partners'
      const clause = m.clauseStart ?? -1;
      const own = clause > m.start && clause < m.end ? m.text.slice(0, clause - m.start) : m.text;
      return { no: m.no, text: own, lower: own.toLowerCase() };
    });
    searchableOf.set(plan, found);
  }
  return found;
}

/** Find each word in the measures of the ledgers searched (the one named, else the live ones). */
export async function taskSearch(
  store: Store,
  scope: Scope,
  q: string | undefined,
  ledgerId: number | undefined,
): Promise<TaskSearch | null> {
  const words = searchWords(q);
  if (words.length === 0) return null;
  // a plan the caller may not see (or deleted) has no text to search
  let ledgers = visibleDocuments(store, scope)
    .innerJoin("ledgers", "ledgers.document_id", "documents.id")
    .select(["ledgers.id", "documents.analysis_id"])
    .where("documents.analysis_id", "is not", null);
  ledgers = ledgerId
    ? ledgers.where("ledgers.id", "=", ledgerId)
    : ledgers.where("ledgers.archived_at", "is", null);
  const rows = await ledgers.execute();
  const plans = await planMeasures(
    store,
    rows.flatMap((r) => (r.analysis_id === null ? [] : [r.analysis_id])),
  );
  const measures = words.map(() => new Map<number, number[]>());
  const snippets = new Map<string, string>();
  for (const ledger of rows) {
    for (const m of searchable(plans.get(ledger.analysis_id ?? -1) ?? [])) {
      words.forEach((word, i) => {
        const at = m.lower.indexOf(word.toLowerCase());
        if (at < 0) return;
        const nos = measures[i].get(ledger.id) ?? [];
        measures[i].set(ledger.id, [...nos, m.no]);
        const key = `${ledger.id}:${m.no}`;
        if (!snippets.has(key)) snippets.set(key, around(m.text, at, word));
      });
    }
  }
  return { words, measures, snippets };
}

/** Every word found in the task's title, unit or measure (SQL, so the list can be paged). */
export function matchesSearch(eb: ExpressionBuilder<Database, "tasks">, search: TaskSearch) {
  return eb.and(
    search.words.map((word, i) => {
      const pattern = like(word);
      const inMeasure = [...search.measures[i]].map(([ledger, nos]) =>
        eb.and([eb("tasks.ledger_id", "=", ledger), eb("tasks.measure_no", "in", nos)]),
      );
      return eb.or([
        eb("tasks.title", "ilike", pattern),
        eb("tasks.unit_name", "ilike", pattern),
        eb.exists(
          eb
            .selectFrom("units")
            .select(sql`1`.as("one"))
            .whereRef("units.key", "=", "tasks.unit_key")
            .where((u) => u.or([u("units.name", "ilike", pattern), u("units.short_name", "ilike", pattern)])),
        ),
        ...inMeasure,
      ]);
    }),
  );
}

/** Where a task matched when its title and unit do not show it: its measure's text, around the word. */
export function measureSnippet(
  search: TaskSearch | null,
  t: { ledger_id: number; measure_no: number | null; title: string; unit_name: string },
): string | null {
  if (!search || t.measure_no === null) return null;
  const shown = `${t.title} ${t.unit_name}`.toLowerCase();
  if (search.words.every((w) => shown.includes(w.toLowerCase()))) return null;
  return search.snippets.get(`${t.ledger_id}:${t.measure_no}`) ?? null;
}
