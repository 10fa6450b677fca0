// Guessing passwords: failures are throttled per account+address (a lock that doubles), per
// address and, briefly, per account — kept in the database so every process sees them — and
// answered 429 with Retry-After in Chinese; the owner still signs in from a clean address; a
// flood of guesses leaves a few audit entries, not one per guess.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { makeUsers, PASSWORD } from "./helpers/session.ts";

describe("login throttle", { timeout: 300_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  let now = new Date("2026-03-02T08:00:00Z");
  const advance = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };
  const attempt = (username: string, password: string, address: string, on = app) =>
    on.inject({
      method: "POST",
      url: "/api/session",
      remoteAddress: address,
      payload: { username, password },
    });
  const auditCount = async (action: string, username: string) =>
    (await store.db.selectFrom("audit_log").select("after").where("action", "=", action).execute()).filter(
      (r) => JSON.stringify(r.after).includes(`"username":"${username}"`),
    ).length;

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({ store, options: resolveOptions(), config: { now: () => now } });
    await makeUsers(store);
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  test("60 wrong passwords from one address: five refusals, then 429 with Retry-After; two audit entries", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 60; i++) {
      const res = await attempt("admin1", `wrong-${i}`, "203.0.113.7");
      codes.push(res.statusCode);
      if (res.statusCode === 429) {
        const retry = Number(res.headers["retry-after"]);
        assert.ok(
          Number.isInteger(retry) && retry > 0 && retry <= 30,
          `Retry-After ${res.headers["retry-after"]}`,
        );
        const body = res.json() as { error: { code: string; message: string } };
        assert.equal(body.error.code, "too_many_attempts");
        assert.match(body.error.message, /登录失败次数过多，请 \d+ 秒后再试/);
      }
    }
    assert.deepEqual(codes.slice(0, 5), [401, 401, 401, 401, 401]);
    assert.ok(
      codes.slice(5).every((c) => c === 429),
      codes.join(","),
    );
    assert.equal(await auditCount("login-failed", "admin1"), 1, "one entry for the burst");
    assert.equal(await auditCount("login-locked", "admin1"), 1, "one entry for the lock");

    // the right password from the locked address is refused too (a locked guesser learns nothing)
    assert.equal((await attempt("admin1", PASSWORD, "203.0.113.7")).statusCode, 429);
    // the owner, from a clean address, signs in at once
    assert.equal((await attempt("admin1", PASSWORD, "198.51.100.20")).statusCode, 200);
  });

  test("the lock doubles with each failure after it, and ends", async () => {
    advance(31);
    assert.equal((await attempt("admin1", "wrong-again", "203.0.113.7")).statusCode, 401);
    const locked = await attempt("admin1", PASSWORD, "203.0.113.7");
    assert.equal(locked.statusCode, 429);
    assert.equal(Number(locked.headers["retry-after"]), 60, "30 s doubled");
    advance(61);
    assert.equal(
      (await attempt("admin1", PASSWORD, "203.0.113.7")).statusCode,
      200,
      "free again after the lock",
    );
    // a success clears the pair: the next mistake is a plain 401 again
    assert.equal((await attempt("admin1", "typo", "203.0.113.7")).statusCode, 401);
  });

  test("guesses from many addresses lock the account briefly, never for its owner's clean address", async () => {
    for (let i = 1; i <= 12; i++)
      assert.equal((await attempt("eval1", `guess-${i}`, `192.0.2.${i}`)).statusCode, 401);
    const dirty = await attempt("eval1", PASSWORD, "192.0.2.1");
    assert.equal(dirty.statusCode, 429, "an address that guessed waits out the account lock");
    assert.ok(Number(dirty.headers["retry-after"]) <= 60, "the account-wide lock is short");
    assert.equal(
      (await attempt("eval1", PASSWORD, "198.51.100.30")).statusCode,
      200,
      "a clean address signs in",
    );
    advance(61);
    assert.equal((await attempt("eval1", PASSWORD, "192.0.2.2")).statusCode, 200, "and the lock ends");
  });

  test("many accounts guessed from one address lock the address, also for a right password", async () => {
    for (let i = 0; i < 20; i++)
      assert.equal((await attempt(`nobody${i}`, "guess", "203.0.113.99")).statusCode, 401);
    const res = await attempt("coord1", PASSWORD, "203.0.113.99");
    assert.equal(res.statusCode, 429);
    assert.ok(Number(res.headers["retry-after"]) > 0);
    assert.equal((await attempt("coord1", PASSWORD, "198.51.100.40")).statusCode, 200);
  });

  test("the counts live in the database: a second process sees the lock", async () => {
    const other = await buildApp({ store, options: resolveOptions(), config: { now: () => now } });
    try {
      const res = await attempt("coord1", PASSWORD, "203.0.113.99", other);
      assert.equal(res.statusCode, 429);
    } finally {
      await other.close();
    }
  });
});
