// Sessions, passwords, accounts and the audit log.
import { z } from "zod";
import { ROLES } from "../../commands/access/policy.ts";
import { listAudit } from "../../commands/audit/audit.ts";
import { SESSION_COOKIE, signIn, signOut } from "../../commands/sessions/sessions.ts";
import { changePassword, createUser, listUsers, USERNAME_RULE } from "../../commands/users/users.ts";
import { unitLabels } from "../../labels.ts";
import type { SessionInfo } from "../api-types.ts";
import { presentPage } from "../presenters/page.ts";
import { presentAuditEntry, presentSessionUser, presentUser } from "../presenters/user.ts";
import { cookieHeader } from "./cookies.ts";
import { defineRoute } from "./define.ts";
import { pageQuery } from "./paging.ts";

const session = defineRoute(
  {
    method: "GET",
    url: "/api/session",
    summary: "当前登录用户和 CSRF 令牌",
    tag: "auth",
    permission: "public",
  },
  async (_i, ctx): Promise<SessionInfo> => ({
    user: ctx.scope.caller ? presentSessionUser(ctx.scope.caller) : null,
    csrf: ctx.csrf,
  }),
);

const login = defineRoute(
  {
    method: "POST",
    url: "/api/session",
    summary: "登录（用户名和密码），会话保存在 HTTP-only Cookie 中",
    tag: "auth",
    permission: "public",
    body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
  },
  async ({ body }, ctx, req, reply) => {
    const s = await signIn(ctx.store, {
      ...body,
      ttlMs: ctx.config.sessionTtlMs,
      address: req.ip,
      now: ctx.config.now(),
    });
    reply.header(
      "set-cookie",
      cookieHeader(SESSION_COOKIE, s.token, {
        maxAgeSeconds: Math.floor(ctx.config.sessionTtlMs / 1000),
        secure: ctx.config.secureCookies,
      }),
    );
    return { user: presentSessionUser(s.caller), csrf: s.csrf };
  },
);

const logout = defineRoute(
  { method: "DELETE", url: "/api/session", summary: "退出登录", tag: "auth", permission: "signed-in" },
  async (_i, ctx, _req, reply) => {
    await signOut(ctx.store, ctx.scope, ctx.sessionToken);
    reply.header(
      "set-cookie",
      cookieHeader(SESSION_COOKIE, "", { maxAgeSeconds: 0, secure: ctx.config.secureCookies }),
    );
    return { ok: true };
  },
);

const password = defineRoute(
  {
    method: "POST",
    url: "/api/session/password",
    summary: "修改密码（其他会话随之失效）",
    tag: "auth",
    permission: "signed-in",
    body: z.object({ current: z.string().min(1).max(256), next: z.string().min(1).max(256) }),
  },
  async ({ body }, ctx) => {
    await changePassword(ctx.store, ctx.scope, { ...body, keepToken: ctx.sessionToken ?? "" });
    return { ok: true };
  },
);

const users = defineRoute(
  {
    method: "GET",
    url: "/api/users",
    summary: "用户列表（分页）",
    tag: "auth",
    permission: "users:manage",
    query: pageQuery(),
  },
  async ({ query }, ctx) => {
    const page = await listUsers(ctx.store, ctx.scope, query);
    // accounts of two divisions' units of one name carry their cities
    const label = unitLabels(
      page.items.flatMap((u) => (u.unit_name ? [{ name: u.unit_name, area_code: u.unit_area_code }] : [])),
    );
    return presentPage(page, (u) =>
      presentUser({
        ...u,
        unit_label: u.unit_name ? label({ name: u.unit_name, area_code: u.unit_area_code }) : null,
      }),
    );
  },
);

const newUser = defineRoute(
  {
    method: "POST",
    url: "/api/users",
    summary: "创建用户（仅管理员）；密码须符合规则",
    tag: "auth",
    permission: "users:manage",
    body: z.object({
      username: z.string().regex(USERNAME_RULE, "3–32 位字母、数字、_ . -"),
      displayName: z.string().min(1).max(40),
      role: z.enum(ROLES),
      unitKey: z.string().max(120).nullish(),
      unitName: z.string().max(60).nullish(),
      email: z.string().email().or(z.literal("")).nullish(),
      password: z.string().min(1).max(256),
    }),
  },
  async ({ body }, ctx) => ({ user: presentUser(await createUser(ctx.store, ctx.scope, body)) }),
);

const auditLog = defineRoute(
  {
    method: "GET",
    url: "/api/audit",
    summary: "审计日志（只读，仅管理员；分页）",
    tag: "auth",
    permission: "audit:read",
    query: pageQuery(100).extend({ entity: z.string().max(30).optional() }),
  },
  async ({ query }, ctx) => presentPage(await listAudit(ctx.store, ctx.scope, query), presentAuditEntry),
);

export const AUTH_ROUTES = [session, login, logout, password, users, newUser, auditLog];

export type AuthRoutes = {
  session: typeof session;
  login: typeof login;
  users: typeof users;
  newUser: typeof newUser;
  audit: typeof auditLog;
};
