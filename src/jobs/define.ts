// What a background job is: a name, a checked payload and a handler that calls a command.
// Jobs are data in a registry (definitions.ts); the queue (queue.ts) walks the registry.
import type { z } from "zod";
import type { AnalyzeOptions } from "../pipeline.ts";
import type { Store } from "../store/db.ts";

/** Settings the handlers read, taken from the environment once per process (config.ts). */
export interface JobsConfig {
  /** SMTP server for mail, e.g. smtp://user:pass@mail.example:587; null: no mail */
  smtpUrl: string | null;
  mailFrom: string;
}

export interface JobContext {
  store: Store;
  config: JobsConfig;
  log: (line: string) => void;
  now: () => Date;
  jobId: string;
  /** the limits the server reads documents with (the same as for uploads) */
  options: AnalyzeOptions;
  /** queues a follow-up job (a long job continues in batches instead of outliving its expiry) */
  enqueue(name: string, payload: unknown, options?: EnqueueOptions): Promise<string | null>;
}

/**
 * How a queue treats jobs that share a singletonKey (pg-boss queue policies):
 * - `standard`: no limit (the key only throttles together with a time slot);
 * - `short`: at most one job per key waiting to run (a second enqueue is dropped);
 * - `singleton`: at most one job per key running at a time;
 * - `stately`: at most one waiting and one running per key (e.g. re-analyse document N).
 * Under `short` and `stately` a job enqueued without a key counts as the key "".
 */
export type JobPolicy = "standard" | "short" | "singleton" | "stately";

export interface JobDefinition<P extends z.ZodType = z.ZodType> {
  /** Chinese, for logs and progress shown to users */
  label: string;
  payload: P;
  // a method, so that a registry of different payload types is one type
  handler(payload: z.output<P>, context: JobContext): Promise<unknown>;
  policy?: JobPolicy;
  /** retries after a failure (default 2), the first after retryDelaySeconds, then doubling */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** a run taking longer is failed (and retried): the handler's own time limit */
  expireInSeconds?: number;
  /** jobs fetched at once by one loop, and loops per process */
  batchSize?: number;
  concurrency?: number;
}

export type JobRegistry = Record<string, JobDefinition>;

export const defineJob = <P extends z.ZodType>(definition: JobDefinition<P>): JobDefinition<P> => definition;

/** A recurring job: cron with five fields, read in the given IANA time zone. */
export type ScheduleDefinition<R extends JobRegistry = JobRegistry> = {
  [N in keyof R & string]: { job: N; cron: string; tz: string; payload: z.input<R[N]["payload"]> };
}[keyof R & string];

export interface EnqueueOptions {
  /** see JobPolicy: what the key limits depends on the job's policy */
  singletonKey?: string;
  /** not before this time (a Date) or this many seconds from now */
  startAfter?: Date | number;
}
