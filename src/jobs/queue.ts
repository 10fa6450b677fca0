// The job queue: pg-boss on the application's own database (PostgreSQL or the embedded PGlite),
// through the store's connection pool. Jobs are rows taken with FOR UPDATE SKIP LOCKED, so any
// number of web processes and workers sharing one PostgreSQL run each job once; schedules are
// rows too, and one process per minute turns them into jobs.
// pg-boss is pinned to its 10.x line, the last that runs on Node 20 (11 and later need Node 22).
import { CompiledQuery } from "kysely";
import PgBoss from "pg-boss";
import type { z } from "zod";
import { type AnalyzeOptions, resolveOptions } from "../pipeline.ts";
import type { Store } from "../store/db.ts";
import { jobsConfigFromEnv } from "./config.ts";
import type {
  EnqueueOptions,
  JobContext,
  JobDefinition,
  JobRegistry,
  JobsConfig,
  ScheduleDefinition,
} from "./define.ts";
import { JOBS, type Jobs, SCHEDULES } from "./definitions.ts";

/** pg-boss keeps its tables in a schema of its own, beside the application's. */
export const QUEUE_SCHEMA = "pgboss";

export interface JobQueueOptions<R extends JobRegistry> {
  jobs: R;
  schedules?: ScheduleDefinition<R>[];
  config?: JobsConfig;
  log?: (line: string) => void;
  now?: () => Date;
  /** how often an idle worker looks for new jobs (pg-boss allows ≥ 0.5 s) */
  pollingIntervalSeconds?: number;
  /** limits for jobs that read documents (default: the engine's defaults) */
  analyzeOptions?: AnalyzeOptions;
}

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

export interface JobQueue<R extends JobRegistry = Jobs> {
  /** Checks the payload and queues the job; null when the job's policy dropped it (a key already queued). */
  enqueue<N extends keyof R & string>(
    name: N,
    payload: z.input<R[N]["payload"]>,
    options?: EnqueueOptions,
  ): Promise<string | null>;
  /** a job's state and the result its handler returned, or null when it is unknown */
  status(name: keyof R & string, id: string): Promise<{ state: JobState; output: unknown } | null>;
  /** waits for running jobs (up to 30 s), then stops polling; the store stays open */
  stop(): Promise<void>;
}

// pg-boss runs its SQL through this adapter, so it shares the store's pool: one code path for
// PostgreSQL and PGlite (which accepts a single connection), no second pool to size.
function bossDb(store: Store): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const result = await store.db.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows as unknown[] };
    },
  };
}

const oneLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0].slice(0, 300);

interface Running {
  boss: PgBoss;
  workerIds: Map<string, string[]>;
}

async function open<R extends JobRegistry>(
  store: Store,
  o: JobQueueOptions<R>,
  working: boolean,
): Promise<Running> {
  const log = o.log ?? (() => {});
  const boss = new PgBoss({
    db: bossDb(store),
    schema: QUEUE_SCHEMA,
    migrate: true,
    // maintenance (expiry, archiving) and cron run in processes that work jobs
    supervise: working,
    schedule: working,
    ...(o.pollingIntervalSeconds ? { cronWorkerIntervalSeconds: Math.max(1, o.pollingIntervalSeconds) } : {}),
  });
  boss.on("error", (error) => log(`任务队列出错：${oneLine(error)}`));
  await boss.start();
  for (const [name, d] of Object.entries(o.jobs)) {
    const settings = {
      policy: d.policy ?? "standard",
      retryLimit: d.retryLimit ?? 2,
      retryDelay: d.retryDelaySeconds ?? 60,
      retryBackoff: true,
      expireInSeconds: d.expireInSeconds ?? 15 * 60,
    };
    await boss.createQueue(name, { name, ...settings });
    await boss.updateQueue(name, { name, ...settings });
  }
  return { boss, workerIds: new Map() };
}

function queueOf<R extends JobRegistry>(running: Running, o: JobQueueOptions<R>): JobQueue<R> {
  const { boss, workerIds } = running;
  return {
    async enqueue(name, payload, options = {}) {
      const definition = o.jobs[name];
      if (!definition) throw new Error(`未定义的后台任务：${name}`);
      const data = definition.payload.parse(payload) as object;
      const id = await boss.send(name, data, {
        ...(options.singletonKey !== undefined ? { singletonKey: options.singletonKey } : {}),
        ...(options.startAfter !== undefined ? { startAfter: options.startAfter } : {}),
      });
      // a worker in this process need not wait for its next poll
      if (id && options.startAfter === undefined)
        for (const worker of workerIds.get(name) ?? []) boss.notifyWorker(worker);
      return id;
    },
    async status(name, id) {
      const job = await boss.getJobById(name, id, { includeArchive: true });
      return job ? { state: job.state, output: job.output ?? null } : null;
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 30_000 });
    },
  };
}

/** A queue to enqueue on, without running jobs (a web process beside separate workers). */
export async function openJobQueue<R extends JobRegistry = Jobs>(
  store: Store,
  options: Partial<JobQueueOptions<R>> = {},
): Promise<JobQueue<R>> {
  const o = { jobs: JOBS as unknown as R, ...options };
  return queueOf(await open(store, o, false), o);
}

async function runJob(
  definition: JobDefinition,
  job: PgBoss.Job<object>,
  context: Omit<JobContext, "jobId">,
): Promise<unknown> {
  const parsed = definition.payload.safeParse(job.data);
  if (!parsed.success) throw new Error(`任务参数无效：${oneLine(parsed.error)}`);
  return definition.handler(parsed.data, { ...context, jobId: job.id });
}

/**
 * Runs every job of the registry in this process and keeps the schedules; used by
 * `fazhi worker` and, unless FAZHI_WORKERS=0, by `fazhi serve`.
 */
export async function startWorkers<R extends JobRegistry = Jobs>(
  store: Store,
  options: Partial<JobQueueOptions<R>> = {},
): Promise<JobQueue<R>> {
  const o: JobQueueOptions<R> = {
    jobs: JOBS as unknown as R,
    schedules: SCHEDULES as unknown as ScheduleDefinition<R>[],
    ...options,
  };
  const running = await open(store, o, true);
  const { boss, workerIds } = running;
  const log = o.log ?? (() => {});
  const queue = queueOf(running, o);
  const context: Omit<JobContext, "jobId"> = {
    store,
    config: o.config ?? jobsConfigFromEnv(),
    log,
    now: o.now ?? (() => new Date()),
    options: o.analyzeOptions ?? resolveOptions({}),
    enqueue: (name, payload, options) => queue.enqueue(name as keyof R & string, payload as never, options),
  };
  const scheduled = new Set((o.schedules ?? []).map((s) => s.job));
  for (const s of o.schedules ?? []) await boss.schedule(s.job, s.cron, s.payload as object, { tz: s.tz });
  // a job whose schedule was removed from the code stops recurring
  for (const name of Object.keys(o.jobs)) if (!scheduled.has(name)) await boss.unschedule(name);
  for (const [name, definition] of Object.entries(o.jobs)) {
    const ids: string[] = [];
    for (let k = 0; k < (definition.concurrency ?? 1); k++) {
      const id = await boss.work<object>(
        name,
        {
          batchSize: definition.batchSize ?? 1,
          ...(o.pollingIntervalSeconds ? { pollingIntervalSeconds: o.pollingIntervalSeconds } : {}),
        },
        async (jobs) => {
          // each job of a batch is completed or failed alone, with its own result; pg-boss's
          // own completion of the batch afterwards finds none of them still active
          for (const job of jobs) {
            try {
              const output = await runJob(definition, job, context);
              await boss.complete(name, job.id, output ?? undefined);
            } catch (error) {
              log(`后台任务“${definition.label}”失败：${oneLine(error)}`);
              await boss.fail(name, job.id, { message: oneLine(error) });
            }
          }
        },
      );
      ids.push(id);
    }
    workerIds.set(name, ids);
  }
  return queue;
}
