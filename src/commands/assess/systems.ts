// Indicator systems in the database: the shipped ones are copied in when first used; a
// coordinator adds a system or a new version of one (versions are immutable: rounds refer to them).
import { type IndicatorSystem, parseSystem, SystemError, shippedSystems } from "../../assess/index.ts";
import { audit } from "../audit/audit.ts";
import type { Store } from "../../store/db.ts";
import { actorId, requirePermission, type Scope } from "../access/scope.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { type Page, type Paged, pageOf } from "../paging.ts";
import type { Db } from "./rows.ts";

export interface SystemSummary {
  id: number | null;
  key: string;
  version: string;
  name: string;
  shipped: boolean;
}

/** Every system, a page at a time: those saved (each version) and the shipped ones not yet saved. */
export async function listSystems(store: Store, scope: Scope, page: Page): Promise<Paged<SystemSummary>> {
  requirePermission(scope, "assess:read");
  const rows = await store.db
    .selectFrom("assess_systems")
    .select(["id", "key", "version", "name"])
    .orderBy("key")
    .orderBy("id")
    .execute();
  const shipped = shippedSystems();
  const out: SystemSummary[] = rows.map((r) => ({
    ...r,
    shipped: shipped.get(r.key)?.version === r.version,
  }));
  for (const s of shipped.values())
    if (!rows.some((r) => r.key === s.id && r.version === s.version))
      out.push({ id: null, key: s.id, version: s.version, name: s.name, shipped: true });
  return pageOf(out, page);
}

export async function getSystem(
  store: Store,
  scope: Scope,
  key: string,
  version?: string,
): Promise<IndicatorSystem> {
  requirePermission(scope, "assess:read");
  let q = store.db.selectFrom("assess_systems").select("definition").where("key", "=", key);
  if (version) q = q.where("version", "=", version);
  const row = await q.orderBy("id", "desc").executeTakeFirst();
  if (row) return row.definition;
  const shipped = shippedSystems().get(key);
  if (shipped && (!version || shipped.version === version)) return shipped;
  throw notFound("指标体系", "indicator system");
}

/** The newest saved version of a system, saving the shipped one on first use. */
export async function systemRowFor(db: Db, key: string, createdBy: number | null): Promise<number> {
  const saved = await db
    .selectFrom("assess_systems")
    .select("id")
    .where("key", "=", key)
    .orderBy("id", "desc")
    .executeTakeFirst();
  if (saved) return saved.id;
  const shipped = shippedSystems().get(key);
  if (!shipped) throw notFound("指标体系", "indicator system");
  const row = await db
    .insertInto("assess_systems")
    .values({
      key: shipped.id,
      version: shipped.version,
      name: shipped.name,
      definition: JSON.stringify(shipped),
      created_by: createdBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Save a system (or a new version of one) after checking it against the schema. */
export async function saveSystem(store: Store, scope: Scope, definition: unknown): Promise<SystemSummary> {
  requirePermission(scope, "assess:configure");
  let system: IndicatorSystem;
  try {
    system = parseSystem(definition, "指标体系");
  } catch (error) {
    if (error instanceof SystemError) throw invalid("invalid_system", error.problem, error.message);
    throw error;
  }
  return store.db.transaction().execute(async (trx) => {
    const exists = await trx
      .selectFrom("assess_systems")
      .select("id")
      .where("key", "=", system.id)
      .where("version", "=", system.version)
      .executeTakeFirst();
    if (exists)
      throw conflict(
        "version_exists",
        // named as the coordinator knows it: its internal key is on no screen
        `指标体系「${system.name}」已有版本 ${system.version}，修改后请使用新的版本号`,
        "this version exists; save changes under a new version",
      );
    const row = await trx
      .insertInto("assess_systems")
      .values({
        key: system.id,
        version: system.version,
        name: system.name,
        definition: JSON.stringify(system),
        created_by: actorId(scope),
      })
      .returning(["id", "key", "version", "name"])
      .executeTakeFirstOrThrow();
    await audit(trx, scope.caller, "assess.system.save", "assess_system", row.id, null, {
      key: row.key,
      version: row.version,
    });
    return { ...row, shipped: false };
  });
}
