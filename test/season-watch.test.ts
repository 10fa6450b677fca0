// Publication watch as a background job: four units' accepted reports, their pages served by a
// local HTTP server — the real page, a late page (no date of its own: the date first seen
// counts), a changed page and a hijacked copy. The job classifies each; a later run flags the
// real page when it is changed and then hijacked, keeping the date first seen.
import assert from "node:assert/strict";
import type { Server } from "node:http";
import { after, before, describe, test } from "node:test";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import * as season from "../src/commands/season/index.ts";
import { type JobQueue, startWorkers } from "../src/jobs/index.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { eventually } from "./helpers/jobs.ts";
import { articlePage, FGW, hijackedPage, LAST_YEAR, pageServer, SFJ_V2 } from "./helpers/season.ts";

const UNITS = ["市司法局", "市发改委", "市教育局", "市民政局"];

describe("publication watch job", { timeout: 300_000 }, () => {
  let store: Store;
  let queue: JobQueue;
  let web: { server: Server; base: string; pages: Map<string, string> };
  let now = new Date("2024-03-20T02:00:00Z");
  let seasonId = 0;
  const keys: string[] = [];
  // the late page declares no date (its report's own info line removed): the date first seen counts
  const texts = [
    SFJ_V2,
    FGW.replace(/时间:\d{4}-\d{2}-\d{2}/, ""),
    FGW.replace(/太原市/g, "晋中市"),
    SFJ_V2.replace(/長治/g, "长治"),
  ];
  const deps = () => ({ fetcher: season.guardedFetch, options: resolveOptions(), now });

  const statusOf = async () => {
    const rows = await store.db
      .selectFrom("season_units")
      .select(["unit_key", "publication_status", "published_on", "publication_evidence"])
      .where("season_id", "=", seasonId)
      .execute();
    return keys.map((k) => rows.find((r) => r.unit_key === k));
  };
  const runJob = async () => {
    const id = (await queue.enqueue("season-publication-watch", {})) as string;
    await eventually(
      async () => (await queue.status("season-publication-watch", id))?.state === "completed",
      "job done",
    );
  };

  before(async () => {
    process.env.FAZHI_FETCH_ALLOW = "127.0.0.1";
    store = await openStore({ dataDir: "memory://" });
    web = await pageServer();
    const s = await season.createSeason(store, SYSTEM_SCOPE, { year: 2023, units: UNITS });
    seasonId = s.id;
    const board = await season.dashboard(store, SYSTEM_SCOPE, seasonId, now);
    for (const name of UNITS)
      keys.push(board.rows.find((r) => r.unit.unit_name === name)?.unit.unit_key as string);
    for (const [i, key] of keys.entries()) {
      const sub = await season.submitReport(store, SYSTEM_SCOPE, {
        seasonId,
        unitKey: key,
        file: { bytes: new Uint8Array(Buffer.from(texts[i])), name: `${UNITS[i]}.txt` },
        ...deps(),
      });
      await season.decide(store, SYSTEM_SCOPE, { submissionId: sub.id, decision: "accept", now });
      // recorded before the pages are up: not found yet
      const row = await season.recordPublication(
        store,
        SYSTEM_SCOPE,
        { seasonId, unitKey: key, url: `${web.base}/${i}.html` },
        deps(),
      );
      assert.equal(row.publication_status, "not_found");
    }
    queue = await startWorkers(store, { schedules: [], pollingIntervalSeconds: 0.5, now: () => now });
  });
  after(async () => {
    await queue?.stop();
    await store?.close();
    web?.server.close();
  });

  test("the job classifies the real page, a late page, a changed page and a hijacked copy", async () => {
    now = new Date("2024-04-03T02:00:00Z");
    web.pages.set("/0.html", articlePage(texts[0], "2024-03-28"));
    web.pages.set("/1.html", articlePage(texts[1], "").replace(/发布时间:|<meta name="PubDate"[^>]*>/g, ""));
    web.pages.set("/2.html", articlePage(LAST_YEAR, "2024-03-25"));
    web.pages.set("/3.html", hijackedPage(texts[3], "2024-03-25"));
    await runJob();
    const [real, late, changed, hijacked] = await statusOf();
    assert.equal(real?.publication_status, "on_time");
    assert.equal(real?.published_on, "2024-03-28");
    assert.equal(late?.publication_status, "late");
    assert.equal(late?.published_on, "2024-04-03", "the date first seen");
    assert.equal(changed?.publication_status, "differs");
    assert.ok((changed?.publication_evidence as { containment: number } | undefined)?.containment ?? 1 < 0.5);
    assert.equal(hijacked?.publication_status, "hijacked");
    assert.match(JSON.stringify(hijacked?.publication_evidence), /kaiyun/);
  });

  test("a later run flags the real page when it changes and when it is hijacked", async () => {
    now = new Date("2024-05-10T02:00:00Z");
    web.pages.set("/0.html", articlePage(LAST_YEAR, "2024-03-28"));
    await runJob();
    let [real] = await statusOf();
    assert.equal(real?.publication_status, "differs");
    assert.equal((real?.publication_evidence as { changedFrom: string } | undefined)?.changedFrom, "on_time");
    web.pages.set("/0.html", hijackedPage(texts[0], "2024-03-28"));
    await runJob();
    [real] = await statusOf();
    assert.equal(real?.publication_status, "hijacked");
    web.pages.set("/0.html", articlePage(texts[0], "2024-03-28"));
    await runJob();
    [real] = await statusOf();
    assert.equal(real?.publication_status, "on_time");
    assert.equal(real?.published_on, "2024-03-28", "the first date stays");
    const audit = await store.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "season:publication-check")
      .execute();
    assert.ok(audit.length >= 4 + 4 + 3);
  });

  test("internal addresses are refused without the allow-list", async () => {
    const saved = process.env.FAZHI_FETCH_ALLOW;
    delete process.env.FAZHI_FETCH_ALLOW;
    try {
      await assert.rejects(
        season.recordPublication(
          store,
          SYSTEM_SCOPE,
          { seasonId, unitKey: keys[1], url: `${web.base}/x.html` },
          deps(),
        ),
        (e: { code?: string }) => e.code === "fetch_blocked",
      );
    } finally {
      process.env.FAZHI_FETCH_ALLOW = saved;
    }
  });
});
