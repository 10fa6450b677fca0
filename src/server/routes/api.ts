// The document routes: each declares its inputs (zod) and a thin handler (parse → one command
// → presenter). The OpenAPI document is built from the same definitions.
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { compareFacts } from "../../commands/compare/compare.ts";
import {
  documentLedger,
  facetValues,
  getDocumentParts,
  getOriginal,
  listDocuments,
  setPublished,
} from "../../commands/documents/documents.ts";
import { type IngestInput, ingestDocuments, ingestUrl } from "../../commands/documents/ingest.ts";
import { DomainError, invalid } from "../../commands/errors.ts";
import { MAX_EXPORT_ROWS } from "../../commands/paging.ts";
import { ENGINE } from "../../engine.ts";
import { describeError, InputError } from "../../ingest/errors.ts";
import { ensureCapacity } from "../../ingest/pool.ts";
import { ledgerTables } from "../../plan/tables.ts";
import { INDICATORS } from "../../rules/indicators.ts";
import {
  MAX_RECORD_ITEMS,
  presentDocumentDetailJson,
  presentDocumentSummary,
  presentFact,
  factLabels,
  presentFacets,
  presentPlanLedger,
} from "../presenters/document.ts";
import type { UploadResult } from "../api-types.ts";
import { presentIndicator } from "../presenters/indicator.ts";
import { presentUploads } from "../presenters/upload.ts";
import { presentPage } from "../presenters/page.ts";
import { defineRoute } from "./define.ts";
import { appUrl, compareTable, documentsTable, sendTable } from "./exports.ts";
import { pageQuery } from "./paging.ts";
import { countStale } from "../../commands/documents/reanalyze.ts";
import { ORGAN_KINDS } from "../../commands/documents/organs.ts";
import { databaseError, internalError } from "../logging.ts";
import { organKindLabel, regionLabels } from "../../labels.ts";
import { attachmentHeader } from "./disposition.ts";

export type { Context, Route, ServerConfig } from "./define.ts";

const id = z.object({ id: z.coerce.number().int().positive().describe("文档编号") });
const csvList = (max: number) =>
  z
    .string()
    .max(4000)
    .optional()
    .transform((s) =>
      s
        ? s
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.string().max(80)).max(max, `最多 ${max} 项`));

const paging = pageQuery(20).shape;

const documentFilter = {
  q: z.string().max(200).optional().describe("全文检索词"),
  region: z.string().max(60).optional().describe("地区：行政区划代码（如 350102），或名称（同名地区都算）"),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  kind: z.enum(["report", "plan", "other"]).optional(),
  finding: z.string().max(80).optional().describe("问题规则编号，如 review:missing-part"),
  indicator: z.string().max(80).optional().describe("指标编号，如 reconsideration.received"),
  organ: z
    .enum(ORGAN_KINDS)
    .optional()
    .describe(
      `发文机关类别（政府及其部门以外）：${ORGAN_KINDS.map((k) => `${k} ${organKindLabel(k)}`).join("、")}`,
    ),
};

const compareFilter = {
  indicators: csvList(50).describe("指标编号，逗号分隔"),
  regions: csvList(100).describe("地区（行政区划代码或名称），逗号分隔"),
  years: csvList(50)
    .transform((years) => years.map(Number))
    .pipe(z.array(z.number("年度必须是整数").int("年度必须是整数").min(1990).max(2100)))
    .describe("年度，逗号分隔"),
};

const health = defineRoute(
  { method: "GET", url: "/api/health", summary: "服务状态", tag: "system", permission: "public" },
  async (_i, ctx) => ({
    ok: true,
    engine: ENGINE,
    database: ctx.store.engine,
    // documents (that the caller may see) still waiting for the background re-analysis
    reanalysisPending: await countStale(ctx.store, ctx.scope),
  }),
);

/** Why one file of an upload failed: the user's problem in words, or an internal error logged with its request id. */
function uploadError(req: FastifyRequest, name: string, error: unknown) {
  if (error instanceof InputError) return { code: error.problem, message: describeError(name, error) };
  if (error instanceof DomainError) return { code: error.code, message: error.zh };
  const database = databaseError(req, error);
  if (database) return { ...database.body.error, message: `${name}: ${database.body.error.message}` };
  return internalError(req, error, `upload of ${JSON.stringify(name)} failed`).error;
}

const documents = defineRoute(
  {
    method: "GET",
    url: "/api/documents",
    summary: "文档列表、筛选与全文检索（带高亮片段）；未登录只列出已公开的文档",
    tag: "documents",
    permission: "public",
    query: z.object({ ...documentFilter, ...paging }),
  },
  async ({ query }, ctx) => {
    const result = await listDocuments(ctx.store, ctx.scope, query);
    const labels = regionLabels(result.items.map((i) => i.row));
    return {
      ...presentPage(result, (i) => presentDocumentSummary(i.row, i.snippets, labels)),
      totalIsEstimate: result.totalIsEstimate,
      terms: result.terms,
    };
  },
);

const upload = defineRoute(
  {
    method: "POST",
    url: "/api/documents",
    summary: "上传文件（可多个）：网页、Word、PDF（含扫描件）、图片、文本",
    tag: "documents",
    permission: "documents:write",
    multipart: true,
  },
  async (_i, ctx, req) => {
    ensureCapacity(); // at capacity: 503 + Retry-After before reading the files
    // every file's place in the answer; the readable ones are analysed in the pool while the
    // next are read, and written in batches
    const results: Array<UploadResult | null> = [];
    const names: string[] = [];
    async function* files(): AsyncGenerator<IngestInput> {
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
        results.push(null);
        names.push(name);
        yield { bytes, name };
      }
    }
    const outcomes = await ingestDocuments(ctx.store, ctx.scope, files(), ctx.options);
    const answers = outcomes.map((o, k): UploadResult => {
      if (o.ok) return { name: names[k], ok: true, id: o.documentId, created: o.created };
      // not this file's fault: the whole request answers (403/401, or 503 "busy, retry")
      if (o.error instanceof DomainError && ["forbidden", "unauthenticated", "busy"].includes(o.error.kind))
        throw o.error;
      return { name: names[k], ok: false, error: uploadError(req, names[k], o.error) };
    });
    for (let k = 0, a = 0; k < results.length; k++) if (results[k] === null) results[k] = answers[a++];
    if (results.length === 0) throw invalid("no_files", "没有收到文件", "no files received");
    return presentUploads(results as UploadResult[]);
  },
);

const fromUrl = defineRoute(
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
  },
  async ({ body }, ctx) => {
    const { documentId, created } = await ingestUrl(ctx.store, ctx.scope, {
      url: body.url,
      options: ctx.options,
    });
    return { id: documentId, created };
  },
);

const document = defineRoute(
  {
    method: "GET",
    url: "/api/documents/:id",
    summary: "文档及其分析记录（原文、大纲、数据、问题）",
    tag: "documents",
    permission: "public",
    params: id,
  },
  async ({ params }, ctx) => {
    // the page shows the first MAX_RECORD_ITEMS facts and findings: only those are read; the
    // stored record's JSON is sent on as it is stored where the answer shows it unchanged
    const doc = await getDocumentParts(ctx.store, ctx.scope, params.id, { maxItems: MAX_RECORD_ITEMS });
    return presentDocumentDetailJson(doc.row, doc.parts, doc.history);
  },
);

const original = defineRoute(
  {
    method: "GET",
    url: "/api/documents/:id/original",
    summary: "下载原始文件（逐字节保存）",
    tag: "documents",
    permission: "public",
    params: id,
    file: true,
  },
  async ({ params }, ctx, _req, reply) => {
    const file = await getOriginal(ctx.store, ctx.scope, params.id);
    // never rendered inline: an uploaded page must not run in our origin
    reply.header("content-disposition", attachmentHeader(file.name.split("/").pop() ?? "original"));
    reply.header("x-content-type-options", "nosniff");
    reply.type("application/octet-stream");
    return Buffer.from(file.content);
  },
);

const ledger = defineRoute(
  {
    method: "GET",
    url: "/api/documents/:id/ledger",
    summary: "实施方案的任务台账（措施、责任单位、时限，按单位汇总）",
    tag: "plans",
    permission: "public",
    params: id,
  },
  async ({ params }, ctx) => presentPlanLedger(await documentLedger(ctx.store, ctx.scope, params.id)),
);

const facts = defineRoute(
  {
    method: "GET",
    url: "/api/facts",
    summary: "跨文档数据对比（按指标、地区、年度；分页）",
    tag: "compare",
    permission: "public",
    query: z.object({ ...compareFilter, ...paging }),
  },
  async ({ query }, ctx) => {
    const result = await compareFacts(ctx.store, ctx.scope, query);
    // the table and the chart name areas alike: 鼓楼区（福州市） wherever two shown share a name
    const labels = factLabels([...result.items, ...result.points]);
    return {
      ...presentPage(result, (f) => presentFact(f, labels)),
      points: result.points.map((f) => presentFact(f, labels)),
    };
  },
);

const indicators = defineRoute(
  { method: "GET", url: "/api/indicators", summary: "指标目录", tag: "compare", permission: "public" },
  async () => ({ indicators: INDICATORS.map(presentIndicator) }),
);

const facets = defineRoute(
  {
    method: "GET",
    url: "/api/facets",
    summary: "筛选项：地区、年度、问题规则、发文机关类别（只取自可见的文档）",
    tag: "documents",
    permission: "public",
    query: z.object({ region: z.string().max(40).optional() }),
  },
  async ({ query }, ctx) => presentFacets(await facetValues(ctx.store, ctx.scope, query.region)),
);

const publish = defineRoute(
  {
    method: "POST",
    url: "/api/documents/:id/publish",
    summary: "公开或撤回文档（公开后未登录用户可见）",
    tag: "documents",
    permission: "documents:write",
    params: id,
    body: z.object({ published: z.boolean() }),
  },
  async ({ params, body }, ctx) => setPublished(ctx.store, ctx.scope, params.id, body.published),
);

const exportTable = defineRoute(
  {
    method: "GET",
    url: "/api/export/:table.:format",
    summary: `导出表格（CSV/XLSX）：文档列表、数据对比、方案台账（最多 ${MAX_EXPORT_ROWS} 行）`,
    tag: "export",
    permission: "public",
    params: z.object({
      table: z.enum(["documents", "compare", "ledger"]),
      format: z.enum(["csv", "xlsx"]),
    }),
    query: z.object({
      ...documentFilter,
      ...compareFilter,
      id: z.coerce.number().int().positive().optional().describe("方案台账：文档编号"),
    }),
    file: true,
  },
  async ({ params, query }, ctx, req, reply) => {
    const all = { page: 1, pageSize: MAX_EXPORT_ROWS };
    if (params.table === "documents") {
      const result = await listDocuments(ctx.store, ctx.scope, { ...query, ...all }, MAX_EXPORT_ROWS);
      const labels = regionLabels(result.items.map((i) => i.row));
      const rows = result.items.map((i) => presentDocumentSummary(i.row, [], labels));
      return sendTable(reply, [documentsTable(rows, appUrl(req))], params.format, "文档列表");
    }
    if (params.table === "compare") {
      const result = await compareFacts(ctx.store, ctx.scope, { ...query, ...all }, MAX_EXPORT_ROWS);
      const labels = factLabels(result.items);
      const rows = result.items.map((f) => presentFact(f, labels));
      return sendTable(reply, [compareTable(rows)], params.format, "数据对比");
    }
    if (!query.id) throw invalid("invalid_input", "导出台账需要文档编号 id", "ledger export needs an id");
    const plan = await documentLedger(ctx.store, ctx.scope, query.id);
    return sendTable(reply, ledgerTables(plan), params.format, "任务台账");
  },
);

export const DOCUMENT_ROUTES = [
  health,
  documents,
  upload,
  fromUrl,
  document,
  original,
  ledger,
  facts,
  indicators,
  facets,
  publish,
  exportTable,
];

/** Response types of the document routes, for the web client (see ../api-types.ts). */
export type DocumentRoutes = {
  documents: typeof documents;
  document: typeof document;
  ledger: typeof ledger;
  facts: typeof facts;
  indicators: typeof indicators;
  facets: typeof facets;
  upload: typeof upload;
  fromUrl: typeof fromUrl;
  publish: typeof publish;
  health: typeof health;
};
