// Sessions in HTTP-only cookies. The cookie holds a random token; the database holds only
// its hash, the CSRF token and the expiry. Signing in and out are commands like any other,
// so neither the routes nor the server's request hook run SQL.
import { createHash, randomBytes } from "node:crypto";
import type { Store } from "../../store/db.ts";
import type { Caller, Scope } from "../access/scope.ts";
import { requirePermission } from "../access/scope.ts";
import { audit } from "../audit/audit.ts";
import { registerNames } from "../units/registry.ts";
import { forgetSessions, keepSession, keptSession, readingMark } from "./cache.ts";
import { login } from "./login.ts";

export const SESSION_COOKIE = "fazhi_session";
export const CSRF_HEADER = "x-csrf-token";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A signed-in request's account and the CSRF token its page was given. */
export interface Session {
  caller: Caller;
  csrf: string;
}

export async function createSession(
  store: Store,
  userId: number,
  ttlMs: number,
): Promise<{ token: string; csrf: string; expires: Date }> {
  const token = randomBytes(32).toString("base64url");
  const csrf = randomBytes(24).toString("base64url");
  const expires = new Date(Date.now() + ttlMs);
  await store.db
    .insertInto("sessions")
    .values({ token_hash: hashToken(token), user_id: userId, csrf_token: csrf, expires_at: expires })
    .execute();
  return { token, csrf, expires };
}

/** The session behind a cookie's token, or null (no token, unknown, expired, disabled account).
 *  A session found is kept in the process for a few seconds (./cache.ts). */
export async function loadSession(
  store: Store,
  token: string | undefined,
  now = Date.now(),
): Promise<Session | null> {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const kept = keptSession(store.db, tokenHash, now);
  if (kept) return kept;
  const mark = readingMark(store.db);
  const row = await store.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    // the unit as the register names it (the account's own typed name, e.g. 市发改委, is kept
    // only for a unit the register does not hold), so the header says what seasons say
    .leftJoin("units", "units.key", "users.unit_key")
    .select([
      "units.name as register_name",
      "users.id",
      "users.username",
      "users.display_name",
      "users.role",
      "users.unit_name",
      "users.unit_key",
      "users.disabled",
      "users.must_change_password",
      "sessions.csrf_token",
      "sessions.expires_at",
    ])
    .where("sessions.token_hash", "=", tokenHash)
    .executeTakeFirst();
  if (!row || row.disabled) return null;
  const expires = new Date(row.expires_at).getTime();
  if (expires <= now) {
    await store.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
    return null;
  }
  const session: Session = {
    caller: {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      unitName: row.register_name ?? row.unit_name,
      unitKey: row.unit_key,
      mustChangePassword: row.must_change_password,
    },
    csrf: row.csrf_token,
  };
  keepSession(store.db, tokenHash, { session, expires, readAt: now }, mark);
  return session;
}

/** Sign in with a username and password: a new session, audited either way. */
export async function signIn(
  store: Store,
  input: { username: string; password: string; ttlMs: number; address: string; now: Date },
): Promise<{ caller: Caller; token: string; csrf: string }> {
  // throttled per account and address; throws unauthenticated or rate_limited
  const user = await login(store, input);
  const session = await createSession(store, user.id, input.ttlMs);
  const registered = user.unit_key
    ? (await registerNames(store.db, [user.unit_key])).get(user.unit_key)
    : undefined;
  await audit(store.db, { id: user.id, username: user.username }, "login", "user", user.id, null, null);
  return {
    caller: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role,
      unitName: registered ?? user.unit_name,
      unitKey: user.unit_key,
      mustChangePassword: user.must_change_password,
    },
    token: session.token,
    csrf: session.csrf,
  };
}

/** End the caller's session (the one whose token is given). */
export async function signOut(store: Store, scope: Scope, token: string | undefined): Promise<void> {
  requirePermission(scope, "signed-in");
  if (token) {
    const tokenHash = hashToken(token);
    await store.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
    forgetSessions(store.db, { tokenHash });
  }
  await audit(store.db, scope.caller, "logout", "user", scope.caller?.id ?? null, null, null);
}

/** End an account's sessions (all, or all but the one whose token is given); the account's
 *  sessions kept in this process are forgotten, the one spared too (it is read again). */
export async function deleteUserSessions(store: Store, userId: number, except?: string): Promise<void> {
  let q = store.db.deleteFrom("sessions").where("user_id", "=", userId);
  if (except) q = q.where("token_hash", "!=", hashToken(except));
  await q.execute();
  forgetSessions(store.db, { userId });
}
