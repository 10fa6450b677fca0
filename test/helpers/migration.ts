// The start of a migration's test: the database as it was just before that migration. Today's
// code stores the test's documents first (its writes name columns older schemas lack, e.g.
// documents.region_code since 0021), then the database is migrated down to just before the
// migration under test; the test writes its old rows there and upgrades.
import { openStore, type Store } from "../../src/store/db.ts";
import { migrationProvider } from "../../src/store/migrations.ts";
import { ingestDemoPlan } from "./demo-plan.ts";
import type { ReopenableTarget } from "./store-targets.ts";

export interface StoreBefore<T> {
  /** the store at the migration before the one under test, to write the old rows in */
  old: Store;
  /** what `fill` stored with today's code */
  filled: T;
  /** closes the old store and opens the same database at `to` (default: the latest migration) */
  upgrade: (to?: string) => Promise<Store>;
}

/** Opens `target` at the migration before `migration` (named as in src/store/migrations.ts). */
export async function storeBefore<T>(
  target: ReopenableTarget,
  migration: string,
  fill: (store: Store) => Promise<T>,
): Promise<StoreBefore<T>> {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const at = names.indexOf(migration);
  if (at < 1) throw new Error(`no migration before ${migration}`);
  const options = await target.options();
  const latest = await openStore(options);
  let filled: T;
  try {
    filled = await fill(latest);
  } finally {
    await latest.close();
  }
  const old = await openStore({ ...options, migrateTo: names[at - 1] });
  return {
    old,
    filled,
    upgrade: async (to) => {
      await old.close();
      return openStore(to ? { ...options, migrateTo: to } : options);
    },
  };
}

/** The rows most upgrades of 督办 data start from: the demo plan and a ledger made from it. */
export async function planStoreBefore(
  target: ReopenableTarget,
  migration: string,
): Promise<{ old: Store; ledgerId: number; upgrade: (to?: string) => Promise<Store> }> {
  const { old, filled: documentId, upgrade } = await storeBefore(target, migration, ingestDemoPlan);
  try {
    // a ledger row as any schema since 0008 has it (createLedger writes today's columns)
    const ledger = await old.db
      .insertInto("ledgers")
      .values({ document_id: documentId, title: "台账" })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { old, ledgerId: ledger.id, upgrade };
  } catch (error) {
    // an open store keeps the test process from ending
    await old.close();
    throw error;
  }
}
