// The load bench's open loop (bench/paced.ts): users' requests spread over each period, not
// sent together, each on its own kept-alive connection, and a late answer's latency counted
// from when the request was due — autocannon's connectionRate sent every connection's request
// in the same instant, so its figures were the time a burst took to drain.
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { paced, percentile } from "../bench/paced.ts";

/** A server that answers after `delayMs`, noting when each request arrived and on which
 *  connection. */
async function listen(delayMs: number) {
  const arrivals: Array<{ at: number; socket: object }> = [];
  const server = http.createServer((req, res) => {
    arrivals.push({ at: performance.now(), socket: req.socket });
    setTimeout(() => res.end("{}"), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, arrivals, close: () => server.close() };
}

test("requests are spread over each second, one connection a user", async () => {
  const server = await listen(0);
  try {
    const r = await paced({
      base: server.base,
      path: (k) => `/x?k=${k}`,
      headers: {},
      seconds: 1,
      connections: 10,
      rate: 2,
    });
    assert.equal(r.errors, 0);
    assert.equal(r.latencies.length, 20, "10 users, 2 requests a second each, for a second");
    const at = server.arrivals.map((a) => a.at).sort((a, b) => a - b);
    // 20 requests over a second: 50 ms apart when spread; sent together, most gaps would be ~0.
    // The median gap and the span, not every gap: on a loaded machine a stalled event loop lets
    // two or three through together now and then, which a burst of 20 is not.
    const gaps = at.slice(1).map((t, k) => t - at[k]);
    const shown = `gaps ${gaps.map((g) => g.toFixed(0))}`;
    assert.ok(percentile(gaps, 50) > 20, `requests spread out (${shown})`);
    assert.ok(at[at.length - 1] - at[0] > 600, `over the second (${shown})`);
    assert.equal(new Set(server.arrivals.map((a) => a.socket)).size, 10, "each user keeps its connection");
  } finally {
    server.close();
  }
});

test("a late answer counts from when its request was due", async () => {
  // answers take 300 ms but a user's requests are due every 100 ms: each waits for the one
  // before it on the user's connection, and that wait is part of its latency
  const server = await listen(300);
  try {
    const r = await paced({
      base: server.base,
      path: () => "/x",
      headers: {},
      seconds: 0.5,
      connections: 1,
      rate: 10,
    });
    assert.equal(r.latencies.length, 5);
    const sorted = [...r.latencies].sort((a, b) => a - b);
    assert.ok(sorted[0] >= 290, `the first is the answer's own time (${sorted[0].toFixed(0)} ms)`);
    assert.ok(sorted[4] >= 1000, `the last waited for four before it (${sorted[4].toFixed(0)} ms)`);
    assert.equal(percentile([1, 2, 3, 4, 100], 50), 3);
    assert.equal(percentile([1, 2, 3, 4, 100], 99), 100);
  } finally {
    server.close();
  }
});
