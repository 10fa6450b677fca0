// Real Chromium (Debian's package) driven by playwright-core; never a downloaded browser.
import { existsSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { type Browser, chromium, type Page } from "playwright-core";
import type { AnalyzeOptions } from "../../src/pipeline.ts";
import { buildApp } from "../../src/server/app.ts";
import { WEB_DIR } from "../../src/server/services/web.ts";
import type { Store } from "../../src/store/db.ts";

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

/** The web application served on a loopback port, and a Chinese-locale page in Chromium. */
export interface WebSession {
  app: FastifyInstance;
  browser: Browser;
  page: Page;
  base: string;
  /** sign in through the login page (waits for the signed-in header) */
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  close(): Promise<void>;
}

export async function openWebSession(store: Store, options: AnalyzeOptions): Promise<WebSession> {
  const app = await buildApp({ store, options, webDir: WEB_DIR });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  page.setDefaultTimeout(60_000);
  return {
    app,
    browser,
    page,
    base,
    async signIn(username, password) {
      await page.goto(`${base}/login`);
      await page.getByLabel("用户名").fill(username);
      await page.getByLabel("密码").fill(password);
      await page.getByRole("button", { name: "登录" }).last().click();
      await page.locator(".current-user").waitFor();
    },
    async signOut() {
      await page.getByRole("button", { name: "退出" }).click();
      await page.getByRole("button", { name: "登录" }).waitFor();
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}
