// Several processes on one PostgreSQL, as the README describes: two web processes with
// FAZHI_WORKERS=0 and one `fazhi worker`. A digest enqueued on the shared database is mailed by
// the worker to a local SMTP server; the web processes answer and run no jobs.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openJobQueue } from "../src/jobs/index.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { eventually } from "./helpers/jobs.ts";
import { freshDatabase } from "./helpers/postgres.ts";
import { type Child, startFazhi } from "./helpers/process.ts";
import { demoLedger } from "./helpers/ledger.ts";
import { type LocalSmtp, startSmtp } from "./helpers/smtp.ts";

const postgres = process.env.TEST_DATABASE_URL;

/** A ledger from the demo plan: its tasks fall due in 2017 and 2018. */
async function makeLedger(store: Store) {
  const app = await buildApp({ store, options: resolveOptions() });
  try {
    await demoLedger(store, app);
  } finally {
    await app.close();
  }
}

describe("web processes and a worker on one PostgreSQL", {
  skip: postgres ? false : "no TEST_DATABASE_URL",
  timeout: 1_200_000,
}, () => {
  let store: Store;
  let smtp: LocalSmtp;
  const children: Child[] = [];
  const port = 40_000 + (process.pid % 10_000);
  let url = "";

  before(async () => {
    smtp = await startSmtp();
    const smtpPort = smtp.port;
    url = await freshDatabase(postgres as string);
    store = await openStore({ databaseUrl: url });
    await makeLedger(store);
    const shared = { DATABASE_URL: url, FAZHI_ADMIN_PASSWORD: "Worker-Test-2026!" };
    for (const p of [port, port + 1])
      children.push(
        startFazhi(["serve", "--empty", "--host", "127.0.0.1", "--port", String(p)], {
          ...shared,
          FAZHI_WORKERS: "0",
        }),
      );
    children.push(
      startFazhi(["worker"], {
        ...shared,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: "fazhi@example.test",
      }),
    );
    for (const child of children) await child.waitFor(/fazhi (已启动|后台任务已启动)/);
  });
  after(async () => {
    for (const child of children) assert.equal(await child.stop(), 0, child.output());
    await store?.close();
    await smtp?.close();
  });

  test("both web processes answer, and say that jobs run elsewhere", async () => {
    for (const p of [port, port + 1]) {
      const res = await fetch(`http://127.0.0.1:${p}/api/health`);
      assert.equal(res.status, 200);
    }
    for (const web of children.slice(0, 2)) assert.match(web.output(), /后台任务：由 fazhi worker 运行/);
  });

  test("a digest enqueued on the shared database is mailed by the worker", async () => {
    const queue = await openJobQueue(store);
    try {
      const id = (await queue.enqueue("mail-digest", { on: "2018-01-15", withinDays: 14 })) as string;
      await eventually(async () => (await queue.status("mail-digest", id))?.state === "completed", "digest");
      const { sent } = ((await queue.status("mail-digest", id))?.output ?? { sent: 0 }) as { sent: number };
      assert.ok(sent >= 2, "the office and at least one unit");
      const mails = smtp.mails;
      assert.equal(mails.length, sent);
      assert.ok(mails.some((m) => /coord1@example\.test/.test(m)));
      assert.ok(mails.some((m) => /unit-sfj@example\.test/.test(m)));
      const worker = children[2];
      assert.match(worker.output(), new RegExp(`已发送每日提醒 ${sent} 封`));
      for (const web of children.slice(0, 2)) assert.doesNotMatch(web.output(), /每日提醒/);
    } finally {
      await queue.stop();
    }
  });
});
