// Settings of a server process from its environment, checked before anything else happens:
// a wrong setting stops the start with one line naming the variable and the rule it breaks,
// before the data folder or the database is opened (so a mistake never touches the data).
import { SEARCH_CACHE_ENTRIES } from "../../commands/documents/search-cache.ts";
import { passwordProblem } from "../../commands/users/passwords.ts";
import { LOG_LEVELS, type LogLevel, type LogOptions } from "../logging.ts";

/** A setting the process cannot start with; the message is the whole line shown to the operator. */
export class SettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SettingError";
  }
}

/** The first admin's password: FAZHI_ADMIN_PASSWORD when set (it must meet the rules), else null. */
export function adminPasswordFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const given = env.FAZHI_ADMIN_PASSWORD;
  if (given === undefined || given === "") return null;
  const problem = passwordProblem(given, "admin");
  if (problem)
    throw new SettingError(`FAZHI_ADMIN_PASSWORD 不符合密码规则：${problem}。请修改后重新启动（数据未改动）`);
  return given;
}

/**
 * FAZHI_TRUST_PROXY: behind a reverse proxy the client's address comes from X-Forwarded-For
 * (needed by the login throttle, which counts per address). "1" or "true" trusts any proxy;
 * otherwise a comma-separated list of proxy addresses or CIDR ranges.
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): boolean | string {
  const value = env.FAZHI_TRUST_PROXY?.trim();
  if (!value || value === "0" || value === "false") return false;
  if (value === "1" || value === "true") return true;
  return value;
}

/** The server log's level from LOG_LEVEL (default info). */
export function logOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LogOptions {
  const level = (env.LOG_LEVEL || "info").toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new SettingError(`LOG_LEVEL 应为 ${LOG_LEVELS.join("、")} 之一，收到 “${env.LOG_LEVEL}”`);
  return { level: level as LogLevel };
}

/** FAZHI_SEARCH_CACHE: how many search answers the process remembers (default
 *  SEARCH_CACHE_ENTRIES; 0: none, every search is computed). */
export function searchCacheFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.FAZHI_SEARCH_CACHE?.trim();
  if (!value) return SEARCH_CACHE_ENTRIES;
  if (!/^\d{1,6}$/.test(value))
    throw new SettingError(
      `FAZHI_SEARCH_CACHE 应为记住的检索结果条数（0 到 999999 的整数，0 表示不记），收到 “${value}”`,
    );
  return Number(value);
}
