// Season changes are audited through the platform's one audit writer.
import type { Scope } from "../access/scope.ts";
import { audit } from "../audit/audit.ts";
import type { Db } from "./access.ts";

export const auditSeason = (
  db: Db,
  scope: Scope,
  action: string,
  entity: string,
  id: string | number,
  before: unknown,
  after: unknown,
) => audit(db, scope.caller, `season:${action}`, entity, id, before, after);
