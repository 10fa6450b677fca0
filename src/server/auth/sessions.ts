// Sessions in HTTP-only cookies. The cookie holds a random token; the database holds only
// its hash, the CSRF token and the expiry.
import { createHash, randomBytes } from "node:crypto";
import type { Store } from "../../store/db.ts";
import type { Role } from "../../store/schema.ts";

export const SESSION_COOKIE = "fazhi_session";
export const CSRF_HEADER = "x-csrf-token";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitName: string | null;
  unitKey: string | null;
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

export async function loadSession(store: Store, token: string | undefined): Promise<Actor | null> {
  if (!token) return null;
  const row = await store.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "users.id",
      "users.username",
      "users.display_name",
      "users.role",
      "users.unit_name",
      "users.unit_key",
      "users.disabled",
      "sessions.csrf_token",
      "sessions.expires_at",
    ])
    .where("sessions.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row || row.disabled) return null;
  if (new Date(row.expires_at).getTime() <= Date.now()) {
    await store.db.deleteFrom("sessions").where("token_hash", "=", hashToken(token)).execute();
    return null;
  }
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    unitName: row.unit_name,
    unitKey: row.unit_key,
    csrf: row.csrf_token,
  };
}

export async function deleteSession(store: Store, token: string): Promise<void> {
  await store.db.deleteFrom("sessions").where("token_hash", "=", hashToken(token)).execute();
}

export async function deleteUserSessions(store: Store, userId: number, except?: string): Promise<void> {
  let q = store.db.deleteFrom("sessions").where("user_id", "=", userId);
  if (except) q = q.where("token_hash", "!=", hashToken(except));
  await q.execute();
}
