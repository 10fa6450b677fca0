// The HTTP application: the API routes, the OpenAPI document, errors as JSON, and the web
// client's static files.
import { existsSync } from "node:fs";
import { relative, sep } from "node:path";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import type { AnalyzeOptions } from "../pipeline.ts";
import type { Store } from "../store/db.ts";
import { requirePermission, scopeOf } from "../commands/access/scope.ts";
import { DomainError } from "../commands/errors.ts";
import { CSRF_HEADER, loadSession, SESSION_COOKIE } from "../commands/sessions/sessions.ts";
import { REQUEST_ERROR_BY_CODE, REQUEST_ERROR_BY_STATUS } from "../rules/request-errors.ts";
import { errorBody, STATUS } from "./errors.ts";

import { rejectNul } from "./input.ts";
import { databaseError, internalError, type LogOptions, loggingServerOptions } from "./logging.ts";
import { openApiDocument } from "./openapi.ts";
import { DOCUMENT_ROUTES } from "./routes/api.ts";
import { ACCOUNT_ROUTES } from "./routes/accounts.ts";
import { AUTH_ROUTES } from "./routes/auth.ts";
import { readCookie } from "./routes/cookies.ts";
import type { Route, ServerConfig } from "./routes/define.ts";
import { ASSESS_ROUTES } from "./routes/assess.ts";
import { NOTIFICATION_ROUTES } from "./routes/notifications.ts";
import { SEASON_ROUTES } from "./routes/season.ts";
import { LEDGER_ROUTES } from "./routes/ledgers.ts";
import { SUPERVISION_ROUTES } from "./routes/supervision.ts";
import { JsonText } from "./presenters/json-text.ts";

export const ROUTES: Route[] = [
  ...DOCUMENT_ROUTES,
  ...AUTH_ROUTES,
  ...LEDGER_ROUTES,
  ...ACCOUNT_ROUTES,
  ...SUPERVISION_ROUTES,
  ...NOTIFICATION_ROUTES,
  ...SEASON_ROUTES,
  ...ASSESS_ROUTES,
];

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
  /** pino settings (level, stream); none: no log (tests) */
  logger?: LogOptions | false;
  config?: Partial<ServerConfig>;
  /** behind a reverse proxy: take the client's address from X-Forwarded-For (FAZHI_TRUST_PROXY) */
  trustProxy?: boolean | string;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export async function buildApp({
  store,
  options,
  webDir,
  logger = false,
  trustProxy = false,
  config = {},
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...loggingServerOptions(logger),
    bodyLimit: 1024 * 1024,
    trustProxy,
    // an address that cannot be decoded (/%E0%A4%A) is refused before any hook: in Chinese too
    frameworkErrors: (error, _req, raw) => {
      const reply = raw as FastifyReply;
      const e = error as { statusCode?: number; code?: string; message?: string };
      const status = e.statusCode && e.statusCode < 500 ? e.statusCode : 400;
      void reply
        .status(status)
        .send(errorBody(e.code ?? "bad_request", requestProblem(status, e.code), e.message ?? "bad request"));
    },
  });
  app.addHook("onRequest", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });
  // text with NUL cannot be stored or searched (PostgreSQL refuses it): a 400, whatever the route
  app.addHook("preHandler", async (req) => rejectNul({ path: req.params, query: req.query, body: req.body }));
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
            "请求校验失败，请刷新页面后重试",
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
        const answer = await route.handle(ctx, req, reply);
        if (!(answer instanceof JsonText)) return answer;
        reply.type("application/json; charset=utf-8");
        return answer.text;
      },
    });
  }
  const openapi = openApiDocument(ROUTES);
  app.get("/api/openapi.json", async () => openapi);

  app.setErrorHandler((error, req, reply) => {
    if (error instanceof DomainError) {
      if (error.retryAfter !== undefined) reply.header("retry-after", String(error.retryAfter));
      return reply.status(STATUS[error.kind]).send(errorBody(error.code, error.zh, error.en));
    }
    const e = error as { statusCode?: number; code?: string; message?: string };
    if (e.code === "FST_REQ_FILE_TOO_LARGE" || e.code === "FST_FILES_LIMIT") {
      return reply
        .status(413)
        .send(
          errorBody("too_large", `文件超出大小限制（${options.limits.maxBytes} 字节）`, "file too large"),
        );
    }
    if (e.statusCode && e.statusCode < 500) {
      return reply
        .status(e.statusCode)
        .send(
          errorBody(
            e.code ?? "bad_request",
            requestProblem(e.statusCode, e.code),
            e.message ?? "bad request",
          ),
        );
    }
    const database = databaseError(req, error);
    if (database) {
      if (database.retryAfter !== undefined) reply.header("retry-after", String(database.retryAfter));
      return reply.status(database.status).send(database.body);
    }
    return reply.status(500).send(internalError(req, error));
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/"))
      return reply.status(404).send(errorBody("not_found", "接口不存在", "no such endpoint"));
    // a script of an earlier build (a tab opened before an upgrade asks for its old chunk) is
    // missing, not a page: the app's HTML in its place fails as "not a JavaScript module"
    // and the client cannot tell the user to reload
    if (req.url.startsWith("/assets/"))
      return reply.status(404).send(errorBody("not_found", "文件不存在", "no such asset"));
    if (webDir && existsSync(`${webDir}/index.html`)) return reply.type("text/html").sendFile("index.html");
    return reply.status(404).send(errorBody("not_found", "页面不存在", "not found"));
  });
  if (webDir)
    await app.register(fastifyStatic, {
      root: webDir,
      // every request looks at the folder as it is now: a build made while the server runs
      // (its new hashed names, a folder that was not there at start) is served at once. A list
      // of routes taken at start (wildcard: false) answered the new build's scripts with 404
      // until a restart — a blank page for everyone who reloaded
      wildcard: true,
      // the start says it once in Chinese when there is no build (services/web.ts)
      suppressWarning: true,
      // looking at the folder on each request serves dotfiles unless told not to (the list taken
      // at start had left them out): the build's stamp (.built), an editor's or a copy's leftovers
      // are no one's business — such an address gets the client, as any unknown page does
      dotfiles: "ignore",
      // scripts/build-web.js writes .br and .gz beside each asset: sent as the browser accepts
      preCompressed: true,
      cacheControl: false,
      // hashed file names never change content: cached for a year; the page itself is revalidated
      // (`path` is the file's full path: only its part under the build folder says which it is —
      // a server installed under /srv/assets/… had its page cached for a year)
      setHeaders: (reply, path) =>
        reply.header(
          "cache-control",
          relative(webDir, path).split(sep)[0] === "assets"
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        ),
    });
  return app;
}

/** A request the framework refused, in Chinese (rules/request-errors.ts): 请求无效：路径不允许. */
function requestProblem(status: number, code: string | undefined): string {
  const what = (code && REQUEST_ERROR_BY_CODE[code]) || REQUEST_ERROR_BY_STATUS[status] || "无法处理该请求";
  return `请求无效：${what}`;
}
