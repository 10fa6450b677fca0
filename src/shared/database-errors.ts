// A failure of the database as the user is told it (rules/database-errors.ts), told apart from
// any other error by its SQLSTATE: node-postgres and PGlite both give PostgreSQL's `code` and
// `severity`. PostgreSQL's English message stays with the error, for the log.
import {
  DATABASE_ERROR_BY_CLASS,
  DATABASE_ERROR_BY_CODE,
  DATABASE_SOCKET_ERRORS,
  type DatabaseErrorText,
} from "../rules/database-errors.ts";

export interface DatabaseFailure extends DatabaseErrorText {
  /** PostgreSQL's code (23505), or the driver's socket error (ECONNREFUSED) */
  sqlstate: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** What the user is told of a database error; null for any other error, and for a database
 *  error no user can do anything about (a bug: a missing column, a syntax error), which stays
 *  an internal error with its request id. */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, severity, syscall, cause } = error as Record<string, unknown>;
  // an error that wraps the database's (the migrations' failure names the migration)
  if (typeof code !== "string") return cause === error ? null : databaseFailure(cause);
  if (SQLSTATE.test(code) && typeof severity === "string") {
    const text = DATABASE_ERROR_BY_CODE[code] ?? DATABASE_ERROR_BY_CLASS[code.slice(0, 2)];
    return text ? { ...text, sqlstate: code } : null;
  }
  // a socket that failed under the driver (Node's errors name their system call)
  const socket = typeof syscall === "string" ? DATABASE_SOCKET_ERRORS[code] : undefined;
  return socket ? { ...socket, sqlstate: code } : null;
}
