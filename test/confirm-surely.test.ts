// confirmSurely (test/helpers/browser.ts) against a confirm whose first click on its button is
// lost, as an antd Popconfirm's under load (it stays open, nothing is sent): the helper clicks
// again and returns the one request's response; a request seen is never sent twice.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { browserSkip, confirmSurely, launch } from "./helpers/browser.ts";

const PAGE = `<!doctype html><meta charset="utf-8">
<button id="open">重置密码</button>
<div class="ant-popconfirm" style="display:none"><button id="ok">重置</button></div>
<script>
  const confirm = document.querySelector(".ant-popconfirm");
  let clicks = 0;
  document.querySelector("#open").onclick = () => { confirm.style.display = "block"; };
  document.querySelector("#ok").onclick = async () => {
    // the first click is lost: the confirm stays open and sends nothing
    if (++clicks === 1) return;
    confirm.style.display = "none";
    await fetch("/api/users/7/password-reset", { method: "POST" });
  };
</script>`;

describe("confirmSurely", { skip: browserSkip("confirmSurely"), timeout: 120_000 }, () => {
  let browser: Browser;
  let page: Page;
  let sent = 0;
  before(async () => {
    browser = await launch();
    page = await browser.newPage();
    await page.route("http://fazhi.test/**", async (route) => {
      if (route.request().method() === "POST") {
        sent++;
        return route.fulfill({ status: 200, contentType: "application/json", body: '{"password":"x"}' });
      }
      return route.fulfill({ status: 200, contentType: "text/html", body: PAGE });
    });
    await page.goto("http://fazhi.test/admin");
  });
  after(() => browser?.close());

  test("a lost click on the confirm's button is clicked again, and the request sent once", async () => {
    const response = await confirmSurely(page.locator("#open"), "重置", {
      url: "/password-reset",
      method: "POST",
    });
    assert.equal(response.status(), 200);
    assert.equal(sent, 1);
    assert.equal(await page.locator(".ant-popconfirm").isVisible(), false);
  });
});
