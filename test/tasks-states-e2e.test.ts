// The 督办 page before there is a ledger and while one loads. With none, an evaluator (who cannot
// make one) is told who does — it was sent to 计划台账 to generate one. A ledger's overview
// (counts, charts, the task list) comes in one request; until it answers a spinner stands under
// the ledger bar — the page stood blank before, as if the ledger had no tasks. The request is
// held by the test, so nothing depends on the machine's speed.
import assert from "node:assert/strict";
import { after, afterEach, before, describe, test } from "node:test";
import type { Route } from "playwright-core";
import { openStore, type Store } from "../src/store/db.ts";
import { browserSkip, startWebApp, type WebApp } from "./helpers/browser.ts";
import { ingestDemoPlan } from "./helpers/demo-plan.ts";
import { postLedger } from "./helpers/ledger.ts";
import { login, makeUsers } from "./helpers/session.ts";

const skip = browserSkip("tasks states e2e");

describe("the 督办 page before and while its ledger loads", { skip, timeout: 300_000 }, () => {
  let web: WebApp;
  let store: Store;
  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    await makeUsers(store);
    web = await startWebApp({ store, out: "tasks-states-e2e" });
  });
  afterEach((t) => web?.explainFailure(t));
  after(() => web?.close());

  test("with no ledger yet, the evaluator is told who generates one", async () => {
    const { page } = web;
    await web.signIn("eval1");
    await page.goto(`${web.base}/tasks`);
    await page.getByText("依法治市办由实施方案生成督办台账后，在这里查看各单位任务").waitFor();
    await web.shot("00-evaluator-no-ledger");
    assert.equal(await page.getByText("在“计划台账”中由实施方案生成").count(), 0);
    await web.signOut();
  });

  test("a spinner stands in for the overview until it answers", async () => {
    const { page } = web;
    const ledgerId = await postLedger(web.app, await login(web.app, "coord1"), await ingestDemoPlan(store));
    await web.signIn("coord1");
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**/api/ledgers/${ledgerId}/overview`, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${web.base}/tasks/${ledgerId}`);
    await page.locator(".overview-loading", { hasText: "正在载入督办台账" }).waitFor();
    await web.shot("01-loading");
    assert.equal(await page.locator(".overview-stats").count(), 0);
    release();
    await page.locator(".overview-stats").waitFor();
    await page.locator(".overview-loading").waitFor({ state: "detached" });
    await web.shot("02-loaded");
    await page.unroute(`**/api/ledgers/${ledgerId}/overview`);
  });
});
