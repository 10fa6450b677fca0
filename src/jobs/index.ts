// Background jobs: definitions (name → checked payload → handler calling a command), schedules,
// and the PostgreSQL-backed queue that web processes enqueue on and workers run.
export { jobsConfigFromEnv, workersInProcess } from "./config.ts";
export type {
  EnqueueOptions,
  JobContext,
  JobDefinition,
  JobPolicy,
  JobRegistry,
  JobsConfig,
  ScheduleDefinition,
} from "./define.ts";
export { defineJob } from "./define.ts";
export { JOBS, type Jobs, SCHEDULES } from "./definitions.ts";
export { type JobQueue, type JobState, openJobQueue, QUEUE_SCHEMA, startWorkers } from "./queue.ts";
