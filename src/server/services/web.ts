// Process entry point of the web application: open the store, migrate, load demo data on
// first start, serve the API and the web client at once; records of an older engine version
// are served as stored and re-analysed in the background (job "reanalyze").
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { jobsConfigFromEnv, openJobQueue, startWorkers, workersInProcess } from "../../jobs/index.ts";
import type { AnalyzeOptions } from "../../pipeline.ts";
import { openStore } from "../../store/db.ts";
import { buildApp } from "../app.ts";
import { SYSTEM_SCOPE } from "../../commands/access/scope.ts";
import {
  adminPasswordFromEnv,
  logOptionsFromEnv,
  searchCacheFromEnv,
  trustProxyFromEnv,
} from "./settings.ts";
import { ensureAdmin } from "../../commands/users/users.ts";
import { loadDemoIfEmpty } from "../../commands/documents/demo.ts";
import { countStale } from "../../commands/documents/reanalyze.ts";
import { configureSearchCache } from "../../commands/documents/search-cache.ts";
import { configurePool } from "../../ingest/pool.ts";

export interface ServeOptions {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  empty: boolean;
  options: AnalyzeOptions;
  log: (s: string) => void;
}

export const WEB_DIR = new URL("../../../web/dist/", import.meta.url).pathname;

export async function serve(o: ServeOptions) {
  // settings first: a wrong one stops the start before the data folder is touched
  const logger = logOptionsFromEnv();
  const trustProxy = trustProxyFromEnv();
  const givenAdminPassword = adminPasswordFromEnv();
  const searchCache = searchCacheFromEnv();
  const store = await openStore({ databaseUrl: o.databaseUrl, dataDir: o.dataDir });
  configureSearchCache(store, searchCache);
  if (!o.empty) {
    const demo = await loadDemoIfEmpty(store, SYSTEM_SCOPE, o.options);
    if (demo.loaded) o.log(`首次启动，已载入 ${demo.loaded} 个示例文档`);
    // an older version's database: its demo documents were listed and downloaded by hash names
    if (demo.renamed) o.log(`已将 ${demo.renamed} 个示例文档按标题重新命名`);
  }
  if (!existsSync(`${WEB_DIR}index.html`))
    o.log("提示：未找到网页前端构建结果（web/dist），请先运行 npm run build:web；API 仍可用");
  const adminPassword = givenAdminPassword ?? `Fz-${randomBytes(9).toString("base64url")}`;
  if (await ensureAdmin(store, adminPassword)) {
    o.log(
      `已创建管理员账号 admin，初始密码：${givenAdminPassword ? "（FAZHI_ADMIN_PASSWORD）" : adminPassword}（请登录后修改）`,
    );
  }
  const jobsConfig = jobsConfigFromEnv();
  const config = {
    sessionTtlMs: Number(process.env.SESSION_TTL_HOURS ?? 8) * 3600 * 1000,
    secureCookies: process.env.SECURE_COOKIES === "1",
    ...jobsConfig,
    now: () => new Date(),
  };
  await configurePool({}); // reads FAZHI_ANALYSIS_* now, so a bad value stops the start
  const app = await buildApp({ store, options: o.options, webDir: WEB_DIR, config, logger, trustProxy });
  // background jobs run here too unless FAZHI_WORKERS=0 (then `fazhi worker` runs them)
  const jobs = workersInProcess()
    ? await startWorkers(store, { config: jobsConfig, log: o.log, analyzeOptions: o.options })
    : null;
  await app.listen({ port: o.port, host: o.host });
  const stale = await countStale(store, SYSTEM_SCOPE);
  if (stale) {
    const queue = jobs ?? (await openJobQueue(store));
    await queue.enqueue("reanalyze", { afterId: 0 }, { singletonKey: "chain" });
    o.log(`引擎已更新：${stale} 个文档将在后台重新分析，期间显示原记录`);
  }
  // before the line that says we are up: whoever reads it may stop us at once
  const stop = async () => {
    await app.close();
    await jobs?.stop();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  o.log(
    `fazhi 已启动：http://localhost:${o.port}（数据库：${store.engine === "pglite" ? `内置 ${o.dataDir}` : "PostgreSQL"}；后台任务：${jobs ? "本进程" : "由 fazhi worker 运行"}）`,
  );
  return { app, store };
}
