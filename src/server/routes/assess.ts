// Assessment: indicator systems, rounds, items and their evidence, appeals, results and the
// files made from them. Each route parses its input, calls one command, presents the result.
import type { FastifyReply } from "fastify";
import { z } from "zod";
import {
  advanceRound,
  citedDocuments,
  createRound,
  decideAppeal,
  enterItem,
  evidenceFile,
  fileAppeal,
  getSystem,
  listAppeals,
  listRounds,
  listSystems,
  recomputeRound,
  roundResults,
  saveSystem,
  setUnitDocument,
  storeEvidenceFile,
  traceItem,
} from "../../commands/assess/index.ts";
import { assessmentReport, roundDocumentName, scoreSheet } from "../../export/assess.ts";
import { invalid } from "../../commands/errors.ts";
import {
  presentAppeal,
  presentResults,
  presentRoundSummary,
  presentTrace,
  reportData,
} from "../presenters/assess.ts";
import { MAX_EXPORT_ROWS } from "../../commands/paging.ts";
import { presentPage } from "../presenters/page.ts";
import { filePartBytes } from "./multipart.ts";
import { type Context, defineRoute, type Route } from "./define.ts";
import { appUrl, sendTable } from "./exports.ts";
import { pageQuery } from "./paging.ts";
import { attachmentHeader } from "./disposition.ts";

const TAG = "assess";
const scope = (ctx: Context) => ctx.scope;
const id = z.object({ id: z.coerce.number().int().positive() });
const unitParams = z.object({
  id: z.coerce.number().int().positive(),
  unitId: z.coerce.number().int().positive(),
});
const fileParams = z.object({
  id: z.coerce.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const evidence = z
  .array(
    z.discriminatedUnion("kind", [
      z.object({
        kind: z.literal("file"),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        name: z.string().max(200),
      }),
      z.object({
        kind: z.literal("span"),
        documentId: z.number().int().positive(),
        start: z.number().int().min(0),
        end: z.number().int().positive(),
        // the server re-reads the quote from the document
        quote: z.string().max(2000).default(""),
      }),
    ]),
  )
  .max(20)
  .default([]);

const newRound = z.object({
  system: z.string().min(2).max(40).describe("指标体系名称"),
  year: z.number().int().min(2000).max(2100),
  title: z.string().max(120).nullish(),
  units: z
    .array(z.object({ name: z.string().min(2).max(60), documentId: z.number().int().positive().nullish() }))
    .min(1)
    .max(500),
});
const entry = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("manual"),
    points: z.number().min(0),
    reason: z.string().min(2).max(2000),
    evidence,
  }),
  z.object({
    kind: z.literal("survey"),
    value: z.number().min(0).max(100),
    reason: z.string().max(2000).optional(),
  }),
]);
const appealBody = z.object({ reason: z.string().min(4).max(2000), evidence });
const decision = z.object({
  accept: z.boolean(),
  points: z.number().min(0).nullish(),
  comment: z.string().min(2).max(2000),
});

async function report(ctx: Context, roundId: number, baseUrl: string) {
  const res = await roundResults(ctx.store, scope(ctx), roundId);
  const cited = await citedDocuments(
    ctx.store,
    scope(ctx),
    res.results.flatMap((r) => r.score.items.flatMap((i) => i.evidence)),
  );
  const all = { page: 1, pageSize: MAX_EXPORT_ROWS };
  const appeals = (await listAppeals(ctx.store, scope(ctx), roundId, all, MAX_EXPORT_ROWS)).items.map(
    presentAppeal,
  );
  return reportData(res, appeals, cited, baseUrl);
}

function attachment(reply: FastifyReply, name: string, type: string) {
  reply.header("content-disposition", attachmentHeader(name));
  reply.type(type);
}

export const ASSESS_ROUTES: Route[] = [
  defineRoute(
    {
      method: "GET",
      url: "/api/assess/systems",
      summary: "指标体系列表（内置和已保存的各版本）",
      tag: TAG,
      permission: "assess:read",
      query: pageQuery(),
    },
    async ({ query }, ctx) => {
      return listSystems(ctx.store, scope(ctx), query);
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/assess/systems/:key",
      summary: "指标体系内容（最新版本，或 ?version=）",
      tag: TAG,
      permission: "assess:read",
      params: z.object({ key: z.string().regex(/^[a-z0-9-]{2,40}$/) }),
      query: z.object({ version: z.string().max(20).optional() }),
    },
    async ({ params, query }, ctx) => {
      return { system: await getSystem(ctx.store, scope(ctx), params.key, query.version) };
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/assess/systems",
      summary: "保存指标体系（新体系或新版本；按格式校验，已有版本不可覆盖）",
      tag: TAG,
      permission: "assess:configure",
      body: z.object({ definition: z.unknown() }),
    },
    async ({ body }, ctx) => {
      return {
        system: await saveSystem(ctx.store, scope(ctx), body.definition),
      };
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/assess/rounds",
      summary: "评估轮次（公众只看到已公布的，责任单位只看到本单位参评的）",
      tag: TAG,
      permission: "public",
      query: pageQuery(),
    },
    async ({ query }, ctx) => {
      return presentPage(await listRounds(ctx.store, scope(ctx), query), presentRoundSummary);
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/assess/rounds",
      summary: "新建评估轮次（年度、指标体系、参评单位），并立即自动评分",
      tag: TAG,
      permission: "assess:configure",
      body: newRound,
    },
    async ({ body }, ctx) => {
      return createRound(ctx.store, scope(ctx), body, ctx.config.now());
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/assess/rounds/:id",
      summary: "评估结果：排名、一级指标得分（雷达图）、得分率分布、同比变化；公众只看已公布轮次的总分",
      tag: TAG,
      permission: "public",
      params: id,
    },
    async ({ params }, ctx) => {
      return presentResults(await roundResults(ctx.store, scope(ctx), params.id));
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/assess/rounds/:id/recompute",
      summary: "按当前来源（报告、台账、录入）重新计算自动评分项，分值变化记入日志",
      tag: TAG,
      permission: "assess:manage",
      params: id,
    },
    async ({ params }, ctx) => {
      return recomputeRound(ctx.store, scope(ctx), params.id, ctx.config.now());
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/assess/rounds/:id/finalise",
      summary: "定稿：锁定评分（须先处理完申诉）",
      tag: TAG,
      permission: "assess:configure",
      params: id,
    },
    async ({ params }, ctx) => {
      return advanceRound(ctx.store, scope(ctx), params.id, "finalise", ctx.config.now());
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/assess/rounds/:id/publish",
      summary: "公布已定稿的结果（公众可见总分和一级指标得分）",
      tag: TAG,
      permission: "assess:configure",
      params: id,
    },
    async ({ params }, ctx) => {
      return advanceRound(ctx.store, scope(ctx), params.id, "publish", ctx.config.now());
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/assess/rounds/:id/units/:unitId/document",
      summary: "指定参评单位的年度报告，并重新评分",
      tag: TAG,
      permission: "assess:manage",
      params: unitParams,
      body: z.object({ documentId: z.number().int().positive().nullable() }),
    },
    async ({ params, body }, ctx) => {
      const { id, unitId } = params;
      return setUnitDocument(ctx.store, scope(ctx), id, unitId, body.documentId, ctx.config.now());
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/assess/rounds/:id/appeals",
      summary: "本轮申诉（责任单位只看到本单位的）",
      tag: TAG,
      permission: "assess:read",
      params: id,
      query: pageQuery(),
    },
    async ({ params, query }, ctx) => {
      return presentPage(await listAppeals(ctx.store, scope(ctx), params.id, query), presentAppeal);
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/assess/rounds/:id/scores.xlsx",
      summary: "评分表（Excel）：排名和每个评分项的得分、规则和依据",
      tag: TAG,
      permission: "assess:read",
      params: id,
      file: true,
    },
    async ({ params }, ctx, req, reply) => {
      const data = await report(ctx, params.id, appUrl(req));
      return sendTable(reply, scoreSheet(data), "xlsx", roundDocumentName(data.title, "评分表"));
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/assess/rounds/:id/report.docx",
      summary: "评估报告（Word）",
      tag: TAG,
      permission: "assess:read",
      params: id,
      file: true,
    },
    async ({ params }, ctx, req, reply) => {
      const data = await report(ctx, params.id, appUrl(req));
      attachment(
        reply,
        `${roundDocumentName(data.title, "评估报告")}.docx`,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      );
      return assessmentReport(data);
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/assess/items/:id",
      summary: "评分项溯源：规则、输入、依据（原文段落、任务、材料）、变更记录和申诉",
      tag: TAG,
      permission: "assess:read",
      params: id,
    },
    async ({ params }, ctx) => {
      const trace = await traceItem(ctx.store, scope(ctx), params.id);
      return presentTrace(trace, await citedDocuments(ctx.store, scope(ctx), trace.item.evidence));
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/assess/items/:id/entry",
      summary: "人工评分或录入满意度（须写明理由，可附材料或报告段落）",
      tag: TAG,
      permission: "assess:manage",
      params: id,
      body: z.object({ entry }),
    },
    async ({ params, body }, ctx) => {
      return enterItem(ctx.store, scope(ctx), params.id, body.entry, ctx.config.now());
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/assess/items/:id/appeals",
      summary: "对本单位的评分项提出申诉（理由和证明材料）",
      tag: TAG,
      permission: "assess:appeal",
      params: id,
      body: appealBody,
    },
    async ({ params, body }, ctx) => {
      return fileAppeal(ctx.store, scope(ctx), params.id, body);
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/assess/items/:id/files/:sha256",
      summary: "下载评分项或申诉所附的证明材料",
      tag: TAG,
      permission: "assess:read",
      params: fileParams,
      file: true,
    },
    async ({ params }, ctx, _req, reply) => {
      const file = await evidenceFile(ctx.store, scope(ctx), params.id, params.sha256);
      attachment(reply, file.name, "application/octet-stream");
      return Buffer.from(file.content);
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/assess/appeals/:id/decision",
      summary: "处理申诉：采纳（给出分值）或不采纳，须写明意见",
      tag: TAG,
      permission: "assess:configure",
      params: id,
      body: decision,
    },
    async ({ params, body }, ctx) => {
      return decideAppeal(ctx.store, scope(ctx), params.id, body);
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/assess/files",
      summary: "上传证明材料（multipart: file），返回可作为依据引用的文件",
      tag: TAG,
      permission: "assess:read",
      multipart: true,
    },
    async (_i, ctx, req) => {
      const part = await req.file();
      if (!part) throw invalid("no_file", "请选择要上传的文件", "no file");
      const bytes = await filePartBytes(part, {
        zh: `文件「${part.filename}」超出大小限制`,
        en: "file too large",
      });
      return { file: await storeEvidenceFile(ctx.store, scope(ctx), part.filename || "材料", bytes) };
    },
  ),
];
