// Domain errors: what went wrong, in the caller's words (Chinese first, English for logs).
// Commands throw these and never know about HTTP; the server's table in
// src/server/errors.ts maps each kind to a status.

/** The kinds of failure a command can report; the server maps each to one HTTP status. */
export type ErrorKind =
  | "invalid" // the input breaks a rule (400)
  | "unauthenticated" // the caller must sign in (401)
  | "forbidden" // the caller's scope does not allow this (403)
  | "not_found" // nothing the caller may see has this id (404)
  | "conflict" // the thing's current state does not allow this change (409)
  | "too_large" // the input exceeds a stated limit (413)
  | "unsupported" // a format or media type we cannot read (415)
  | "unprocessable" // well-formed but not what this command needs (422)
  | "rate_limited" // too many attempts; retry later (429)
  | "busy" // the server is at capacity; retry later (503)
  | "unavailable"; // a dependency (mail, a remote site) failed (502)

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** stable machine code, e.g. "task_closed"; clients branch on it */
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    /** seconds the caller should wait before retrying (rate_limited, busy) */
    readonly retryAfter?: number,
  ) {
    super(en);
    this.name = "DomainError";
  }
}

export const notFound = (what: string, whatEn: string) =>
  new DomainError("not_found", "not_found", `${what}不存在`, `${whatEn} not found`);

export const invalid = (code: string, zh: string, en: string) => new DomainError("invalid", code, zh, en);

export const conflict = (code: string, zh: string, en: string) => new DomainError("conflict", code, zh, en);
