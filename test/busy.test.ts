// The server under a burst of uploads, over real HTTP: the analysis pool takes what it can,
// the rest are told "503, retry after N seconds", and /api/health answers throughout.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { closePool, configurePool } from "../src/ingest/pool.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { REPORT_TEXT } from "./helpers/fixtures.ts";
import { login, makeUsers, type Session } from "./helpers/session.ts";

const UPLOADS = 24;

function upload(name: string, text: string) {
  const boundary = "----fazhi-busy";
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${encodeURIComponent(name)}"\r\nContent-Type: text/plain\r\n\r\n`,
    ),
    Buffer.from(text),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

describe("a burst of uploads", { timeout: 300_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  let base = "";
  let coord: Session;
  before(async () => {
    await configurePool({ workers: 1, queue: 2 });
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({ store, options: resolveOptions() });
    await makeUsers(store);
    coord = await login(app, "coord1");
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  after(async () => {
    await app.close();
    await store.close();
    await closePool();
  });

  test("the pool takes what it can, the rest get 503 + Retry-After, and health answers meanwhile", async () => {
    const long = Array.from({ length: 200 }, () => REPORT_TEXT).join("\n");
    let analysed = 0; // uploads answered 200 so far
    const uploads = Array.from({ length: UPLOADS }, async (_, i) => {
      const { body, type } = upload(`报告${i}.txt`, `第${i}份\n${long}`);
      const res = await fetch(`${base}/api/documents`, {
        method: "POST",
        headers: { "content-type": type, cookie: coord.cookie, "x-csrf-token": coord.csrf },
        body,
      });
      if (res.status === 200) analysed++;
      return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.json() };
    });
    // health while uploads are in flight: it must answer before the burst is over
    const health = await fetch(`${base}/api/health`);
    const analysedAtHealth = analysed;
    assert.equal(health.status, 200);
    const results = await Promise.all(uploads);

    const accepted = results.filter((r) => r.status === 200);
    const busy = results.filter((r) => r.status === 503);
    assert.equal(accepted.length + busy.length, UPLOADS, JSON.stringify(results.map((r) => r.status)));
    assert.ok(accepted.length >= 1 && busy.length >= 1, `${accepted.length} accepted, ${busy.length} busy`);
    assert.ok(
      analysedAtHealth < accepted.length,
      "health answered while accepted uploads were still analysed",
    );
    for (const r of accepted) assert.equal(r.body.results[0].ok, true, JSON.stringify(r.body));
    for (const r of busy) {
      assert.equal(r.retryAfter, "5");
      assert.equal(r.body.error.code, "busy");
      assert.match(r.body.error.message, /服务器正忙/);
    }
  });
});
