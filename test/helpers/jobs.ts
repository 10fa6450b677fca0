// Jobs for the queue tests: each run is recorded in a table (job_runs) so that a test can count
// runs across processes. The tables are made by makeRunsTable.
import { sql } from "kysely";
import { z } from "zod";
import { defineJob, type ScheduleDefinition } from "../../src/jobs/index.ts";
import type { Store } from "../../src/store/db.ts";

const record = (store: Store, job: string, n: number, jobId: string) =>
  sql`insert into job_runs (job, n, job_id, pid) values (${job}, ${n}, ${jobId}, ${process.pid})`.execute(
    store.db,
  );

export const TEST_JOBS = {
  count: defineJob({
    label: "计数",
    payload: z.object({ n: z.number().int().min(0) }),
    batchSize: 5,
    async handler({ n }, { store, jobId }) {
      await record(store, "count", n, jobId);
      return { n };
    },
  }),
  tick: defineJob({
    label: "定时",
    payload: z.object({}),
    async handler(_payload, { store, jobId }) {
      await record(store, "tick", 0, jobId);
    },
  }),
  boom: defineJob({
    label: "总是失败",
    payload: z.object({}),
    retryLimit: 1,
    retryDelaySeconds: 1,
    async handler(_payload, { store, jobId }) {
      await record(store, "boom", 0, jobId);
      throw new Error("故意失败");
    },
  }),
  keyed: defineJob({
    label: "每键一个",
    payload: z.object({ n: z.number().int() }),
    policy: "stately",
    async handler({ n }, { store, jobId }) {
      await record(store, "keyed", n, jobId);
    },
  }),
};

export const TEST_SCHEDULES: ScheduleDefinition<typeof TEST_JOBS>[] = [
  { job: "tick", cron: "* * * * *", tz: "Asia/Shanghai", payload: {} },
];

export async function makeRunsTable(store: Store) {
  await sql`create table if not exists job_runs (
    job text not null, n integer not null, job_id uuid not null, pid integer not null,
    at timestamptz not null default now())`.execute(store.db);
}

export async function runs(store: Store, job: string) {
  const { rows } = await sql<{ n: number; job_id: string; pid: number; at: Date }>`
    select n, job_id, pid, at from job_runs where job = ${job} order by at`.execute(store.db);
  return rows;
}

/** Polls until check passes or the time runs out (generous: the machine is shared). */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 300_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
