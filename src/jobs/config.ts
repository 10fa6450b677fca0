// The jobs' settings from the environment, read once per process (web or worker alike).
import type { JobsConfig } from "./define.ts";

export function jobsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): JobsConfig {
  return {
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || "fazhi <noreply@localhost>",
  };
}

/** In-process workers in `fazhi serve` unless FAZHI_WORKERS=0 (web processes beside `fazhi worker`). */
export const workersInProcess = (env: NodeJS.ProcessEnv = process.env) => env.FAZHI_WORKERS !== "0";
