// Reports of a city's court, its procuratorate, its Party committee, one of the committee's
// departments and its government in the library: the list tags each organ's with its kind
// (人民法院, 人民检察院, 党委, 党委部门), not the government's; the court's page says
// 发文机关类别：人民法院.
import assert from "node:assert/strict";
import { after, afterEach, before, describe, test } from "node:test";
import { openStore, type Store } from "../src/store/db.ts";
import { ingestText } from "./helpers/demo-plan.ts";
import { browserSkip, startWebApp, type WebApp } from "./helpers/browser.ts";
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
  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    await makeUsers(store);
    for (const [name, text] of REPORTS) await ingestText(store, name, text);
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
});
