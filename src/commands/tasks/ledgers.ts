// Ledgers: made from a plan (one per plan unless the office asks for another, with a reason),
// with a period the deadlines are laid into and collective owners expanded into the units the
// office chooses; archived (read-only, out of lists, reminders and digests) and restored;
// deleted by the office; deadlines shifted in bulk. Every change is audited.
import type { Selectable, Transaction } from "kysely";
import { readCollective } from "../../plan/collective-rule.ts";
import {
  anyUnitsOf,
  type CollectiveOwner,
  collectiveOwners,
  type Expansions,
  expandOwner,
  namedUnits,
} from "../../plan/collectives.ts";
import { type OwnerContext, planContext, resolveOwnerName } from "../../plan/owners.ts";
import { addMonths, type Period, periodOffset, planYears, validPeriod } from "../../plan/period.ts";
import { planTasks } from "../../plan/tasks.ts";
import type { Store } from "../../store/db.ts";
import type { Database, LedgerTable } from "../../store/schema.ts";
import type { Measure } from "../../types.ts";
import { actorId, requirePermission, type Scope } from "../access/scope.ts";
import { collectiveCandidates, isOfKind, ownerKey, placeUnits, resolveOwners } from "../units/registry.ts";
import { audit } from "../audit/audit.ts";
import { getDocument } from "../documents/documents.ts";
import { conflict, DomainError, invalid, notFound } from "../errors.ts";
import { type Page, paged } from "../paging.ts";

type Db = Store["db"] | Transaction<Database>;

const notAPlan = () =>
  new DomainError(
    "unprocessable",
    "not_a_plan",
    "该文档没有识别到带责任单位的措施",
    "the document has no measures",
  );

const archivedLedger = () =>
  conflict("ledger_archived", "该台账已归档，只能查看；如需修改请先恢复", "the ledger is archived");

const exists = (title: string) =>
  conflict(
    "ledger_exists",
    `该方案已有督办台账「${title}」；如确需再建一本，请说明理由`,
    "the plan already has a ledger; give a reason to make another",
  );

/** The plan's ledgers (archived too), oldest first, with their task counts. */
function ledgersOf(db: Db, documentId: number) {
  return db
    .selectFrom("ledgers")
    .select([
      "id",
      "title",
      "document_id",
      "edition",
      "period_start",
      "period_end",
      "archived_at",
      "created_at",
    ])
    .select((eb) =>
      eb
        .selectFrom("tasks")
        .whereRef("tasks.ledger_id", "=", "ledgers.id")
        .select((e) => e.fn.countAll<number>().as("n"))
        .as("tasks"),
    )
    .where("document_id", "=", documentId)
    .orderBy("edition");
}

const yearOf = (on: string) => Number(on.slice(0, 4));

/**
 * A collective's suggestions completed from the unit registry: the units the plan names (as it
 * writes them) first, then the registry's candidates in the plan's area that the plan does not
 * name (by their full names), so the coordinator can pick a unit the plan never mentions. A
 * collective of one kind of unit (各级党校) that no unit's name matches offers every unit.
 */
async function withRegistry(
  db: Db,
  c: CollectiveOwner,
  context: OwnerContext,
  measures: Measure[],
): Promise<CollectiveOwner> {
  const keyOf = (name: string) => {
    const r = resolveOwnerName(name, context);
    return r.collective ? name : r.unit.key;
  };
  const reading = readCollective(c.phrase);
  const { core } = reading;
  const candidates = await collectiveCandidates(db, reading, context);
  const unmatched = core && c.suggestions.length === 0 && !candidates.some((u) => isOfKind(core, u));
  const base = unmatched ? { ...c, ...anyUnitsOf(namedUnits(measures)) } : c;
  const named = new Set(base.suggestions.map(keyOf));
  const more = candidates.filter((u) => !named.has(u.key));
  return { ...base, suggestions: [...base.suggestions, ...more.map((u) => u.name)] };
}

/**
 * What the creation dialog needs: the plan's ledgers so far, the years its own deadlines span,
 * a period to propose (this year on, as long as the plan's span) and its collective owners
 * with suggested units.
 */
export async function ledgerDraft(store: Store, scope: Scope, documentId: number, on: string) {
  requirePermission(scope, "tasks:manage");
  const doc = await getDocument(store, scope, documentId);
  const measures = doc.record.measures;
  if (measures.length === 0) throw notAPlan();
  const years = planYears(measures);
  const region = doc.row.region ?? doc.record.meta.region;
  const span = years ? years.end - years.start : 2;
  const period: Period = { start: `${yearOf(on)}-01-01`, end: `${yearOf(on) + span}-12-31` };
  return {
    document: { id: doc.row.id, title: doc.row.title ?? doc.row.name },
    measures: measures.length,
    planYears: years,
    period,
    offset: periodOffset(years, period),
    existing: await ledgersOf(store.db, documentId).execute(),
    collectives: await Promise.all(
      collectiveOwners(measures, region).map((c) =>
        withRegistry(store.db, c, planContext(region, doc.record.meta), measures),
      ),
    ),
  };
}

export interface NewLedger {
  documentId: number;
  /** the period deadlines are laid into; without one the plan's dates are taken as written */
  period?: Period | null;
  /** collective owner as written → the units it stands for */
  expansions?: Expansions;
  /** asked for a further ledger of a plan that has one: why */
  again?: string | null;
}

export async function createLedger(store: Store, scope: Scope, input: NewLedger) {
  requirePermission(scope, "tasks:manage");
  const doc = await getDocument(store, scope, input.documentId);
  const measures = doc.record.measures;
  if (measures.length === 0) throw notAPlan();
  const period = input.period ?? null;
  if (period && !validPeriod(period))
    throw invalid("invalid_period", "督办期间的起止日期无效或先后颠倒", "the period's dates are invalid");
  const expansions = input.expansions ?? {};
  const collectives = new Set(collectiveOwners(measures, null).map((c) => c.phrase));
  for (const phrase of Object.keys(expansions))
    if (!collectives.has(phrase))
      throw invalid(
        "not_collective",
        `「${phrase}」不是本方案中的集合称谓`,
        "not a collective owner of the plan",
      );
  const again = input.again?.trim() ?? "";
  if (input.again !== undefined && input.again !== null && !again)
    throw invalid("reason_required", "再建一本台账需要说明理由", "a further ledger needs a reason");
  const baseTitle = doc.row.title ?? doc.row.name;
  try {
    return await store.db.transaction().execute(async (trx) => {
      // creates of one plan queue here; the unique (document, edition) key backs it up
      await trx.selectFrom("documents").select("id").where("id", "=", input.documentId).forUpdate().execute();
      const previous = await ledgersOf(trx, input.documentId).execute();
      if (previous.length && !again) throw exists(previous[previous.length - 1].title);
      const edition = previous.length ? Math.max(...previous.map((l) => l.edition)) + 1 : 1;
      // owners resolved in the plan's area: 市司法局 in 长治市's plan is 长治市司法局
      const written = measures
        .flatMap((m) => [...m.lead, ...m.cooperate])
        .flatMap((w) => expandOwner(w, expansions).map((e) => e.unit));
      const owners = await resolveOwners(trx, written, planContext(doc.row.region, doc.record.meta));
      // a unit placed just now (市司法局 → 长治市司法局) is deleted under its old key: this
      // ledger's tasks, not yet written, take the new key or they would point at no unit
      const moved = await placeUnits(trx);
      const rows = planTasks(measures, {
        text: doc.record.text,
        period,
        expansions,
        keyOf: (unit) => {
          const key = ownerKey(owners.get(unit), unit);
          return moved.get(key) ?? key;
        },
      });
      const ledger = await trx
        .insertInto("ledgers")
        .values({
          document_id: input.documentId,
          title: edition > 1 ? `${baseTitle}（第 ${edition} 本）` : baseTitle,
          created_by: actorId(scope),
          edition,
          period_start: period?.start ?? null,
          period_end: period?.end ?? null,
          reason: again || null,
        })
        .returning(["id", "title"])
        .executeTakeFirstOrThrow();
      for (let i = 0; i < rows.length; i += 500)
        await trx
          .insertInto("tasks")
          .values(rows.slice(i, i + 500).map((r) => ({ ...r, ledger_id: ledger.id })))
          .execute();
      await audit(trx, scope.caller, "create", "ledger", ledger.id, null, {
        title: ledger.title,
        documentId: input.documentId,
        tasks: rows.length,
        period: period ? `${period.start} 至 ${period.end}` : null,
        expanded: Object.fromEntries(Object.entries(expansions).filter(([, u]) => u.length)),
        reason: again || null,
      });
      return { id: ledger.id, title: ledger.title, tasks: rows.length };
    });
  } catch (error) {
    // a concurrent create took the same edition first
    if ((error as { code?: unknown }).code === "23505") {
      const [first] = await ledgersOf(store.db, input.documentId).execute();
      throw exists(first?.title ?? baseTitle);
    }
    throw error;
  }
}

/** The ledgers the scope has tasks in (a unit: those with tasks of its own), newest first;
 * archived ones only when asked. */
export async function listLedgers(store: Store, scope: Scope, filter: Page & { archived?: boolean }) {
  requirePermission(scope, "tasks:read");
  const columns = [
    "ledgers.id",
    "ledgers.title",
    "ledgers.document_id",
    "ledgers.created_at",
    "ledgers.period_start",
    "ledgers.period_end",
    "ledgers.archived_at",
  ] as const;
  let q = store.db
    .selectFrom("ledgers")
    .innerJoin("tasks", "tasks.ledger_id", "ledgers.id")
    .select(columns)
    .select((eb) => eb.fn.countAll<number>().as("tasks"))
    .groupBy([...columns])
    .orderBy("ledgers.id", "desc");
  if (!filter.archived) q = q.where("ledgers.archived_at", "is", null);
  if (scope.unit) q = q.where("tasks.unit_key", "=", scope.unit.key);
  const count = async () =>
    (
      await store.db
        .selectFrom(q.as("l"))
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return paged(q, count, filter);
}

/**
 * Refuse a change to a task of an archived ledger. Reads the ledger under a share lock, so an
 * archive waits for the change in hand and a change after it sees the archive.
 */
export async function refuseArchived(db: Db, ledgerId: number) {
  const ledger = await db
    .selectFrom("ledgers")
    .select("archived_at")
    .where("id", "=", ledgerId)
    .forShare()
    .executeTakeFirst();
  if (ledger?.archived_at) throw archivedLedger();
}

/**
 * One step on one ledger: in a transaction, the ledger's row locked (changes to it queue) and
 * loaded, then `step`. Archive, restore, delete and deadline shifts all go through here.
 */
async function onLedger<T>(
  store: Store,
  scope: Scope,
  id: number,
  step: (trx: Transaction<Database>, ledger: Selectable<LedgerTable>) => Promise<T>,
): Promise<T> {
  requirePermission(scope, "tasks:manage");
  return store.db.transaction().execute(async (trx) => {
    const ledger = await trx
      .selectFrom("ledgers")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    if (!ledger) throw notFound("台账", "ledger");
    return step(trx, ledger);
  });
}

/** Archive (read-only, out of default lists, reminders and digests) or restore a ledger. */
export async function archiveLedger(store: Store, scope: Scope, id: number, archived: boolean) {
  return onLedger(store, scope, id, async (trx, before) => {
    if (Boolean(before.archived_at) === archived)
      throw conflict(
        archived ? "already_archived" : "not_archived",
        archived ? "该台账已归档" : "该台账未归档，无需恢复",
        archived ? "already archived" : "not archived",
      );
    const after = await trx
      .updateTable("ledgers")
      .set({ archived_at: archived ? new Date() : null })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(
      trx,
      scope.caller,
      archived ? "archive" : "restore",
      "ledger",
      id,
      { title: before.title },
      null,
    );
    return after;
  });
}

/** Delete a ledger with its tasks, their updates and evidence records (the audit log keeps what it was). */
export async function deleteLedger(store: Store, scope: Scope, id: number) {
  return onLedger(store, scope, id, async (trx, ledger) => {
    const { n } = await trx
      .selectFrom("tasks")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("ledger_id", "=", id)
      .executeTakeFirstOrThrow();
    await trx.deleteFrom("ledgers").where("id", "=", id).execute();
    await audit(
      trx,
      scope.caller,
      "delete",
      "ledger",
      id,
      { title: ledger.title, documentId: ledger.document_id, tasks: Number(n) },
      null,
    );
    return { id, tasks: Number(n) };
  });
}

export interface Shift {
  /** the tasks to move; all open tasks of the ledger when null */
  taskIds: number[] | null;
  /** move by N months (negative: earlier) … */
  months?: number;
  /** … or set to this date */
  to?: string;
  reason: string;
}

/**
 * Move the deadlines of a ledger's open tasks (selected, or all) by N months or to a date, one
 * task's too. Each task's history records the change; one audit entry records the whole.
 * Closed tasks and tasks without a deadline (when moving by months) are left as they are.
 */
export async function shiftDeadlines(store: Store, scope: Scope, ledgerId: number, s: Shift) {
  requirePermission(scope, "tasks:manage");
  if (!s.reason.trim()) throw invalid("reason_required", "调整时限需要说明理由", "a shift needs a reason");
  if ((s.months === undefined) === (s.to === undefined))
    throw invalid("invalid_shift", "请选择顺延月数或指定日期之一", "give months or a date");
  if (s.months === 0) throw invalid("invalid_shift", "顺延月数不能为 0", "months must not be 0");
  if (s.to !== undefined && !validPeriod({ start: s.to, end: s.to }))
    throw invalid("invalid_shift", "指定日期无效", "invalid date");
  return onLedger(store, scope, ledgerId, async (trx, ledger) => {
    if (ledger.archived_at) throw archivedLedger();
    let q = trx
      .selectFrom("tasks")
      .select(["id", "due", "status"])
      .where("ledger_id", "=", ledgerId)
      .orderBy("id")
      .forUpdate();
    if (s.taskIds) {
      if (s.taskIds.length === 0) throw invalid("invalid_shift", "请先选择任务", "no tasks selected");
      q = q.where("id", "in", s.taskIds);
    }
    const tasks = await q.execute();
    if (s.taskIds && tasks.length !== new Set(s.taskIds).size) throw notFound("任务", "task");
    const moves = tasks.flatMap((t) => {
      if (t.status === "closed") return [];
      const due = s.to ?? (t.due ? addMonths(t.due, s.months ?? 0) : null);
      return due && due !== t.due ? [{ id: t.id, from: t.due, to: due }] : [];
    });
    const byDate = new Map<string, number[]>();
    for (const m of moves) byDate.set(m.to, [...(byDate.get(m.to) ?? []), m.id]);
    for (const [due, ids] of byDate)
      await trx
        .updateTable("tasks")
        .set({ due, due_inherited: false, due_basis: "adjusted", updated_at: new Date() })
        .where("id", "in", ids)
        .execute();
    const how = s.to
      ? `改为 ${s.to}`
      : `${(s.months ?? 0) > 0 ? "顺延" : "提前"} ${Math.abs(s.months ?? 0)} 个月`;
    for (let i = 0; i < moves.length; i += 500)
      await trx
        .insertInto("task_updates")
        .values(
          moves.slice(i, i + 500).map((m) => ({
            task_id: m.id,
            user_id: actorId(scope),
            kind: "reschedule",
            text: `${m.from ?? "未定"} → ${m.to}（${how}）：${s.reason.trim()}`,
          })),
        )
        .execute();
    await audit(
      trx,
      scope.caller,
      "reschedule",
      "ledger",
      ledgerId,
      { title: ledger.title },
      {
        title: ledger.title,
        count: moves.length,
        reason: `${how}:${s.reason.trim()}`,
        moves: moves.map((m) => [m.id, m.from, m.to]),
      },
    );
    return { changed: moves.length, skipped: tasks.length - moves.length };
  });
}
