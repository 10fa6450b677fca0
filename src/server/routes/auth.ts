// Sessions, passwords, accounts and the audit log.
import { z } from "zod";
import { ROLE_LABEL } from "../auth/permissions.ts";
import { createSession, deleteSession, SESSION_COOKIE } from "../auth/sessions.ts";
import { audit } from "../../commands/audit/audit.ts";
import { authenticate, changePassword, createUser, listUsers } from "../../commands/users/users.ts";
import { ApiError } from "../errors.ts";
import type { Route } from "./api.ts";
import { cookieHeader, readCookie } from "./cookies.ts";

const ROLES = ["admin", "coordinator", "unit", "evaluator", "public"] as const;

export const AUTH_ROUTES: Route[] = [
  {
    method: "GET",
    url: "/api/session",
    summary: "当前登录用户和 CSRF 令牌",
    tag: "auth",
    permission: "public",
    async handler(_i, ctx) {
      const a = ctx.actor;
      return {
        user: a
          ? {
              id: a.id,
              username: a.username,
              displayName: a.displayName,
              role: a.role,
              roleLabel: ROLE_LABEL[a.role],
              unitName: a.unitName,
            }
          : null,
        csrf: a?.csrf ?? null,
      };
    },
  },
  {
    method: "POST",
    url: "/api/session",
    summary: "登录(用户名和密码),会话保存在 HTTP-only Cookie 中",
    tag: "auth",
    permission: "public",
    body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
    async handler({ body }, ctx, _req, reply) {
      const { username, password } = body as { username: string; password: string };
      const user = await authenticate(ctx.store, username, password);
      if (!user) {
        await audit(ctx.store.db, null, "login-failed", "user", null, null, { username });
        throw new ApiError(401, "bad_credentials", "用户名或密码不正确", "wrong username or password");
      }
      const session = await createSession(ctx.store, user.id, ctx.config.sessionTtlMs);
      await audit(
        ctx.store.db,
        { id: user.id, username: user.username },
        "login",
        "user",
        user.id,
        null,
        null,
      );
      reply.header(
        "set-cookie",
        cookieHeader(SESSION_COOKIE, session.token, {
          maxAgeSeconds: Math.floor(ctx.config.sessionTtlMs / 1000),
          secure: ctx.config.secureCookies,
        }),
      );
      return {
        user: {
          id: user.id,
          username: user.username,
          displayName: user.display_name,
          role: user.role,
          roleLabel: ROLE_LABEL[user.role],
          unitName: user.unit_name,
        },
        csrf: session.csrf,
      };
    },
  },
  {
    method: "DELETE",
    url: "/api/session",
    summary: "退出登录",
    tag: "auth",
    permission: "signed-in",
    async handler(_i, ctx, req, reply) {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      if (token) await deleteSession(ctx.store, token);
      await audit(ctx.store.db, ctx.actor, "logout", "user", ctx.actor?.id ?? null, null, null);
      reply.header(
        "set-cookie",
        cookieHeader(SESSION_COOKIE, "", { maxAgeSeconds: 0, secure: ctx.config.secureCookies }),
      );
      return { ok: true };
    },
  },
  {
    method: "POST",
    url: "/api/session/password",
    summary: "修改密码(其他会话随之失效)",
    tag: "auth",
    permission: "signed-in",
    body: z.object({ current: z.string().min(1).max(256), next: z.string().min(1).max(256) }),
    async handler({ body }, ctx, req) {
      const { current, next } = body as { current: string; next: string };
      if (!ctx.actor) throw new ApiError(401, "login_required", "请先登录", "login required");
      await changePassword(
        ctx.store,
        ctx.actor,
        current,
        next,
        readCookie(req.headers.cookie, SESSION_COOKIE) ?? "",
      );
      return { ok: true };
    },
  },
  {
    method: "GET",
    url: "/api/users",
    summary: "用户列表",
    tag: "auth",
    permission: "users:manage",
    async handler(_i, ctx) {
      return { users: await listUsers(ctx.store) };
    },
  },
  {
    method: "POST",
    url: "/api/users",
    summary: "创建用户(仅管理员);密码须符合规则",
    tag: "auth",
    permission: "users:manage",
    body: z.object({
      username: z.string().regex(/^[A-Za-z0-9_.-]{3,32}$/, "3-32 位字母、数字、_ . -"),
      displayName: z.string().min(1).max(40),
      role: z.enum(ROLES),
      unitName: z.string().max(60).nullish(),
      email: z.string().email().nullish(),
      password: z.string().min(1).max(256),
    }),
    async handler({ body }, ctx) {
      const u = body as {
        username: string;
        displayName: string;
        role: (typeof ROLES)[number];
        unitName?: string | null;
        email?: string | null;
        password: string;
      };
      return { user: await createUser(ctx.store, ctx.actor, u) };
    },
  },
  {
    method: "GET",
    url: "/api/audit",
    summary: "审计日志(只读,仅管理员)",
    tag: "auth",
    permission: "audit:read",
    query: z.object({
      entity: z.string().max(30).optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(500).default(100),
    }),
    async handler({ query }, ctx) {
      const q = query as { entity?: string; page: number; pageSize: number };
      let rows = ctx.store.db.selectFrom("audit_log").selectAll();
      if (q.entity) rows = rows.where("entity", "=", q.entity);
      const entries = await rows
        .orderBy("id", "desc")
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return { entries };
    },
  },
];
