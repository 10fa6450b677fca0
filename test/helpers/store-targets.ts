// The stores a database test runs on: the embedded PGlite always, and a PostgreSQL server too
// when TEST_DATABASE_URL is set (CI starts one), each fresh.
import { openStore, type Store } from "../../src/store/db.ts";
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
