// Who may do what. Every command checks one permission against the caller's scope; this table
// is the whole policy.
import type { Role } from "../../store/schema.ts";

export type Permission =
  | "public" // anyone, anonymous included (published documents only)
  | "signed-in" // any account
  | "documents:read-all" // unpublished documents too
  | "documents:write" // upload, fetch URLs, publish, re-analyse, delete
  | "tasks:read" // tasks (a unit sees its own only)
  | "tasks:report" // post progress, request closure (a unit on its own tasks)
  | "tasks:manage" // create ledgers, add, reassign, extend, close, reopen, accept, return
  | "season:read" // report season: a unit sees its own submissions only
  | "season:submit" // a unit submits and resubmits its report
  | "season:manage" // open a season, review, return, accept, publish checks
  | "assess:read" // assessment results (a unit sees its own only)
  | "assess:manage" // frameworks, scoring, adjustments, locking
  | "assess:configure" // indicator systems, rounds, appeal decisions, finalising, publishing
  | "assess:appeal" // a unit appeals an item of its own score
  | "units:read" // the unit registry (pick a unit for an account, a task, a season)
  | "users:manage"
  | "audit:read";

export const ROLES = [
  "admin",
  "coordinator",
  "unit",
  "evaluator",
  "public",
] as const satisfies readonly Role[];

const STAFF: Role[] = ["admin", "coordinator", "unit", "evaluator"];

export const POLICY: Record<Permission, Role[]> = {
  public: ["admin", "coordinator", "unit", "evaluator", "public"],
  "signed-in": ["admin", "coordinator", "unit", "evaluator", "public"],
  "documents:read-all": STAFF,
  "documents:write": ["admin", "coordinator"],
  "tasks:read": STAFF,
  "tasks:report": ["admin", "coordinator", "unit"],
  "tasks:manage": ["admin", "coordinator"],
  "season:read": STAFF,
  "season:submit": ["admin", "coordinator", "unit"],
  "season:manage": ["admin", "coordinator"],
  "assess:read": STAFF,
  "assess:manage": ["admin", "coordinator", "evaluator"],
  "assess:configure": ["admin", "coordinator"],
  "assess:appeal": ["admin", "coordinator", "unit"],
  "units:read": ["admin", "coordinator"],
  "users:manage": ["admin"],
  "audit:read": ["admin"],
};

export const ROLE_LABEL: Record<Role, string> = {
  admin: "管理员",
  coordinator: "督办（依法治市办）",
  unit: "责任单位",
  evaluator: "评估人员",
  public: "公众",
};

export const allows = (role: Role | null, permission: Permission) =>
  permission === "public" || (role !== null && POLICY[permission].includes(role));
