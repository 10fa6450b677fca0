// The start of a migration's test: the database as it was just before that migration, holding
// the demo plan and a ledger made from it (the rows most upgrades of 督办 data start from); the
// test writes its old rows there, then reopens the database at the latest migration.
import { openStore, type Store } from "../../src/store/db.ts";
import { migrationProvider } from "../../src/store/migrations.ts";
import { ingestDemoPlan } from "./demo-plan.ts";
import type { ReopenableTarget } from "./store-targets.ts";

export interface StoreBefore {
  /** the store at the migration before the one under test, to write the old rows in */
  old: Store;
  /** the demo plan's ledger, without tasks (written as that schema had them) */
  ledgerId: number;
  /** closes the old store and opens the same database at the latest migration */
  upgrade: () => Promise<Store>;
}

/** Opens `target` at the migration before `migration` (named as in src/store/migrations.ts). */
export async function storeBefore(target: ReopenableTarget, migration: string): Promise<StoreBefore> {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const at = names.indexOf(migration);
  if (at < 1) throw new Error(`no migration before ${migration}`);
  const old = await openStore({ ...(await target.options()), migrateTo: names[at - 1] });
  const documentId = await ingestDemoPlan(old);
  // a ledger row as any schema since 0008 has it (createLedger writes today's columns)
  const ledger = await old.db
    .insertInto("ledgers")
    .values({ document_id: documentId, title: "台账" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return {
    old,
    ledgerId: ledger.id,
    upgrade: async () => {
      await old.close();
      return openStore(await target.options());
    },
  };
}
