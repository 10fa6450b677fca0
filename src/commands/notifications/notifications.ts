// In-app notifications: a unit's accounts hear of what the office did to their tasks (催办,
// returned, accepted, extended, reassigned) and to their annual report (returned, accepted). One row per recipient account; everyone sees
// and marks read only their own.
import type { Kysely, Transaction } from "kysely";
import type { Store } from "../../store/db.ts";
import type { Database } from "../../store/schema.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { type Page, paged } from "../paging.ts";

export type NotificationKind =
  | "chase"
  | "return"
  | "accept"
  | "extend"
  | "reassign"
  | "on_behalf"
  | "report_return"
  | "report_accept";

export interface Notice {
  kind: NotificationKind;
  text: string;
  taskId: number | null;
  ledgerId: number | null;
  actorId: number | null;
}

/** The enabled accounts that answer for a unit. */
export function unitAccounts(db: Kysely<Database> | Transaction<Database>, unitKey: string) {
  return db
    .selectFrom("users")
    .select(["id", "email"])
    .where("role", "=", "unit")
    .where("unit_key", "=", unitKey)
    .where("disabled", "=", false)
    .execute();
}

/** Notify every account of a unit (inside the caller's transaction); returns how many were told. */
export async function notifyUnit(trx: Transaction<Database>, unitKey: string, n: Notice): Promise<number> {
  const users = await unitAccounts(trx, unitKey);
  if (users.length === 0) return 0;
  await trx
    .insertInto("notifications")
    .values(
      users.map((u) => ({
        user_id: u.id,
        kind: n.kind,
        text: n.text,
        task_id: n.taskId,
        ledger_id: n.ledgerId,
        actor_id: n.actorId,
      })),
    )
    .execute();
  return users.length;
}

/** The caller's own notifications, newest first, with the number unread. */
export async function listNotifications(store: Store, scope: Scope, input: Page & { unread: boolean }) {
  requirePermission(scope, "signed-in");
  const userId = scope.caller?.id ?? -1;
  let q = store.db
    .selectFrom("notifications")
    .leftJoin("users as actor", "actor.id", "notifications.actor_id")
    .where("notifications.user_id", "=", userId);
  if (input.unread) q = q.where("notifications.read_at", "is", null);
  const count = async () =>
    (await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  const page = await paged(
    q
      .select([
        "notifications.id",
        "notifications.kind",
        "notifications.text",
        "notifications.task_id",
        "notifications.ledger_id",
        "notifications.created_at",
        "notifications.read_at",
        "actor.display_name as actor",
      ])
      .orderBy("notifications.id", "desc"),
    count,
    input,
  );
  const unread = await store.db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return { ...page, unread: Number(unread.n) };
}

/** Mark the caller's notifications read: the ones named, or all. Returns how many changed. */
export async function markNotificationsRead(store: Store, scope: Scope, ids: number[] | "all") {
  requirePermission(scope, "signed-in");
  let q = store.db
    .updateTable("notifications")
    .set({ read_at: new Date() })
    .where("user_id", "=", scope.caller?.id ?? -1)
    .where("read_at", "is", null);
  if (ids !== "all") {
    if (ids.length === 0) return 0;
    q = q.where("id", "in", ids);
  }
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}
