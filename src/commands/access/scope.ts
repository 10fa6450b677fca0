// The caller's scope: who is asking and what they may see. Every command takes one as a
// required argument and applies it itself, so no route can forget to filter.
import type { Role } from "../../store/schema.ts";
import { DomainError } from "../errors.ts";
import { allows, type Permission } from "./policy.ts";

/** The signed-in account behind a request (null for anonymous callers). */
export interface Caller {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitName: string | null;
  unitKey: string | null;
  /** an admin reset the password: nothing but choosing a new one until then */
  mustChangePassword?: boolean;
}

export interface Scope {
  readonly caller: Caller | null;
  /** "published": anonymous and public readers see published documents only */
  readonly documents: "published" | "all";
  /** set when the caller answers for one unit: tasks, submissions and scores are that unit's only */
  readonly unit: { key: string; name: string } | null;
}

/** The scope of a request's caller. */
export function scopeOf(caller: Caller | null): Scope {
  const role = caller?.role ?? null;
  return {
    caller,
    documents: allows(role, "documents:read-all") ? "all" : "published",
    // a unit account without a unit sees no unit's tasks (the empty key matches none)
    unit:
      caller?.role === "unit"
        ? { key: caller.unitKey ?? "", name: caller.unitName ?? caller.unitKey ?? "" }
        : null,
  };
}

/** The scope of the operator at the command line and of background jobs: everything. */
export const SYSTEM_SCOPE: Scope = Object.freeze({
  caller: null,
  documents: "all",
  unit: null,
  system: true,
}) as Scope;

const isSystem = (scope: Scope) => (scope as { system?: boolean }).system === true;

/** Throws unless the scope holds the permission: unauthenticated for anonymous, forbidden otherwise. */
export function requirePermission(scope: Scope, permission: Permission): void {
  if (isSystem(scope)) return;
  if (scope.caller?.mustChangePassword && permission !== "public" && permission !== "signed-in")
    throw new DomainError(
      "forbidden",
      "password_change_required",
      "管理员已重置您的密码，请先设置新密码",
      "the password was reset: set a new one first",
    );
  if (allows(scope.caller?.role ?? null, permission)) return;
  if (!scope.caller) throw new DomainError("unauthenticated", "login_required", "请先登录", "login required");
  throw new DomainError("forbidden", "forbidden", "没有权限执行此操作", "not allowed for this role");
}

/** The account id to record as the actor of a change (null for the system). */
export const actorId = (scope: Scope) => scope.caller?.id ?? null;
