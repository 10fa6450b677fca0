// Signing in through the API, as a browser would: the session cookie and the CSRF token.
import type { FastifyInstance } from "fastify";
import type { Store } from "../../src/store/db.ts";
import type { Role } from "../../src/store/schema.ts";
import { createUser } from "../../src/commands/users/users.ts";
import { SYSTEM_SCOPE } from "../../src/commands/access/scope.ts";

export const PASSWORD = "Fazhi-Test-2026!";

export interface Session {
  cookie: string;
  csrf: string;
}

export async function makeUsers(store: Store) {
  const users: Array<[string, Role, string | null]> = [
    ["admin1", "admin", null],
    ["coord1", "coordinator", null],
    ["unit-sfj", "unit", "市司法局"],
    ["unit-fgw", "unit", "市发改委"],
    ["eval1", "evaluator", null],
    ["public1", "public", null],
  ];
  for (const [username, role, unitName] of users) {
    await createUser(store, SYSTEM_SCOPE, {
      username,
      displayName: username,
      role,
      unitName,
      email: `${username}@example.test`,
      password: PASSWORD,
    });
  }
}

export async function login(app: FastifyInstance, username: string, password = PASSWORD): Promise<Session> {
  const res = await app.inject({ method: "POST", url: "/api/session", payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const setCookie = String(res.headers["set-cookie"]);
  return { cookie: setCookie.split(";")[0], csrf: (res.json() as { csrf: string }).csrf };
}

/** Headers of a signed-in request; with the CSRF token unless told otherwise. */
export const as = (s: Session | null, csrf = true) =>
  s ? { cookie: s.cookie, ...(csrf ? { "x-csrf-token": s.csrf } : {}) } : {};
