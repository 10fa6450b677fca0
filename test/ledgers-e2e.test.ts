// Ledgers in real Chromium: the creation dialog (the period the deadlines are laid into, the
// collective owners expanded into chosen units), the second click that opens the existing
// ledger, bulk and single deadline shifts, archive and restore. Screenshots go to
// test-output/ledgers-e2e/.
import assert from "node:assert/strict";
import { after, afterEach, before, describe, test } from "node:test";
import type { Locator, Page } from "playwright-core";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { loadDemoIfEmpty } from "../src/commands/documents/demo.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { browserSkip, settled, startWebApp, type WebApp } from "./helpers/browser.ts";
import { makeUsers } from "./helpers/session.ts";

const skip = browserSkip("ledgers e2e");

describe("ledgers in Chromium", { skip, timeout: 480_000 }, () => {
  let store: Store;
  let web: WebApp;
  let page: Page;
  let base = "";
  let ledgerUrl = "";
  const shot = (name: string) => web.shot(name);
  const dialog = () => page.locator(".ant-modal").filter({ visible: true }).last();
  /** the date picker of the deadline dialog, once it has come (if it does not, the failure's
   * log shows what the dialogs showed: `explainFailure`) */
  const datePicker = async (one: Locator) => {
    const date = one.locator(".ant-picker input");
    await settled(date);
    return date;
  };

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    const options = resolveOptions();
    await loadDemoIfEmpty(store, SYSTEM_SCOPE, options);
    await makeUsers(store);
    // the office works on 1 June 2025: the 2018 plan is adopted for 2025—2027
    web = await startWebApp({
      store,
      options,
      out: "ledgers-e2e",
      config: { now: () => new Date("2025-06-01T02:00:00Z") },
    });
    ({ page, base } = web);
    await web.signIn("coord1");
  });
  afterEach((t) => web?.explainFailure(t));
  after(() => (web ? web.close() : store?.close()));

  test("the creation dialog: a period, then collective owners expanded into chosen units", async () => {
    await page.goto(`${base}/ledger`);
    await page.getByText("按领域（121 项措施）").waitFor();
    await page.getByRole("button", { name: "生成督办台账" }).click();
    const d = dialog();
    await settled(d.locator(".period-explain"));
    // the period by dates: 2025-01-01 to 2027-12-31
    await d.getByText("日期", { exact: true }).click();
    const inputs = d.locator(".period-dates input");
    await inputs.nth(0).click();
    await inputs.nth(0).fill("2025-01-01");
    await inputs.nth(0).press("Enter");
    await inputs.nth(1).fill("2027-12-31");
    await inputs.nth(1).press("Enter");
    await d.locator(".ant-modal-title").click();
    await d.locator(".period-explain", { hasText: "督办期间 2025-01-01 至 2027-12-31" }).waitFor();
    assert.match(
      (await d.locator(".period-explain").textContent()) ?? "",
      /原方案时限为 2017—2020 年，按期间平移 8 年/,
    );
    await shot("01-period");
    await d.getByRole("button", { name: "下一步" }).click();

    const rows = d.locator(".collective-step .ant-table-row");
    await rows.first().waitFor();
    const counties = rows.filter({ hasText: "各县市区政府" });
    await counties.getByRole("button", { name: /全选建议的 \d+ 个单位/ }).click();
    await counties.getByText("潞州区人民政府").first().waitFor();
    const departments = rows.filter({ hasText: "市直各相关单位" }).first();
    const box = departments.getByRole("combobox");
    await box.click();
    await box.fill("市司法局");
    await box.press("Enter");
    await box.fill("市财政局");
    await box.press("Enter");
    await d.locator(".ant-modal-title").click();
    await departments.locator(".ant-select-selection-item", { hasText: "市财政局" }).waitFor();
    await page.waitForTimeout(300);
    await shot("02-collectives");
    await d.getByRole("button", { name: "下一步" }).click();
    await d.locator(".ledger-summary", { hasText: "市直各相关单位 → 2 个单位" }).waitFor();
    await shot("03-summary");
    await d.getByRole("button", { name: "生成督办台账" }).click();

    await page.locator(".completion-rate").waitFor();
    ledgerUrl = page.url();
    assert.match(ledgerUrl, /\/tasks\/\d+$/);
    await page.locator(".ledger-period", { hasText: "督办期间 2025-01-01 至 2027-12-31" }).waitFor();
    const overdue = page
      .locator(".ant-statistic", { hasText: "已逾期" })
      .locator(".ant-statistic-content-value");
    assert.equal((await overdue.textContent())?.trim(), "0", "nothing is overdue on the first day");
    await page.locator(".task-due", { hasText: "长期（期间届满）" }).first().waitFor();
    const tasks = await store.db.selectFrom("tasks").select(["unit_name", "collective"]).execute();
    assert.equal(
      tasks.filter((t) => t.unit_name === "各县市区政府" || t.unit_name === "市直各相关单位").length,
      0,
    );
    assert.ok(tasks.some((t) => t.unit_name === "潞州区人民政府" && t.collective === "各县市区政府"));
    await shot("04-ledger");
  });

  test("a second click opens the existing ledger instead of making a copy", async () => {
    await page.goto(`${base}/ledger`);
    await page.getByText("按领域（121 项措施）").waitFor();
    await page.getByRole("button", { name: "生成督办台账" }).click();
    const d = dialog();
    await d.getByText("该方案已生成督办台账").waitFor();
    await d.getByRole("button", { name: "再建一本…" }).waitFor();
    await shot("05-existing");
    await d.getByRole("button", { name: "打开台账" }).click();
    await page.locator(".completion-rate").waitFor();
    assert.equal(page.url(), ledgerUrl);
    const n = await store.db.selectFrom("ledgers").select("id").execute();
    assert.equal(n.length, 1);
  });

  test("deadlines shifted in bulk for selected tasks, and one task's set to a date", async () => {
    await page.goto(ledgerUrl);
    await page.locator(".completion-rate").waitFor();
    const rows = page.locator(".ant-table-row").filter({ has: page.locator(".task-due") });
    const firstDue = ((await rows.nth(0).locator(".task-due").textContent()) ?? "").slice(0, 10);
    await rows.nth(0).locator(".ant-checkbox-input").check();
    await rows.nth(1).locator(".ant-checkbox-input").check();
    await page.getByRole("button", { name: "调整所选 2 项的时限" }).click();
    const d = dialog();
    await settled(d.getByLabel("理由"));
    await d.getByLabel("理由").fill("按市委依法治市办部署统一顺延");
    await shot("06-shift");
    await d.getByRole("button", { name: "调整" }).click();
    await page.getByText("已调整 2 项任务的时限").waitFor();
    await rows.nth(0).locator(".task-due", { hasText: "已调整" }).waitFor();
    const moved = ((await rows.nth(0).locator(".task-due").textContent()) ?? "").slice(0, 10);
    assert.notEqual(moved, firstDue);
    await page.locator(".batch-bar").waitFor({ state: "detached" }); // the selection starts afresh
    // one task's deadline, earlier; a first opening left half-done does not carry over
    await rows.nth(2).getByRole("button", { name: "调整时限" }).click();
    const one = dialog();
    await settled(one.getByText("调整任务时限"));
    await one.getByText("改为指定日期").click();
    await datePicker(one);
    await one.getByRole("button", { name: "取消" }).click();
    await one.waitFor({ state: "hidden" });
    await rows.nth(2).getByRole("button", { name: "调整时限" }).click();
    await settled(one.getByText("调整任务时限"));
    await one.getByLabel("月数").waitFor();
    await one.getByText("改为指定日期").click();
    const date = await datePicker(one);
    await date.click();
    await date.fill("2025-09-30");
    await date.press("Enter");
    await one.locator(".ant-modal-title").click();
    await one.getByLabel("理由").fill("提前完成");
    await one.getByRole("button", { name: "调整" }).click();
    await page.getByText("已调整 1 项任务的时限").waitFor();
    await rows.nth(2).locator(".task-due", { hasText: "2025-09-30" }).waitFor();
    await page.waitForTimeout(300);
    await shot("07-shifted");
  });

  test("at 1024 px the ledger's actions stay on one line and every count says 项", async () => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0)); // the bar in the screenshot
    try {
      const bar = page.locator(".ledger-bar");
      const boxes = await Promise.all(
        // 导出 Excel is a link drawn as a button
        ["导出 Excel", "归档", "删除"].map(async (name) =>
          bar.locator(".ant-btn", { hasText: name }).boundingBox(),
        ),
      );
      const [exported, archive, remove] = boxes.map((b) => b ?? assert.fail("a button is not shown"));
      for (const b of [archive, remove]) {
        assert.ok(Math.abs(b.y - exported.y) < 2, "the actions are on one line");
        assert.ok(b.height < 40, "no button's label wraps");
      }
      assert.ok(exported.x < archive.x && archive.x < remove.x);
      const stats = page.locator(".overview-stats");
      for (const cls of ["stat-closed", "stat-overdue", "stat-pending"])
        assert.match((await stats.locator(`.${cls}`).textContent()) ?? "", /\d+\s*项$/, cls);
      await shot("08-1024");
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  test("archive makes the ledger read-only and hides it; restore brings it back", async () => {
    await page.getByRole("button", { name: "归档" }).click();
    await page.locator(".ledger-archived").waitFor();
    assert.equal(
      await page.getByRole("button", { name: /调整.*时限/ }).count(),
      0,
      "no changes on an archived ledger",
    );
    await shot("08-archived");
    await page.getByRole("button", { name: "恢复" }).click();
    await page.getByText("已恢复台账").waitFor();
    await page.getByRole("button", { name: "归档" }).waitFor();
  });
});
