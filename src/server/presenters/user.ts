// The only way accounts, sessions and audit entries become API JSON (never a password hash).
import { ROLE_LABEL } from "../../commands/access/policy.ts";
import type { Selectable } from "kysely";
import type { AuditTable, Role } from "../../store/schema.ts";
import { iso } from "./time.ts";

/** An account in the admin's list: what its owner sees, and its e-mail and state. */
export function presentUser(u: {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  unit_name: string | null;
  email: string | null;
  disabled?: boolean;
  created_at?: Date | string;
}) {
  const { display_name: displayName, unit_name: unitName } = u;
  return {
    ...presentSessionUser({ ...u, displayName, unitName }),
    email: u.email,
    disabled: u.disabled ?? false,
    createdAt: u.created_at === undefined ? null : iso(u.created_at),
  };
}

/** The signed-in account as its own page sees it. */
export function presentSessionUser(c: {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitName: string | null;
}) {
  return {
    id: c.id,
    username: c.username,
    displayName: c.displayName,
    role: c.role,
    roleLabel: ROLE_LABEL[c.role],
    unitName: c.unitName,
  };
}

export function presentAuditEntry(e: Selectable<AuditTable>) {
  return {
    id: e.id,
    at: iso(e.at),
    userId: e.user_id,
    username: e.username,
    action: e.action,
    entity: e.entity,
    entityId: e.entity_id,
    before: e.before,
    after: e.after,
  };
}
