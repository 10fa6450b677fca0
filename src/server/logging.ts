// The server's log: Fastify's own logger (pino), one JSON line per event on stdout, every line
// of a request tagged with its id. LOG_LEVEL sets the level (default info); tests build the
// app without a logger and stay quiet. Unexpected errors are logged with the request id, and
// the user's error message names that id, so a report of a failure can be found in the log.
import { randomUUID } from "node:crypto";
import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import { errorBody } from "./errors.ts";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Settings of Fastify's pino logger; `stream` replaces stdout (tests read the lines). */
export interface LogOptions {
  level: LogLevel;
  stream?: { write(line: string): void };
}

/** Fastify options for the logger and request ids: ids unique across processes. */
export function loggingServerOptions(log: LogOptions | false) {
  return {
    logger: log
      ? {
          level: log.level,
          ...(log.stream ? { stream: log.stream } : {}),
          // never the session cookie or the CSRF token in the log
          redact: ["req.headers.cookie", 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
        }
      : false,
    genReqId: () => randomUUID(),
  };
}

/** Log an unexpected error with its request; the message a user sees names the request id. */
export function internalError(req: FastifyRequest, error: unknown, what = "unexpected error") {
  (req.log as FastifyBaseLogger).error({ err: error }, what);
  const body = errorBody(
    "internal",
    `服务器内部错误（请求编号 ${req.id}），请联系管理员`,
    `internal server error (request ${req.id})`,
  );
  return { error: { ...body.error, requestId: req.id } };
}
