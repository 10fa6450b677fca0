// The README's screenshots (docs/screenshots/*.png): the web application over the demo data,
// in Chromium, as a coordinator sees it. Build the client first (`npm run build:web`), then
//   node --import tsx scripts/screenshots.ts [folder]     (default docs/screenshots)
// and look at the pictures before committing them (the drawer's dialog, a unit's notifications
// and the admin's unit registry too). The window is 1280×800 and each picture is
// the window only, so the files stay small.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { loadDemoIfEmpty } from "../src/commands/documents/demo.ts";
import { createLedger } from "../src/commands/tasks/ledgers.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { openStore } from "../src/store/db.ts";
import { browserSkip, startWebApp } from "../test/helpers/browser.ts";
import { makeUsers } from "../test/helpers/session.ts";

const out = process.argv[2] ?? new URL("../docs/screenshots/", import.meta.url).pathname;
const missing = browserSkip("screenshots");
if (missing) {
  console.error(`screenshots: ${missing}`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const store = await openStore({ dataDir: "memory://" });
const options = resolveOptions();
await loadDemoIfEmpty(store, SYSTEM_SCOPE, options);
await makeUsers(store);
const plan = await store.db
  .selectFrom("documents")
  .select("id")
  .where("kind", "=", "plan")
  .orderBy("measures_count", "desc")
  .executeTakeFirstOrThrow();
// deadlines laid into a period from this year, as a coordinator would (a 2018 plan is not all overdue)
const year = new Date().getFullYear();
const ledger = await createLedger(store, SYSTEM_SCOPE, {
  documentId: plan.id,
  period: { start: `${year}-01-01`, end: `${year + 3}-12-31` },
});

const web = await startWebApp({ store, options, out: "screenshots" });
const { page, base } = web;
await page.setViewportSize({ width: 1280, height: 800 });
const shot = async (name: string) => {
  await page.waitForTimeout(400); // charts and popovers settle
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(join(out, `${name}.png`));
};

try {
  await web.signIn("coord1");

  await page.goto(`${base}/documents`);
  await page.getByText("共 5 个文档").waitFor();
  await shot("library");

  await page.getByText("长沙市2023年法治政府建设情况报告").first().click();
  const fact = page.locator(".fact", { hasText: "97.1%" });
  await fact.scrollIntoViewIfNeeded();
  await fact.click();
  await page.locator(".fact-card").waitFor();
  await shot("document");

  // a rate and a count: two charts, each on its own axis with its unit
  await page.goto(`${base}/compare`);
  await page.locator(".compare-chart canvas").first().waitFor();
  const pick = page.getByLabel("指标");
  await pick.click();
  await pick.fill("行政复议案件");
  await page.locator(".ant-select-item-option").first().click();
  await page.keyboard.press("Escape");
  await page.locator(".compare-chart").nth(1).locator("canvas").waitFor();
  await shot("compare");
  await page.getByText("折线图").click();
  await shot("compare-line");

  await page.goto(`${base}/ledger/${plan.id}`);
  await page
    .getByText(/按领域/)
    .first()
    .waitFor();
  await shot("ledger");

  await page.goto(`${base}/tasks/${ledger.id}`);
  await page.locator(".completion-rate").waitFor();
  await page.locator(".chart canvas").first().waitFor();
  await shot("tasks");

  // the drawer's dialogs: 延期 with its reason and date, in place of the browser's prompt
  await page.locator(".task-table .ant-table-row").first().locator("td").nth(2).click();
  await page.locator(".task-drawer .measure-text").waitFor();
  await page.locator(".task-drawer").getByRole("button", { name: "延期" }).click();
  await page.locator(".action-modal textarea").waitFor();
  await shot("task-dialog");
  await page
    .locator(".action-modal")
    .getByRole("button", { name: /取\s*消/ })
    .click();
  await page.locator(".task-drawer .ant-drawer-close").click();

  // 催办 a unit from 按单位; the unit's bell shows the message
  await page.getByRole("tab", { name: "按单位" }).click();
  await page
    .locator(".unit-table .ant-table-row", { has: page.locator(".unit-drill", { hasText: /^市司法局$/ }) })
    .locator(".ant-checkbox-input")
    .check();
  await page.getByRole("button", { name: /催办所选单位/ }).click();
  await page.locator(".action-modal textarea").fill("请于本周五前报送第一季度工作进展。");
  await page.locator(".action-modal").getByRole("button", { name: "催办" }).click();
  await page.locator(".batch-summary").getByRole("button").last().click();
  const unitPage = await web.pageOf("unit-sfj");
  await unitPage.setViewportSize({ width: 1280, height: 800 });
  await unitPage.goto(`${base}/tasks/${ledger.id}`);
  await unitPage.locator(".ant-badge-count").waitFor();
  await unitPage.locator(".notification-bell").click();
  await unitPage
    .locator(".notification-list")
    .getByText(/第一季度工作进展/)
    .waitFor();
  await unitPage.waitForTimeout(400);
  await unitPage.screenshot({ path: join(out, "notifications.png") });
  console.log(join(out, "notifications.png"));

  // the admin: units of the ledger without an account, accounts bound to registry units
  await web.signOut();
  await web.signIn("admin1");
  await page.goto(`${base}/admin`);
  await page.getByRole("tab", { name: /无账号的单位/ }).click();
  await page.locator(".missing-units .ant-table-row").first().waitFor();
  await shot("admin");
} finally {
  await web.close();
}
