// Errors the database raises reach the user as one Chinese line by their SQLSTATE
// (rules/database-errors.ts), never PostgreSQL's English message (which names tables and
// constraints); that message is in the server's log, with the request id. Real errors of the
// database, on PGlite and on PostgreSQL when TEST_DATABASE_URL is set: a unique key, a foreign
// key, a value too long, a statement timeout (PostgreSQL: PGlite has no timer to cancel with),
// errors raised with their code by a trigger on the real upload route, and a server that is not
// there (the command line's line).
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { fatalLine } from "../src/cli/main.ts";
import { describeError } from "../src/ingest/errors.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { DATABASE_ERROR_BY_CLASS, DATABASE_ERROR_BY_CODE } from "../src/rules/database-errors.ts";
import { multipartBody } from "./helpers/multipart.ts";
import { as, login, makeUsers, type Session } from "./helpers/session.ts";
import { storeTargets } from "./helpers/store-targets.ts";

/** PostgreSQL's own words, which must never reach a user. */
const ENGLISH = /duplicate key|violates|constraint|too long|canceling|statement|relation|ERROR|[A-Za-z]{6,}/;

/** Statements that fail in the database, each in a transaction of its own (temporary tables
 *  dropped with it). */
const FAILING: Record<string, { sql: string[]; sqlstate: string; status: number; zh: RegExp }> = {
  unique: {
    sql: [
      "create temporary table t_unique (k int primary key) on commit drop",
      "insert into t_unique values (1), (1)",
    ],
    sqlstate: "23505",
    status: 409,
    zh: /已被同时修改或已存在/,
  },
  reference: {
    sql: [
      "create temporary table t_parent (k int primary key) on commit drop",
      "create temporary table t_child (p int references t_parent (k)) on commit drop",
      "insert into t_child values (7)",
    ],
    sqlstate: "23503",
    status: 409,
    zh: /已被删除或仍被其他数据引用/,
  },
  long: {
    sql: [
      "create temporary table t_long (s varchar(4)) on commit drop",
      "insert into t_long values ('鼓楼区司法局（福州市）')",
    ],
    sqlstate: "22001",
    status: 413,
    zh: /内容过长/,
  },
  // an error of a class listed only as a class (53: insufficient resources), raised with its code
  memory: {
    sql: ["do $$ begin raise exception 'out of shared memory' using errcode = '53200'; end $$"],
    sqlstate: "53200",
    status: 503,
    zh: /数据库资源不足/,
  },
};

for (const target of storeTargets()) {
  describe(`database errors in words on ${target.label}`, { timeout: 180_000 }, () => {
    let store: Store;
    let app: FastifyInstance;
    let coord: Session;
    const lines: string[] = [];
    before(async () => {
      store = await target.open();
      app = await buildApp({
        store,
        options: resolveOptions(),
        logger: { level: "info", stream: { write: (line: string) => lines.push(line) } },
      });
      // a route that runs what fails, as a command's query would
      app.get<{ Params: { case: string } }>("/api/test-db/:case", async (req) => {
        const failing = FAILING[req.params.case];
        await store.db.transaction().execute(async (trx) => {
          for (const statement of failing.sql) await sql.raw(statement).execute(trx);
        });
        return { ok: true };
      });
      app.get("/api/test-db-timeout", async () => {
        await store.db.transaction().execute(async (trx) => {
          await sql`set local statement_timeout = 50`.execute(trx);
          await sql`select pg_sleep(5)`.execute(trx);
        });
        return { ok: true };
      });
      // a bug's query: no user can do anything about it
      app.get("/api/test-db-bug", async () => sql.raw("select * from no_such_table").execute(store.db));
      await makeUsers(store);
      coord = await login(app, "coord1");
    });
    after(async () => {
      await app?.close();
      await store?.close();
    });

    /** The answer's error, and the log's line of its request. */
    const answer = async (url: string) => {
      const res = await app.inject({ method: "GET", url });
      const body = res.json() as {
        error: { code: string; message: string; messageEn: string; requestId: string };
      };
      const logged = lines
        .map((l) => JSON.parse(l) as { reqId?: string; msg?: string; sqlstate?: string; err?: unknown })
        .find((l) => l.reqId === body.error?.requestId && l.msg === "database error");
      return { res, error: body.error, logged };
    };

    for (const [name, c] of Object.entries(FAILING))
      test(`${name} (${c.sqlstate}): ${c.status} with a Chinese message; the English in the log`, async () => {
        const { res, error, logged } = await answer(`/api/test-db/${name}`);
        assert.equal(res.statusCode, c.status, res.body);
        assert.match(error.message, c.zh);
        assert.doesNotMatch(error.message, ENGLISH);
        assert.doesNotMatch(res.body, /t_unique|t_parent|t_child|t_long|shared memory|pkey|fkey/);
        assert.equal(res.headers["x-request-id"], error.requestId);
        assert.ok(logged, `no log line for request ${error.requestId}`);
        assert.equal(logged.sqlstate, c.sqlstate);
        // the log keeps what PostgreSQL said, for whoever looks into it
        assert.match(JSON.stringify(logged.err), /t_unique|t_parent|t_child|character varying|shared memory/);
        if (c.status === 503) assert.equal(res.headers["retry-after"], "5");
      });

    test("a statement the database cancels for its time limit (57014)", async (t) => {
      if (store.engine === "pglite") return t.skip("PGlite has no statement timer");
      const { res, error, logged } = await answer("/api/test-db-timeout");
      assert.equal(res.statusCode, 503, res.body);
      assert.match(error.message, /数据库处理超时，操作已取消/);
      assert.doesNotMatch(error.message, ENGLISH);
      assert.equal(logged?.sqlstate, "57014");
      assert.match(JSON.stringify(logged?.err), /statement timeout/);
    });

    test("an upload the database refuses: the file's line in words (a trigger raises 53100)", async () => {
      await sql
        .raw(`create function test_full() returns trigger language plpgsql as $$
          begin raise exception 'could not extend file: No space left on device' using errcode = '53100'; end $$`)
        .execute(store.db);
      await sql
        .raw("create trigger test_full before insert on documents for each row execute function test_full()")
        .execute(store.db);
      try {
        const body = multipartBody({}, [
          {
            name: "福州市2024年法治政府建设年度报告.txt",
            bytes: Buffer.from("福州市2024年法治政府建设年度报告\n2024年，福州市坚持依法行政。"),
          },
        ]);
        const res = await app.inject({
          method: "POST",
          url: "/api/documents",
          headers: { ...as(coord), "content-type": body.contentType },
          payload: body.payload,
        });
        const result = (res.json() as { results: Array<{ ok: boolean; error?: { message: string } }> })
          .results[0];
        assert.equal(result.ok, false, res.body);
        assert.equal(
          result.error?.message,
          "福州市2024年法治政府建设年度报告.txt: 数据库存储空间已满，未能保存，请联系管理员",
        );
        assert.doesNotMatch(res.body, /No space|extend file/);
        assert.ok(
          lines.some((l) => l.includes("No space left on device")),
          "the log keeps the detail",
        );
      } finally {
        await sql.raw("drop trigger test_full on documents").execute(store.db);
        await sql.raw("drop function test_full()").execute(store.db);
      }
    });

    test("a database error no user can act on (a missing table) stays an internal error", async () => {
      const res = await app.inject({ method: "GET", url: "/api/test-db-bug" });
      assert.equal(res.statusCode, 500);
      assert.match(res.body, /服务器内部错误/);
      assert.doesNotMatch(res.body, /no_such_table/);
    });

    test("the command line's line for a file the database refused is Chinese", async () => {
      const refused = await store.db
        .transaction()
        .execute(async (trx) => {
          for (const statement of FAILING.unique.sql) await sql.raw(statement).execute(trx);
        })
        .then(() => null)
        .catch((e: unknown) => e);
      assert.equal(describeError("a.txt", refused), "a.txt: 数据已被同时修改或已存在，请刷新后重试");
    });
  });
}

test("a database server that is not there: the command line says so in Chinese", async () => {
  // a port that was free a moment ago: nothing listens on it
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  const error = await openStore({ databaseUrl: `postgres://nobody@127.0.0.1:${port}/none` })
    .then((s) => s.close())
    .catch((e: unknown) => e);
  const words = "暂时无法连接数据库，请稍后重试；如持续出现，请联系管理员";
  assert.equal(describeError("fazhi import", error), `fazhi import: ${words}`);
  // what the command ends with when no command caught it (bin/fazhi.js)
  assert.equal(fatalLine(error), `fazhi: ${words}`);
  assert.match(fatalLine(new Error("boom")), /^fazhi: 内部错误: boom$/);
});

test("every message of the table is Chinese, without PostgreSQL's words", () => {
  for (const text of [...Object.values(DATABASE_ERROR_BY_CODE), ...Object.values(DATABASE_ERROR_BY_CLASS)]) {
    assert.match(text.zh, /^[\u4e00-\u9fff]/);
    assert.doesNotMatch(text.zh, /[A-Za-z]/);
    assert.ok(text.en.length > 0 && text.code.length > 0);
  }
});
