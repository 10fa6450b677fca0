// The HTTP application: the API routes, the OpenAPI document, errors as JSON, and the web
// client's static files.
import { existsSync } from "node:fs";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { AnalyzeOptions } from "../pipeline.ts";
import type { Store } from "../store/db.ts";
import { requirePermission, scopeOf } from "../commands/access/scope.ts";
import { DomainError } from "../commands/errors.ts";
import { CSRF_HEADER, loadSession, SESSION_COOKIE } from "../commands/sessions/sessions.ts";
import { errorBody, STATUS } from "./errors.ts";
import { openApiDocument } from "./openapi.ts";
import { DOCUMENT_ROUTES } from "./routes/api.ts";
import { AUTH_ROUTES } from "./routes/auth.ts";
import { readCookie } from "./routes/cookies.ts";
import type { Route, ServerConfig } from "./routes/define.ts";
import { SUPERVISION_ROUTES } from "./routes/supervision.ts";

export const ROUTES: Route[] = [...DOCUMENT_ROUTES, ...AUTH_ROUTES, ...SUPERVISION_ROUTES];

export const DEFAULT_CONFIG: ServerConfig = {
  sessionTtlMs: 8 * 3600 * 1000,
  secureCookies: false,
  smtpUrl: null,
  mailFrom: "fazhi <noreply@localhost>",
  now: () => new Date(),
};

export interface AppOptions {
  store: Store;
  options: AnalyzeOptions;
  /** built web client (vite build output); not served when absent */
  webDir?: string | null;
  logger?: boolean;
  config?: Partial<ServerConfig>;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export async function buildApp({
  store,
  options,
  webDir,
  logger = false,
  config = {},
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 1024 * 1024 });
  await app.register(multipart, { limits: { fileSize: options.limits.maxBytes, files: 100, fields: 10 } });
  const serverConfig: ServerConfig = { ...DEFAULT_CONFIG, ...config };
  for (const route of ROUTES) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (req, reply) => {
        const sessionToken = readCookie(req.headers.cookie, SESSION_COOKIE);
        const session = await loadSession(store, sessionToken);
        const scope = scopeOf(session?.caller ?? null);
        // a first gate; each command checks its own permission again
        requirePermission(scope, route.permission);
        // a signed-in browser proves each change comes from our page: the token it was given
        if (session && !SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== session.csrf) {
          throw new DomainError(
            "forbidden",
            "csrf_failed",
            "请求校验失败,请刷新页面后重试",
            "CSRF token missing or wrong",
          );
        }
        if (route.multipart && !req.isMultipart()) {
          throw new DomainError(
            "unsupported",
            "not_multipart",
            "请以 multipart/form-data 上传文件",
            "upload files as multipart/form-data",
          );
        }
        const ctx = {
          store,
          options,
          config: serverConfig,
          scope,
          sessionToken,
          csrf: session?.csrf ?? null,
        };
        return route.handle(ctx, req, reply);
      },
    });
  }
  const openapi = openApiDocument(ROUTES);
  app.get("/api/openapi.json", async () => openapi);

  app.setErrorHandler((error, _req, reply) => {
    if (error instanceof DomainError) {
      if (error.retryAfter !== undefined) reply.header("retry-after", String(error.retryAfter));
      return reply.status(STATUS[error.kind]).send(errorBody(error.code, error.zh, error.en));
    }
    const e = error as { statusCode?: number; code?: string; message?: string };
    if (e.code === "FST_REQ_FILE_TOO_LARGE" || e.code === "FST_FILES_LIMIT") {
      return reply
        .status(413)
        .send(errorBody("too_large", `文件超出大小限制(${options.limits.maxBytes} 字节)`, "file too large"));
    }
    if (e.statusCode && e.statusCode < 500) {
      return reply
        .status(e.statusCode)
        .send(errorBody(e.code ?? "bad_request", `请求无效:${e.message ?? ""}`, e.message ?? "bad request"));
    }
    app.log.error(error);
    return reply.status(500).send(errorBody("internal", "服务器内部错误", "internal server error"));
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/"))
      return reply.status(404).send(errorBody("not_found", "接口不存在", "no such endpoint"));
    if (webDir && existsSync(`${webDir}/index.html`)) return reply.type("text/html").sendFile("index.html");
    return reply.status(404).send(errorBody("not_found", "页面不存在", "not found"));
  });
  if (webDir && existsSync(webDir)) await app.register(fastifyStatic, { root: webDir, wildcard: false });
  return app;
}
