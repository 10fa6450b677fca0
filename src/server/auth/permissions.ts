// Who may do what. Every API route declares one permission; this table is the whole policy.
import type { Role } from "../../store/schema.ts";

export type Permission =
  | "public" // anyone, anonymous included (published documents only)
  | "signed-in" // any account
  | "documents:read-all" // unpublished documents too
  | "documents:write" // upload, fetch URLs, publish
  | "tasks:read" // tasks (a unit sees its own only)
  | "tasks:report" // post progress, request closure (a unit on its own tasks)
  | "tasks:manage" // create ledgers, add, reassign, extend, close, reopen, accept, return
  | "users:manage"
  | "audit:read";

export const ROLES: Role[] = ["admin", "coordinator", "unit", "evaluator", "public"];

export const POLICY: Record<Permission, Role[]> = {
  public: ["admin", "coordinator", "unit", "evaluator", "public"],
  "signed-in": ["admin", "coordinator", "unit", "evaluator", "public"],
  "documents:read-all": ["admin", "coordinator", "unit", "evaluator"],
  "documents:write": ["admin", "coordinator"],
  "tasks:read": ["admin", "coordinator", "unit", "evaluator"],
  "tasks:report": ["admin", "coordinator", "unit"],
  "tasks:manage": ["admin", "coordinator"],
  "users:manage": ["admin"],
  "audit:read": ["admin"],
};

export const ROLE_LABEL: Record<Role, string> = {
  admin: "管理员",
  coordinator: "督办(依法治市办)",
  unit: "责任单位",
  evaluator: "评估人员",
  public: "公众",
};

export const allows = (role: Role | null, permission: Permission) =>
  permission === "public" || (role !== null && POLICY[permission].includes(role));
