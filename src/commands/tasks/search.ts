// Text search over tasks: each word must be found in the task's title, its unit (as the plan
// names it, or the registry's full or short name), or its measure as the plan words it (without
// the clause naming the units). The
// measure text is not stored with the task: it is read from the plan's current analysis (one per
// ledger), so a re-analysed plan is searched as it now reads; each analysis's measures are read
// once and kept (`measuresOf`).
import { type ExpressionBuilder, sql } from "kysely";
import { oneLine, passageAround } from "../../shared/passage.ts";
import type { Store } from "../../store/db.ts";
import type { Database } from "../../store/schema.ts";
import type { Measure } from "../../types.ts";
import type { Scope } from "../access/scope.ts";
import { visibleDocuments } from "../documents/documents.ts";

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

/** How many plans' measure texts a store keeps (a plan's are about its text's size, ~50 KB). */
const KEPT_PLANS = 32;

interface Kept {
  /** by analysis id; insertion order is use order (a hit moves its key to the end) */
  plans: Map<number, SearchableMeasure[]>;
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

/** How many plans' measures searches have read from the database since the store was opened. */
export const measureReads = (store: Store): number => keptOf(store).reads;

/** A plan's measures as searched, from its analysis's text and measures. */
function searchable(text: string, measures: Measure[]): SearchableMeasure[] {
  return measures.map((m) => {
    // the clause naming the units is left out: it names every unit of the measure, and a
    // search for a unit should find that unit's tasks (by `tasks.unit_name`), not its partners'
    const clause = m.clause_start ?? -1;
    const own = text.slice(m.start, clause > m.start && clause < m.end ? clause : m.end);
    return { no: m.no, text: own, lower: own.toLowerCase() };
  });
}

/**
 * The measures of these analyses (ids), each read from the database once and kept. An analysis
 * never changes once stored (a re-analysis is a new one, made current by the document), so what
 * is kept under its id stays right in every process; which analysis a ledger's plan has now, and
 * whether the caller may see it, is read afresh by every search. Only the measures and the text
 * are read, not the facts and findings of the whole record.
 */
async function measuresOf(store: Store, ids: number[]): Promise<Map<number, SearchableMeasure[]>> {
  const k = keptOf(store);
  const found = new Map<number, SearchableMeasure[]>();
  const missing: number[] = [];
  for (const id of ids) {
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
      const plan = searchable(row.text ?? "", row.measures ?? []);
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
  const plans = await measuresOf(
    store,
    rows.flatMap((r) => (r.analysis_id === null ? [] : [r.analysis_id])),
  );
  const measures = words.map(() => new Map<number, number[]>());
  const snippets = new Map<string, string>();
  for (const ledger of rows) {
    for (const m of plans.get(ledger.analysis_id ?? -1) ?? []) {
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
