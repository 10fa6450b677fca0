// End to end in real Chromium: the web application served with the embedded database and
// the demo documents. Screenshots go to test-output/e2e/.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { loadDemoIfEmpty } from "../src/commands/documents/demo.ts";
import { WEB_DIR } from "../src/server/services/web.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { haveChromium, launch } from "./helpers/browser.ts";
import { REPORT_TEXT } from "./helpers/fixtures.ts";
import { makeUsers, PASSWORD } from "./helpers/session.ts";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";

const OUT = new URL("../test-output/e2e/", import.meta.url).pathname;
const ready = haveChromium() && existsSync(`${WEB_DIR}index.html`);
const skip = ready ? false : "needs /usr/bin/chromium and a built web client (npm run build:web)";
if (!ready && process.env.CI) throw new Error(`e2e: ${skip}`);

// an internal code (indicator id, rule id, audit action): never on screen
const CODE = /[a-z]+[.:][a-z-]+/;

describe("web application in Chromium", { skip, timeout: 480_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base = "";
  const shot = (name: string) => page.screenshot({ path: `${OUT}${name}.png`, fullPage: false });

  before(async () => {
    mkdirSync(OUT, { recursive: true });
    store = await openStore({ dataDir: "memory://" });
    const options = resolveOptions({ limits: { maxBytes: 5 * 1024 * 1024 } });
    await loadDemoIfEmpty(store, SYSTEM_SCOPE, options);
    await makeUsers(store);
    app = await buildApp({ store, options, webDir: WEB_DIR });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    // CI runs the fuzz suite beside this one on two cores: allow for a slow machine
    page.setDefaultTimeout(60_000);
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  const dismissToasts = () =>
    page.evaluate(() => {
      for (const n of document.querySelectorAll(".ant-message-notice")) n.remove();
    });

  test("the library lists the demo documents", async () => {
    await page.goto(`${base}/documents`);
    await page.getByText("共 5 个文档").waitFor();
    assert.ok(await page.getByText("长沙市2023年法治政府建设情况报告").first().isVisible());
    await shot("01-library");
  });

  const signIn = async (username: string) => {
    await page.goto(`${base}/login`);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).last().click();
    await page.locator(".current-user").waitFor();
  };
  const signOut = async () => {
    await page.getByRole("button", { name: "退出" }).click();
    await page.getByRole("button", { name: "登录" }).waitFor();
  };

  test("upload a document, and a bad one gets a clear message", async () => {
    await signIn("coord1");
    await page.goto(`${base}/documents`);
    const dir = join(tmpdir(), `fazhi-e2e-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const good = join(dir, "清镇市报告.txt");
    const bad = join(dir, "program.txt");
    writeFileSync(good, REPORT_TEXT.replace("清镇市2022年", "清镇市2021年"));
    writeFileSync(bad, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
    await page.locator('input[type="file"]').setInputFiles([good, bad]);
    await page.locator(".upload-status", { hasText: "已导入" }).waitFor();
    await page.locator(".upload-status", { hasText: "不是文本文件" }).waitFor();
    await page.getByText("共 6 个文档").waitFor();
    await shot("02-upload");
  });

  test("open a document, click a fact and see its span and value", async () => {
    await dismissToasts();
    await page.getByText("长沙市2023年法治政府建设情况报告").first().click();
    await page.locator(".fact").first().waitFor();
    const fact = page.locator(".fact", { hasText: "97.1%" });
    await fact.scrollIntoViewIfNeeded();
    await fact.click();
    const card = page.locator(".fact-card");
    await card.waitFor();
    await page.waitForTimeout(400); // let the popover finish appearing before the screenshot
    const cardText = (await card.textContent()) ?? "";
    assert.match(cardText, /97\.1/);
    assert.match(cardText, /调解成功率/, "the indicator's name, not its id");
    assert.match(cardText, /第 \d+ 行（第 \d+ 段）/, "the place as line and paragraph");
    assert.doesNotMatch(cardText, /字符/);
    assert.doesNotMatch(cardText, CODE);
    // a heading's bold ends with the heading: no bold piece runs over a line break
    const bold = await page
      .locator(".doc-text span")
      .evaluateAll((els) =>
        els.filter((e) => Number(getComputedStyle(e).fontWeight) >= 600).map((e) => e.textContent ?? ""),
      );
    assert.ok(bold.length > 0, "headings are bold");
    for (const b of bold) assert.ok(!b.trim().includes("\n"), `bold runs past a heading: ${b.slice(0, 60)}`);
    // around the text (which is the document's own), no code reaches the screen
    const chrome = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      for (const t of clone.querySelectorAll(".doc-text")) t.remove();
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what is checked
      return clone.innerText;
    });
    assert.doesNotMatch(chrome.replace(/「[^」]*」|\S+\.(txt|pdf|docx?|html?)/g, ""), CODE);
    const outline = await fact.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(outline, "solid", "the fact's span is marked");
    // the spam inserted into this page is greyed and struck through
    assert.ok((await page.locator('[data-noise="spam"]').count()) >= 5);
    await shot("03-fact");
    // a finding jumps to its span
    await page.locator(".finding", { hasText: "比率与分项不符" }).click();
    await page.waitForTimeout(300);
    await shot("04-finding");
  });

  test("the audit log reads as sentences, without codes", async () => {
    await signOut();
    await signIn("admin1");
    await page.goto(`${base}/admin`);
    await page.getByRole("tab", { name: "审计日志" }).click();
    await page.getByText("admin1 登录了系统").first().waitFor();
    const panel = page.getByRole("tabpanel").filter({ hasText: "登录了系统" });
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what is checked
    const text = await panel.innerText();
    assert.match(text, /coord1 上传了文档「清镇市报告\.txt」/);
    assert.doesNotMatch(text.replace(/「[^」]*」/g, ""), CODE);
    assert.doesNotMatch(text, /login|create|\{"/);
    await shot("04b-audit");
    await signOut();
    await signIn("coord1"); // the ledger tests below act as the office
  });

  test("search for 行政复议 shows highlighted hits", async () => {
    await page.goto(`${base}/documents`);
    const box = page.getByPlaceholder("全文检索,如:行政复议");
    await box.fill("行政复议");
    await box.press("Enter");
    await page.locator(".snippet mark").first().waitFor();
    const marks = await page.locator(".snippet mark").allInnerTexts();
    assert.ok(marks.length > 0 && marks.every((m) => m === "行政复议" || m === "行政復議"));
    await shot("05-search");
  });

  test("the comparison chart draws", async () => {
    await page.goto(`${base}/compare`);
    await page.locator(".chart canvas").first().waitFor();
    await page.waitForTimeout(300);
    const rows = await page.locator(".ant-table-row").count();
    assert.ok(rows >= 2, `rows ${rows}`);
    await shot("06-compare");
    // no indicator id in the chart's legend or the table
    const tableText = await page.locator(".ant-table").first().textContent();
    assert.doesNotMatch(tableText ?? "", CODE);
    // 出处 opens the document at the number, highlighted
    const source = page.locator(".fact-source").first();
    const quote = (await source.textContent()) ?? "";
    await source.click();
    const marked = page.locator(".fact", { hasText: quote.match(/[\d.,]+%?/)?.[0] ?? quote }).filter({
      has: page.locator("xpath=self::*[contains(@style, 'outline')]"),
    });
    await marked.first().waitFor();
    assert.ok(await marked.first().isVisible(), "the number is in view and marked");
    await page.goBack();
  });

  test("a plan's ledger by area and by unit", async () => {
    await page.goto(`${base}/ledger`);
    await page.getByText("按领域(121 项措施)").waitFor();
    await shot("07-ledger");
    await page.getByText(/按单位/).click();
    await page.getByRole("columnheader", { name: "规范名称" }).waitFor();
    await page
      .getByRole("cell", { name: "市政府办公厅", exact: true })
      .filter({ visible: true })
      .first()
      .waitFor();
    await shot("08-ledger-units");
  });
  test("supervision: a ledger from seed 001, a unit reports with evidence, the office accepts, the rate rises", async () => {
    await page.goto(`${base}/ledger`);
    await page.getByText("按领域(121 项措施)").waitFor();
    await page.getByRole("button", { name: "生成督办台账" }).click();
    await page.locator(".completion-rate").waitFor();
    const rateText = async () =>
      (await page.locator(".completion-rate .ant-statistic-content-value").textContent()) ?? "";
    assert.equal(Number.parseFloat(await rateText()), 0);
    const ledgerUrl = page.url();
    await signOut();

    await signIn("unit-sfj");
    await page.goto(ledgerUrl);
    await page.getByRole("tab", { name: "我的任务" }).waitFor();
    await page.locator(".ant-table-row").first().click();
    const drawer = page.getByRole("dialog");
    await drawer.getByPlaceholder("本阶段完成的工作").fill("已制定年度学法计划并组织专题讲座两次");
    await drawer.locator(".ant-input-number input").fill("90");
    const evidence = join(tmpdir(), `fazhi-e2e-${process.pid}-证明材料.pdf`);
    writeFileSync(evidence, "%PDF-1.4\n% evidence\n%%EOF\n");
    await drawer.locator('.progress-form input[type="file"]').setInputFiles(evidence);
    await drawer.getByRole("button", { name: "报送进展" }).click();
    await drawer.locator('a[href^="/api/attachments/"]').first().waitFor();
    await drawer.getByRole("button", { name: "申请办结" }).click();
    await drawer.locator(".task-status", { hasText: "待审核" }).waitFor();
    await shot("09-unit-progress");
    await page.keyboard.press("Escape");
    await signOut();

    await signIn("coord1");
    await page.goto(ledgerUrl);
    await page.locator(".completion-rate").waitFor();
    // closure requests to review come first in the list
    await page.locator(".ant-table-row", { hasText: "待审核" }).first().click();
    // approval takes a comment, in its own dialog
    await page.locator(".task-drawer").getByRole("button", { name: "通过办结" }).click();
    await page.locator(".action-modal textarea").fill("材料齐全,同意办结");
    await page.locator(".action-modal").getByRole("button", { name: "通过办结" }).click();
    await page.locator(".task-drawer .task-status", { hasText: "已办结" }).waitFor();
    await page.keyboard.press("Escape");
    await page.waitForFunction(
      () =>
        Number.parseFloat(
          document.querySelector(".completion-rate .ant-statistic-content-value")?.textContent ?? "0",
        ) > 0,
    );
    assert.ok(Number.parseFloat(await rateText()) > 0);
    await page.locator(".chart canvas").first().waitFor();
    await page.waitForTimeout(300);
    await shot("10-overview");
  });
});
