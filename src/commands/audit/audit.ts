// The audit log: who changed what, when, before and after. Written in the same transaction
// as the change; the table refuses updates and deletes (a trigger), and no route edits it.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../store/schema.ts";
import type { Actor } from "../../server/auth/sessions.ts";

export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  actor: Pick<Actor, "id" | "username"> | null,
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
