// A ledger's overview (counts, charts, the task list) comes in one request; until it answers
// the 督办 page shows a spinner under the ledger bar — it stood blank before, as if the ledger
// had no tasks. The request is held by the test, so nothing depends on the machine's speed.
import assert from "node:assert/strict";
import { after, afterEach, before, describe, test } from "node:test";
import type { Route } from "playwright-core";
import { openStore } from "../src/store/db.ts";
import { browserSkip, startWebApp, type WebApp } from "./helpers/browser.ts";
import { demoLedger } from "./helpers/ledger.ts";

const skip = browserSkip("tasks loading e2e");

describe("the 督办 page while its ledger loads", { skip, timeout: 300_000 }, () => {
  let web: WebApp;
  let ledgerId = 0;
  before(async () => {
    const store = await openStore({ dataDir: "memory://" });
    web = await startWebApp({ store, out: "tasks-loading-e2e" });
    ({ ledgerId } = await demoLedger(store, web.app));
  });
  afterEach((t) => web?.explainFailure(t));
  after(() => web?.close());

  test("a spinner stands in for the overview until it answers", async () => {
    const { page } = web;
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
