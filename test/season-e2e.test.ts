// The report season in real Chromium: the coordinator opens a season; two units check and
// submit; one is returned with a comment on a passage and resubmits; both are accepted; one
// publishes on time and one late (local pages); the rates show 100% reported and 50%
// published on time; the coordinator downloads the review opinion and the report draft, and
// both .docx files are opened and read; the public page lists both reports.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, afterEach, before, describe, test } from "node:test";
import type { Locator, Page } from "playwright-core";
import { openStore } from "../src/store/db.ts";
import {
  browserSkip,
  checkSurely,
  closeLayer,
  settled,
  startWebApp,
  type WebApp,
} from "./helpers/browser.ts";
import { articlePage, docxText, FGW, LAST_YEAR, pageServer, SFJ_V1, SFJ_V2 } from "./helpers/season.ts";
import { makeUsers } from "./helpers/session.ts";

const skip = browserSkip("season e2e");

describe("report season in Chromium", { skip, timeout: 600_000 }, () => {
  let web: WebApp;
  let page: Page;
  let pages: { server: Server; base: string; pages: Map<string, string> };
  let base = "";
  const dir = join(tmpdir(), `fazhi-season-e2e-${process.pid}`);
  const now = new Date("2024-03-10T02:00:00Z");
  const shot = (name: string) => web.shot(name);

  before(async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "长治市2023年法治政府建设报告.txt"), SFJ_V1);
    writeFileSync(join(dir, "长治市2023年法治政府建设报告(修改稿).txt"), SFJ_V2);
    writeFileSync(join(dir, "太原市2023年法治政府建设年度报告.txt"), FGW);
    writeFileSync(join(dir, "清镇市2022年法治政府建设年度报告.txt"), LAST_YEAR);
    process.env.FAZHI_FETCH_ALLOW = "127.0.0.1";
    pages = await pageServer();
    pages.pages.set("/sfj.html", articlePage(SFJ_V2, "2024-03-28"));
    pages.pages.set("/fgw.html", articlePage(FGW, "2024-04-15"));
    const store = await openStore({ dataDir: "memory://" });
    await makeUsers(store);
    web = await startWebApp({ store, out: "season-e2e", config: { now: () => now }, fullPage: true });
    ({ page, base } = web);
  });
  afterEach((t) => web?.explainFailure(t));
  after(async () => {
    await web?.close();
    pages?.server.close();
  });

  const signIn = async (username: string) => {
    await web.signIn(username);
    await page.goto(`${base}/season`);
  };
  const signOut = () => web.signOut();
  const row = (unit: string) => page.locator(".season-units tr", { hasText: unit });
  // wait for the message, then clear messages so the next wait sees only its own
  const toast = (text: string) => web.toast(text);
  // an acceptance is final: the coordinator confirms it, told so and of the publication deadline
  const accept = async (drawer: Locator) => {
    await drawer.getByRole("button", { name: "审核通过" }).click();
    const confirm = page.locator(".ant-modal-confirm");
    assert.match((await confirm.textContent()) ?? "", /通过后不能再退回.*须在 2024-04-01 前公开报告/);
    await shot("03-accept-confirm");
    await confirm.getByRole("button", { name: "审核通过" }).click();
    await toast("已通过");
  };
  const download = async (click: () => Promise<void>) => {
    const [file] = await Promise.all([page.waitForEvent("download"), click()]);
    return new Uint8Array(readFileSync((await file.path()) as string));
  };
  const submitFile = async (name: string, check?: () => Promise<void>) => {
    await page.locator('.submit-panel input[type="file"]').setInputFiles(join(dir, name));
    await page.getByRole("button", { name: "自动审查" }).click();
    await page.locator(".draft-review").waitFor();
    await check?.();
    await shot(`check-${name.slice(0, 6)}`);
    await page.getByRole("button", { name: "提交报告" }).click();
    await toast("已报送");
  };

  test("the coordinator opens the 2023 season with both units", async () => {
    await signIn("coord1");
    await page.getByRole("button", { name: "开启报告季" }).click();
    const dialog = page.locator(".ant-modal");
    await settled(dialog.getByLabel("报告年度"));
    await dialog.getByLabel("报告年度").fill("2023");
    await checkSurely(dialog.getByLabel("市司法局"));
    await checkSurely(dialog.getByLabel("市发展和改革委员会"));
    // the browser's today is after 2024-04-01: the default deadlines are past, and it says so
    await dialog.getByText("报送截止日期 2024-03-31 已过，各单位一开启即为逾期").waitFor();
    await dialog.getByText("公开截止日期 2024-04-01 已过").waitFor();
    await shot("01-past-deadlines");
    await dialog.getByRole("button", { name: "开启" }).click();
    const confirm = page.locator(".past-deadline-confirm");
    await settled(confirm.getByRole("button", { name: "仍然开启" }));
    assert.match((await confirm.textContent()) ?? "", /截止日期已过.*2024-03-31 已过/);
    await confirm.getByRole("button", { name: "仍然开启" }).click();
    await toast("报告季已开启");
    await row("市司法局").getByText("未提交", { exact: true }).waitFor();
    await row("市发展和改革委员会").getByText("未提交", { exact: true }).waitFor();
    assert.equal(await page.locator(".season-scene").getByLabel("报送截止日期").inputValue(), "2024-03-31");
    await shot("01-season");
    await signOut();
  });

  test("at 1024 px the unit's submit panel keeps its buttons on one line; the header names the unit as the register does", async () => {
    await signIn("unit-fgw");
    await page.setViewportSize({ width: 1024, height: 800 });
    try {
      const panel = page.locator(".submit-panel");
      const submit = panel.getByRole("button", { name: "提交报告" });
      await submit.waitFor();
      await shot("00-unit-1024");
      const chooseBox = await panel.getByRole("button", { name: /选择报告文件/ }).boundingBox();
      const submitBox = await submit.boundingBox();
      assert.ok(chooseBox && submitBox);
      assert.ok(
        Math.abs(submitBox.y - chooseBox.y) < 8,
        `提交报告 wrapped: ${submitBox.y} vs ${chooseBox.y}`,
      );
      const header = (await page.locator(".current-user").textContent()) ?? "";
      assert.match(header, /市发展和改革委员会/);
      assert.doesNotMatch(header, /市发改委/);
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
      await signOut();
    }
  });

  test("two units check their drafts and submit", async () => {
    await signIn("unit-sfj");
    await submitFile("长治市2023年法治政府建设报告.txt", async () => {
      // what the count is made of, and where each finding with a place is in the unit's file
      const heading = (await page.locator(".submit-panel h4").textContent()) ?? "";
      assert.match(heading, /\d+ 项须修改：.*缺少 1 项必备内容/);
      const placed = page.locator(".review-finding", { has: page.locator(".finding-context mark") });
      assert.ok((await placed.count()) > 0, "findings quote their place");
      assert.match((await placed.first().locator(".finding-context").textContent()) ?? "", /^原文：/);
    });
    await row("市司法局").getByText("已提交", { exact: true }).waitFor();
    assert.equal(await page.locator(".season-units tbody tr").count(), 1, "a unit sees only its own row");
    await signOut();
    await signIn("unit-fgw");
    // last year's report by mistake: the check finds an 错误, and submitting asks first, with
    // the count (the draft had not been checked: 提交报告 checks it, and shows the findings)
    await page
      .locator('.submit-panel input[type="file"]')
      .setInputFiles(join(dir, "清镇市2022年法治政府建设年度报告.txt"));
    await page.getByRole("button", { name: "提交报告" }).click();
    const confirm = page.locator(".submit-errors-confirm");
    await settled(confirm.getByRole("button", { name: "返回修改" }));
    assert.match((await confirm.textContent()) ?? "", /自动审查发现 [1-9]\d* 个错误/);
    await page.locator(".draft-review").getByText("错误").first().waitFor();
    await shot("submit-with-errors");
    await confirm.getByRole("button", { name: "返回修改" }).click();
    await confirm.waitFor({ state: "hidden" });
    await row("市发展和改革委员会").getByText("未提交", { exact: true }).waitFor();
    // a draft with warnings only goes at once
    await page
      .locator('.submit-panel input[type="file"]')
      .setInputFiles(join(dir, "太原市2023年法治政府建设年度报告.txt"));
    await page.getByRole("button", { name: "自动审查" }).click();
    await page.locator(".part-tag", { hasText: "已包含：存在的不足和原因" }).waitFor();
    await page.getByRole("button", { name: "提交报告" }).click();
    await toast("已报送");
    await row("市发展和改革委员会").getByText("已提交", { exact: true }).waitFor();
    await signOut();
  });

  test("the coordinator comments on a passage and returns one report", async () => {
    await signIn("coord1");
    await row("市司法局").getByRole("button", { name: "查看报告" }).click();
    const drawer = page.locator(".ant-drawer");
    await drawer.locator(".annotated-text").waitFor();
    await drawer.getByLabel("引用原文").fill("扎實推進依法行政各項工作");
    await drawer.getByLabel("批注意见").fill("请补充具体数据");
    await drawer.getByRole("button", { name: "添加批注" }).click();
    await drawer.locator(".comment-mark", { hasText: "扎實推進依法行政各項工作" }).waitFor();
    await drawer.getByLabel("退回理由").fill("缺少存在的不足和原因");
    await drawer.getByRole("button", { name: "退回" }).click();
    await toast("已退回");
    await shot("02-returned");
    await closeLayer(drawer);
    await row("市司法局").getByText("已退回", { exact: true }).waitFor();
    await signOut();
  });

  test("the unit sees the comment and resubmits", async () => {
    await signIn("unit-sfj");
    await page
      .locator(".season-reminders", { hasText: "已退回：缺少存在的不足和原因。请按批注修改" })
      .waitFor();
    await row("市司法局").getByRole("button", { name: "查看报告" }).click();
    const drawer = page.locator(".ant-drawer");
    await drawer.locator(".comment-item", { hasText: "请补充具体数据" }).waitFor();
    await drawer.locator(".return-reason", { hasText: "缺少存在的不足和原因" }).waitFor();
    await closeLayer(drawer);
    await submitFile("长治市2023年法治政府建设报告(修改稿).txt");
    await row("市司法局").getByText("第 2 版").waitFor();
    await signOut();
  });

  test("the coordinator sees the diff and accepts both", async () => {
    await signIn("coord1");
    await row("市司法局").getByRole("button", { name: "查看报告" }).click();
    const drawer = page.locator(".ant-drawer");
    // version 1's comment comes with version 2: marked as of version 1, its passage unchanged
    await drawer.getByRole("tab", { name: "正文与批注（0，此前版本 1）" }).waitFor();
    const earlier = drawer.locator(".earlier-comment", { hasText: "请补充具体数据" });
    await earlier.getByText("第 1 版批注").waitFor();
    await earlier.locator(".earlier-state", { hasText: "原文未改动" }).waitFor();
    for (const width of [1024, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      await earlier.scrollIntoViewIfNeeded();
      await shot(`03-earlier-comments-${width}`);
    }
    await drawer.getByRole("tab", { name: "与上一版比较" }).click();
    await drawer.locator(".diff-added", { hasText: "二、存在的不足和原因" }).waitFor();
    await shot("03-diff");
    await accept(drawer);
    await closeLayer(drawer);
    await row("市发展和改革委员会").getByRole("button", { name: "查看报告" }).click();
    await accept(drawer);
    await closeLayer(drawer);
    await row("市司法局").getByText("已通过", { exact: true }).waitFor();
    await row("市发展和改革委员会").getByText("已通过", { exact: true }).waitFor();
    await signOut();
  });

  test("one unit publishes on time, the other late", async () => {
    for (const [user, path] of [
      ["unit-sfj", "/sfj.html"],
      ["unit-fgw", "/fgw.html"],
    ]) {
      await signIn(user);
      await page.locator(".publication-form input").fill(`${pages.base}${path}`);
      await page.getByRole("button", { name: "登记并核对" }).click();
      await toast("已登记并核对");
      await signOut();
    }
  });

  test("the rates show 100% reported and 50% published on time, with the units behind them", async () => {
    await signIn("coord1");
    await row("市司法局").getByText("按时公开", { exact: true }).waitFor();
    await row("市发展和改革委员会").getByText("逾期公开", { exact: true }).waitFor();
    assert.match((await page.locator(".rate-timely").textContent()) ?? "", /100%\s*2\/2/);
    assert.match((await page.locator(".rate-published").textContent()) ?? "", /50%\s*1\/2/);
    await page.locator(".rate-published").click();
    const list = page.locator(".rate-list");
    await list
      .locator("tr", { hasText: "市发展和改革委员会" })
      .getByText("未计入", { exact: true })
      .waitFor();
    await list.locator("tr", { hasText: "市司法局" }).getByText("计入", { exact: true }).waitFor();
    await shot("04-rates");
  });

  test("the review opinion and the report draft download as Word documents that read right", async () => {
    // the rate's list (a popover) closes as it opened, by a click on the rate
    await page.locator(".rate-published").click();
    await page.locator(".rate-list").waitFor({ state: "hidden" });
    await row("市司法局").getByRole("button", { name: "查看报告" }).click();
    const drawer = page.locator(".ant-drawer");
    await drawer.locator(".version-select").click();
    await page.locator(".ant-select-item-option", { hasText: "第 1 版" }).click();
    await drawer.locator(".return-reason").waitFor();
    const opinion = await docxText(await download(() => drawer.locator(".opinion-download").click()));
    assert.match(opinion, /市司法局2023年度法治政府建设年度报告审查意见书/);
    assert.match(opinion, /存在的不足和原因\s*缺失/);
    assert.match(opinion, /原文：“扎實推進依法行政各項工作”/);
    assert.match(opinion, /意见：请补充具体数据/);
    assert.match(opinion, /退回修改。理由：缺少存在的不足和原因/);
    assert.match(opinion, /2024年3月10日/);
    await closeLayer(drawer);

    const draft = await docxText(await download(() => page.locator(".report-draft-download").click()));
    for (const part of [
      "一、2023年度推进法治政府建设的主要举措和成效",
      "二、存在的不足和原因",
      "三、党政主要负责人履行推进法治建设第一责任人职责情况",
      "四、2024年度推进法治政府建设的主要安排",
      "五、其他需要报告的事项",
    ])
      assert.ok(draft.includes(part), part);
    assert.match(draft, /及时报告率100%/);
    assert.match(draft, /向社会公布率50%/);
    assert.match(draft, /市发展和改革委员会《太原市2023年法治政府建设年度报告》：\d/);
    assert.match(draft, /行政复议/);
  });

  test("the review opinion prints without the site's chrome", async () => {
    const id = await page.evaluate(async () => {
      const seasons = await (await fetch("/api/seasons")).json();
      const board = await (await fetch(`/api/seasons/${seasons.items[0].id}/dashboard`)).json();
      return board.units.find((u: { unitName: string }) => u.unitName === "市司法局").latest.id as number;
    });
    await page.goto(`${base}/season/opinion/${id}`);
    await page.locator(".opinion-print h1").waitFor();
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".ant-layout-header").isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "打印" }).isVisible(), false);
    const printed = (await page.locator(".opinion-print").textContent()) ?? "";
    assert.match(printed, /审核通过/);
    // the earlier version's comments, labelled as the review screen labels them
    assert.match(printed, /此前版本的批注/);
    assert.match(
      printed,
      /第 1 版批注（原文(未改动|已修改)）原文：“扎實推進依法行政各項工作”意见：请补充具体数据/,
    );
    await shot("05-opinion-print");
    await page.emulateMedia({ media: "screen" });
    await page.goto(`${base}/season`);
    await signOut();
  });

  test("anonymous visitors see both published reports with the check's result", async () => {
    await page.goto(`${base}/public`);
    await page
      .locator(".public-reports tr", { hasText: "市司法局" })
      .getByText("按时公开", { exact: true })
      .waitFor();
    await page
      .locator(".public-reports tr", { hasText: "市发展和改革委员会" })
      .getByText("逾期公开", { exact: true })
      .waitFor();
    await shot("06-public");
  });

  test("a unit reads 公开报告 at 1024 and 1440 px: every column's text whole, no codes", async () => {
    await signIn("unit-sfj");
    try {
      for (const width of [1024, 1440]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${base}/public`);
        await page.locator(".public-reports tr", { hasText: "市发展和改革委员会" }).waitFor();
        await shot(`07-public-unit-${width}`);
        const text = (await page.locator(".ant-layout-content").textContent()) ?? "";
        assert.doesNotMatch(text, /[a-z]+[._:][a-z_-]+/, `no code at ${width}`);
        // a cell cut short by an ellipsis (scroll width beyond its box)
        const cut = await page
          .locator(".public-reports td, .public-reports th")
          .evaluateAll((els) =>
            els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
          );
        assert.deepEqual(cut, [], `cut cells at ${width}`);
      }
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
      await signOut();
    }
  });
});
