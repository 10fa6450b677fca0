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
// Build the client first (`npm run build:web`); without it, or without Chromium, the suite is
// skipped locally and fails in CI.
import { existsSync, mkdirSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { type Browser, chromium, type Page } from "playwright-core";
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
    async close() {
      await browser.close();
      await app.close();
      await o.store.close();
    },
  };
}
