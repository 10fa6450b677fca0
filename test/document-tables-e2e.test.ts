// Statistics tables in the document view, in real Chromium: an HTML report's table is drawn as a
// table (header row, one row per table row, a cell per column), its numbers highlighted and
// clickable as anywhere else, and printed with its rules. Screenshots go to test-output/document-tables/.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, afterEach, before, describe, test } from "node:test";
import { openStore } from "../src/store/db.ts";
import { browserSkip, checkSurely, settled, startWebApp, type WebApp } from "./helpers/browser.ts";
import { type DocxCell, htmlTablePage } from "./helpers/fixtures.ts";
import { makeUsers } from "./helpers/session.ts";

const skip = browserSkip("document tables");

const TITLE = "某区2023年法治政府建设情况报告";
const ROWS: DocxCell[][] = [
  ["项目", "2022年", "2023年"],
  [{ text: "一、行政复议", span: 3 }],
  ["行政复议案件受理数", "108", "125"],
  ["行政复议案件办结数", "98", "118"],
  ["行政复议决定纠错数", "12", "15"],
  [{ text: "二、行政应诉", span: 3 }],
  ["行政应诉案件数", "46", "52"],
  ["行政机关负责人出庭应诉率(%)", "95.2", "100"],
];
/** A row's cells as drawn: a spanning one's text. */
const texts = (row: DocxCell[]) => row.map((c) => (typeof c === "string" ? c : c.text));
const PAGE = htmlTablePage(
  TITLE,
  ["一、主要举措和成效", "2023年，我区坚持依法行政，行政复议和行政应诉工作稳步推进，案件办理情况见下表。"],
  ["表1 行政复议和行政应诉案件办理情况", "单位：件"],
  ROWS,
  [
    "全年行政复议案件办结率94.4%，较上年提高3.7个百分点。",
    "二、存在的不足和原因",
    "个别部门依法行政意识有待进一步提高。",
    "三、下一年度工作安排",
    "继续深入推进法治政府建设。",
  ],
);

// an internal code (indicator id, rule id): never on screen
const CODE = /[a-z]+[.:][a-z-]+/;

describe("statistics tables in the document view, in Chromium", { skip, timeout: 300_000 }, () => {
  let web: WebApp;
  let url = "";
  const dir = join(tmpdir(), `fazhi-tables-e2e-${process.pid}`);
  const file = join(dir, "某区报告.html");

  before(async () => {
    const store = await openStore({ dataDir: "memory://" });
    await makeUsers(store);
    // the 2023 report season runs in March 2024
    const now = new Date("2024-03-10T02:00:00Z");
    web = await startWebApp({ store, out: "document-tables", config: { now: () => now } });
  });
  afterEach((t) => web?.explainFailure(t));
  after(() => web?.close());

  test("an uploaded report's table is a table, its numbers facts", async () => {
    const { page, base } = web;
    await web.signIn("coord1");
    await page.goto(`${base}/documents`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, PAGE);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.locator(".upload-status", { hasText: "已导入" }).waitFor();
    await web.dismissToasts();
    await page.getByText(TITLE).first().click();
    const table = page.locator(".doc-text table.text-table");
    await table.waitFor();
    url = page.url();
    assert.equal(await table.count(), 1, "one table");
    assert.equal(await table.locator("tr").count(), ROWS.length, "a row per row");
    assert.deepEqual(await table.locator("thead th").allInnerTexts(), texts(ROWS[0]), "the header row");
    for (const [i, row] of ROWS.slice(1).entries()) {
      const cells = table.locator("tbody tr").nth(i).locator("td");
      assert.deepEqual(await cells.allInnerTexts(), texts(row), `row ${i + 1}`);
    }
    assert.equal(await table.locator('td[colspan="3"]').count(), 2, "a category row spans the table");
    // every number in the table is a fact, highlighted in its cell
    const numbers = await table
      .locator("tbody td")
      .evaluateAll((els) =>
        els.filter((e) => /^\d/.test(e.textContent ?? "")).map((e) => e.querySelector(".fact") !== null),
      );
    assert.equal(numbers.length, 10);
    assert.ok(numbers.every(Boolean), `facts: ${numbers.join(",")}`);
    // the prose around it is drawn as before, outside the table
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what is checked
    const prose = await page.locator(".doc-text").innerText();
    assert.match(prose, /单位：件/);
    assert.match(prose, /二、存在的不足和原因/);
    assert.equal(await table.getByText("单位：件").count(), 0, "the unit line is not a row");
    // columns line up: the numbers of a column share their right edge
    const rights = await table
      .locator("tbody tr td:nth-child(3)")
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().right)));
    assert.equal(new Set(rights).size, 1, `the last column's cells end at ${rights.join(", ")}`);
    const border = await table
      .locator("td")
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopStyle);
    assert.equal(border, "solid", "the cells are ruled");

    await page.locator(".doc-text").screenshot({ path: `${web.out}00-table.png` });

    // a number in a cell is highlighted, and clicking it shows its fact
    const fact = table.locator("td .fact", { hasText: "125" });
    assert.equal(await fact.count(), 1);
    assert.equal(
      await fact.evaluate((el) => getComputedStyle(el).backgroundColor),
      "rgb(255, 245, 102)",
      "highlighted as every fact",
    );
    await fact.click();
    const card = page.locator(".fact-card");
    await settled(card); // the popover has finished appearing, for the screenshot
    const cardText = (await card.textContent()) ?? "";
    assert.match(cardText, /125/);
    assert.match(cardText, /件/);
    assert.match(cardText, /行政复议案件受理数/, "the row's label names it");
    assert.match(cardText, /第 \d+ 行（第 \d+ 段）/);
    assert.doesNotMatch(cardText, CODE);
    assert.equal(await fact.evaluate((el) => getComputedStyle(el).outlineStyle), "solid", "marked");
    await web.shot("01-table-fact");
  });

  test("a span opened from elsewhere (出处) is marked in its cell", async () => {
    const { page } = web;
    const start = Number(
      await page.locator(".doc-text td .fact", { hasText: "118" }).getAttribute("data-start"),
    );
    await page.goto(`${url}?at=${start}-${start + 3}`);
    const marked = page.locator(`.doc-text td .fact[data-start="${start}"]`);
    await marked.waitFor();
    await page.waitForFunction(
      (s) =>
        getComputedStyle(document.querySelector(`[data-start="${s}"]`) as Element).outlineStyle === "solid",
      start,
    );
    assert.equal(await marked.textContent(), "118");
    assert.ok(await marked.isVisible());
  });

  test("the table prints with black rules and its header", async () => {
    const { page } = web;
    await web.printed(async () => {
      const table = page.locator(".doc-text table.text-table");
      assert.ok(await table.isVisible());
      const color = await table
        .locator("td")
        .first()
        .evaluate((el) => getComputedStyle(el).borderTopColor);
      assert.equal(color, "rgb(0, 0, 0)");
      assert.equal(await table.locator("tr").count(), ROWS.length);
      await page.screenshot({ path: `${web.out}02-print.png`, fullPage: true });
    });
  });

  test("the review of a submitted report draws the table too, a comment marked in its cell", async () => {
    const { page, base } = web;
    const row = page.locator(".season-units tr", { hasText: "市司法局" });
    const click = (name: string) => page.getByRole("button", { name }).click();
    // the coordinator opens the 2023 season, the unit submits the report, the coordinator reviews it
    await page.goto(`${base}/season`);
    await click("开启报告季");
    const dialog = page.locator(".ant-modal");
    await settled(dialog.getByLabel("报告年度"));
    await dialog.getByLabel("报告年度").fill("2023");
    await checkSurely(dialog.getByLabel("市司法局"));
    await dialog.getByRole("button", { name: "开启" }).click();
    // the 2023 season's default deadlines are past: opening it is confirmed
    const confirm = page.locator(".past-deadline-confirm");
    await settled(confirm.getByRole("button", { name: "仍然开启" }));
    await confirm.getByRole("button", { name: "仍然开启" }).click();
    await web.toast("报告季已开启");
    const as = async (user: string) => {
      await web.signOut();
      await web.signIn(user);
      await page.goto(`${base}/season`);
    };
    await as("unit-sfj");
    await page.locator('.submit-panel input[type="file"]').setInputFiles(file);
    await click("自动审查");
    await page.locator(".draft-review").waitFor();
    await click("提交报告");
    await web.toast("已报送");
    await as("coord1");
    await row.getByRole("button", { name: "查看报告" }).click();
    const drawer = page.locator(".ant-drawer");
    const table = drawer.locator(".annotated-text table.text-table");
    await table.waitFor();
    assert.equal(await table.locator("tr").count(), ROWS.length);
    assert.deepEqual(await table.locator("thead th").allInnerTexts(), texts(ROWS[0]));
    assert.deepEqual(await table.locator("tbody tr").first().locator("td").allInnerTexts(), texts(ROWS[1]));
    await drawer.getByLabel("引用原文").fill("行政复议决定纠错数");
    await drawer.getByLabel("批注意见").fill("请说明纠错原因");
    await drawer.getByRole("button", { name: "添加批注" }).click();
    await table.locator("td .comment-mark", { hasText: "行政复议决定纠错数" }).waitFor();
    await table.scrollIntoViewIfNeeded();
    await web.shot("03-review");
  });
});
