// The audit log: who changed what, when, before and after. Written in the same transaction
// as the change; the table refuses updates and deletes (a trigger), and no route edits it.
import type { Kysely, Transaction } from "kysely";
import type { Store } from "../../store/db.ts";
import type { Database } from "../../store/schema.ts";
import { type Caller, requirePermission, type Scope } from "../access/scope.ts";
import { type Page, paged } from "../paging.ts";

export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  actor: Pick<Caller, "id" | "username"> | null,
  action: string,
  entity: string,
  entityId: string | number | null,
  before: unknown,
  after: unknown,
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      user_id: actor?.id ?? null,
      username: actor?.username ?? null,
      action,
      entity,
      entity_id: entityId === null ? null : String(entityId),
      before: before === undefined || before === null ? null : JSON.stringify(before),
      after: after === undefined || after === null ? null : JSON.stringify(after),
    })
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
