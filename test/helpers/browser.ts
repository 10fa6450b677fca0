// Browser tests: the web application served on a free loopback port and driven in real
// Chromium (Debian's package, through playwright-core; never a downloaded browser).
//
// A browser suite is written like this (test/e2e.test.ts is the full example):
//
//   const skip = browserSkip("my feature");            // false, or why the suite cannot run
//   describe("my feature in Chromium", { skip, timeout: 480_000 }, () => {
//     let web: WebApp;
//     before(async () => {
//       const store = await openStore({ dataDir: "memory://" });
//       await makeUsers(store);                        // admin1, coord1, unit-sfj, … (helpers/session.ts)
//       web = await startWebApp({ store, out: "my-feature" });
//     });
//     afterEach((t) => web?.explainFailure(t));        // a failed test's log shows what the pages showed
//     after(() => web?.close());                       // browser, server and store
//     test("…", async () => {
//       await web.signIn("coord1");
//       await web.page.goto(`${web.base}/tasks`);
//       await web.shot("01-tasks");                    // test-output/my-feature/01-tasks.png
//       await web.printed(async () => {                // laid out for paper (print.css)
//         assert.equal(await web.page.locator(".ant-layout-header").isVisible(), false);
//       });
//     });
//   });
//
// Waiting: wait for what the user would see (a row's text, a button enabled, a dialog's motion
// over: `settled(locator)`), never for a fixed time — on CI's two loaded cores an animation or a
// reload can take seconds, and a click or a typed text sent before it ends can be lost.
//
// Build the client first (`npm run build:web`); without it, or without Chromium, the suite is
// skipped locally and fails in CI.
import { existsSync, mkdirSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import type { SuiteContext, TestContext } from "node:test";
import {
  type Browser,
  chromium,
  type Locator,
  type Page,
  type Request,
  type Response,
} from "playwright-core";
import { type AnalyzeOptions, resolveOptions } from "../../src/pipeline.ts";
import { type AppOptions, buildApp } from "../../src/server/app.ts";
import { WEB_DIR } from "../../src/server/services/web.ts";
import type { Store } from "../../src/store/db.ts";
import { PASSWORD } from "./session.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const haveChromium = () => existsSync(CHROMIUM);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

/** `false` when Chromium and the built client are there, else the reason to skip the suite
 * (in CI a missing piece is an error, not a skip). */
export function browserSkip(suite: string): false | string {
  if (haveChromium() && existsSync(`${WEB_DIR}index.html`)) return false;
  const reason = "needs /usr/bin/chromium and a built web client (npm run build:web)";
  if (process.env.CI) throw new Error(`${suite}: ${reason}`);
  return reason;
}

export interface WebAppOptions {
  store: Store;
  /** screenshots go to test-output/<out>/ */
  out: string;
  options?: AnalyzeOptions;
  /** server settings, e.g. a fixed clock: `{ now: () => date }` */
  config?: AppOptions["config"];
  /** screenshots of the whole page rather than the window */
  fullPage?: boolean;
}

export interface WebApp {
  app: FastifyInstance;
  browser: Browser;
  /** one page (1440×900, zh-CN, downloads accepted, 60 s timeouts) shared by the suite's tests */
  page: Page;
  /** http://127.0.0.1:<port> */
  base: string;
  /** the folder the screenshots go to */
  out: string;
  /** a screenshot to `<out>/<name>.png` */
  shot(name: string): Promise<Buffer>;
  /** signs in on the login page (with helpers/session.ts's PASSWORD unless another is given) */
  signIn(username: string, password?: string): Promise<void>;
  /** another page in its own browser context (its own cookies), signed in as `username`: for
   *  tests where two people work at once */
  pageOf(username: string, password?: string): Promise<Page>;
  /** signs out with the header's 退出 button */
  signOut(): Promise<void>;
  /** removes the toasts on screen, so the next wait sees only new ones */
  dismissToasts(): Promise<void>;
  /** waits for a toast with this text, then removes the toasts */
  toast(text: string): Promise<void>;
  /** runs the checks with the page laid out for paper (`@media print`), then for the screen */
  printed<T>(checks: () => Promise<T>): Promise<T>;
  /** for the suite's `afterEach`: when the test failed, a screenshot of every open page and
   *  what each showed (address, dialogs, drawers, toasts, form errors) in the test's log */
  explainFailure(t: TestContext | SuiteContext): Promise<void>;
  /** closes the browser, the server and the store */
  close(): Promise<void>;
}

const PAGE = { viewport: { width: 1440, height: 900 }, locale: "zh-CN", acceptDownloads: true };

/** Signs in through the login page, as a person would. */
async function signIn(page: Page, base: string, username: string, password: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).last().click();
  await page.locator(".current-user").waitFor();
}

/** Serves the app (with the built client) on 127.0.0.1 and opens Chromium on it. */
export async function startWebApp(o: WebAppOptions): Promise<WebApp> {
  const out = new URL(`../../test-output/${o.out}/`, import.meta.url).pathname;
  mkdirSync(out, { recursive: true });
  const app = await buildApp({
    store: o.store,
    options: o.options ?? resolveOptions(),
    webDir: WEB_DIR,
    config: o.config,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const browser = await launch();
  const page = await browser.newPage(PAGE);
  // CI runs other suites beside this one on two cores: allow for a slow machine
  page.setDefaultTimeout(60_000);
  const dismissToasts = () =>
    page.evaluate(() => {
      for (const n of document.querySelectorAll(".ant-message-notice")) n.remove();
    });
  return {
    app,
    browser,
    page,
    base,
    out,
    shot: (name) => page.screenshot({ path: `${out}${name}.png`, fullPage: o.fullPage ?? false }),
    signIn: (username, password = PASSWORD) => signIn(page, base, username, password),
    async pageOf(username, password = PASSWORD) {
      const other = await (await browser.newContext(PAGE)).newPage();
      other.setDefaultTimeout(60_000);
      await signIn(other, base, username, password);
      return other;
    },
    async signOut() {
      await page.getByRole("button", { name: "退出" }).click();
      await page.getByRole("button", { name: "登录" }).waitFor();
    },
    dismissToasts,
    async toast(text) {
      await page.locator(".ant-message-notice", { hasText: text }).last().waitFor();
      await dismissToasts();
    },
    async printed(checks) {
      await page.emulateMedia({ media: "print" });
      try {
        return await checks();
      } finally {
        await page.emulateMedia({ media: null });
      }
    },
    async explainFailure(t) {
      // `passed` is there from Node 20.12 on (not yet in @types/node 20)
      if (!("diagnostic" in t) || (t as TestContext & { passed?: boolean }).passed !== false) return;
      const pages = browser.contexts().flatMap((c) => c.pages());
      for (const [i, p] of pages.entries()) {
        const name = `failed-${t.name.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 60)}-${i + 1}`;
        const path = `${out}${name}.png`;
        const shot = await p.screenshot({ path, timeout: 10_000 }).then(
          () => path,
          (e: Error) => `no screenshot (${e.message.split("\n")[0]})`,
        );
        t.diagnostic(`page ${i + 1} of ${pages.length}: ${shot}`);
        for (const line of await pageState(p)) t.diagnostic(`  ${line}`);
      }
    },
    async close() {
      await browser.close();
      await app.close();
      await o.store.close();
    },
  };
}

/** rc-motion's classes while an antd dialog, drawer or dropdown opens or closes
 * (`ant-zoom-appear`, `ant-zoom-appear-active`, `ant-slide-up-leave`, …) */
const MOTION_CLASS = /-(appear|enter|leave)(-(prepare|start|active))?$/;

/** Waits until `target` is there and no opening or closing motion runs on it or around it (the
 * dialog or drawer it is in): antd's controls are usable only once that is over — while a dialog
 * zooms in, its focus trap moves the focus and its buttons move under the pointer. */
export async function settled(target: Locator): Promise<void> {
  await target.waitFor();
  const handle = await target.elementHandle();
  try {
    // polled at each frame, within the page's default timeout
    await target.page().waitForFunction(
      ([el, source]) => {
        const motion = new RegExp(source);
        for (let n: Element | null = el; n; n = n.parentElement)
          for (const c of n.classList) if (motion.test(c)) return false;
        // nor a finite animation or transition inside (spinners loop for ever)
        return !el
          .getAnimations({ subtree: true })
          .some((a) => a.playState === "running" && a.effect?.getComputedTiming().iterations !== Infinity);
      },
      [handle, MOTION_CLASS.source] as const,
      { polling: "raf" },
    );
  } finally {
    await handle.dispose();
  }
}

/** Ticks a checkbox and makes sure it stays ticked. Under load the click can land while the
 * dialog around it is still re-rendering (the list of units arriving, a typed year redrawing the
 * form) and be lost, or `check()` gives up with "did not change its state": wait for the box to
 * be settled, tick, and check again — at most twice more — until the box reads as checked. */
export async function checkSurely(box: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await settled(box);
    const lost = await box.check({ timeout: 10_000 }).then(
      () => null,
      (e: Error) => e,
    );
    if (!lost && (await box.isChecked())) return;
    if (attempt === 3) throw lost ?? new Error("the checkbox did not stay checked after three clicks");
  }
}

/** Chooses `option` (its title) in an antd Select and makes sure the Select shows it. Near the
 * window's bottom the dropdown opens upwards and antd realigns it while the page settles, so that
 * its options never hold still for a click: the Select is brought to the window's middle first,
 * where it opens downwards. Under load a click on an option can still land while the list behind
 * re-renders and be lost (the dropdown stays open, nothing chosen): choose again — at most twice
 * more — until the Select shows the option. */
export async function chooseSurely(select: Locator, option: string): Promise<void> {
  const page = select.page();
  await select.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const chosen = select.filter({ hasText: option });
  for (let attempt = 1; ; attempt++) {
    if (!(await page.locator(".ant-select-dropdown:visible").count())) await select.click();
    // a re-render that closes the dropdown under the click loses it: try again, not wait 60 s
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title='${option}']`)
      .click({ timeout: 10_000 })
      .catch(() => {});
    const shown = await chosen.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (shown) return;
    if (attempt === 3) throw new Error(`「${option}」 was not chosen after three clicks`);
  }
}

/** Confirms an antd Popconfirm: opens it by `trigger` (unless it is open) and clicks its `okText`
 * button until the request it sends (`url` in the request's address, `method`) has gone out,
 * then returns that request's response. Under load the click on the confirm's button can be lost
 * (the confirm stays open, nothing sent), or the confirm can close without sending: click again —
 * at most twice more. A request seen is never sent twice (a second reset would void the
 * password the first one showed). */
export async function confirmSurely(
  trigger: Locator,
  okText: string,
  request: { url: string | RegExp; method?: string },
): Promise<Response> {
  const page = trigger.page();
  const confirm = page.locator(".ant-popconfirm").filter({ visible: true });
  // set by the page's request events, which the loop below does not see as assignments
  const seen: { request: Request | null } = { request: null };
  const listen = (r: Request) => {
    const matches =
      (request.method === undefined || r.method() === request.method) &&
      (typeof request.url === "string" ? r.url().includes(request.url) : request.url.test(r.url()));
    if (matches && !seen.request) seen.request = r;
  };
  page.on("request", listen);
  try {
    for (let attempt = 1; ; attempt++) {
      if (!seen.request && !(await confirm.count())) await trigger.click();
      if (!seen.request)
        await confirm
          .getByRole("button", { name: okText })
          .click({ timeout: 10_000 })
          .catch(() => {});
      for (let waited = 0; !seen.request && waited < 10_000; waited += 100) await page.waitForTimeout(100);
      const sent = seen.request;
      if (sent) {
        const response = await sent.response();
        if (!response) throw new Error(`「${okText}」: the request to ${sent.url()} failed`);
        return response;
      }
      if (attempt === 3) throw new Error(`「${okText}」 sent no request after three clicks`);
    }
  } finally {
    page.off("request", listen);
  }
}

/** Closes a drawer (or a dialog) by its close button and waits until it has gone. Not by
 * Escape: antd gives an Escape to its topmost layer only (a tooltip under the pointer, a dialog
 * still closing) and only when the page has the keyboard's focus (not always so after a
 * download), and a drawer left open covers the page for the next click. */
export async function closeLayer(layer: Locator): Promise<void> {
  const close = layer.locator(".ant-drawer-close, .ant-modal-close").filter({ visible: true }).first();
  await close.click();
  await close.waitFor({ state: "hidden" });
}

/** Read in the page by `pageState` (plain JavaScript, as a string: the test's own code is
 * compiled with helpers such as `__name` that the page does not have). */
const PAGE_STATE = String.raw`(() => {
  const cut = (s, n = 300) => {
    const t = (s || "").replace(/\s+/g, " ").trim();
    return t.length > n ? t.slice(0, n) + "…" : t;
  };
  const all = (selector) =>
    [...document.querySelectorAll(selector)].filter(
      (e) => e.offsetParent !== null || getComputedStyle(e).position === "fixed",
    );
  const title = (e, selector) => cut(e.querySelector(selector)?.textContent, 80);
  const lines = ["address: " + location.href + "  title: " + document.title];
  for (const m of all(".ant-modal"))
    lines.push("dialog [" + m.className + "]: " + title(m, ".ant-modal-title, .ant-modal-confirm-title") + " | " + cut(m.innerText));
  for (const d of all(".ant-drawer-content-wrapper"))
    lines.push("drawer [" + d.className + "]: " + title(d, ".ant-drawer-title") + " | " + cut(d.innerText));
  for (const p of all(".ant-select-dropdown, .ant-dropdown, .ant-popover, .ant-picker-dropdown"))
    lines.push("popup [" + p.className + "]: " + cut(p.innerText, 150));
  for (const n of all(".ant-message-notice, .ant-notification-notice")) lines.push("toast: " + cut(n.innerText, 150));
  for (const e of all(".ant-form-item-explain-error, .ant-alert")) lines.push("message on the page: " + cut(e.innerText, 150));
  const a = document.activeElement;
  if (a && a !== document.body)
    lines.push("focus: <" + a.tagName.toLowerCase() + ' class="' + a.className + '"> ' + cut(a.value ?? a.innerText, 80));
  const main = document.querySelector(".ant-layout-content") || document.body;
  lines.push("scrolled to " + Math.round(scrollY) + "; the page: " + cut(main.innerText, 600));
  return lines;
})()`;

/** What a page shows (address, dialogs and drawers with their motion classes, popups, toasts,
 * form errors, the focus, the page's text), in a few short lines for a failed test's log. */
export async function pageState(page: Page): Promise<string[]> {
  const state = page.evaluate<string[]>(PAGE_STATE);
  const late = new Promise<string[]>((done) =>
    setTimeout(() => done(["the page did not answer within 10 s"]), 10_000).unref(),
  );
  return Promise.race([state, late]).catch((e: Error) => [
    `the page could not be read: ${e.message.split("\n")[0]}`,
  ]);
}
