/** A throwaway PostgreSQL server on 127.0.0.1 (null when Debian's binaries are not installed). */
export function startPostgres(port?: number): { url: string; stop(): void } | null;
