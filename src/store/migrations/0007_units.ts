// The unit registry (issue 12): one row per unit with its full name, area, level and aliases;
// tasks and accounts are keyed by the registry's key, so 长治市司法局 (an account) and 市司法局
// (a task in 长治市's plan) are one unit. Accounts can be forced to change their password and
// are deleted by marking them (their history stays readable).
import { type Kysely, type Migration, sql } from "kysely";
import { resolveOwnerName, type UnitRef } from "../../plan/owners.ts";
import type { Database } from "../schema.ts";
import { renameUnitKey, upsertUnits } from "../units.ts";

export const migration: Migration = {
  async up(raw: Kysely<unknown>) {
    const db = raw as Kysely<Database>;
    await raw.schema
      .createTable("units")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("short_name", "text", (c) => c.notNull())
      .addColumn("area", "text", (c) => c.notNull())
      .addColumn("level", "text", (c) => c.notNull())
      .addColumn("agency", "text")
      .addColumn("aliases", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await raw.schema.createIndex("units_name_idx").on("units").column("name").execute();
    await raw.schema.createIndex("units_area_idx").on("units").column("area").execute();
    await raw.schema
      .alterTable("users")
      .addColumn("must_change_password", "boolean", (c) => c.notNull().defaultTo(false))
      .execute();
    await raw.schema.alterTable("users").addColumn("deleted_at", "timestamptz").execute();
    await rekey(db);
  },
};

/** Existing tasks and accounts get the registry's keys, and their units are registered. */
async function rekey(db: Kysely<Database>) {
  const found: Array<{ unit: UnitRef; written: string[] }> = [];
  const owners = await db
    .selectFrom("tasks")
    .innerJoin("ledgers", "ledgers.id", "tasks.ledger_id")
    .innerJoin("documents", "documents.id", "ledgers.document_id")
    .select(["tasks.ledger_id", "tasks.unit_name", "documents.region"])
    .distinct()
    .execute();
  const regions = new Map<string, number>();
  for (const o of owners) {
    if (o.region) regions.set(o.region, (regions.get(o.region) ?? 0) + 1);
    const r = resolveOwnerName(o.unit_name, { region: o.region });
    if (r.collective) continue;
    found.push({ unit: r.unit, written: [r.written] });
    await db
      .updateTable("tasks")
      .set({ unit_key: r.unit.key })
      .where("ledger_id", "=", o.ledger_id)
      .where("unit_name", "=", o.unit_name)
      .execute();
  }
  // accounts name their unit as the deployment's area writes it: the area of most ledgers
  const home = [...regions].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const renamed = new Map<string, { key: string; name: string }>();
  const named = [
    ...(await db.selectFrom("users").select(["unit_name", "unit_key"]).execute()),
    ...(await db.selectFrom("season_units").select(["unit_name", "unit_key"]).execute()),
    ...(await db.selectFrom("assess_units").select(["unit_name", "unit_key"]).execute()),
  ];
  for (const n of named) {
    if (!n.unit_name || !n.unit_key) continue;
    const r = resolveOwnerName(n.unit_name, { region: home });
    if (r.collective) continue;
    found.push({ unit: r.unit, written: [r.written] });
    if (r.unit.key !== n.unit_key) renamed.set(n.unit_key, r.unit);
  }
  await upsertUnits(db, found);
  for (const [from, to] of renamed) await renameUnitKey(db, from, to);
}
