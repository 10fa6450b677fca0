// After an engine upgrade the server serves stored records at once and re-analyses them in
// the background: the "reanalyze" job walks the stale documents in batches, chaining itself.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { countStale } from "../src/commands/documents/reanalyze.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { ENGINE } from "../src/engine.ts";
import { type JobQueue, startWorkers } from "../src/jobs/index.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";

const DEMO = new URL("../demo/", import.meta.url).pathname;

describe("background re-analysis", () => {
  let store: Store;
  let jobs: JobQueue;
  const options = resolveOptions({});
  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    for (const name of readdirSync(DEMO).slice(0, 3))
      await ingestDocument(store, SYSTEM_SCOPE, {
        bytes: new Uint8Array(readFileSync(DEMO + name)),
        name,
        options,
      });
    jobs = await startWorkers(store, { pollingIntervalSeconds: 0.5, log: () => {}, schedules: [] });
  });
  after(async () => {
    await jobs.stop();
    await store.close();
  });

  test("walks every stale document in batches and keeps the earlier records", async () => {
    await store.db.updateTable("documents").set({ engine_version: "0.0.0-old" }).execute();
    assert.equal(await countStale(store, SYSTEM_SCOPE), 3);
    // one document per run: the job must chain itself to the end
    await jobs.enqueue("reanalyze", { afterId: 0, limit: 1 }, { singletonKey: "chain" });
    for (let waited = 0; (await countStale(store, SYSTEM_SCOPE)) > 0; waited += 250) {
      assert.ok(waited < 120_000, "re-analysis did not finish");
      await new Promise((r) => setTimeout(r, 250));
    }
    const docs = await store.db.selectFrom("documents").select(["id", "engine_version"]).execute();
    assert.ok(docs.every((d) => d.engine_version === ENGINE.version));
    for (const d of docs) {
      const analyses = await store.db
        .selectFrom("analyses")
        .select("id")
        .where("document_id", "=", d.id)
        .execute();
      assert.equal(analyses.length, 2, "the earlier record stays");
    }
  });

  test("statistics of the embedded database are refreshed by the scheduled job", async () => {
    const reltuples = async () =>
      (
        await sql<{
          n: number;
        }>`select reltuples::float8 as n from pg_class where relname = 'documents'`.execute(store.db)
      ).rows[0].n;
    // PGlite never runs autovacuum: a table not yet analysed has no estimate (-1)
    assert.equal(await reltuples(), -1);
    const id = (await jobs.enqueue("refresh-statistics", {})) as string;
    for (
      let waited = 0;
      (await jobs.status("refresh-statistics", id))?.state !== "completed";
      waited += 250
    ) {
      assert.ok(waited < 60_000, "statistics job did not finish");
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(await reltuples(), 3);
  });
});
