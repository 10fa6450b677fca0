// Supervision: a plan's measures become tasks, one per responsible unit; units report
// progress and ask for closure; the supervising office accepts, returns, extends, reassigns.
// Every change is audited in its own transaction.
import { beijingDate } from "../../shared/beijing-time.ts";
import { type ExpressionBuilder, type Selectable, sql, type Transaction } from "kysely";
import type { Store } from "../../store/db.ts";
import type { Database, TaskStatus, TaskTable } from "../../store/schema.ts";
import { actorId, requirePermission, type Scope } from "../access/scope.ts";
import { audit } from "../audit/audit.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { type NotificationKind, notifyUnit } from "../notifications/notifications.ts";
import { type Page, paged } from "../paging.ts";
import { ownerKey, resolveOwners } from "../units/registry.ts";
import type { EvidenceFile } from "./attachments.ts";
import { refuseArchived } from "./ledgers.ts";
import { measureUnits, taskMeasure } from "./measure.ts";
import { matchesSearch, measureSnippet, type TaskSearch, taskSearch } from "./search.ts";

export type TaskRow = Selectable<TaskTable>;
export type DisplayStatus = "未开始" | "进行中" | "待审核" | "已办结" | "已逾期";

/** Today's date where the supervising office works (Beijing time). */
export function today(now = new Date()): string {
  return beijingDate(now);
}

/** The status shown: derived from the stored state and the date, never stored stale. */
export function displayStatus(t: Pick<TaskRow, "status" | "due">, on: string): DisplayStatus {
  if (t.status === "closed") return "已办结";
  if (t.status === "pending_review") return "待审核";
  if (t.due && t.due < on) return "已逾期";
  if (t.status === "in_progress") return "进行中";
  return "未开始";
}

/** A unit's account sees and changes only its own unit's tasks. */
export function canSee(scope: Scope, task: Pick<TaskRow, "unit_key">): boolean {
  return scope.unit === null || scope.unit.key === task.unit_key;
}

/** The tasks table as the scope may see it. */
export function visibleTasks(db: Store["db"] | Transaction<Database>, scope: Scope) {
  const tasks = db.selectFrom("tasks");
  return scope.unit ? tasks.where("tasks.unit_key", "=", scope.unit.key) : tasks;
}

/** The title of a task's ledger, as a column (for lists that span ledgers). */
export const ledgerTitle = (eb: ExpressionBuilder<Database, "tasks">) =>
  eb.selectFrom("ledgers").whereRef("ledgers.id", "=", "tasks.ledger_id").select("title").as("ledger_title");

/** The ids of the ledgers not archived (for lists, reminders and digests across ledgers). */
export const liveLedgers = (db: Store["db"] | Transaction<Database>) =>
  db.selectFrom("ledgers").select("id").where("archived_at", "is", null);

/**
 * A task the scope may see. A change passes `lock`: the row is read under a row lock
 * (`for update`) inside the change's transaction, so a concurrent change of the same task waits
 * until this one commits and then reads the new state (a progress report never undoes a close).
 */
async function loadTask(
  db: Store["db"] | Transaction<Database>,
  scope: Scope,
  id: number,
  lock = false,
): Promise<TaskRow> {
  let q = visibleTasks(db, scope).selectAll().where("id", "=", id);
  if (lock) q = q.forUpdate();
  // a task of another unit does not exist for a unit user
  const task = await q.executeTakeFirst();
  if (!task) throw notFound("任务", "task");
  return task;
}

export interface TaskFilter {
  ledgerId?: number;
  unit?: string;
  status?: DisplayStatus;
  dueWithinDays?: number;
  mine?: boolean;
  /** returned by the office and not yet asked for closure again */
  returned?: boolean;
  /** words each found in the task's title, unit or measure text (`taskSearch` reads them) */
  q?: string;
}

/** The displayed status as SQL, so that filtering by it can be paged. */
function hasDisplay(eb: ExpressionBuilder<Database, "tasks">, status: DisplayStatus, on: string) {
  const notYetDue = eb.or([eb("due", "is", null), eb("due", ">=", on)]);
  switch (status) {
    case "已办结":
      return eb("status", "=", "closed");
    case "待审核":
      return eb("status", "=", "pending_review");
    case "已逾期":
      return eb.and([eb("status", "in", ["open", "in_progress"]), eb("due", "<", on)]);
    case "进行中":
      return eb.and([eb("status", "=", "in_progress"), notYetDue]);
    case "未开始":
      return eb.and([eb("status", "=", "open"), notYetDue]);
  }
}

/** The tasks the scope may see, filtered, in ledger order (unpaged: for tallies and exports). */
export function selectTasks(
  store: Store,
  scope: Scope,
  filter: TaskFilter,
  on: string,
  search: TaskSearch | null = null,
) {
  requirePermission(scope, "tasks:read");
  let q = visibleTasks(store.db, scope);
  // one ledger's tasks, archived or not; across ledgers, the live ones only
  if (filter.ledgerId) q = q.where("ledger_id", "=", filter.ledgerId);
  else q = q.where("ledger_id", "in", liveLedgers(store.db));
  if (filter.mine) q = q.where("unit_key", "=", scope.unit?.key ?? scope.caller?.unitKey ?? "__none__");
  const unit = filter.unit;
  if (unit) q = q.where((eb) => eb.or([eb("unit_key", "=", unit), eb("unit_name", "=", unit)]));
  if (filter.returned) q = q.where("returned_at", "is not", null).where("status", "!=", "closed");
  const status = filter.status;
  if (status) q = q.where((eb) => hasDisplay(eb, status, on));
  if (filter.dueWithinDays !== undefined)
    q = q
      .where("status", "!=", "closed")
      .where("due", "is not", null)
      .where("due", "<=", addDays(on, filter.dueWithinDays));
  if (search) q = q.where((eb) => matchesSearch(eb, search));
  return q;
}

const withDisplay =
  (on: string) =>
  <T extends TaskRow>(t: T) => ({ ...t, display: displayStatus(t, on) });

/** One page of the tasks the scope may see (a unit: its own). */
export async function listTasks(store: Store, scope: Scope, filter: TaskFilter & Page, on: string) {
  requirePermission(scope, "tasks:read");
  const search = await taskSearch(store, scope, filter.q, filter.ledgerId);
  const q = selectTasks(store, scope, filter, on, search);
  const count = async () =>
    (await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  const page = await paged(
    q.selectAll().orderBy("ledger_id").orderBy("measure_no").orderBy("id"),
    count,
    filter,
  );
  // a task found by its measure's words shows them (its title and unit do not)
  const items = page.items.map((t) => ({ ...withDisplay(on)(t), matched: measureSnippet(search, t) }));
  return { ...page, items };
}

/** Every task of a filter (at most `max`), with its latest written update, for an export. */
export async function exportTasks(store: Store, scope: Scope, filter: TaskFilter, on: string, max: number) {
  requirePermission(scope, "tasks:read");
  const search = await taskSearch(store, scope, filter.q, filter.ledgerId);
  let q = selectTasks(store, scope, filter, on, search).selectAll().select(ledgerTitle);
  q =
    filter.dueWithinDays !== undefined
      ? q.orderBy("due").orderBy("id")
      : q.orderBy("ledger_id").orderBy("measure_no").orderBy("id");
  const tasks = (await q.limit(max).execute()).map(withDisplay(on));
  const latest = new Map<number, string>();
  if (tasks.length) {
    const updates = await store.db
      .selectFrom("task_updates")
      .select(["task_id", "text"])
      .where(
        "task_id",
        "in",
        tasks.map((t) => t.id),
      )
      .where("text", "!=", "")
      .orderBy("id")
      .execute();
    for (const u of updates) latest.set(u.task_id, u.text);
  }
  return tasks.map((t) => ({ ...t, ledger_title: t.ledger_title ?? "", latest: latest.get(t.id) ?? "" }));
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A task the scope may see, without its history (a cheap check before reading uploads). */
export async function findTask(store: Store, scope: Scope, id: number): Promise<TaskRow> {
  requirePermission(scope, "tasks:read");
  return loadTask(store.db, scope, id);
}

export async function getTask(store: Store, scope: Scope, id: number, on: string) {
  requirePermission(scope, "tasks:read");
  const task = await loadTask(store.db, scope, id);
  const updates = await store.db
    .selectFrom("task_updates")
    .leftJoin("users", "users.id", "task_updates.user_id")
    .select([
      "task_updates.id",
      "task_updates.kind",
      "task_updates.text",
      "task_updates.percent",
      "task_updates.created_at",
      "users.display_name",
      "task_updates.on_behalf",
    ])
    .where("task_id", "=", id)
    .orderBy("task_updates.id")
    .execute();
  const attachments = await store.db
    .selectFrom("attachments")
    .select(["id", "update_id", "name", "mime", "size"])
    .where("task_id", "=", id)
    .execute();
  const measure = await taskMeasure(store, scope, task);
  const units = await measureUnits(store, scope, task);
  return { task: { ...task, display: displayStatus(task, on) }, updates, attachments, measure, units };
}

interface Change {
  kind: string;
  text?: string;
  percent?: number | null;
  set?: Partial<{
    status: TaskStatus;
    percent: number;
    due: string;
    due_inherited: boolean;
    due_basis: string;
    unit_name: string;
    unit_key: string;
    role: "lead" | "cooperate";
    closed_at: Date | null;
    returned_at: Date | null;
  }>;
  /** evidence stored with the update (checked by checkAttachment) */
  files?: EvidenceFile[];
  /** the responsible unit's accounts are told (in the same transaction) */
  notify?: { kind: NotificationKind; text: string };
  /** more work in the same transaction, once the task has changed */
  alsoDo?: (trx: Transaction<Database>, after: TaskRow) => Promise<void>;
  /** more for the audit entry's new state */
  audited?: Record<string, unknown>;
  /** made for the unit by an account not answering for it (代为填报), kept with the update */
  onBehalf?: boolean;
}

/** Store checked evidence files with an update: the blob once (content-addressed), the link per update. */
async function storeEvidence(
  trx: Transaction<Database>,
  taskId: number,
  updateId: number,
  files: EvidenceFile[],
) {
  for (const { bytes, ...a } of files) {
    await trx
      .insertInto("blobs")
      .values({ sha256: a.sha256, content: bytes, size: bytes.length })
      .onConflict((oc) => oc.column("sha256").doNothing())
      .execute();
    await trx
      .insertInto("attachments")
      .values({ update_id: updateId, task_id: taskId, ...a })
      .execute();
  }
}

/** How a task is named in a notification: its measure number and title. */
export const taskLabel = (t: Pick<TaskRow, "measure_no" | "title">) =>
  `${t.measure_no ? `（${t.measure_no}）` : ""}${t.title}`;

/** Apply one change to a task: the update row, the new state, the audit entry. */
async function change(store: Store, scope: Scope, id: number, make: (task: TaskRow) => Change) {
  return store.db.transaction().execute(async (trx) => {
    const before = await loadTask(trx, scope, id, true);
    await refuseArchived(trx, before.ledger_id);
    const c = make(before);
    const { id: updateId } = await trx
      .insertInto("task_updates")
      .values({
        task_id: id,
        user_id: actorId(scope),
        kind: c.kind,
        text: c.text ?? "",
        percent: c.percent ?? null,
        on_behalf: c.onBehalf ?? false,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (c.files?.length) await storeEvidence(trx, id, updateId, c.files);
    let after = before;
    if (c.set && Object.keys(c.set).length) {
      after = await trx
        .updateTable("tasks")
        .set({ ...c.set, updated_at: new Date() })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    if (c.notify)
      await notifyUnit(trx, after.unit_key, {
        ...c.notify,
        taskId: id,
        ledgerId: after.ledger_id,
        actorId: actorId(scope),
      });
    await c.alsoDo?.(trx, after);
    const files = c.files?.length ? { attachments: c.files.map((f) => f.name) } : {};
    await audit(trx, scope.caller, c.kind, "task", id, pick(before), {
      ...pick(after),
      ...c.audited,
      ...files,
    });
    return { updateId, task: after };
  });
}

const pick = (t: TaskRow) => ({
  status: t.status,
  percent: t.percent,
  due: t.due,
  unit_name: t.unit_name,
  role: t.role,
  closed_at: t.closed_at,
});

function refuseClosed(task: TaskRow) {
  if (task.status === "closed")
    throw conflict("task_closed", "任务已办结，如需继续请先重新打开", "task is closed");
}

/** The notification of a report made for the unit (a notice, not an audit action). */
const ON_BEHALF: NotificationKind = "on_behalf";

/**
 * A report made for the unit by someone who does not answer for it (the office, an admin): the
 * unit is told, and the audit entry names the unit reported for. A unit's own report returns null.
 */
function onBehalf(scope: Scope, task: TaskRow, what: string, text: string) {
  if (scope.unit !== null || !scope.caller) return null;
  const by = scope.caller.displayName || scope.caller.username;
  const said = text.trim() ? `：${text.trim().slice(0, 200)}` : "";
  return {
    audit: { onBehalfOf: task.unit_name },
    notify: {
      kind: ON_BEHALF,
      text: `${by}代本单位${what}任务「${taskLabel(task)}」${said}`,
    },
  };
}

export interface ProgressInput {
  text: string;
  percent: number | null;
  /** checked evidence (checkAttachment), stored here, in the same transaction as the report */
  attachments: EvidenceFile[];
}

export async function reportProgress(store: Store, scope: Scope, id: number, input: ProgressInput) {
  requirePermission(scope, "tasks:report");
  if (!input.text.trim() && input.percent === null && input.attachments.length === 0) {
    throw invalid(
      "empty_update",
      "请填写进展、完成比例或上传材料",
      "an update needs text, a percentage or evidence",
    );
  }
  const result = await store.db.transaction().execute(async (trx) => {
    const before = await loadTask(trx, scope, id, true);
    await refuseArchived(trx, before.ledger_id);
    refuseClosed(before);
    const proxy = onBehalf(scope, before, "报送了", input.text);
    const { id: updateId } = await trx
      .insertInto("task_updates")
      .values({
        task_id: id,
        user_id: actorId(scope),
        kind: "progress",
        text: input.text,
        percent: input.percent,
        on_behalf: proxy !== null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await storeEvidence(trx, id, updateId, input.attachments);
    const after = await trx
      .updateTable("tasks")
      .set({
        status: before.status === "open" ? "in_progress" : before.status,
        percent: input.percent ?? before.percent,
        updated_at: new Date(),
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (proxy)
      await notifyUnit(trx, before.unit_key, {
        ...proxy.notify,
        taskId: id,
        ledgerId: before.ledger_id,
        actorId: actorId(scope),
      });
    await audit(trx, scope.caller, "progress", "task", id, pick(before), {
      ...pick(after),
      ...proxy?.audit,
      attachments: input.attachments.map((a) => a.name),
    });
    return after;
  });
  return result;
}

/** A closure request, with the evidence attached to it (stored in the same transaction) and
 * the completion the unit states with it (the form asks for it beside the request: a unit that
 * writes 100% and asks for closure must not see 0% on its task). */
export const requestClosure = (
  store: Store,
  scope: Scope,
  id: number,
  input: { text: string; attachments: EvidenceFile[]; percent?: number | null },
) => {
  requirePermission(scope, "tasks:report");
  return change(store, scope, id, (t) => {
    refuseClosed(t);
    if (t.status === "pending_review")
      throw conflict("already_pending", "已提交办结申请，等待审核", "closure already requested");
    const percent = input.percent ?? null;
    const proxy = onBehalf(scope, t, "申请办结", input.text);
    return {
      kind: "closure_request",
      text: input.text,
      percent,
      files: input.attachments,
      set: { status: "pending_review", returned_at: null, ...(percent === null ? {} : { percent }) },
      ...(proxy ? { notify: proxy.notify, audited: proxy.audit, onBehalf: true } : {}),
    };
  });
};

export const reviewClosure = (store: Store, scope: Scope, id: number, accept: boolean, comment: string) => {
  requirePermission(scope, "tasks:manage");
  return change(store, scope, id, (t) => {
    if (t.status !== "pending_review")
      throw conflict("not_pending", "该任务没有待审核的办结申请", "no closure request to review");
    if (!accept && !comment.trim())
      throw invalid("reason_required", "退回时请说明原因", "a return needs a comment");
    const said = comment.trim() ? `：${comment.trim()}` : "";
    return accept
      ? {
          kind: "accept",
          text: comment,
          set: { status: "closed", percent: 100, closed_at: new Date(), returned_at: null },
          notify: { kind: "accept", text: `任务「${taskLabel(t)}」的办结申请已审核通过${said}` },
        }
      : {
          kind: "return",
          text: comment,
          set: { status: "in_progress", returned_at: new Date() },
          notify: { kind: "return", text: `任务「${taskLabel(t)}」的办结申请被退回${said}` },
        };
  });
};

export const closeTask = (store: Store, scope: Scope, id: number, reason: string) => {
  requirePermission(scope, "tasks:manage");
  return change(store, scope, id, (t) => {
    refuseClosed(t);
    return {
      kind: "close",
      text: reason,
      set: { status: "closed", percent: 100, closed_at: new Date(), returned_at: null },
    };
  });
};

export const reopenTask = (store: Store, scope: Scope, id: number, reason: string) => {
  requirePermission(scope, "tasks:manage");
  return change(store, scope, id, (t) => {
    if (t.status !== "closed") throw conflict("not_closed", "任务未办结，无需重新打开", "task is not closed");
    if (!reason.trim()) throw invalid("reason_required", "重新打开需要说明原因", "reopening needs a reason");
    return { kind: "reopen", text: reason, set: { status: "in_progress", closed_at: null } };
  });
};

/** What every extension needs, whatever the task: a reason and a date after today (`on`). */
export function checkExtension(input: { due: string; reason: string; on: string }) {
  if (!input.reason.trim())
    throw invalid("reason_required", "延期需要说明原因", "an extension needs a reason");
  if (input.due <= input.on)
    throw invalid("not_future", "新的时限应晚于今天", "the new deadline must be after today");
}

/** A new deadline, after today (`on`) and after the old one, with a reason. */
export const extendDeadline = (
  store: Store,
  scope: Scope,
  id: number,
  input: { due: string; reason: string; on: string },
) => {
  requirePermission(scope, "tasks:manage");
  const { due, reason } = input;
  checkExtension(input);
  return change(store, scope, id, (t) => {
    refuseClosed(t);
    if (t.due && due <= t.due)
      throw invalid("not_later", "新的时限应晚于原时限", "the new deadline must be later");
    return {
      kind: "extend",
      text: `${t.due ?? "未定"} → ${due}:${reason}`,
      set: { due, due_inherited: false, due_basis: "adjusted" },
      notify: { kind: "extend", text: `任务「${taskLabel(t)}」的时限延至 ${due}：${reason}` },
    };
  });
};

export interface Reassignment {
  /** the unit the task goes to (may stay the same when only the role changes) */
  unitName: string;
  role: "lead" | "cooperate";
  /** cooperating units added to the same measure, each given its own task */
  addCooperating: string[];
  reason: string;
}

const ROLE_WORD = { lead: "牵头", cooperate: "配合" } as const;

/** Reassign a task to another unit and/or role, and add cooperating units to its measure. */
export const reassignTask = async (store: Store, scope: Scope, id: number, r: Reassignment) => {
  requirePermission(scope, "tasks:manage");
  const task = await store.db.selectFrom("tasks").select("ledger_id").where("id", "=", id).executeTakeFirst();
  const key = task ? await unitKeyIn(store.db, task.ledger_id, r.unitName) : r.unitName;
  return change(store, scope, id, (t) => {
    if (!r.reason.trim())
      throw invalid("reason_required", "改派需要说明原因", "a reassignment needs a reason");
    const added = r.addCooperating.map((u) => u.trim()).filter((u) => u && u !== r.unitName);
    const moved =
      key !== t.unit_key || r.role !== t.role || added.length === 0
        ? `${t.unit_name}（${ROLE_WORD[t.role]}）→ ${r.unitName}（${ROLE_WORD[r.role]}）`
        : "";
    const extra = added.length ? `增加配合单位 ${added.join("、")}` : "";
    return {
      kind: "reassign",
      text: `${[moved, extra].filter(Boolean).join("；")}：${r.reason}`,
      set: { unit_name: r.unitName, unit_key: key, role: r.role },
      notify: {
        kind: "reassign",
        text: `任务「${taskLabel(t)}」改派给本单位（${ROLE_WORD[r.role]}）：${r.reason}`,
      },
      alsoDo: async (trx, after) => {
        if (key !== t.unit_key)
          await notifyUnit(trx, t.unit_key, {
            kind: "reassign",
            text: `任务「${taskLabel(t)}」已改派给${r.unitName}：${r.reason}`,
            taskId: null,
            ledgerId: t.ledger_id,
            actorId: actorId(scope),
          });
        await addCooperatingTasks(trx, scope, after, added, r.reason);
      },
    };
  });
};

/** A unit named in a ledger, resolved in the area of the ledger's plan. */
async function unitKeyIn(db: Store["db"] | Transaction<Database>, ledgerId: number, name: string) {
  const doc = await db
    .selectFrom("ledgers")
    .innerJoin("documents", "documents.id", "ledgers.document_id")
    .leftJoin("analyses", "analyses.id", "documents.analysis_id")
    .select(["documents.region", sql<string | null>`analyses.record #>> '{meta,division,code}'`.as("code")])
    .where("ledgers.id", "=", ledgerId)
    .executeTakeFirst();
  // the record's division code decides between divisions of one name (absent in older records)
  const context = { region: doc?.region ?? null, code: doc?.code ?? null };
  return ownerKey((await resolveOwners(db, [name], context)).get(name), name);
}

/** New cooperating tasks on a task's measure, for units that have none there yet. */
async function addCooperatingTasks(
  trx: Transaction<Database>,
  scope: Scope,
  task: TaskRow,
  units: string[],
  reason: string,
) {
  if (units.length === 0) return;
  let same = trx.selectFrom("tasks").select("unit_key").where("ledger_id", "=", task.ledger_id);
  same =
    task.measure_no === null
      ? same.where("measure_no", "is", null).where("title", "=", task.title)
      : same.where("measure_no", "=", task.measure_no);
  const taken = new Set((await same.execute()).map((r) => r.unit_key));
  for (const name of units) {
    const key = await unitKeyIn(trx, task.ledger_id, name);
    if (taken.has(key)) continue;
    taken.add(key);
    const row = await trx
      .insertInto("tasks")
      .values({
        ledger_id: task.ledger_id,
        measure_no: task.measure_no,
        title: task.title,
        area: task.area,
        grp: task.grp,
        unit_name: name,
        unit_key: key,
        role: "cooperate",
        due: task.due,
        due_inherited: task.due_inherited,
        due_basis: task.due_basis,
        term: task.term,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, scope.caller, "create", "task", row.id, null, pick(row));
    await notifyUnit(trx, key, {
      kind: "reassign",
      text: `任务「${taskLabel(row)}」增加本单位为配合单位：${reason}`,
      taskId: row.id,
      ledgerId: row.ledger_id,
      actorId: actorId(scope),
    });
  }
}

export async function addTask(
  store: Store,
  scope: Scope,
  input: {
    ledgerId: number;
    title: string;
    unitName: string;
    role: "lead" | "cooperate";
    due: string | null;
    area: string | null;
  },
) {
  requirePermission(scope, "tasks:manage");
  const ledger = await store.db
    .selectFrom("ledgers")
    .select("id")
    .where("id", "=", input.ledgerId)
    .executeTakeFirst();
  if (!ledger) throw notFound("台账", "ledger");
  return store.db.transaction().execute(async (trx) => {
    await refuseArchived(trx, input.ledgerId);
    const row = await trx
      .insertInto("tasks")
      .values({
        ledger_id: input.ledgerId,
        measure_no: null,
        title: input.title,
        area: input.area,
        grp: null,
        unit_name: input.unitName,
        unit_key: await unitKeyIn(trx, input.ledgerId, input.unitName),
        role: input.role,
        due: input.due,
        due_basis: input.due ? "adjusted" : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, scope.caller, "create", "task", row.id, null, pick(row));
    return row;
  });
}

interface Tally {
  total: number;
  closed: number;
  overdue: number;
  pending: number;
  rate: number;
}

const tally = (tasks: Array<{ display: DisplayStatus }>): Tally => {
  const total = tasks.length;
  const closed = tasks.filter((t) => t.display === "已办结").length;
  return {
    total,
    closed,
    overdue: tasks.filter((t) => t.display === "已逾期").length,
    pending: tasks.filter((t) => t.display === "待审核").length,
    rate: total ? Math.round((closed / total) * 1000) / 10 : 0,
  };
};

/** Completion rate and overdue counts of a ledger, overall, by area and by unit. */
export async function overview(store: Store, scope: Scope, ledgerId: number, on: string) {
  requirePermission(scope, "tasks:read");
  const ledger = await store.db
    .selectFrom("ledgers")
    .selectAll()
    .where("id", "=", ledgerId)
    .executeTakeFirst();
  if (!ledger) throw notFound("台账", "ledger");
  const tasks = (await selectTasks(store, scope, { ledgerId }, on).selectAll().execute()).map(
    withDisplay(on),
  );
  const group = (key: (t: (typeof tasks)[number]) => string) => {
    const m = new Map<string, typeof tasks>();
    for (const t of tasks) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
    return [...m.entries()].map(([name, list]) => ({ name, ...tally(list) }));
  };
  return {
    ledger: {
      id: ledger.id,
      title: ledger.title,
      documentId: ledger.document_id,
      periodStart: ledger.period_start,
      periodEnd: ledger.period_end,
      archived: ledger.archived_at !== null,
    },
    on,
    ...tally(tasks),
    byArea: group((t) => t.area ?? "未分类"),
    byUnit: group((t) => t.unit_name).sort((a, b) => b.total - a.total),
  };
}
