// The job queue: on the embedded database the in-process worker runs jobs, retries failures,
// honours keys and start times and fires schedules; on PostgreSQL two worker processes share
// one database and run each job exactly once.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { eventually, makeRunsTable, runs, TEST_JOBS, TEST_SCHEDULES } from "../../test/helpers/jobs.ts";
import { freshDatabase } from "../../test/helpers/postgres.ts";
import { type Child, startNode } from "../../test/helpers/process.ts";
import { makeUsers } from "../../test/helpers/session.ts";
import { createSession } from "../commands/sessions/sessions.ts";
import { openStore, type Store } from "../store/db.ts";
import { type JobQueue, openJobQueue, QUEUE_SCHEMA, startWorkers } from "./index.ts";

type TestQueue = JobQueue<typeof TEST_JOBS>;

describe("job queue on the embedded database, workers in process", { timeout: 600_000 }, () => {
  let store: Store;
  let queue: TestQueue;
  const lines: string[] = [];

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    await makeRunsTable(store);
    queue = await startWorkers(store, {
      jobs: TEST_JOBS,
      schedules: TEST_SCHEDULES,
      pollingIntervalSeconds: 0.5,
      log: (line) => lines.push(line),
    });
  });
  after(async () => {
    await queue?.stop();
    await store?.close();
  });

  test("runs each enqueued job once and keeps its result", async () => {
    const ids: string[] = [];
    for (let n = 0; n < 20; n++) ids.push((await queue.enqueue("count", { n })) as string);
    await eventually(async () => (await runs(store, "count")).length >= 20, "20 runs");
    const done = await runs(store, "count");
    assert.equal(done.length, 20);
    assert.deepEqual(
      done.map((r) => r.n).sort((a, b) => a - b),
      Array.from({ length: 20 }, (_, n) => n),
    );
    await eventually(async () => (await queue.status("count", ids[7]))?.state === "completed", "completed");
    assert.deepEqual((await queue.status("count", ids[7]))?.output, { n: 7 });
  });

  test("a payload that breaks the job's schema is refused when enqueued", async () => {
    await assert.rejects(queue.enqueue("count", { n: -1 }));
    await assert.rejects(queue.enqueue("count", { n: "7" } as unknown as { n: number }));
  });

  test("a failing job is retried as its definition says, then failed, and logged", async () => {
    const id = (await queue.enqueue("boom", {})) as string;
    await eventually(async () => (await queue.status("boom", id))?.state === "failed", "failed");
    assert.equal((await runs(store, "boom")).length, 2, "one run and one retry");
    assert.ok(
      lines.some((l) => l.includes("总是失败") && l.includes("故意失败")),
      lines.join("\n"),
    );
  });

  test("one waiting job per key under the stately policy; startAfter holds a job back", async () => {
    const later = await queue.enqueue("keyed", { n: 1 }, { singletonKey: "doc-1", startAfter: 3600 });
    assert.ok(later);
    assert.equal(await queue.enqueue("keyed", { n: 2 }, { singletonKey: "doc-1" }), null);
    assert.ok(await queue.enqueue("keyed", { n: 3 }, { singletonKey: "doc-2" }));
    await eventually(async () => (await runs(store, "keyed")).some((r) => r.n === 3), "doc-2 run");
    assert.deepEqual(
      (await runs(store, "keyed")).map((r) => r.n),
      [3],
    );
    assert.equal((await queue.status("keyed", later))?.state, "created");
  });

  test("a scheduled job fires", async () => {
    await eventually(async () => (await runs(store, "tick")).length >= 1, "a tick");
  });
});

describe("the application's jobs", { timeout: 600_000 }, () => {
  test("the digest is scheduled at 07:00 Beijing time and runs without SMTP; the assessment recompute every ten minutes", async () => {
    const store = await openStore({ dataDir: "memory://" });
    const lines: string[] = [];
    const queue = await startWorkers(store, {
      config: { smtpUrl: null, mailFrom: "fazhi@example.test" },
      pollingIntervalSeconds: 0.5,
      log: (line) => lines.push(line),
    });
    try {
      const { rows } = await sql<{ name: string; cron: string; timezone: string }>`
        select name, cron, timezone from ${sql.table(`${QUEUE_SCHEMA}.schedule`)} order by name`.execute(
        store.db,
      );
      assert.deepEqual(rows, [
        { name: "assess-recompute", cron: "*/10 * * * *", timezone: "Asia/Shanghai" },
        { name: "mail-digest", cron: "0 7 * * *", timezone: "Asia/Shanghai" },
        { name: "purge-sessions", cron: "17 * * * *", timezone: "Asia/Shanghai" },
        { name: "refresh-statistics", cron: "*/15 * * * *", timezone: "Asia/Shanghai" },
        { name: "season-publication-watch", cron: "30 6 * * *", timezone: "Asia/Shanghai" },
      ]);
      // the assessment recompute runs over no open rounds without failing
      const recompute = (await queue.enqueue("assess-recompute", {})) as string;
      await eventually(
        async () => (await queue.status("assess-recompute", recompute))?.state === "completed",
        "recompute",
      );
      assert.deepEqual((await queue.status("assess-recompute", recompute))?.output, {
        rounds: 0,
        changed: 0,
      });
      const id = (await queue.enqueue("mail-digest", { on: "2026-03-02" })) as string;
      await eventually(async () => (await queue.status("mail-digest", id))?.state === "completed", "digest");
      assert.deepEqual((await queue.status("mail-digest", id))?.output, { sent: 0 });
      assert.ok(
        lines.some((l) => l.includes("未配置 SMTP_URL")),
        lines.join("\n"),
      );
      await assert.rejects(queue.enqueue("mail-digest", { on: "3 月 2 日" }));
    } finally {
      await queue.stop();
      await store.close();
    }
  });

  test("expired sessions (and old login-throttle counts) are purged by the hourly job", async () => {
    const store = await openStore({ dataDir: "memory://" });
    const queue = await startWorkers(store, {
      config: { smtpUrl: null, mailFrom: "fazhi@example.test" },
      pollingIntervalSeconds: 0.5,
      log: () => {},
    });
    try {
      await makeUsers(store);
      const users = await store.db.selectFrom("users").select("id").execute();
      for (const u of users) {
        await createSession(store, u.id, -60_000); // expired a minute ago
        await createSession(store, u.id, 3_600_000);
      }
      await store.db
        .insertInto("login_throttle")
        .values([
          { key: "address:192.0.2.1", failures: 3, last_failure_at: new Date(Date.now() - 2 * 3600_000) },
          { key: "address:192.0.2.2", failures: 3, last_failure_at: new Date() },
        ])
        .execute();
      const id = (await queue.enqueue("purge-sessions", {})) as string;
      await eventually(
        async () => (await queue.status("purge-sessions", id))?.state === "completed",
        "purge",
      );
      assert.deepEqual((await queue.status("purge-sessions", id))?.output, {
        sessions: users.length,
        throttle: 1,
      });
      const left = await store.db.selectFrom("sessions").select("expires_at").execute();
      assert.equal(left.length, users.length, "live sessions stay");
      assert.ok(left.every((s) => new Date(s.expires_at).getTime() > Date.now()));
      const entry = await store.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "purge-expired")
        .executeTakeFirstOrThrow();
      assert.equal(entry.entity, "session");
    } finally {
      await queue.stop();
      await store.close();
    }
  });
});

const postgres = process.env.TEST_DATABASE_URL;
describe("job queue on PostgreSQL: two worker processes on one database", {
  skip: postgres ? false : "no TEST_DATABASE_URL",
  timeout: 1_200_000,
}, () => {
  let store: Store;
  let queue: TestQueue;
  let workers: Child[] = [];
  const started = Date.now();

  before(async () => {
    const url = await freshDatabase(postgres as string);
    store = await openStore({ databaseUrl: url });
    await makeRunsTable(store);
    queue = await openJobQueue(store, { jobs: TEST_JOBS });
    workers = [0, 1].map(() =>
      startNode(["--import", "tsx", "test/helpers/job-worker.ts"], { DATABASE_URL: url }),
    );
    for (const w of workers) await w.waitFor(/worker ready/);
  });
  after(async () => {
    for (const w of workers) assert.equal(await w.stop(), 0, w.output());
    await queue?.stop();
    await store?.close();
  });

  test("50 jobs, each run exactly once", async () => {
    const ids = new Set<string>();
    for (let n = 0; n < 50; n++) ids.add((await queue.enqueue("count", { n })) as string);
    assert.equal(ids.size, 50);
    await eventually(async () => (await runs(store, "count")).length >= 50, "50 runs");
    // time for a second run of any job to show up, if one were going to happen
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const done = await runs(store, "count");
    assert.equal(done.length, 50);
    assert.equal(new Set(done.map((r) => r.job_id)).size, 50);
    assert.deepEqual(new Set(done.map((r) => r.job_id)), ids);
    const pids = new Set(done.map((r) => r.pid));
    for (const pid of pids)
      assert.ok(
        workers.some((w) => w.pid === pid),
        "only the worker processes run jobs",
      );
  });

  test("the schedule fires once per minute, not once per worker", async () => {
    await eventually(async () => (await runs(store, "tick")).length >= 1, "a tick");
    const minutes = Math.floor((Date.now() - started) / 60_000) + 1;
    const ticks = (await runs(store, "tick")).length;
    assert.ok(ticks <= minutes, `${ticks} ticks in ${minutes} minute(s)`);
  });
});
