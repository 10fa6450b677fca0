// The stores a database test runs on: the embedded PGlite always, and a PostgreSQL server too
// when TEST_DATABASE_URL is set (CI starts one), each fresh.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store, type StoreOptions } from "../../src/store/db.ts";
import { freshDatabase } from "./postgres.ts";

export interface StoreTarget {
  label: string;
  open: () => Promise<Store>;
}

export function storeTargets(): StoreTarget[] {
  const targets: StoreTarget[] = [{ label: "PGlite", open: () => openStore({ dataDir: "memory://" }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url)
    targets.push({
      label: "PostgreSQL",
      open: async () => openStore({ databaseUrl: await freshDatabase(url) }),
    });
  return targets;
}

/** A database that outlives its store (a migration test opens it at an older version, closes
 *  it and opens it again): a PGlite folder always, a PostgreSQL database when TEST_DATABASE_URL
 *  is set, each fresh. */
export interface ReopenableTarget {
  label: string;
  options: () => Promise<StoreOptions>;
  cleanup?: () => void;
}

export function reopenableTargets(prefix: string): ReopenableTarget[] {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const targets: ReopenableTarget[] = [
    {
      label: "PGlite",
      options: async () => ({ dataDir: dir }),
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    },
  ];
  if (process.env.TEST_DATABASE_URL) {
    const url = freshDatabase(process.env.TEST_DATABASE_URL);
    targets.push({ label: "PostgreSQL", options: async () => ({ databaseUrl: await url }) });
  }
  return targets;
}
