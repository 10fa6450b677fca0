// Concurrent changes on a real PostgreSQL server (TEST_DATABASE_URL): requests that race on
// the same task or account must leave a state one of them could have produced alone. Every
// state change reads its row under a lock, so the losers see the winner's state.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { multipartBody } from "./helpers/multipart.ts";
import { freshDatabase } from "./helpers/postgres.ts";
import { postLedger } from "./helpers/ledger.ts";
import { as, login, makeUsers, PASSWORD, type Session } from "./helpers/session.ts";

const postgres = process.env.TEST_DATABASE_URL;

const progressBody = (text: string) => multipartBody({ text }, []);

const count = (codes: number[], code: number) => codes.filter((c) => c === code).length;

describe("concurrent changes on PostgreSQL", {
  timeout: 300_000,
  skip: postgres ? false : "no TEST_DATABASE_URL",
}, () => {
  let store: Store;
  let app: FastifyInstance;
  let coord: Session;
  let taskIds: number[] = [];
  let next = 0;
  /** tasks no other test has touched */
  const fresh = (n: number) => {
    const out = taskIds.slice(next, next + n);
    next += n;
    assert.equal(out.length, n, "enough tasks in the ledger");
    return out;
  };
  const post = (url: string, payload: unknown, s: Session = coord) =>
    app.inject({ method: "POST", url, headers: as(s), payload: payload as Record<string, unknown> });
  const task = (id: number) =>
    store.db.selectFrom("tasks").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  before(async () => {
    store = await openStore({ databaseUrl: await freshDatabase(postgres as string) });
    app = await buildApp({ store, options: resolveOptions() });
    await makeUsers(store);
    coord = await login(app, "coord1");
    const plan = readFileSync(new URL("../demo/001_1d911b1d986cfee9.txt", import.meta.url));
    const body = multipartBody({}, [{ name: "plan.txt", bytes: plan }]);
    const upload = await app.inject({
      method: "POST",
      url: "/api/documents",
      headers: { ...as(coord), "content-type": body.contentType },
      payload: body.payload,
    });
    assert.equal(upload.statusCode, 200, upload.body);
    const documentId = (upload.json() as { results: Array<{ id: number }> }).results[0].id;
    await postLedger(app, coord, documentId);
    taskIds = (await store.db.selectFrom("tasks").select("id").orderBy("id").execute()).map((t) => t.id);
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  test("4 progress reports racing 1 close on each of 40 tasks: every task ends closed", async () => {
    const ids = fresh(40);
    // tasks in small groups, so that each task's five requests share the connection pool; the
    // close goes out at a different moment for each task (a report first reads the task, then
    // its files), so that closes land inside reports' transactions
    const codes: number[] = [];
    for (let g = 0; g < ids.length; g += 4) {
      const group = ids.slice(g, g + 4).flatMap((id, i) => [
        ...[1, 2, 3, 4].map((k) => {
          const body = progressBody(`第 ${k} 次进展`);
          return app.inject({
            method: "POST",
            url: `/api/tasks/${id}/progress`,
            headers: { ...as(coord), "content-type": body.contentType },
            payload: body.payload,
          });
        }),
        new Promise((resolve) => setTimeout(resolve, (g + i) % 10)).then(() =>
          post(`/api/tasks/${id}/close`, { reason: "督办确认" }),
        ),
      ]);
      codes.push(...(await Promise.all(group)).map((r) => r.statusCode));
    }
    assert.deepEqual(
      [...new Set(codes)].sort(),
      [200, 409].filter((c) => codes.includes(c)),
    );
    const rows = await store.db.selectFrom("tasks").selectAll().where("id", "in", ids).execute();
    const broken = rows.filter((t) => t.status !== "closed" || t.closed_at === null || t.percent !== 100);
    assert.deepEqual(
      broken.map((t) => [t.id, t.status, t.closed_at !== null]),
      [],
      "no task left in progress with closed_at set",
    );
    // progress accepted after the close would have been refused; the log agrees with the state
    const late = await store.db
      .selectFrom("task_updates as u")
      .innerJoin("task_updates as c", (j) =>
        j.onRef("c.task_id", "=", "u.task_id").on("c.kind", "=", "close"),
      )
      .select("u.id")
      .where("u.kind", "=", "progress")
      .whereRef("u.id", ">", "c.id")
      .where("u.task_id", "in", ids)
      .execute();
    assert.equal(late.length, 0, "no progress recorded after a close");
  });

  test("closure requested three times at once: one request, two refusals", async () => {
    const ids = fresh(10);
    const res = await Promise.all(
      ids.flatMap((id) =>
        [1, 2, 3].map(() => post(`/api/tasks/${id}/request-closure`, { text: "申请办结" })),
      ),
    );
    const codes = res.map((r) => r.statusCode);
    assert.equal(count(codes, 200), 10, codes.join(","));
    assert.equal(count(codes, 409), 20, codes.join(","));
  });

  test("accept racing return and a second accept: one review wins", async () => {
    const ids = fresh(10);
    for (const id of ids) assert.equal((await post(`/api/tasks/${id}/request-closure`, {})).statusCode, 200);
    const res = await Promise.all(
      ids.flatMap((id) => [
        post(`/api/tasks/${id}/review`, { decision: "accept", comment: "同意" }),
        post(`/api/tasks/${id}/review`, { decision: "accept", comment: "同意" }),
        post(`/api/tasks/${id}/review`, { decision: "return", comment: "材料不全" }),
      ]),
    );
    const codes = res.map((r) => r.statusCode);
    assert.equal(count(codes, 200), 10, codes.join(","));
    assert.equal(count(codes, 409), 20, codes.join(","));
    for (const id of ids) {
      const t = await task(id);
      assert.equal(t.closed_at !== null, t.status === "closed", `task ${id}: closed_at agrees with status`);
    }
  });

  test("reopen three times at once: reopened once", async () => {
    const ids = fresh(10);
    for (const id of ids) assert.equal((await post(`/api/tasks/${id}/close`, {})).statusCode, 200);
    const res = await Promise.all(
      ids.flatMap((id) => [1, 2, 3].map(() => post(`/api/tasks/${id}/reopen`, { reason: "发现问题" }))),
    );
    const codes = res.map((r) => r.statusCode);
    assert.equal(count(codes, 200), 10, codes.join(","));
    assert.equal(count(codes, 409), 20, codes.join(","));
    const reopens = await store.db
      .selectFrom("task_updates")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("kind", "=", "reopen")
      .where("task_id", "in", ids)
      .executeTakeFirstOrThrow();
    assert.equal(Number(reopens.n), 10);
  });

  test("two extensions at once: the later deadline stands, never an earlier one", async () => {
    const ids = fresh(10);
    await Promise.all(
      ids.flatMap((id) => [
        post(`/api/tasks/${id}/extend`, { due: "2031-06-30", reason: "调整" }),
        post(`/api/tasks/${id}/extend`, { due: "2032-06-30", reason: "再调整" }),
      ]),
    );
    for (const id of ids) assert.equal((await task(id)).due, "2032-06-30", `task ${id}`);
  });

  test("two reassignments at once: the second starts from the first one's unit", async () => {
    const ids = fresh(10);
    await Promise.all(
      ids.flatMap((id) => [
        post(`/api/tasks/${id}/reassign`, { unitName: "市发改委", reason: "职能调整" }),
        post(`/api/tasks/${id}/reassign`, { unitName: "市财政局", reason: "职能调整" }),
      ]),
    );
    for (const id of ids) {
      const entries = await store.db
        .selectFrom("audit_log")
        .select(["before", "after"])
        .where("entity", "=", "task")
        .where("entity_id", "=", String(id))
        .where("action", "=", "reassign")
        .orderBy("id")
        .execute();
      const unit = (v: unknown) =>
        (JSON.parse(typeof v === "string" ? v : JSON.stringify(v)) as { unit_name: string }).unit_name;
      assert.equal(entries.length, 2);
      assert.equal(unit(entries[1].before), unit(entries[0].after), `task ${id}: audit chain unbroken`);
      assert.equal((await task(id)).unit_name, unit(entries[1].after));
    }
  });

  test("the same account created five times at once: one account, four 409s", async () => {
    const admin = await login(app, "admin1");
    const res = await Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        post(
          "/api/users",
          { username: "race-user", displayName: "并发", role: "evaluator", password: PASSWORD },
          admin,
        ),
      ),
    );
    assert.deepEqual(
      res.map((r) => r.statusCode).sort(),
      [200, 409, 409, 409, 409],
      res.map((r) => r.body).join("\n"),
    );
    for (const r of res.filter((x) => x.statusCode === 409))
      assert.equal((r.json() as { error: { code: string } }).error.code, "username_taken");
  });

  test("two password changes from the same old password at once: one wins", async () => {
    const s = await login(app, "eval1");
    const res = await Promise.all(
      ["Neues-Passwort-1!", "Neues-Passwort-2!"].map((next) =>
        post("/api/session/password", { current: PASSWORD, next }, s),
      ),
    );
    assert.deepEqual(res.map((r) => r.statusCode).sort(), [200, 403], res.map((r) => r.body).join("\n"));
  });
});
