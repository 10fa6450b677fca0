// Route handlers get their inputs typed from the route's zod schemas: what a schema does not
// declare does not type-check (tsc runs over the tests), and input that breaks a schema is a
// 400 before the handler runs.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { DomainError } from "../src/commands/errors.ts";
import type * as Api from "../src/server/api-types.ts";
import type { DocumentRoutes } from "../src/server/routes/api.ts";
import type { AuthRoutes } from "../src/server/routes/auth.ts";
import { type Context, defineRoute, type ResponseOf } from "../src/server/routes/define.ts";
import type { SupervisionRoutes } from "../src/server/routes/supervision.ts";

const route = defineRoute(
  {
    method: "POST",
    url: "/api/things/:id",
    summary: "test",
    tag: "test",
    permission: "public",
    params: z.object({ id: z.coerce.number().int() }),
    query: z.object({ q: z.string().optional() }),
    body: z.object({ name: z.string() }),
  },
  async ({ params, query, body }) => {
    const id: number = params.id;
    const q: string | undefined = query.q;
    const name: string = body.name;
    // @ts-expect-error: the body declares no such field
    void body.other;
    // @ts-expect-error: a path parameter is a number after parsing, not a string
    const wrong: string = params.id;
    void wrong;
    return { id, q, name };
  },
);

const noInputs = defineRoute(
  { method: "GET", url: "/api/plain", summary: "test", tag: "test", permission: "public" },
  async ({ body }) => {
    // a route without a body schema gets no body
    const none: undefined = body;
    return { none };
  },
);

const ctx = { scope: SYSTEM_SCOPE } as unknown as Context;
const reply = {} as FastifyReply;
const request = (r: { params?: unknown; query?: unknown; body?: unknown }) => r as FastifyRequest;

test("inputs are parsed by the route's schemas before the handler runs", async () => {
  const out = await route.handle(
    ctx,
    request({ params: { id: "7" }, query: {}, body: { name: "甲" } }),
    reply,
  );
  assert.deepEqual(out, { id: 7, q: undefined, name: "甲" });
  await assert.rejects(
    route.handle(ctx, request({ params: { id: "x" }, query: {}, body: { name: "甲" } }), reply),
    (e: unknown) => e instanceof DomainError && e.kind === "invalid" && e.code === "invalid_input",
  );
  assert.deepEqual(await noInputs.handle(ctx, request({}), reply), { none: undefined });
});

// The web client's types (src/server/api-types.ts) are what the routes really answer: each pair
// below must be mutually assignable, or this file does not type-check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(_: T) => _;
agree<Same<ResponseOf<DocumentRoutes["documents"]>, Api.DocumentList>>(true);
agree<Same<ResponseOf<DocumentRoutes["document"]>, Api.DocumentDetail>>(true);
agree<Same<ResponseOf<DocumentRoutes["facts"]>, Api.FactList>>(true);
agree<Same<ResponseOf<DocumentRoutes["facets"]>, Api.Facets>>(true);
agree<Same<ResponseOf<DocumentRoutes["ledger"]>, Api.PlanLedger>>(true);
agree<Same<ResponseOf<DocumentRoutes["indicators"]>, { indicators: Api.Indicator[] }>>(true);
agree<Same<ResponseOf<DocumentRoutes["upload"]>, Api.Uploads>>(true);
agree<Same<ResponseOf<AuthRoutes["session"]>, Api.SessionInfo>>(true);
agree<Same<ResponseOf<AuthRoutes["users"]>, Api.PageOf<Api.User>>>(true);
agree<Same<ResponseOf<AuthRoutes["audit"]>, Api.PageOf<Api.AuditEntry>>>(true);
agree<Same<ResponseOf<SupervisionRoutes["tasks"]>, Api.TaskList>>(true);
agree<Same<ResponseOf<SupervisionRoutes["task"]>, Api.TaskDetail>>(true);
agree<Same<ResponseOf<SupervisionRoutes["ledgers"]>, Api.PageOf<Api.LedgerItem>>>(true);
agree<Same<ResponseOf<SupervisionRoutes["overview"]>, Api.Overview>>(true);
agree<Same<ResponseOf<SupervisionRoutes["reminders"]>, Api.ReminderList>>(true);
