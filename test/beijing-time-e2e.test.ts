// Dates on screen are Beijing time even when the browser runs in UTC: an audit entry made at
// 16:30 UTC on 4 December (00:30 on the 5th in Beijing) reads 2026-12-05 00:30, as the server
// dates the same day (a UTC browser once showed a report version 12-04 beside 首次报送 12-05).
import assert from "node:assert/strict";
import { after, afterEach, before, describe, test } from "node:test";
import { openStore, type Store } from "../src/store/db.ts";
import { browserSkip, startWebApp, type WebApp } from "./helpers/browser.ts";
import { PASSWORD, makeUsers } from "./helpers/session.ts";

const skip = browserSkip("beijing time e2e");

describe("dates in a browser set to UTC", { skip, timeout: 300_000 }, () => {
  let web: WebApp;
  let store: Store;
  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    await makeUsers(store);
    web = await startWebApp({ store, out: "beijing-time-e2e" });
  });
  afterEach((t) => web?.explainFailure(t));
  after(() => web?.close());

  test("the audit log dates a moment just after Beijing midnight on the Beijing day", async () => {
    const context = await web.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: "zh-CN",
      timezoneId: "UTC",
    });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${web.base}/login`);
    assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), "UTC");
    await page.getByLabel("用户名").fill("admin1");
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).last().click();
    await page.locator(".current-user").waitFor();
    // a sign-out at 16:30 UTC (00:30 the next day in Beijing); the log is append-only
    const admin = await store.db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "admin1")
      .executeTakeFirstOrThrow();
    await store.db
      .insertInto("audit_log")
      .values({
        at: new Date("2026-12-04T16:30:00Z"),
        user_id: admin.id,
        username: "admin1",
        action: "logout",
        entity: "user",
        entity_id: String(admin.id),
        before: null,
        after: null,
      })
      .execute();
    await page.goto(`${web.base}/admin`);
    await page.getByRole("tab", { name: "审计日志" }).click();
    const row = page.locator(".ant-table-row", { hasText: "admin1 退出了系统" }).first();
    await row.waitFor();
    assert.match((await row.textContent()) ?? "", /2026-12-05 00:30/);
    await context.close();
  });
});
