// The JSON API as a table of routes: each declares its inputs (zod), its description and a
// thin handler (load → command → presenter). The OpenAPI document is built from the same
// table, so the two never drift apart.
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { countStale } from "../../commands/documents/reanalyze.ts";
import { ENGINE } from "../../engine.ts";
import { toCsv } from "../../export/table.ts";
import { toXlsx } from "../../export/xlsx.ts";
import { describeError, InputError } from "../../ingest/errors.ts";
import { readSource } from "../../ingest/load.ts";
import { buildLedger } from "../../plan/ledger.ts";
import { ledgerTables } from "../../plan/tables.ts";
import type { AnalyzeOptions } from "../../pipeline.ts";
import { INDICATORS } from "../../rules/indicators.ts";
import type { Store } from "../../store/db.ts";
import { compareFacts } from "../../commands/compare/compare.ts";
import { facetValues, getDocument, getOriginal, listDocuments } from "../../commands/documents/documents.ts";
import { audit } from "../../commands/audit/audit.ts";
import { ingestDocument } from "../../commands/documents/ingest.ts";
import { allows, type Permission } from "../auth/permissions.ts";
import type { Actor } from "../auth/sessions.ts";
import { ApiError, DomainError, notFound } from "../errors.ts";
import { internalError } from "../logging.ts";
import { presentDocumentDetail, presentDocumentSummary } from "../presenters/document.ts";
import { compareTable, documentsTable, type ExportFormat } from "./exports.ts";

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
  /** the signed-in user, or null for anonymous requests */
  actor: Actor | null;
}

export interface Route {
  method: "GET" | "POST" | "DELETE";
  url: string;
  summary: string;
  tag: string;
  /** who may call it (see auth/permissions.ts) */
  permission: Permission;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodObject;
  /** multipart upload: files in the `files` field */
  multipart?: true;
  /** the response is a file (CSV, XLSX, original) rather than JSON */
  file?: true;
  handler(
    input: { params: Record<string, unknown>; query: Record<string, unknown>; body: unknown },
    ctx: Context,
    req: FastifyRequest,
    reply: FastifyReply,
  ): Promise<unknown>;
}

const id = z.object({ id: z.coerce.number().int().positive().describe("文档编号") });
const csvList = z
  .string()
  .optional()
  .transform((s) =>
    s
      ? s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean)
      : [],
  );

const listQuery = z.object({
  q: z.string().max(200).optional().describe("全文检索词"),
  region: z.string().max(60).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  kind: z.enum(["report", "plan", "other"]).optional(),
  finding: z.string().max(80).optional().describe("问题规则编号,如 review:missing-part"),
  indicator: z.string().max(80).optional().describe("指标编号,如 reconsideration.received"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const compareQuery = z.object({
  indicators: csvList.describe("指标编号,逗号分隔"),
  regions: csvList.describe("地区,逗号分隔"),
  years: csvList.describe("年度,逗号分隔"),
});

const exportParams = z.object({
  table: z.enum(["documents", "compare", "ledger"]),
  format: z.enum(["csv", "xlsx"]),
});

export async function sendTable(
  reply: FastifyReply,
  tables: Parameters<typeof toXlsx>[0],
  format: ExportFormat,
  name: string,
) {
  const filename = encodeURIComponent(`${name}.${format}`);
  reply.header("content-disposition", `attachment; filename*=UTF-8''${filename}`);
  if (format === "csv") {
    reply.type("text/csv; charset=utf-8");
    return toCsv(tables[0]);
  }
  reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  return toXlsx(tables);
}

function yearsOf(values: string[]): number[] {
  const years = values.map(Number);
  if (years.some((y) => !Number.isInteger(y)))
    throw new ApiError(400, "invalid_input", "年度必须是整数", "years must be integers");
  return years;
}

/** Why one file of an upload failed: the user's problem in words, or an internal error logged with its request id. */
function uploadError(req: FastifyRequest, name: string, error: unknown) {
  if (error instanceof InputError) return { code: error.problem, message: describeError(name, error) };
  if (error instanceof DomainError) return { code: error.code, message: error.zh };
  return internalError(req, error, `upload of ${JSON.stringify(name)} failed`).error;
}

/** Signed-in staff see every document; anonymous and public readers only published ones. */
const seesAll = (ctx: Context) => allows(ctx.actor?.role ?? null, "documents:read-all");

async function visibleDocument(ctx: Context, id: number) {
  const doc = await getDocument(ctx.store, id);
  if (!doc || (!seesAll(ctx) && doc.row.published_at === null)) throw notFound("文档", "document");
  return doc;
}

export const DOCUMENT_ROUTES: Route[] = [
  {
    method: "GET",
    url: "/api/health",
    summary: "服务状态",
    tag: "system",
    permission: "public",
    async handler(_i, ctx) {
      // documents still waiting for the background re-analysis after an engine upgrade
      return {
        ok: true,
        engine: ENGINE,
        database: ctx.store.engine,
        reanalysisPending: await countStale(ctx.store),
      };
    },
  },
  {
    method: "GET",
    url: "/api/documents",
    summary: "文档列表、筛选与全文检索(带高亮片段);未登录只列出已公开的文档",
    tag: "documents",
    permission: "public",
    query: listQuery,
    async handler({ query }, ctx) {
      const filter = query as z.infer<typeof listQuery>;
      const result = await listDocuments(ctx.store, { ...filter, publishedOnly: !seesAll(ctx) });
      return {
        total: result.total,
        page: filter.page,
        pageSize: filter.pageSize,
        terms: result.terms,
        items: result.items.map((i) => presentDocumentSummary(i.row, i.snippets)),
      };
    },
  },
  {
    method: "POST",
    url: "/api/documents",
    summary: "上传文件(可多个):网页、Word、PDF(含扫描件)、图片、文本",
    tag: "documents",
    permission: "documents:write",
    multipart: true,
    async handler(_i, ctx, req) {
      const results: Array<Record<string, unknown>> = [];
      for await (const part of req.files()) {
        const name = part.filename || "未命名";
        const bytes = new Uint8Array(await part.toBuffer().catch(() => Buffer.alloc(0)));
        if (part.file.truncated) {
          results.push({
            name,
            ok: false,
            error: {
              code: "too-large",
              message: `${name}: 超出大小限制 (${ctx.options.limits.maxBytes} 字节)`,
            },
          });
          continue;
        }
        try {
          const { documentId, created } = await ingestDocument(ctx.store, {
            bytes,
            name,
            options: ctx.options,
            actor: ctx.actor,
          });
          results.push({ name, ok: true, id: documentId, created });
        } catch (error) {
          results.push({ name, ok: false, error: uploadError(req, name, error) });
        }
      }
      if (results.length === 0) throw new ApiError(400, "no_files", "没有收到文件", "no files received");
      return { results };
    },
  },
  {
    method: "POST",
    url: "/api/documents/url",
    summary: "按网址抓取并分析",
    tag: "documents",
    permission: "documents:write",
    body: z.object({
      url: z
        .string()
        .url()
        .regex(/^https?:\/\//),
    }),
    async handler({ body }, ctx) {
      const { url } = body as { url: string };
      try {
        const bytes = await readSource(url, ctx.options.limits);
        const { documentId, created } = await ingestDocument(ctx.store, {
          bytes,
          name: url,
          sourceUrl: url,
          options: ctx.options,
          actor: ctx.actor,
        });
        return { id: documentId, created };
      } catch (error) {
        if (error instanceof InputError)
          throw new ApiError(422, error.problem, describeError(url, error), error.detail);
        throw error;
      }
    },
  },
  {
    method: "GET",
    url: "/api/documents/:id",
    summary: "文档及其分析记录(原文、大纲、数据、问题)",
    tag: "documents",
    permission: "public",
    params: id,
    async handler({ params }, ctx) {
      const doc = await visibleDocument(ctx, params.id as number);
      return presentDocumentDetail(doc.row, doc.record, doc.history);
    },
  },
  {
    method: "GET",
    url: "/api/documents/:id/original",
    summary: "下载原始文件(逐字节保存)",
    tag: "documents",
    permission: "public",
    params: id,
    file: true,
    async handler({ params }, ctx, _req, reply) {
      await visibleDocument(ctx, params.id as number);
      const original = await getOriginal(ctx.store, params.id as number);
      if (!original) throw notFound("文档", "document");
      // never rendered inline: an uploaded page must not run in our origin
      reply.header(
        "content-disposition",
        `attachment; filename*=UTF-8''${encodeURIComponent(original.name.split("/").pop() ?? "original")}`,
      );
      reply.header("x-content-type-options", "nosniff");
      reply.type("application/octet-stream");
      return Buffer.from(original.content);
    },
  },
  {
    method: "GET",
    url: "/api/documents/:id/ledger",
    summary: "实施方案的任务台账(措施、责任单位、时限,按单位汇总)",
    tag: "plans",
    permission: "public",
    params: id,
    async handler({ params }, ctx) {
      const doc = await visibleDocument(ctx, params.id as number);
      return { id: doc.row.id, title: doc.row.title, ...buildLedger(doc.record.measures) };
    },
  },
  {
    method: "GET",
    url: "/api/facts",
    summary: "跨文档数据对比(按指标、地区、年度)",
    tag: "compare",
    permission: "public",
    query: compareQuery,
    async handler({ query }, ctx) {
      const q = query as z.infer<typeof compareQuery>;
      return compareFacts(ctx.store, {
        indicators: q.indicators,
        regions: q.regions,
        years: yearsOf(q.years),
      });
    },
  },
  {
    method: "GET",
    url: "/api/indicators",
    summary: "指标目录",
    tag: "compare",
    permission: "public",
    async handler() {
      return { indicators: INDICATORS.map(({ id, label, area, kind }) => ({ id, label, area, kind })) };
    },
  },
  {
    method: "GET",
    url: "/api/facets",
    summary: "筛选项:地区、年度、问题规则",
    tag: "documents",
    permission: "public",
    async handler(_i, ctx) {
      return facetValues(ctx.store, !seesAll(ctx));
    },
  },
  {
    method: "POST",
    url: "/api/documents/:id/publish",
    summary: "公开或撤回文档(公开后未登录用户可见)",
    tag: "documents",
    permission: "documents:write",
    params: id,
    body: z.object({ published: z.boolean() }),
    async handler({ params, body }, ctx) {
      const { published } = body as { published: boolean };
      const doc = await visibleDocument(ctx, params.id as number);
      await ctx.store.db.transaction().execute(async (trx) => {
        await trx
          .updateTable("documents")
          .set({ published_at: published ? new Date() : null })
          .where("id", "=", doc.row.id)
          .execute();
        await audit(
          trx,
          ctx.actor,
          published ? "publish" : "unpublish",
          "document",
          doc.row.id,
          { published: doc.row.published_at !== null },
          { published },
        );
      });
      return { id: doc.row.id, published };
    },
  },
  {
    method: "GET",
    url: "/api/export/:table.:format",
    summary: "导出表格(CSV/XLSX):文档列表、数据对比、方案台账",
    tag: "export",
    permission: "public",
    params: exportParams,
    query: z.object({
      ...listQuery.shape,
      ...compareQuery.shape,
      id: z.coerce.number().int().positive().optional(),
    }),
    file: true,
    async handler({ params, query }, ctx, _req, reply) {
      const { table, format } = params as z.infer<typeof exportParams>;
      const q = query as Record<string, never>;
      if (table === "documents") {
        const result = await listDocuments(ctx.store, {
          ...(q as unknown as z.infer<typeof listQuery>),
          page: 1,
          pageSize: 10000,
        });
        return sendTable(
          reply,
          [documentsTable(result.items.map((i) => presentDocumentSummary(i.row)))],
          format,
          "文档列表",
        );
      }
      if (table === "compare") {
        const c = q as unknown as z.infer<typeof compareQuery>;
        const result = await compareFacts(ctx.store, {
          indicators: c.indicators,
          regions: c.regions,
          years: yearsOf(c.years),
        });
        return sendTable(reply, [compareTable(result.facts)], format, "数据对比");
      }
      const docId = (q as { id?: number }).id;
      if (!docId)
        throw new ApiError(400, "invalid_input", "导出台账需要文档编号 id", "ledger export needs an id");
      const doc = await visibleDocument(ctx, docId);
      return sendTable(reply, ledgerTables(buildLedger(doc.record.measures)), format, "任务台账");
    },
  },
];
