// Process entry point of `fazhi worker`: runs the background jobs (and their schedules) against
// the shared database, beside web processes started with FAZHI_WORKERS=0. Any number of
// workers may run; each job runs once.
import { startWorkers } from "../../jobs/index.ts";
import { openStore } from "../../store/db.ts";

export interface WorkerOptions {
  databaseUrl: string | null;
  dataDir: string;
  log: (s: string) => void;
}

export async function work(o: WorkerOptions) {
  const store = await openStore({ databaseUrl: o.databaseUrl, dataDir: o.dataDir });
  const jobs = await startWorkers(store, { log: o.log });
  // before the line that says we are up: whoever reads it may stop us at once
  const stop = async () => {
    await jobs.stop();
    await store.close();
    o.log("fazhi 后台任务已停止");
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  o.log(
    `fazhi 后台任务已启动（进程号 ${process.pid}，数据库：${store.engine === "pglite" ? `内置 ${o.dataDir}` : "PostgreSQL"}）`,
  );
  return { jobs, store };
}
