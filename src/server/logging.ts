// The server's log: Fastify's own logger (pino), one JSON line per event on stdout, every line
// of a request tagged with its id. LOG_LEVEL sets the level (default info); tests build the
// app without a logger and stay quiet. Unexpected errors are logged with the request id, and
// the user's error message names that id, so a report of a failure can be found in the log.
import { randomUUID } from "node:crypto";
import { writeSync } from "node:fs";
import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import { databaseFailure } from "../shared/database-errors.ts";
import { errorBody, STATUS } from "./errors.ts";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Settings of Fastify's pino logger; `stream` replaces stdout (tests read the lines). */
export interface LogOptions {
  level: LogLevel;
  stream?: { write(line: string): void };
}

/**
 * Standard output for the log, written once per turn of the event loop: the lines logged while
 * the process handled what was ready (under load, many requests' "incoming request" and
 * "request completed") go out in one write at the end of the turn. Written line by line (pino's
 * default) each was a system call of its own, two for every request: 5 % of the server's CPU
 * under load. Nothing waits longer than the turn it was logged in, and what is left when the
 * process exits is written then.
 */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

export function batchedStdout(fd = 1): { write(line: string): void; flush(): void } {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    let bytes = Buffer.from(pending.join(""));
    pending = [];
    // a pipe may take part of it, or none for a moment (EAGAIN): the rest is written when it
    // can be, as pino's own writer does; a closed output loses the lines
    for (let tries = 0; bytes.length > 0 && tries < 1000; tries++)
      try {
        bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") return;
        Atomics.wait(PAUSE, 0, 0, 1);
      }
  };
  process.once("exit", flush);
  return {
    write(line: string) {
      pending.push(line);
      if (scheduled) return;
      scheduled = true;
      setImmediate(flush);
    },
    flush,
  };
}

/** Fastify options for the logger and request ids: ids unique across processes. */
export function loggingServerOptions(log: LogOptions | false) {
  return {
    logger: log
      ? {
          level: log.level,
          stream: log.stream ?? batchedStdout(),
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

/**
 * A database error the user can be told of in words (a unique key two requests raced for, a
 * value too long, a timeout, no connection): its status and Chinese message, PostgreSQL's
 * English message in the log only, with the request id. Null for any other error.
 */
export function databaseError(req: FastifyRequest, error: unknown) {
  const failure = databaseFailure(error);
  if (!failure) return null;
  const log = req.log as FastifyBaseLogger;
  // a refused change is the caller's lot; the database out of reach or resources is the admin's
  const server = failure.kind === "busy" || failure.kind === "unavailable";
  (server ? log.error : log.warn).call(log, { err: error, sqlstate: failure.sqlstate }, "database error");
  const body = errorBody(failure.code, failure.zh, failure.en);
  return {
    status: STATUS[failure.kind],
    retryAfter: server ? 5 : undefined,
    body: { error: { ...body.error, requestId: req.id } },
  };
}
