// Bad input is the caller's problem, answered 400 (never a 500): a NUL character in a filter,
// a query or a JSON body; a malformed % escape in the session cookie reads as no session, on
// every route. Unexpected errors are logged (pino, one JSON line each, with the request id),
// and the 500 the user sees names that id.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp, ROUTES } from "../src/server/app.ts";
import { logOptionsFromEnv, SettingError } from "../src/server/services/settings.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { as, login, makeUsers, type Session } from "./helpers/session.ts";

const concrete = (url: string) => url.replace(":table.:format", "documents.csv").replace(/:\w+/g, "1");

describe("bad input and the log", { timeout: 180_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  let admin: Session;
  const lines: string[] = [];

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({
      store,
      options: resolveOptions(),
      logger: { level: "info", stream: { write: (line: string) => lines.push(line) } },
    });
    // a route that fails the way a bug would, to see what the user and the log get
    app.get("/api/test-boom", async () => {
      throw new Error("boom: something nobody expected");
    });
    await makeUsers(store);
    admin = await login(app, "admin1");
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  test("a NUL in any query parameter of any GET route: 400 with a message", async () => {
    let checked = 0;
    for (const route of ROUTES.filter((r) => r.method === "GET" && r.query)) {
      for (const key of Object.keys(route.query?.shape ?? {})) {
        const res = await app.inject({
          method: "GET",
          url: `${concrete(route.url)}?${key}=a%00b`,
          headers: as(admin),
        });
        assert.equal(res.statusCode, 400, `${route.url}?${key}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        assert.match((res.json() as { error: { message: string } }).error.message, /参数无效/);
        checked++;
      }
    }
    assert.ok(checked >= 10, `${checked} parameters checked`);
    const search = await app.inject({ method: "GET", url: "/api/documents?q=%E6%B3%95%00" });
    assert.equal(search.statusCode, 400);
    assert.match((search.json() as { error: { message: string } }).error.message, /q 含有不允许的空字符/);
  });

  test("a NUL in a JSON body: 400, also before signing in", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/session",
      payload: { username: "admin1\u0000", password: "x" },
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.match((res.json() as { error: { message: string } }).error.message, /username/);
  });

  test("a malformed % escape in the session cookie: no session, on every route (never 500)", async () => {
    const bad = ["fazhi_session=%E0%A4%A", "fazhi_session=%", "fazhi_session=%zz; other=1"];
    let checked = 0;
    for (const route of [...ROUTES, { method: "GET" as const, url: "/api/openapi.json" }]) {
      for (const cookie of bad) {
        const res = await app.inject({
          method: route.method,
          url: concrete(route.url),
          headers: { cookie },
          ...(route.method === "POST" ? { payload: {} } : {}),
        });
        assert.ok(
          res.statusCode < 500,
          `${route.method} ${route.url} with ${cookie}: ${res.statusCode} ${res.body}`,
        );
        checked++;
      }
    }
    const session = await app.inject({ method: "GET", url: "/api/session", headers: { cookie: bad[0] } });
    assert.equal(session.statusCode, 200);
    assert.equal((session.json() as { user: unknown }).user, null, "treated as signed out");
    assert.ok(checked > 60);
  });

  test("an unexpected error: logged with its request id, and the 500 names that id", async () => {
    const res = await app.inject({ method: "GET", url: "/api/test-boom" });
    assert.equal(res.statusCode, 500);
    const body = res.json() as { error: { code: string; message: string; requestId: string } };
    const id = body.error.requestId;
    assert.ok(id, res.body);
    assert.equal(res.headers["x-request-id"], id);
    assert.ok(body.error.message.includes(id), body.error.message);
    assert.match(body.error.message, /服务器内部错误/);
    assert.doesNotMatch(res.body, /boom|stack|at /, "nothing internal in the answer");
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const error = logged.find((l) => l.level === 50 && l.reqId === id);
    assert.ok(error, lines.join(""));
    assert.match(JSON.stringify(error.err), /boom: something nobody expected/);
    // every request is logged with its id, and no session cookie reaches the log
    assert.ok(logged.some((l) => l.reqId === id && l.msg === "incoming request"));
    assert.ok(!lines.join("").includes(admin.cookie.split("=")[1]), "the session token is never logged");
  });

  test("LOG_LEVEL sets the level; a wrong value stops the start with a message", () => {
    assert.equal(logOptionsFromEnv({}).level, "info");
    assert.equal(logOptionsFromEnv({ LOG_LEVEL: "DEBUG" }).level, "debug");
    assert.throws(() => logOptionsFromEnv({ LOG_LEVEL: "loud" }), SettingError);
  });
});
