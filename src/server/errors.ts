// API errors: {error: {code, message, messageEn}}, Chinese first. Commands (and the server's
// request checks) throw DomainError; this one table turns each kind into an HTTP status.
import type { ErrorKind } from "../commands/errors.ts";

export const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  unprocessable: 422,
  rate_limited: 429,
  busy: 503,
  unavailable: 502,
};

export function errorBody(code: string, zh: string, en: string) {
  return { error: { code, message: zh, messageEn: en } };
}
