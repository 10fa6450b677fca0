// Accounts: created by an admin (or the first start), passwords changed by their owner. The
// admin's other changes (edit, disable, reset, delete) are in manage.ts, the import in import.ts.
import type { Transaction } from "kysely";
import type { Store } from "../../store/db.ts";
import type { Database, Role } from "../../store/schema.ts";
import { actorId, requirePermission, type Scope, SYSTEM_SCOPE } from "../access/scope.ts";
import { audit } from "../audit/audit.ts";
import { conflict, DomainError, invalid } from "../errors.ts";
import { type Page, paged } from "../paging.ts";
import { deleteUserSessions } from "../sessions/sessions.ts";
import { isSharedName, parentOf, regionByCode, regionByName } from "../../structure/regions.ts";
import { unitForAccount } from "../units/registry.ts";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords.ts";

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  /** a registry unit's key (the admin's picker), or a unit's name (resolved in the registry) */
  unitKey?: string | null;
  unitName?: string | null;
  email?: string | null;
  password: string;
  /** the owner must choose a new password at first sign-in (imported accounts) */
  mustChangePassword?: boolean;
}

/** What a username may be: 3–32 letters, digits, _ . - */
export const USERNAME_RULE = /^[A-Za-z0-9_.-]{3,32}$/;

export const USER_COLUMNS = [
  "id",
  "username",
  "display_name",
  "role",
  "unit_name",
  "unit_key",
  "email",
  "disabled",
  "must_change_password",
  "created_at",
] as const;

/** The registry unit an account of this role answers for (only unit accounts have one). */
export async function accountUnit(
  db: Store["db"] | Transaction<Database>,
  role: Role,
  key?: string | null,
  name?: string | null,
) {
  if (role !== "unit") return null;
  const named = key?.trim() || name?.trim();
  if (!named) throw invalid("unit_required", "责任单位账号需要指定单位", "a unit account needs its unit");
  const unit = await unitForAccount(db, named);
  // before any plan says which city 市发改委 is, the account keeps the name as written; the
  // first ledger places it and gives it the full name
  const written = key?.trim() ? null : name?.trim();
  return regionByName(unit.area) || !written ? unit : { ...unit, name: written };
}

export async function createUser(store: Store, scope: Scope, u: NewUser) {
  requirePermission(scope, "users:manage");
  const problem = passwordProblem(u.password, u.username);
  if (problem) throw invalid("weak_password", problem, "password does not meet the rules");
  const passwordHash = await hashPassword(u.password);
  return store.db.transaction().execute(async (trx) => {
    const unit = await accountUnit(trx, u.role, u.unitKey, u.unitName);
    // the unique username decides between concurrent creations: the loser gets a 409, not a
    // raw duplicate-key error
    const row = await trx
      .insertInto("users")
      .values({
        username: u.username,
        display_name: u.displayName,
        role: u.role,
        unit_name: unit?.name ?? null,
        unit_key: unit?.key ?? null,
        email: u.email || null,
        password_hash: passwordHash,
        must_change_password: u.mustChangePassword ?? false,
      })
      .onConflict((oc) => oc.column("username").doNothing())
      .returning([...USER_COLUMNS])
      .executeTakeFirst();
    if (!row) throw conflict("username_taken", "用户名已存在", "username taken");
    await audit(trx, scope.caller, "create", "user", row.id, null, row);
    return row;
  });
}

export async function authenticate(store: Store, username: string, password: string) {
  const user = await store.db
    .selectFrom("users")
    .selectAll()
    .where("username", "=", username)
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  // hash anyway so that timing does not reveal which usernames exist
  const ok = await verifyPassword(
    password,
    user?.password_hash ?? "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
  );
  if (!user || !ok || user.disabled) return null;
  return user;
}

/** The caller changes their own password; their other sessions end (the one kept is this one). */
export async function changePassword(
  store: Store,
  scope: Scope,
  input: { current: string; next: string; keepToken: string },
) {
  requirePermission(scope, "signed-in");
  const id = actorId(scope);
  if (id === null) throw new DomainError("unauthenticated", "login_required", "请先登录", "login required");
  const { current, next, keepToken } = input;
  const nextHash = await hashPassword(next);
  await store.db.transaction().execute(async (trx) => {
    // read under a row lock: two changes at once cannot both pass the check of the old password
    const user = await trx
      .selectFrom("users")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!(await verifyPassword(current, user.password_hash)))
      throw new DomainError("forbidden", "wrong_password", "当前密码不正确", "current password is wrong");
    const problem = passwordProblem(next, user.username);
    if (problem) throw invalid("weak_password", problem, "password does not meet the rules");
    await trx
      .updateTable("users")
      .set({ password_hash: nextHash, password_changed_at: new Date(), must_change_password: false })
      .where("id", "=", id)
      .execute();
    await audit(trx, scope.caller, "change-password", "user", id, null, null);
  });
  await deleteUserSessions(store, id, keepToken);
}

export async function listUsers(store: Store, scope: Scope, page: Page) {
  requirePermission(scope, "users:manage");
  const rows = store.db.selectFrom("users").where("deleted_at", "is", null);
  const count = async () =>
    (await rows.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  const list = rows
    .select([...USER_COLUMNS])
    // the unit's division, to tell two divisions' units of one name apart (鼓楼区司法局)
    .select((eb) =>
      eb
        .selectFrom("units")
        .select("units.area_code")
        .whereRef("units.key", "=", "users.unit_key")
        .as("unit_area_code"),
    )
    .select((eb) =>
      eb
        .selectFrom("units")
        .select("units.area")
        .whereRef("units.key", "=", "users.unit_key")
        .as("unit_area"),
    )
    .orderBy("id");
  const listed = await paged(list, count, page);
  const notices = await undecidedUnits(
    store.db,
    listed.items.flatMap((u) =>
      u.role === "unit" && u.unit_key && u.unit_area && !u.unit_area_code && isSharedName(u.unit_area)
        ? [u.unit_key]
        : [],
    ),
  );
  return {
    ...listed,
    items: listed.items.map((u) => ({ ...u, unit_notice: (u.unit_key && notices.get(u.unit_key)) || null })),
  };
}

/**
 * What the admin is told of accounts whose unit is of a name several divisions share, with no
 * division said (鼓楼区司法局, of 福州市 or of 南京市: migration 0022 left the accounts of a unit
 * that held both cities' tasks so): such an account sees neither city's tasks until the admin
 * picks its unit. The notice names the cities whose unit of that name the registry holds.
 */
async function undecidedUnits(db: Store["db"], keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (keys.length === 0) return out;
  const units = await db
    .selectFrom("units")
    .select(["key", "name", "area", "agency"])
    .where("key", "in", [...new Set(keys)])
    .execute();
  for (const unit of units) {
    const coded = await db
      .selectFrom("units")
      .select("area_code")
      .distinct()
      .where("area", "=", unit.area)
      .where("area_code", "is not", null)
      .where(unit.agency ? "agency" : "name", "=", unit.agency ?? unit.name)
      .orderBy("area_code")
      .execute();
    const cities = coded.flatMap((c) => {
      const division = c.area_code ? regionByCode(c.area_code) : undefined;
      const city = division && parentOf(division);
      return city ? [city.name] : [];
    });
    out.set(
      unit.key,
      cities.length > 0
        ? `单位所属地区未定：名录中有${cities.join("、")}的${unit.name}，本账号看不到其任务，请编辑账号重新选择单位`
        : `单位所属地区未定（多地都有${unit.area}），请编辑账号重新选择单位`,
    );
  }
  return out;
}

/** The first start creates an admin; its password comes from FAZHI_ADMIN_PASSWORD or is generated. */
export async function ensureAdmin(store: Store, password: string): Promise<boolean> {
  const any = await store.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  if (any) return false;
  try {
    await createUser(store, SYSTEM_SCOPE, {
      username: "admin",
      displayName: "系统管理员",
      role: "admin",
      password,
    });
  } catch (error) {
    // several processes starting together on one database: one of them creates it
    if (error instanceof DomainError && error.code === "username_taken") return false;
    throw error;
  }
  return true;
}
