// Types of postgres.js, for the TypeScript that starts a throwaway server (benches).
export interface ThrowawayPostgres {
  url: string;
  stop(): void;
}
/** A server on 127.0.0.1 in a temporary directory, or null when PostgreSQL is not installed. */
export function startPostgres(port?: number): ThrowawayPostgres | null;
