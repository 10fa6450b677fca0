// Decoding and analysis run in a bounded pool of worker threads: the main thread stays free,
// a job over its time limit stops with a message naming the file, a full queue answers
// "busy", and the pool recovers after a killed job.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Piscina } from "piscina";
import { DomainError } from "../src/commands/errors.ts";
import { describeError, InputError } from "../src/ingest/errors.ts";
import { closePool, configurePool, warmPool, workerEnded } from "../src/ingest/pool.ts";
import { analyzeBytes, resolveOptions } from "../src/pipeline.ts";
import { REPORT_TEXT, utf8 } from "./helpers/fixtures.ts";

/** A long report (about 1 MB): real work for the analysis, distinct per `tag`. */
const bigReport = (tag: string) =>
  utf8(`${tag}\n${Array.from({ length: 400 }, () => REPORT_TEXT).join("\n")}`);

test("a job's failure is its worker's end (run again or 中途结束) only for piscina's and Node's words for it", () => {
  const memory = Object.assign(
    new Error("Worker terminated due to reaching memory limit: JS heap out of memory"),
    { code: "ERR_WORKER_OUT_OF_MEMORY" },
  );
  const cases: Array<[unknown, boolean]> = [
    [new Error("worker exited with code: 1"), true], // another job's time limit, a crash
    [new Error("Terminating worker thread"), true], // the pool destroyed or replaced
    [memory, true],
    [new Error("Task queue is at limit"), false], // busy, said as such
    [Object.assign(new Error("pool is closed"), { name: "AbortError" }), false],
    [new TypeError("Cannot read properties of undefined (reading 'text')"), false], // a bug
    [new RangeError("Array buffer allocation failed"), false],
    [null, false],
  ];
  for (const [error, ended] of cases) assert.equal(workerEnded(error), ended, String(error));
});

// The time limit guards against a frozen pool, not against a slow machine: on two cores at load
// average 30 (a CI run beside other work) the suite took over 300 s, and the limit's end closed
// the pools under a job still running, failing it as 中途结束 (a test's error that was the clock's)
describe("analysis pool", { timeout: 900_000 }, () => {
  after(() => closePool());

  test("analysis runs off the main thread: timers keep firing while a long text is analysed", async () => {
    await configurePool({ workers: 1, queue: 4 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const record = await analyzeBytes(bigReport("甲"), "长报告.txt");
      assert.ok(record.facts.length > 0);
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticks > 0, "the event loop ran during the analysis");
  });

  test("warming the pool starts every worker, each warming itself (one does not take them all)", async () => {
    await configurePool({ workers: 2, queue: 4 });
    assert.equal(await warmPool(), 2);
    const record = await analyzeBytes(utf8(REPORT_TEXT), "预热之后.txt");
    assert.equal(record.source.path, "预热之后.txt");
  });

  test("a job over its time limit stops with a Chinese message naming the file, and the pool goes on", async () => {
    await configurePool({ workers: 1, queue: 4 });
    const quick = resolveOptions({ limits: { timeoutMs: 1 } });
    await assert.rejects(analyzeBytes(bigReport("乙"), "超时报告.txt", quick), (error: unknown) => {
      assert.ok(error instanceof InputError, String(error));
      assert.equal(error.problem, "timeout");
      assert.match(error.message, /^超时报告\.txt: 处理超时：解析和分析超过 0\.001 秒，已中止$/);
      return true;
    });
    const record = await analyzeBytes(utf8(REPORT_TEXT), "之后.txt");
    assert.equal(record.source.path, "之后.txt");
  });

  test("a job handed to a worker behind one stopped at its time limit is run again, not failed with it", async () => {
    // one worker holds two jobs (the next starts when the first is done); stopping the first ends
    // the worker, and with it the second, which had not started
    await configurePool({ workers: 1, queue: 4, jobsPerWorker: 2 });
    await warmPool();
    const quick = resolveOptions({ limits: { timeoutMs: 1 } });
    const [stopped, next] = await Promise.allSettled([
      analyzeBytes(bigReport("辛"), "超时报告.txt", quick),
      analyzeBytes(utf8(REPORT_TEXT), "排在其后.txt"),
    ]);
    assert.equal(stopped.status, "rejected");
    assert.ok(
      stopped.reason instanceof InputError && stopped.reason.problem === "timeout",
      String(stopped.reason),
    );
    assert.equal(next.status, "fulfilled", next.status === "rejected" ? String(next.reason) : "");
    assert.equal(next.value.source.path, "排在其后.txt");
  });

  test("with two jobs a worker and many stopped at their time limit, every job settles and no other fails with them", async () => {
    // each stop ends a worker and the job waiting in it; that job is run again, not failed
    await configurePool({ workers: 2, queue: 32, jobsPerWorker: 2 });
    await warmPool();
    const quick = resolveOptions({ limits: { timeoutMs: 5 } });
    const slow = (k: number) => k % 4 === 0;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 24 }, (_, k) =>
        slow(k)
          ? // long enough that no machine analyses it within the limit (30 copies once did, 6 KB)
            analyzeBytes(bigReport(String(k)), `慢${k}.txt`, quick)
          : analyzeBytes(utf8(`${k}\n${REPORT_TEXT}`), `快${k}.txt`),
      ),
    );
    for (const [k, o] of outcomes.entries()) {
      if (slow(k)) {
        assert.equal(o.status, "rejected", `慢${k}.txt`);
        assert.ok(o.reason instanceof InputError && o.reason.problem === "timeout", String(o.reason));
      } else {
        assert.equal(o.status, "fulfilled", o.status === "rejected" ? String(o.reason) : "");
        assert.equal(o.value.source.path, `快${k}.txt`);
      }
    }
  });

  test("jobs queued while the only worker dies starting still settle, each with a Chinese reason naming its file", async () => {
    // piscina hands queued jobs out only when a worker starts or finishes one: with its last worker
    // dead while starting (here out of memory), they waited for nothing, no worker held the event
    // loop, and the process ended silently (exit 13) with them pending
    await configurePool({ workers: 1, queue: 8, memoryMb: 8 });
    const outcomes = await Promise.allSettled(
      ["一", "二", "三"].map((n) => analyzeBytes(utf8(`${n}\n${REPORT_TEXT}`), `排队${n}.txt`)),
    );
    for (const [k, o] of outcomes.entries()) {
      assert.equal(o.status, "rejected");
      assert.ok(o.reason instanceof DomainError, String(o.reason));
      assert.match(
        describeError(`排队${"一二三"[k]}.txt`, o.reason),
        new RegExp(`^排队${"一二三"[k]}\\.txt：分析线程多次中止`),
      );
    }
    await configurePool({ workers: 1, queue: 4 });
    const record = await analyzeBytes(utf8(REPORT_TEXT), "恢复之后.txt");
    assert.equal(record.source.path, "恢复之后.txt");
  });

  test("jobs that end before they start leave nothing behind: the pools given up are freed", async () => {
    // each job waits for its worker's "started" flag; one that never started (its pool stuck and
    // replaced, its worker ended for another job) kept that wait pending, and with it its watch
    // and its pool, for as long as the server ran
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const pools: Array<WeakRef<Piscina>> = [];
    const run = Piscina.prototype.run;
    Piscina.prototype.run = function (this: Piscina, ...args: Parameters<typeof run>) {
      if (!pools.some((p) => p.deref() === this)) pools.push(new WeakRef(this));
      return run.apply(this, args);
    };
    try {
      await configurePool({ workers: 1, queue: 8, memoryMb: 8 }); // no worker can start
      const outcomes = await Promise.allSettled(
        ["一", "二"].map((n) => analyzeBytes(utf8(`${n}\n${REPORT_TEXT}`), `放下${n}.txt`)),
      );
      assert.deepEqual(
        outcomes.map((o) => o.status),
        ["rejected", "rejected"],
      );
    } finally {
      Piscina.prototype.run = run;
    }
    await closePool();
    for (let k = 0; k < 5; k++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.ok(pools.length >= 2, "the stuck pool was replaced");
    assert.equal(pools.filter((p) => p.deref() !== undefined).length, 0, "every pool is freed");
  });

  /** A pool of one worker, `jobsPerWorker` jobs handed to it: a long job stopped at its time
   *  limit, a short one (`name`) sent behind it, and the pool replaced before the limit. Answers
   *  how both ended, once the replacement too has ended — with nothing else under way here (no
   *  job, no timer), it must end by itself. */
  async function replacedBehindLimit(jobsPerWorker: number, name: string) {
    await configurePool({ workers: 1, queue: 4, jobsPerWorker });
    await warmPool();
    const limited = resolveOptions({ limits: { timeoutMs: 300 } });
    // long enough to outlast the limit on a quiet machine too (1,200 copies once finished in time)
    const long = utf8(`${name}\n${Array.from({ length: 5000 }, () => REPORT_TEXT).join("\n")}`);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 30));
    const stopped = analyzeBytes(long, "超时报告.txt", limited);
    await pause(); // the long one first, then the next behind it
    const next = analyzeBytes(utf8(REPORT_TEXT), name);
    await pause();
    const replaced = configurePool({ workers: 1, queue: 4 });
    const settled = await Promise.allSettled([stopped, next]);
    await replaced;
    return settled;
  }

  test("a job whose worker ends after its pool was replaced runs again on the new pool, and the replacement ends", async () => {
    // the job waits in the only worker behind one stopped at its time limit, and the pool is
    // replaced meanwhile (server start, settings). It was not at fault, yet it failed as
    // 中途结束 because its pool was no longer the current one (before that, the user read
    // "内部错误：worker exited with code: 1"); it now runs again like any job whose worker ended
    // for another. The replacement waited for piscina's close(), which waits for a "task done"
    // that a worker ending under its jobs never sends: until its 30 s closeTimeout, on a timer
    // that does not hold the process — with nothing else to do, the process ended there
    const [first, after] = await replacedBehindLimit(2, "排在其后.txt");
    assert.equal(first.status, "rejected", "the long one is stopped at its time limit");
    assert.equal(after.status, "fulfilled", after.status === "rejected" ? String(after.reason) : "");
    assert.equal(after.value.source.path, "排在其后.txt");
    assert.equal((await analyzeBytes(utf8(REPORT_TEXT), "换池之后.txt")).source.path, "换池之后.txt");
  });

  test("closing the pool ends a replaced pool's jobs as interrupted, in Chinese, without starting a pool for them", async () => {
    // a replaced pool still runs a long job and holds one behind it when the pool is closed
    // (process end): both end, the one behind is not run again on a pool started after the close
    await configurePool({ workers: 1, queue: 4, jobsPerWorker: 2 });
    await warmPool();
    const patient = resolveOptions({ limits: { timeoutMs: 600_000 } });
    const long = utf8(`长\n${Array.from({ length: 5000 }, () => REPORT_TEXT).join("\n")}`);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 30));
    const running = analyzeBytes(long, "长报告.txt", patient);
    await pause();
    const behind = analyzeBytes(utf8(REPORT_TEXT), "关闭之前.txt");
    await pause();
    const settled = Promise.allSettled([running, behind]);
    const replaced = configurePool({ workers: 1, queue: 4 });
    await closePool();
    const [first, after] = await settled;
    await replaced;
    assert.equal(first.status, "rejected");
    assert.equal(after.status, "rejected", "not run again after the close");
    const line = describeError("关闭之前.txt", after.reason);
    assert.match(line, /^关闭之前\.txt：分析线程/);
    assert.doesNotMatch(line.slice("关闭之前.txt".length), /[A-Za-z]{3,}/, "no English reaches the user");
  });

  test("a job still queued in a replaced pool whose last worker ended runs on the new pool, and the replacement ends", async () => {
    // one job per worker: the second waits in piscina's queue, not in the worker. The pool is
    // replaced, then its only worker ends at the first job's time limit; a closing pool starts
    // no worker, and the watchdog looked only at the current pool: the queued job waited for
    // close()'s 30 s timeout, then failed as 中途结束 though it never started — and the
    // replacement waited as long
    const [first, after] = await replacedBehindLimit(1, "排队等候.txt");
    assert.equal(first.status, "rejected", "the long one is stopped at its time limit");
    assert.equal(after.status, "fulfilled", after.status === "rejected" ? String(after.reason) : "");
    assert.equal(after.value.source.path, "排队等候.txt");
  });

  test("a replaced pool that lost a worker hands its queued jobs on without freezing the process", async () => {
    // two workers, two jobs each, two more queued; the pool is replaced, then one worker ends at
    // its first job's time limit. When the other finished a job, piscina's close() — which starts
    // no worker — gave it the first job queued and spun for ever over the second, looking for a
    // worker to start: the main thread froze (no timer, no request, no test time limit)
    await configurePool({ workers: 2, queue: 8, jobsPerWorker: 2 });
    await warmPool();
    const limited = resolveOptions({ limits: { timeoutMs: 300 } });
    const patient = resolveOptions({ limits: { timeoutMs: 600_000 } });
    const long = (tag: string) =>
      utf8(`${tag}\n${Array.from({ length: 5000 }, () => REPORT_TEXT).join("\n")}`);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 30));
    const stopped = analyzeBytes(long("子"), "超时报告.txt", limited);
    await pause();
    const slow = analyzeBytes(long("丑"), "长报告.txt", patient); // the other worker
    await pause();
    const jobs = ["其一", "其二", "其三", "其四"].map((name) =>
      analyzeBytes(utf8(`${name}\n${REPORT_TEXT}`), `${name}.txt`),
    );
    await pause(); // two handed to the workers behind those, two queued
    const replaced = configurePool({ workers: 1, queue: 4 });
    const [first, second, ...rest] = await Promise.allSettled([stopped, slow, ...jobs]);
    await replaced;
    assert.equal(first.status, "rejected", "the long one is stopped at its time limit");
    assert.equal(second.status, "fulfilled");
    // the one behind the stopped job ends with its worker and runs again; all are analysed
    const done = rest.filter((r) => r.status === "fulfilled").length;
    assert.equal(done, 4, rest.map((r) => (r.status === "rejected" ? String(r.reason) : "ok")).join("; "));
  });

  test("a job over the memory limit stops with a message naming the file, and the pool goes on", async () => {
    await configurePool({ workers: 1, queue: 4, memoryMb: 48 });
    // about 2.5 million characters: far past 48 MB of heap once analysed, however little the
    // worker itself holds (its decoders load only when their format comes)
    const huge = utf8(Array.from({ length: 12_000 }, () => REPORT_TEXT).join("\n"));
    // only the memory limit may stop it: on a loaded machine the job can take longer than the
    // default time limit to fill the heap (a worker that loads less holds less when it starts)
    const patient = resolveOptions({ limits: { timeoutMs: 600_000 } });
    await assert.rejects(analyzeBytes(huge, "巨大报告.txt", patient), (error: unknown) => {
      assert.ok(error instanceof InputError, String(error));
      assert.equal(error.problem, "too-large");
      assert.match(error.message, /^巨大报告\.txt: .*处理所需内存超过上限 48 MB，已中止$/);
      return true;
    });
    assert.equal((await analyzeBytes(utf8(REPORT_TEXT), "小.txt")).source.path, "小.txt");
  });

  test("a full queue answers busy (retry later) instead of piling up", async () => {
    await configurePool({ workers: 1, queue: 1 });
    const results = await Promise.allSettled(
      ["丙", "丁", "戊", "己", "庚"].map((t) => analyzeBytes(bigReport(t), `${t}.txt`)),
    );
    const busy = results.filter(
      (r) => r.status === "rejected" && r.reason instanceof DomainError && r.reason.kind === "busy",
    );
    const done = results.filter((r) => r.status === "fulfilled");
    assert.ok(busy.length >= 1, "some callers are told to retry");
    assert.ok(done.length >= 1, "accepted jobs finish");
    assert.equal(busy.length + done.length, results.length, "nothing else goes wrong");
    const reason = (busy[0] as PromiseRejectedResult).reason as DomainError;
    assert.equal(reason.retryAfter, 5);
    assert.match(reason.zh, /服务器正忙/);
  });
});
