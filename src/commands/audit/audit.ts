// The audit log: who changed what, when, before and after. Written in the same transaction
// as the change; the table refuses updates and deletes (a trigger), and no route edits it.
import type { Kysely, Transaction } from "kysely";
import type { Store } from "../../store/db.ts";
import type { Database } from "../../store/schema.ts";
import { type Caller, requirePermission, type Scope } from "../access/scope.ts";
import { type Page, paged } from "../paging.ts";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
}

export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  actor: Pick<Caller, "id" | "username"> | null,
  action: string,
  entity: string,
  entityId: string | number | null,
  before: unknown,
  after: unknown,
): Promise<void> {
  await auditMany(db, actor, [{ action, entity, entityId, before, after }]);
}

/** Several entries by one actor in one statement (a batch of uploads). */
export async function auditMany(
  db: Kysely<Database> | Transaction<Database>,
  actor: Pick<Caller, "id" | "username"> | null,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  await db
    .insertInto("audit_log")
    .values(
      entries.map((e) => ({
        user_id: actor?.id ?? null,
        username: actor?.username ?? null,
        action: e.action,
        entity: e.entity,
        entity_id: e.entityId === null ? null : String(e.entityId),
        before: json(e.before),
        after: json(e.after),
      })),
    )
    .execute();
}

/** The log, newest first, one page at a time. */
export async function listAudit(store: Store, scope: Scope, filter: { entity?: string } & Page) {
  requirePermission(scope, "audit:read");
  let rows = store.db.selectFrom("audit_log");
  if (filter.entity) rows = rows.where("entity", "=", filter.entity);
  const count = async () =>
    (await rows.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  return paged(rows.selectAll().orderBy("id", "desc"), count, filter);
}
