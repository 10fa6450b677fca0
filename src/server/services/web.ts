// Process entry point of the web application: open the store, migrate, re-analyse stale
// records, load demo data on first start, serve the API and the web client.
import { existsSync } from "node:fs";
import type { AnalyzeOptions } from "../../pipeline.ts";
import { openStore } from "../../store/db.ts";
import { buildApp } from "../app.ts";
import { loadDemoIfEmpty } from "../commands/demo.ts";
import { reanalyzeStale } from "../commands/reanalyze.ts";

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
  const store = await openStore({ databaseUrl: o.databaseUrl, dataDir: o.dataDir });
  const { reanalyzed } = await reanalyzeStale(store, o.options);
  if (reanalyzed) o.log(`已按新版引擎重新分析 ${reanalyzed} 个文档`);
  if (!o.empty) {
    const loaded = await loadDemoIfEmpty(store, o.options);
    if (loaded) o.log(`首次启动,已载入 ${loaded} 个示例文档`);
  }
  if (!existsSync(`${WEB_DIR}index.html`))
    o.log("提示:未找到网页前端构建结果(web/dist),请先运行 npm run build:web;API 仍可用");
  const app = await buildApp({ store, options: o.options, webDir: WEB_DIR });
  await app.listen({ port: o.port, host: o.host });
  o.log(
    `fazhi 已启动:http://localhost:${o.port}  (数据库:${store.engine === "pglite" ? `内置 ${o.dataDir}` : "PostgreSQL"})`,
  );
  const stop = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return { app, store };
}
