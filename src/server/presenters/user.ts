// The only way accounts, sessions and audit entries become API JSON (never a password hash).
import { ROLE_LABEL } from "../../commands/access/policy.ts";
import type { Selectable } from "kysely";
import type { AuditTable, Role } from "../../store/schema.ts";
import { auditSentence } from "../../labels.ts";
import { iso } from "./time.ts";

/** An account in the admin's list: what its owner sees, and its e-mail and state. */
export function presentUser(u: {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  unit_name: string | null;
  unit_key?: string | null;
  /** the unit's name as the list shows it (`unitLabels`: 鼓楼区司法局（福州市）) */
  unit_label?: string | null;
  /** what the admin must do about the account's unit (its city not said), in Chinese */
  unit_notice?: string | null;
  email: string | null;
  disabled?: boolean;
  must_change_password?: boolean;
  created_at?: Date | string;
}) {
  const { display_name: displayName, unit_name: unitName, must_change_password: mustChangePassword } = u;
  return {
    ...presentSessionUser({ ...u, displayName, unitName, mustChangePassword }),
    /** the registry unit (what the admin's unit picker holds; not shown) */
    unitKey: u.unit_key ?? null,
    unitLabel: u.unit_label ?? u.unit_name,
    /** the account's unit is of a shared name with no city said: it sees no city's tasks */
    unitNotice: u.unit_notice ?? null,
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
  mustChangePassword?: boolean;
}) {
  return {
    id: c.id,
    username: c.username,
    displayName: c.displayName,
    role: c.role,
    roleLabel: ROLE_LABEL[c.role],
    unitName: c.unitName,
    /** the admin reset the password: the owner chooses a new one before anything else */
    mustChangePassword: c.mustChangePassword ?? false,
  };
}

/** A unit of the registry: its full name, short name and other names, and the name it is shown
 *  by among the others listed (`unitLabels`: 鼓楼区司法局（福州市） beside 南京市's). */
export function presentUnit(u: {
  key: string;
  name: string;
  label?: string;
  shortName: string;
  area: string;
  aliases: string[];
  tasks?: number;
}) {
  return {
    key: u.key,
    name: u.name,
    label: u.label ?? u.name,
    shortName: u.shortName,
    area: u.area,
    aliases: u.aliases,
    ...(u.tasks !== undefined ? { tasks: Number(u.tasks) } : {}),
  };
}

export function presentAuditEntry(
  e: Selectable<AuditTable> & {
    actor_name?: string | null;
    actor_shared?: boolean | null;
    object_name?: string | null;
  },
) {
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
    /** “王主任 创建了账号「张三」”: what the log page shows instead of the codes above */
    sentence: auditSentence(e),
  };
}
