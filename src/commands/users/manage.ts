// The admin's changes to an account: edit (name, role, unit), disable and enable, reset the
// password (the owner must choose a new one at next sign-in), delete. Each reads the account
// under a row lock and is audited in the same transaction. A deleted account is marked, not
// removed: task reports and the audit log that name it stay readable, and its username is free.
import type { Transaction } from "kysely";
import type { Store } from "../../store/db.ts";
import type { Database, Role } from "../../store/schema.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { audit } from "../audit/audit.ts";
import { conflict, notFound } from "../errors.ts";
import { forgetSessions } from "../sessions/cache.ts";
import { deleteUserSessions } from "../sessions/sessions.ts";
import { generatePassword, hashPassword } from "./passwords.ts";
import { accountUnit, USER_COLUMNS } from "./users.ts";

type Trx = Transaction<Database>;

async function lockUser(trx: Trx, id: number) {
  const row = await trx
    .selectFrom("users")
    .select([...USER_COLUMNS])
    .where("id", "=", id)
    .where("deleted_at", "is", null)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound("账号", "account");
  return row;
}

/** The admin never locks themself out: no disabling, deleting or demoting one's own account. */
function notSelf(scope: Scope, id: number, zh: string) {
  if (scope.caller?.id === id) throw conflict("own_account", zh, "not on one's own account");
}

export interface UserEdit {
  displayName: string;
  role: Role;
  unitKey?: string | null;
  email?: string | null;
}

export async function updateUser(store: Store, scope: Scope, id: number, edit: UserEdit) {
  requirePermission(scope, "users:manage");
  const result = await store.db.transaction().execute(async (trx) => {
    const before = await lockUser(trx, id);
    if (edit.role !== before.role) notSelf(scope, id, "不能修改自己的角色");
    const unit = await accountUnit(trx, edit.role, edit.unitKey ?? before.unit_key);
    const after = await trx
      .updateTable("users")
      .set({
        display_name: edit.displayName,
        role: edit.role,
        unit_name: unit?.name ?? null,
        unit_key: unit?.key ?? null,
        ...(edit.email !== undefined ? { email: edit.email || null } : {}),
      })
      .where("id", "=", id)
      .returning([...USER_COLUMNS])
      .executeTakeFirstOrThrow();
    await audit(trx, scope.caller, "update", "user", id, before, after);
    return { after, changedAccess: before.role !== after.role || before.unit_key !== after.unit_key };
  });
  // what the account may see changed: its sessions end, the next sign-in gets the new scope;
  // else its sessions read the new name at once
  if (result.changedAccess) await deleteUserSessions(store, id);
  else forgetSessions(store.db, { userId: id });
  return result.after;
}

export async function setDisabled(store: Store, scope: Scope, id: number, disabled: boolean) {
  requirePermission(scope, "users:manage");
  if (disabled) notSelf(scope, id, "不能停用自己的账号");
  const row = await store.db.transaction().execute(async (trx) => {
    const before = await lockUser(trx, id);
    const after = await trx
      .updateTable("users")
      .set({ disabled })
      .where("id", "=", id)
      .returning([...USER_COLUMNS])
      .executeTakeFirstOrThrow();
    await audit(
      trx,
      scope.caller,
      disabled ? "disable" : "enable",
      "user",
      id,
      { username: before.username },
      { display_name: before.display_name },
    );
    return after;
  });
  if (disabled) await deleteUserSessions(store, id);
  return row;
}

/** A new temporary password (shown once to the admin); the owner must replace it at sign-in. */
export async function resetPassword(store: Store, scope: Scope, id: number) {
  requirePermission(scope, "users:manage");
  notSelf(scope, id, "不能重置自己的密码，请使用“修改密码”");
  const password = generatePassword();
  const hash = await hashPassword(password);
  const row = await store.db.transaction().execute(async (trx) => {
    const before = await lockUser(trx, id);
    const after = await trx
      .updateTable("users")
      .set({ password_hash: hash, must_change_password: true, password_changed_at: new Date() })
      .where("id", "=", id)
      .returning([...USER_COLUMNS])
      .executeTakeFirstOrThrow();
    await audit(trx, scope.caller, "reset-password", "user", id, null, { display_name: before.display_name });
    return after;
  });
  await deleteUserSessions(store, id);
  return { user: row, password };
}

export async function deleteUser(store: Store, scope: Scope, id: number) {
  requirePermission(scope, "users:manage");
  notSelf(scope, id, "不能删除自己的账号");
  await store.db.transaction().execute(async (trx) => {
    const before = await lockUser(trx, id);
    await trx
      .updateTable("users")
      // the username is freed (kept in the audit entry); the row stays for the history
      .set({ deleted_at: new Date(), disabled: true, username: `${before.username}#已删除${id}` })
      .where("id", "=", id)
      .execute();
    await audit(trx, scope.caller, "delete", "user", id, before, null);
  });
  await deleteUserSessions(store, id);
}
