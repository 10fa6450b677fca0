// A worker process for the queue tests: the test jobs on DATABASE_URL, until SIGTERM.
import { startWorkers } from "../../src/jobs/index.ts";
import { openStore } from "../../src/store/db.ts";
import { TEST_JOBS, TEST_SCHEDULES } from "./jobs.ts";

const store = await openStore({ databaseUrl: process.env.DATABASE_URL });
const queue = await startWorkers(store, {
  jobs: TEST_JOBS,
  schedules: TEST_SCHEDULES,
  pollingIntervalSeconds: 0.5,
  log: (line) => process.stderr.write(`${line}\n`),
});
process.once("SIGTERM", async () => {
  await queue.stop();
  await store.close();
  process.exit(0);
});
process.stdout.write("worker ready\n");
