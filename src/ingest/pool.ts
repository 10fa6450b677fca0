// A bounded pool of worker threads for decoding and analysis (piscina): N workers, a bounded
// queue, a time limit per job counted from the moment a worker picks it up, and a V8 heap
// limit per worker. Buffers are bounded where they are made (input size, counted inflation in
// zip-read.ts, text length), since a heap limit does not count them. A full queue answers
// "busy, retry" instead of letting memory and latency grow without end.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { DomainError } from "../commands/errors.ts";
import { InputError, type InputProblem } from "./errors.ts";
import type { Limits } from "./limits.ts";
import { trace, traceNow, tracing } from "./trace.ts";

export interface PoolSettings {
  /** worker threads (FAZHI_ANALYSIS_WORKERS; default one per CPU core) */
  workers: number;
  /** jobs that may wait for a worker before callers are told to retry (FAZHI_ANALYSIS_QUEUE) */
  queue: number;
  /** V8 heap of one worker, MiB (FAZHI_ANALYSIS_MEMORY_MB) */
  memoryMb: number;
  /** jobs handed to a worker at once, the one it runs and those next (FAZHI_ANALYSIS_JOBS_PER_WORKER;
   *  default JOBS_PER_WORKER; 1 is the pool before stop 28, for comparison) */
  jobsPerWorker: number;
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new RangeError(`${name} must be a positive integer, got "${value}"`);
  return n;
}

export function poolSettings(env: NodeJS.ProcessEnv = process.env): PoolSettings {
  return {
    workers: positive(env.FAZHI_ANALYSIS_WORKERS, availableParallelism(), "FAZHI_ANALYSIS_WORKERS"),
    queue: positive(env.FAZHI_ANALYSIS_QUEUE, 32, "FAZHI_ANALYSIS_QUEUE"),
    memoryMb: positive(env.FAZHI_ANALYSIS_MEMORY_MB, 1024, "FAZHI_ANALYSIS_MEMORY_MB"),
    jobsPerWorker: positive(
      env.FAZHI_ANALYSIS_JOBS_PER_WORKER,
      JOBS_PER_WORKER,
      "FAZHI_ANALYSIS_JOBS_PER_WORKER",
    ),
  };
}

/** What a worker answers: the value, a problem with the input (shown to the user), or a bug. */
export type PoolReply<T> = { value: T } | { problem: InputProblem; detail: string } | { internal: string };

/** What the worker entry receives: the job, and a flag it raises when it starts (its thread id). */
export interface PoolJob<Task> {
  started: Int32Array;
  task: Task;
}

/** Each worker's young generation, in MB: the engine makes many short-lived strings and arrays,
 *  and with V8's smaller default it spends about a third more CPU in scavenges (measured in
 *  alternating processes, 2026-12-04). The analysis bench gives its own thread the same. */
export const WORKER_YOUNG_GENERATION_MB = 64;

/** Jobs handed to one worker at a time: the one it runs and the next, which it starts as soon as
 *  the first is done. With one, a worker waited for the main thread to see its reply and send the
 *  next job, and the main thread is often busy for tens of milliseconds (building a batch's
 *  INSERT): in a 1,000-document ingest each worker sat idle 22 % of its time with the next job
 *  dispatched but still in the main thread's queue (FAZHI_TRACE_INGEST timeline, 2026-12-04).
 *  The worker runs its jobs one after the other (analysis-worker.mjs), each raising its "started"
 *  flag, so a job's time limit still runs from its own start. */
export const JOBS_PER_WORKER = 2;

/** seconds a caller told "busy" should wait */
export const RETRY_AFTER_SECONDS = 5;

/** Marks a warming job for the balancer (piscina passes a task's own queue options to it). */
const QUEUE_OPTIONS = Symbol.for("Piscina.queueOptions");

/**
 * An idle worker first; else the least busy one below JOBS_PER_WORKER (a job that ends with its
 * worker before it started is run again: runInPool). A warming job (warmPool) takes only an idle
 * worker, else waits for a new one — piscina's own balancer would give it to a worker still
 * starting — so that the warming jobs each take their own. Other jobs never wait while a worker
 * is idle: piscina hands queued jobs out only when a worker starts or finishes one, so a job
 * refused while a worker sat idle could wait for nothing (the watchdog below).
 */
type Balancer = NonNullable<NonNullable<ConstructorParameters<typeof Piscina>[0]>["loadBalancer"]>;

function aheadBalancer(perWorker: number): Balancer {
  return (task, candidates) => {
    const warming = (task as { [QUEUE_OPTIONS]?: { warm?: boolean } | null })[QUEUE_OPTIONS]?.warm === true;
    let best: (typeof candidates)[number] | null = null;
    for (const w of candidates) {
      if (w.terminating || w.destroyed) continue;
      if (w.currentUsage === 0) return w;
      if (w.currentUsage < perWorker && (best === null || w.currentUsage < best.currentUsage)) best = w;
    }
    return warming ? null : best;
  };
}

let settings: PoolSettings | null = null;
let pool: Piscina | null = null;

function thePool(): { pool: Piscina; settings: PoolSettings } {
  settings ??= poolSettings();
  if (!pool) {
    pool = new Piscina({
      filename: new URL("../analysis-worker.mjs", import.meta.url).href,
      minThreads: 0,
      maxThreads: settings.workers,
      maxQueue: settings.queue,
      concurrentTasksPerWorker: settings.jobsPerWorker,
      loadBalancer: aheadBalancer(settings.jobsPerWorker),
      idleTimeout: 60_000,
      resourceLimits: {
        maxOldGenerationSizeMb: settings.memoryMb,
        maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
      },
    });
    // a worker that dies with no job of its own (e.g. out of memory while starting) is replaced;
    // the jobs it held have already been rejected, so there is nothing else to do here
    pool.on("error", () => {});
  }
  return { pool, settings };
}

/** The jobs each pool was given (runOnce's, warmPool's), until they settle: see retire. */
const jobsOf = new WeakMap<Piscina, Set<Promise<unknown>>>();

function holding<T>(own: Piscina, job: Promise<T>): Promise<T> {
  const held = jobsOf.get(own) ?? new Set<Promise<unknown>>();
  jobsOf.set(own, held);
  const settled: Promise<unknown> = job.then(
    () => held.delete(settled),
    () => held.delete(settled),
  );
  held.add(settled);
  return job;
}

/** Ends a pool replaced, once the jobs it was given have settled (a job past its time limit that
 *  the watchdog gave up on counts as settled: runOnce holds its outcome). Not by piscina's
 *  close(): it waits for a "task done" that a worker ending under its jobs (another job's time
 *  limit) never sends, until its closeTimeout (30 s) on a timer that does not hold the process
 *  (with nothing else under way, a server starting, the process ended there, the swap
 *  unfinished); and, starting no worker, once a worker had ended it spun for ever over a second
 *  queued job the others were too busy to take, the main thread frozen. The replaced pool works
 *  on as it did, starting a worker for its queued jobs as needed; if it has none left to start
 *  one (the last ended), the watchdog runs those jobs again on the current pool. */
async function retire(old: Piscina): Promise<void> {
  replaced.add(old);
  retiring.add(old);
  try {
    await Promise.allSettled(jobsOf.get(old) ?? []);
  } finally {
    retiring.delete(old);
  }
  await old.destroy();
}

/** Pools replaced whose jobs have not all settled (retire): the watchdog looks at them too. */
const retiring = new Set<Piscina>();
/** Every pool replaced (retire), for as long as one of its jobs may still be settling. */
const replaced = new WeakSet<Piscina>();

/** Replace the pool's settings (server start, tests); running jobs finish on the old pool. */
export async function configurePool(overrides: Partial<PoolSettings>): Promise<void> {
  const old = pool;
  pool = null;
  settings = { ...poolSettings(), ...overrides };
  if (old) await retire(old);
}

/** Ends the pool and every replaced pool still finishing its jobs (process end, tests): their
 *  jobs fail as interrupted, none is run again on a pool started for it. */
export async function closePool(): Promise<void> {
  const old = pool;
  pool = null;
  const ending = [...retiring, ...(old ? [old] : [])];
  for (const p of ending) closed.add(p);
  await Promise.all(ending.map((p) => p.destroy()));
}

/** Pools ended by closePool: a job whose worker ended there is not run again. */
const closed = new WeakSet<Piscina>();

export const busy = () =>
  new DomainError(
    "busy",
    "busy",
    "服务器正忙（待分析的文件已排满），请稍后重试",
    "the analysis queue is full; retry later",
    RETRY_AFTER_SECONDS,
  );

/** Refuse early, before an upload is read into memory, when no job could be queued. */
export function ensureCapacity(): void {
  const { pool, settings } = thePool();
  if (pool.queueSize >= settings.queue) throw busy();
}

/** How many jobs one caller with many files keeps in the pool: every worker busy with its jobs
 * handed to it (JOBS_PER_WORKER) and one more waiting for each, within the queue (the rest of the
 * queue stays for other callers). */
export function analysisSlots(): number {
  const { settings } = thePool();
  return settings.workers * settings.jobsPerWorker + Math.min(settings.workers, settings.queue);
}

/**
 * Start every worker now, each loading the engine and the segmenter's dictionary, instead of at
 * the first document: a caller about to send many (`fazhi import`) does its own start (listing
 * the files, opening the database) meanwhile. Answers how many workers warmed, when they are
 * ready; never rejects (a worker that fails to start fails the first job it takes, as it would have).
 */
export async function warmPool(): Promise<number> {
  const { pool, settings } = thePool();
  const started = new Int32Array(new SharedArrayBuffer(4));
  const arrived = new Int32Array(new SharedArrayBuffer(4));
  const task = { op: "warm", arrived, workers: settings.workers };
  const job: PoolJob<object> & { [QUEUE_OPTIONS]: object } = {
    started,
    task,
    [QUEUE_OPTIONS]: { warm: true },
  };
  // watched like any job: a worker that dies while starting leaves these queued (watch)
  const unwatch = watching({ started, startedAt: 0, limitMs: 0, file: "", begin() {}, abandon() {} });
  let replies: Array<PoolReply<number> | null>;
  try {
    replies = await Promise.all(
      Array.from({ length: settings.workers }, () => holding(pool, pool.run(job)).catch(() => null)),
    );
  } finally {
    unwatch();
  }
  return new Set(replies.map((r) => (r && "value" in r ? r.value : null)).filter((t) => t !== null)).size;
}

/** For background work (re-analysis): wait and try again while the pool is busy. */
export async function whenAccepted<T>(run: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof DomainError && error.kind === "busy")) throw error;
      await new Promise((resolve) => setTimeout(resolve, (error.retryAfter ?? RETRY_AFTER_SECONDS) * 1000));
    }
  }
}

type WaitAsync = (a: Int32Array, index: number, value: number) => { async: boolean; value: unknown };

/** Resolves when the worker raises the flag. */
function whenStarted(flag: Int32Array): Promise<unknown> {
  const wait = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync(flag, 0, 0);
  return wait.async ? (wait.value as Promise<unknown>) : Promise.resolve();
}

/** Runs again of a job whose worker ended for another job (that job's time limit or memory)
 *  while this one waited behind it: not at fault, it is run again — up to RERUNS.waiting times
 *  when it had not started (it cannot be at fault; the bound only stops a worker that dies at
 *  every start from looping), once when it had (the worker ended just as it began). A job of a
 *  pool replaced as stuck (watch) is run again up to RERUNS.stuck times: a pool stuck again and
 *  again is one whose workers cannot start. */
const RERUNS = { waiting: 5, started: 1, stuck: 2 };

/** Run one job in the pool; input problems come back as InputError naming the file. */
export async function runInPool<T>(task: object, file: string, limits: Limits): Promise<T> {
  ensureCapacity();
  const reruns = { waiting: 0, started: 0, stuck: 0 };
  for (;;) {
    const outcome = await runOnce<T>(task, file, limits);
    if ("value" in outcome) return outcome.value;
    if ("error" in outcome) throw outcome.error;
    if (reruns[outcome.why]++ < RERUNS[outcome.why]) continue;
    const times = reruns.waiting + reruns.started + reruns.stuck - 1;
    throw new DomainError(
      "busy",
      "analysis_interrupted",
      `${file}：分析线程多次中止（其他文件超时或内存超限，或线程未能启动），本文件重做 ${times} 次仍未完成，请稍后重试`,
      `${file}: the analysis worker ended each time (other files' limits, or it failed to start); retry later`,
      RETRY_AFTER_SECONDS,
    );
  }
}

/** One job in flight, as the watchdog sees it. */
interface Watch {
  started: Int32Array;
  /** when its time limit began (Date.now()), 0 before */
  startedAt: number;
  /** start the time limit (once) */
  begin: () => void;
  /** settle the job now, whatever piscina does with it later */
  abandon: (error: Error) => void;
  limitMs: number;
  file: string;
}

/** How often the watchdog looks, while jobs are in flight. */
const WATCH_MS = 1000;
/** How long jobs may stay queued in piscina with a worker idle, or with no worker at all, before
 *  the pool is taken to be stuck: piscina hands queued jobs out only when a worker starts or
 *  finishes one, so after the last worker ends (its job's time limit, memory, a crash while
 *  starting) the jobs queued behind would wait for nothing — and, no worker holding the event loop,
 *  the process would end silently with them unsettled. */
export const STUCK_MS = 3000;
/** How long past its time limit a job may stay unsettled (its worker ended but not yet seen to
 *  exit) before it is failed all the same. */
const KILL_GRACE_MS = 10_000;

const watches = new Set<Watch>();
let watchdog: NodeJS.Timeout | null = null;
let stuckSince = 0;
/** Pools given up as stuck: their jobs, ended by the pool's destruction, are run again. */
const abandoned = new WeakSet<Piscina>();

/** Every WATCH_MS while a job is in flight (its timer keeps the process alive meanwhile): start
 *  the time limits whose start the wait below missed, fail jobs past their limit whose worker
 *  did not end, and replace a stuck pool (STUCK_MS). */
function watch(): void {
  const now = Date.now();
  for (const w of watches) {
    if (w.startedAt === 0 && Atomics.load(w.started, 0) !== 0) w.begin();
    else if (w.startedAt !== 0 && now - w.startedAt > w.limitMs + KILL_GRACE_MS)
      w.abandon(timeoutError(w.file, w.limitMs));
  }
  // A replaced pool whose last worker has ended (another job's time limit, memory) starts no
  // other for the jobs queued in it (piscina starts one only when a worker is free): they would
  // wait for ever, never started. They are run again on the current pool, as a stuck pool's
  // are; nothing runs in a pool with no worker, so no started job is lost.
  for (const old of retiring) {
    if (old.queueSize === 0 || old.threads.length > 0 || abandoned.has(old)) continue;
    abandoned.add(old);
    void old.destroy();
  }
  const current = pool;
  if (current && current.queueSize > 0 && (current.threads.length === 0 || current.idleThreads > 0)) {
    stuckSince ||= now;
    if (now - stuckSince < STUCK_MS) return;
    stuckSince = 0;
    // a new pool takes the jobs (run again: runOnce); the old one's end settles those it held
    abandoned.add(current);
    pool = null;
    void current.destroy();
  } else stuckSince = 0;
}

function watching(w: Watch): () => void {
  watches.add(w);
  watchdog ??= setInterval(watch, WATCH_MS);
  return () => {
    watches.delete(w);
    if (watches.size === 0 && watchdog) {
      clearInterval(watchdog);
      watchdog = null;
      stuckSince = 0;
    }
  };
}

const timeoutError = (file: string, limitMs: number) =>
  new InputError("timeout", file, `解析和分析超过 ${limitMs / 1000} 秒，已中止`);

type Outcome<T> =
  | { value: T }
  | { error: unknown }
  /** ended by another job's stop or a stuck pool's replacement: run again (runInPool) */
  | { notItsOwn: unknown; why: "waiting" | "started" | "stuck" };

async function runOnce<T>(task: object, file: string, limits: Limits): Promise<Outcome<T>> {
  const { pool: own, settings } = thePool();
  // the worker writes its thread id here when it starts the job
  const started = new Int32Array(new SharedArrayBuffer(4));
  let done = false;
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  let abandon: (error: Error) => void = () => {};
  const given = new Promise<never>((_, reject) => {
    abandon = reject;
  });
  // The time limit runs from the moment a worker starts the job, not while it queues. It ends the
  // worker, as piscina's abort would; the job is not given piscina an abort signal, since piscina
  // hands no second job to a worker running one that has a signal (JOBS_PER_WORKER).
  const w: Watch = {
    started,
    startedAt: 0,
    limitMs: limits.timeoutMs,
    file,
    abandon: (error) => abandon(error),
    begin: () => {
      if (done || w.startedAt !== 0) return;
      w.startedAt = Date.now();
      timer = setTimeout(() => {
        timedOut = true;
        const thread = Atomics.load(started, 0);
        void own.threads.find((t) => t.threadId === thread)?.terminate();
      }, limits.timeoutMs);
    },
  };
  const unwatch = watching(w);
  void whenStarted(started).then(w.begin);
  let reply: PoolReply<T>;
  const dispatched = tracing ? traceNow() : 0;
  try {
    // held until it settles or is given up (given): the old pool of a swap ends then (retire)
    reply = await holding(own, Promise.race([own.run({ started, task } satisfies PoolJob<object>), given]));
  } catch (error) {
    if (timedOut) return { error: timeoutError(file, limits.timeoutMs) };
    const ran = Atomics.load(started, 0) !== 0;
    if (abandoned.has(own)) return { notItsOwn: error, why: "stuck" };
    // its own memory when it had started: the worker ran out of memory running it
    const ownMemory = ran && (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
    // not when the pool was closed; a replaced pool's job runs again on the current one
    const live = own === pool || (replaced.has(own) && !closed.has(own));
    if (live && !ownMemory && workerEnded(error))
      return { notItsOwn: translate(error, file, limits, settings), why: ran ? "started" : "waiting" };
    return { error: translate(error, file, limits, settings) };
  } finally {
    done = true;
    clearTimeout(timer);
    unwatch();
    // a job that never started leaves its wait for the flag pending, holding this job's watch
    // and its pool for as long as the process runs: wake it (it finds the job done)
    Atomics.notify(started, 0);
  }
  if (tracing && "trace" in reply) {
    const t = reply.trace as { received: number; start: number; end: number; thread: number };
    trace("job", { file, dispatched, ...t, replied: traceNow() });
  }
  if ("value" in reply) return { value: reply.value };
  if ("problem" in reply) return { error: new InputError(reply.problem, file, reply.detail) };
  return { error: new Error(reply.internal) };
}

/** What piscina 5 and Node reject a job with when its worker ended under it, whatever the job
 *  did: runOnce runs such a job again unless the job was its worker's end (its own time limit or
 *  memory) or the pool was closed, and otherwise tells the user it was interrupted. Every other
 *  error (a bug in the worker, "Task queue is at limit", an AbortError) is the job's own. */
const WORKER_ENDED: readonly RegExp[] = [
  // piscina, a worker's exit with jobs unfinished: "worker exited with code: 1" — another job's
  // time limit terminate()d it, or it crashed
  /worker exited/i,
  // piscina's destroy(): "Terminating worker thread" — closePool, a stuck pool replaced (watch);
  // Node's ERR_WORKER_OUT_OF_MEMORY: "Worker terminated due to reaching memory limit: JS heap out
  // of memory", given to every job the worker held, not only the one that ran it out
  /terminat/i,
];

/** Whether a job failed because its worker ended (WORKER_ENDED), rather than by its own error. */
export function workerEnded(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (e?.code === "ERR_WORKER_OUT_OF_MEMORY") return true;
  const message = e?.message ?? "";
  return WORKER_ENDED.some((pattern) => pattern.test(message));
}

function translate(error: unknown, file: string, limits: Limits, settings: PoolSettings): Error {
  const e = error as { name?: string; code?: string; message?: string };
  if (e.name === "AbortError")
    return new InputError("timeout", file, `解析和分析超过 ${limits.timeoutMs / 1000} 秒，已中止`);
  if (e.code === "ERR_WORKER_OUT_OF_MEMORY")
    return new InputError("too-large", file, `处理所需内存超过上限 ${settings.memoryMb} MB，已中止`);
  if (/queue is at limit/i.test(e.message ?? "")) return busy();
  // its worker ended under it (another job's time limit, the pool closed or replaced): piscina's
  // English words are not for the user, who may simply send the file again
  if (workerEnded(error)) return interrupted(file);
  return error instanceof Error ? error : new Error(String(error));
}

const interrupted = (file: string) =>
  new DomainError(
    "busy",
    "analysis_interrupted",
    `${file}：分析线程中途结束，本文件未能完成分析，请稍后重试`,
    `${file}: the analysis worker ended before this file was done; retry later`,
    RETRY_AFTER_SECONDS,
  );
