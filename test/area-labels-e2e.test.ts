// Two reports of 鼓楼区 — 福州市's and 南京市's — in the library: the region column and the
// region filter name each with its city (鼓楼区（福州市）), and choosing one lists that city's
// report alone (before division codes, the filter offered one 鼓楼区 listing both).
import assert from "node:assert/strict";
import { after, afterEach, before, describe, test } from "node:test";
import { openStore, type Store } from "../src/store/db.ts";
import { ingestText } from "./helpers/demo-plan.ts";
import { browserSkip, startWebApp, type WebApp } from "./helpers/browser.ts";
import { PASSWORD, makeUsers } from "./helpers/session.ts";

const skip = browserSkip("area labels e2e");

const report = (city: string) =>
  `${city}鼓楼区2023年法治政府建设年度报告\n2023年，${city}鼓楼区深入推进法治政府建设。全年受理行政复议案件25件。`;

describe("areas sharing a name in the library", { skip, timeout: 300_000 }, () => {
  let web: WebApp;
  let store: Store;
  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    await makeUsers(store);
    for (const city of ["福州市", "南京市"]) await ingestText(store, `${city}.txt`, report(city));
    web = await startWebApp({ store, out: "area-labels-e2e" });
  });
  afterEach((t) => web?.explainFailure(t));
  after(() => web?.close());

  test("each 鼓楼区 is shown and filtered with its city", async () => {
    const context = await web.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${web.base}/login`);
    await page.getByLabel("用户名").fill("admin1");
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).last().click();
    await page.locator(".current-user").waitFor();
    await page.goto(`${web.base}/`);
    const rows = page.locator(".ant-table-row");
    await rows.filter({ hasText: "鼓楼区（福州市）" }).waitFor();
    await rows.filter({ hasText: "鼓楼区（南京市）" }).waitFor();
    assert.equal(await rows.count(), 2);

    // the region filter offers both, by city; choosing 福州市's lists its report alone
    await page.locator(".ant-select", { hasText: "地区" }).first().click();
    const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await options.filter({ hasText: "鼓楼区（南京市）" }).waitFor();
    await options.filter({ hasText: "鼓楼区（福州市）" }).click();
    await page.waitForFunction(() => document.querySelectorAll(".ant-table-row").length === 1);
    const only = (await rows.first().textContent()) ?? "";
    assert.match(only, /福州市鼓楼区/);
    assert.doesNotMatch(only, /南京/);
    await context.close();
  });
});
