// The audit log names a ledger by its plan's title with the book-title marks a reader writes
// (a web page's <…> reads 《…》), and every other object by its text as it is: a task's text is
// a measure, where < and > are comparisons (败诉率<5%), not marks to pair or drop.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { demoLedger } from "./helpers/ledger.ts";
import { as, login, PASSWORD } from "./helpers/session.ts";

describe("audit log object names", { timeout: 300_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({ store, options: resolveOptions() });
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  test("a task's text keeps its < and >; a ledger's title reads with 《》", async () => {
    const { coord, ledgerId } = await demoLedger(store, app);
    const title = "行政诉讼败诉率控制在<5%，群众满意度>90%";
    const res = await app.inject({
      method: "POST",
      url: "/api/tasks",
      headers: as(coord),
      payload: { ledgerId, title, unitName: "市司法局" },
    });
    assert.equal(res.statusCode, 200, res.body);
    const admin = await login(app, "admin1");
    const log = await app.inject({ url: "/api/audit?pageSize=200", headers: as(admin, false) });
    assert.equal(log.statusCode, 200, log.body);
    const sentences = (log.json() as { items: Array<{ sentence: string }> }).items.map((e) => e.sentence);
    assert.ok(
      sentences.some((s) => s.includes(`「${title}（市司法局）」`)),
      sentences.join("\n"),
    );
    // its unit's part in it, not an account's role (it read 角色 其他 for every task)
    const made = sentences.find((s) => s.includes(`创建了督办任务「${title}`));
    assert.match(made ?? "", /角色 牵头/);
    // the demo plan's title as the page read it: 长治市贯彻落实<法治政府建设实施纲要…>的实施方案
    const ledger = sentences.find((s) => s.includes("台账「"));
    assert.ok(ledger, sentences.join("\n"));
    assert.match(ledger, /长治市贯彻落实《法治政府建设实施纲要\(2015-2020年\)》的实施方案/);
    assert.doesNotMatch(ledger, /[<>]/);
  });

  test("an account's own password change names the account, not its row number", async () => {
    // the entry records no name: it read “修改了账号（编号 5）的密码”
    const own = await login(app, "coord1");
    const changed = await app.inject({
      method: "POST",
      url: "/api/session/password",
      headers: as(own),
      payload: { current: PASSWORD, next: "New-Password-2026" },
    });
    assert.equal(changed.statusCode, 200, changed.body);
    const admin = await login(app, "admin1");
    const log = await app.inject({ url: "/api/audit?pageSize=200", headers: as(admin, false) });
    const sentences = (log.json() as { items: Array<{ sentence: string }> }).items.map((e) => e.sentence);
    const line = sentences.find((s) => s.includes("密码"));
    assert.ok(line, sentences.join("\n"));
    const name = await store.db
      .selectFrom("users")
      .select("display_name")
      .where("username", "=", "coord1")
      .executeTakeFirstOrThrow();
    assert.ok(line.includes(`账号「${name.display_name}」`), line);
    assert.doesNotMatch(line, /编号/);
  });
});
