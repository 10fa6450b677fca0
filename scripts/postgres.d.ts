// Types of scripts/postgres.js for the TypeScript that starts a throwaway server (benches).
export interface ThrowawayPostgres {
  url: string;
  /** CPU seconds the server's processes have used so far (read from /proc) */
  cpuSeconds(): number;
  stop(): void;
}
/** A throwaway PostgreSQL on 127.0.0.1, or null when Debian's binaries are not installed. */
export function startPostgres(port?: number): ThrowawayPostgres | null;
