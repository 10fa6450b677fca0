// The policy lives with the commands that enforce it; the server only re-exports it.
export { allows, type Permission, POLICY, ROLE_LABEL, ROLES } from "../../commands/access/policy.ts";
