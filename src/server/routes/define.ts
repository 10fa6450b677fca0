// A route is data: method, path, who may call it, its inputs as zod schemas, and a handler
// whose inputs are inferred from those schemas (parsed before it runs, never cast). The
// OpenAPI document and the permission test are derived from the same definitions.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Permission } from "../../commands/access/policy.ts";
import type { Scope } from "../../commands/access/scope.ts";
import { invalid } from "../../commands/errors.ts";
import type { AnalyzeOptions } from "../../pipeline.ts";
import type { Store } from "../../store/db.ts";
import type { JsonText } from "../presenters/json-text.ts";

export interface ServerConfig {
  /** how long a session lives without logging in again */
  sessionTtlMs: number;
  /** Secure flag on the session cookie (behind HTTPS) */
  secureCookies: boolean;
  smtpUrl: string | null;
  mailFrom: string;
  /** the clock, replaceable in tests */
  now: () => Date;
}

export interface Context {
  store: Store;
  options: AnalyzeOptions;
  config: ServerConfig;
  /** who is asking: every command call passes it on */
  scope: Scope;
  /** the session cookie's token, for signing out and keeping this session on a password change */
  sessionToken: string | undefined;
  /** the session's CSRF token (null when anonymous) */
  csrf: string | null;
}

type Schema = z.ZodObject | undefined;
type Parsed<S extends Schema> = S extends z.ZodObject ? z.output<S> : Record<string, never>;

export interface RouteSpec<P extends Schema = Schema, Q extends Schema = Schema, B extends Schema = Schema> {
  method: "GET" | "POST" | "DELETE";
  url: string;
  summary: string;
  tag: string;
  /** a first gate (see commands/access/policy.ts); the command checks its own permission too */
  permission: Permission;
  params?: P;
  query?: Q;
  body?: B;
  /** multipart upload: files in the `files` field */
  multipart?: true;
  /** the response is a file (CSV, XLSX, original) rather than JSON */
  file?: true;
}

export interface Input<P extends Schema, Q extends Schema, B extends Schema> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: B extends z.ZodObject ? z.output<B> : undefined;
}

export interface Route<R = unknown> extends RouteSpec {
  /** parse the request with the route's schemas, then run its handler */
  handle(ctx: Context, req: FastifyRequest, reply: FastifyReply): Promise<R>;
}

/** The response type of a route (what its handler returns; for JSON text, what it parses to). */
export type ResponseOf<T> = T extends Route<infer R> ? Unwrapped<Awaited<R>> : never;
type Unwrapped<R> = R extends JsonText<infer T> ? T : R;

function parse<S extends Schema>(schema: S | undefined, value: unknown, where: string): Parsed<S> {
  if (!schema) return {} as Parsed<S>;
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join(".") || where;
    throw invalid(
      "invalid_input",
      `参数无效：${field}（${issue?.message ?? ""}）`,
      `invalid ${where}: ${field} (${issue?.message ?? ""})`,
    );
  }
  return result.data as Parsed<S>;
}

export function defineRoute<
  R,
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(
  spec: RouteSpec<P, Q, B>,
  handler: (input: Input<P, Q, B>, ctx: Context, req: FastifyRequest, reply: FastifyReply) => Promise<R>,
): Route<R> {
  return {
    ...spec,
    async handle(ctx, req, reply) {
      const body = spec.body ? parse(spec.body, req.body, "body") : undefined;
      return handler(
        {
          params: parse<P>(spec.params, req.params, "path"),
          query: parse<Q>(spec.query, req.query, "query"),
          body: body as Input<P, Q, B>["body"],
        },
        ctx,
        req,
        reply,
      );
    },
  };
}
