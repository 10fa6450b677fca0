// Reports of a city's court, its procuratorate, its Party committee, one of the committee's
// departments and its government in the library: the list tags each organ's with its kind
// (人民法院, 人民检察院, 党委, 党委部门), not the government's; the court's page says
// 发文机关类别：人民法院. The library filters by that kind (发文机关: the kinds the documents hold,
// named as the tags), for signed-in and anonymous readers alike (these see published documents only).
import assert from "node:assert/strict";
import { after, afterEach, before, describe, test } from "node:test";
import { openStore, type Store } from "../src/store/db.ts";
import { ingestText } from "./helpers/demo-plan.ts";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { setPublished } from "../src/commands/documents/documents.ts";
import { organKindLabel } from "../src/labels.ts";
import { browserSkip, chooseSurely, startWebApp, type WebApp } from "./helpers/browser.ts";
import { PASSWORD, makeUsers } from "./helpers/session.ts";

const skip = browserSkip("organ labels e2e");

const REPORTS: Array<[string, string]> = [
  [
    "court.txt",
    "临汾市中级人民法院2023年法治建设工作报告\n2023年，临汾市中级人民法院坚持司法为民。全年受理各类行政案件1268件。",
  ],
  [
    "procuratorate.txt",
    "临汾市人民检察院2023年法治建设工作报告\n2023年，临汾市人民检察院依法履行法律监督职责。全年办理行政诉讼监督案件96件。",
  ],
  [
    "party.txt",
    "2023年，临汾市委坚持以习近平法治思想为指导，统筹推进法治临汾建设。全年召开市委全面依法治市委员会会议2次。",
  ],
  [
    "party-department.txt",
    "中共临汾市委组织部2023年法治建设工作报告\n2023年，临汾市委组织部坚持依法办事。全年举办法治专题培训班6期。",
  ],
  [
    "government.txt",
    "临汾市2023年法治政府建设年度报告\n2023年，临汾市坚持以习近平法治思想为指导。全年受理行政复议案件25件。",
  ],
];

describe("the kind of organ a document's issuer is", { skip, timeout: 300_000 }, () => {
  let web: WebApp;
  let store: Store;
  const ids: Record<string, number> = {};
  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    await makeUsers(store);
    for (const [name, text] of REPORTS) ids[name] = await ingestText(store, name, text);
    // the congress's and the government's are published; the court's and procuratorate's not yet
    await ingestText(
      store,
      "congress.txt",
      "运城市人大常委会2023年法治建设工作报告\n2023年，运城市人大常委会依法履行监督职责。全年听取审议专项工作报告12个。",
    ).then((id) => setPublished(store, SYSTEM_SCOPE, id, true));
    await setPublished(store, SYSTEM_SCOPE, ids["government.txt"], true);
    web = await startWebApp({ store, out: "organ-labels-e2e" });
  });
  afterEach((t) => web?.explainFailure(t));
  after(() => web?.close());

  test("the library tags another organ's report; its page names the kind", async () => {
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
    const court = rows.filter({ hasText: "临汾市中级人民法院2023年" });
    await court.waitFor();
    assert.equal(await court.locator(".organ-tag").textContent(), "人民法院");
    const procuratorate = rows.filter({ hasText: "临汾市人民检察院2023年" });
    assert.equal(await procuratorate.locator(".organ-tag").textContent(), "人民检察院");
    const department = rows.filter({ hasText: "中共临汾市委组织部2023年" });
    assert.equal(await department.locator(".organ-tag").textContent(), "党委部门");
    // an untitled report: named by its place and year, tagged by its issuer, the committee
    const party = rows.filter({ has: page.locator(".organ-tag", { hasText: /^党委$/ }) });
    assert.equal(await party.count(), 1);
    const government = rows.filter({ hasText: "临汾市2023年法治政府建设年度报告" });
    assert.equal(await government.locator(".organ-tag").count(), 0);

    await court.locator("a").first().click();
    const item = page.locator(".ant-descriptions-item", { hasText: "发文机关类别" });
    await item.waitFor();
    assert.match((await item.textContent()) ?? "", /发文机关类别\s*人民法院/);
    await context.close();
  });

  test("the library filters by the kind of organ; anonymous readers among published documents only", async () => {
    const page = web.page;
    await web.signIn("coord1");
    await page.goto(`${web.base}/`);
    const rows = page.locator(".ant-table-row");
    await rows.filter({ hasText: "临汾市中级人民法院2023年" }).waitFor();
    const filter = page.locator(".organ-filter");
    // the options: the kinds the documents hold, in the server's words
    await filter.click();
    const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await options.first().waitFor();
    assert.deepEqual(
      (await options.allTextContents()).sort(),
      (["court", "procuratorate", "congress", "party", "party_department"] as const)
        .map(organKindLabel)
        .sort(),
    );
    await page.keyboard.press("Escape");
    await page.locator(".ant-select-dropdown:visible").waitFor({ state: "detached" });
    // the committee's department apart from the committee
    await chooseSurely(filter, organKindLabel("party_department"));
    await rows.filter({ hasText: "中共临汾市委组织部2023年" }).waitFor();
    await rows.filter({ hasText: "临汾市中级人民法院2023年" }).waitFor({ state: "detached" });
    await page.locator(".ant-table .ant-spin-spinning").waitFor({ state: "detached" });
    assert.equal(await rows.count(), 1);
    await chooseSurely(filter, organKindLabel("procuratorate"));
    await rows.filter({ hasText: "临汾市人民检察院2023年" }).waitFor();
    await rows.filter({ hasText: "临汾市中级人民法院2023年" }).waitFor({ state: "detached" });
    await page.locator(".ant-table .ant-spin-spinning").waitFor({ state: "detached" });
    assert.equal(await rows.count(), 1);
    assert.match((await page.locator(".ant-pagination-total-text").textContent()) ?? "", /共 1 个文档/);
    await page.locator(".ant-select-dropdown:visible").waitFor({ state: "detached" });
    await web.shot("library-organ-filter");
    // the export link carries the filter
    const href = await page.getByRole("link", { name: "导出 Excel" }).getAttribute("href");
    assert.match(href ?? "", /organ=procuratorate/);

    // anonymous: only the congress's report is another organ's among the published ones
    await web.signOut();
    await page.goto(`${web.base}/?organ=congress`);
    await rows.filter({ hasText: "运城市人大常委会2023年" }).waitFor();
    await page.locator(".ant-table .ant-spin-spinning").waitFor({ state: "detached" });
    assert.equal(await rows.count(), 1);
    // the filter the address gives shows in its select
    await filter.filter({ hasText: organKindLabel("congress") }).waitFor();
    await filter.click();
    await options.first().waitFor();
    assert.deepEqual(await options.allTextContents(), [organKindLabel("congress")]);
    await page.keyboard.press("Escape");
    await page.locator(".ant-select-dropdown:visible").waitFor({ state: "detached" });
    await web.shot("library-organ-filter-public");
  });
});
