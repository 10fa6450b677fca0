// The load bench's open loop: `connections` users on their own keep-alive connections, each
// sending `rate` requests a second, their requests spread evenly over the second (user c starts
// c ÷ connections of a period after user 0) — as users who do not act in step would.
// autocannon's `connectionRate` cannot be used for this: it starts every connection's one-second
// timer in the same tick, so all of them send at once (200 requests in a burst each second, the
// server drained them in ~200 ms of its two cores, and that was the measured p50/p99); and it
// corrects for coordinated omission with an expected interval of ⌈1 ÷ rate⌉ = 1 ms instead of
// 1,000 ms, recording a late answer of t ms as t answers of t, t − 1, … 1 ms, which weighs the
// percentiles toward the slowest answers. Here each request's latency runs from the moment it
// was due (not when it was sent): a user whose previous answer is late sends late, and the
// wait counts — coordinated omission accounted for without synthetic values.
import http from "node:http";

export interface PacedResult {
  /** each answer's latency, ms, from the time its request was due */
  latencies: number[];
  /** failed, timed out (10 s) or not 2xx */
  errors: number;
  /** bytes of the answers' bodies */
  bytes: number;
  /** from the first request due to the last answer, s (longer than the run when answers queue) */
  seconds: number;
}

export async function paced(o: {
  base: string;
  path: (k: number) => string;
  headers: Record<string, string>;
  seconds: number;
  connections: number;
  rate: number;
}): Promise<PacedResult> {
  const url = new URL(o.base);
  const period = 1000 / o.rate;
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let k = 0;
  const started = performance.now() + 50;
  const end = started + o.seconds * 1000;
  const agents: http.Agent[] = [];
  /** One request of user `agent`, due at `due` (performance.now() time). */
  const request = (agent: http.Agent, due: number) =>
    new Promise<void>((resolve) => {
      const req = http.get(
        { host: url.hostname, port: url.port, path: o.path(k++), headers: o.headers, agent, timeout: 10_000 },
        (res) => {
          res.on("data", (chunk: Buffer) => {
            bytes += chunk.length;
          });
          res.on("end", () => {
            latencies.push(performance.now() - due);
            if ((res.statusCode ?? 0) >= 300) errors++;
            resolve();
          });
          res.on("error", () => {
            errors++;
            resolve();
          });
        },
      );
      req.on("timeout", () => req.destroy(new Error("timed out")));
      req.on("error", () => {
        errors++;
        resolve();
      });
    });
  const users = Array.from({ length: o.connections }, async (_, c) => {
    // one connection per user, kept open: its requests queue on it when an answer is late
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    const sent: Array<Promise<void>> = [];
    for (let due = started + (c * period) / o.connections; due < end; due += period) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      sent.push(request(agent, due));
    }
    await Promise.all(sent);
  });
  await Promise.all(users);
  for (const agent of agents) agent.destroy();
  return { latencies, errors, bytes, seconds: (performance.now() - started) / 1000 };
}

/** The p-th percentile (0–100) of values, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
