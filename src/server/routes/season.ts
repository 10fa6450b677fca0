// The annual report season: thin routes (parse → one command → present), tag `season`.
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import * as season from "../../commands/season/index.ts";
import {
  presentDashboard,
  presentPublication,
  presentPublicReport,
  presentSeason,
  presentSubmission,
  presentVersionSummary,
} from "../presenters/season.ts";
import { presentPage } from "../presenters/page.ts";
import { pageOf } from "../../commands/paging.ts";
import { filePartBytes } from "./multipart.ts";
import { type Context, defineRoute, type Route } from "./define.ts";
import { pageQuery } from "./paging.ts";
import { regionLabels } from "../../labels.ts";
import { attachmentHeader } from "./disposition.ts";

const id = z.object({ id: z.coerce.number().int().positive() });
const unitParams = z.object({ id: z.coerce.number().int().positive(), unit: z.string().min(1).max(200) });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式为 YYYY-MM-DD");
const scope = (ctx: Context) => ctx.scope;
const deps = (ctx: Context) => ({
  fetcher: season.guardedFetch,
  options: ctx.options,
  now: ctx.config.now(),
});

/** The draft of a submission: one file (field `files`) and/or the fields `url` and `unit`. */
async function readDraftForm(req: FastifyRequest, maxBytes: number) {
  let file: { bytes: Uint8Array; name: string } | null = null;
  const fields: Record<string, string> = {};
  for await (const part of req.parts()) {
    if (part.type === "file") {
      const bytes = await filePartBytes(part, {
        zh: `${part.filename}: 超出大小限制 (${maxBytes} 字节)`,
        en: "file too large",
      });
      file = { bytes, name: part.filename || "未命名" };
    } else fields[part.fieldname] = String(part.value ?? "");
  }
  return { file, url: fields.url?.trim() || null, unitKey: fields.unit?.trim() || null };
}

async function sendDocx(reply: FastifyReply, out: { filename: string; bytes: Buffer }) {
  reply.header("content-disposition", attachmentHeader(out.filename));
  reply.type("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  return out.bytes;
}

const T = "season";

export const SEASON_ROUTES: Route[] = [
  defineRoute(
    {
      method: "GET",
      url: "/api/season/unit-candidates",
      summary: "可选报送单位（来自账号的单位登记）",
      tag: T,
      permission: "season:manage",
    },
    async (_i, ctx) => {
      return { units: await season.unitCandidates(ctx.store, scope(ctx)) };
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/seasons",
      summary: "报告季列表（责任单位只看到本单位参加的报告季）",
      tag: T,
      permission: "season:read",
      query: pageQuery(),
    },
    async ({ query }, ctx) => {
      return presentPage(await season.listSeasons(ctx.store, scope(ctx), query), presentSeason);
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/seasons",
      summary: "开启报告季：年度、报送单位、报送截止日期（默认次年3月31日）与公开截止日期（默认次年4月1日）",
      tag: T,
      permission: "season:manage",
      body: z.object({
        year: z.number().int().min(2000).max(2100),
        title: z.string().max(200).nullish(),
        submitDeadline: date.nullish(),
        publishDeadline: date.nullish(),
        units: z.array(z.string().min(2).max(60)).min(1).max(500),
      }),
    },
    async ({ body }, ctx) => {
      return { season: presentSeason(await season.createSeason(ctx.store, scope(ctx), body)) };
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/seasons/:id",
      summary: "修改报告季：名称、截止日期，增加报送单位",
      tag: T,
      permission: "season:manage",
      params: id,
      body: z.object({
        title: z.string().max(200).optional(),
        submitDeadline: date.optional(),
        publishDeadline: date.optional(),
        addUnits: z.array(z.string().min(2).max(60)).max(500).optional(),
      }),
    },
    async ({ params, body }, ctx) => {
      const s = await season.updateSeason(ctx.store, scope(ctx), params.id, body);
      return { season: presentSeason(s) };
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/seasons/:id/dashboard",
      summary: "报告季看板：各单位状态、计数、及时报告率与向社会公布率（含明细）、提醒",
      tag: T,
      permission: "season:read",
      params: id,
    },
    async ({ params }, ctx) => {
      return presentDashboard(await season.dashboard(ctx.store, scope(ctx), params.id, ctx.config.now()));
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/seasons/:id/units/:unit/versions",
      summary: "某单位报告的全部版本",
      tag: T,
      permission: "season:read",
      params: unitParams,
      query: pageQuery(),
    },
    async ({ params, query }, ctx) => {
      const page = await season.listVersions(ctx.store, scope(ctx), params.id, params.unit, query);
      return presentPage(page, presentVersionSummary);
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/seasons/:id/check",
      summary: "报送前自动审查（不保存）：必备内容、发文单位与年度、数字核对、篡改与抄袭迹象",
      tag: T,
      permission: "season:submit",
      params: id,
      multipart: true,
    },
    async ({ params }, ctx, req) => {
      const draft = await readDraftForm(req, ctx.options.limits.maxBytes);
      return season.checkDraft(ctx.store, scope(ctx), {
        ...draft,
        seasonId: params.id,
        ...deps(ctx),
      });
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/seasons/:id/submissions",
      summary: "报送年度报告（文件或公开网址）；每次报送都是新版本",
      tag: T,
      permission: "season:submit",
      params: id,
      multipart: true,
    },
    async ({ params }, ctx, req) => {
      const draft = await readDraftForm(req, ctx.options.limits.maxBytes);
      const row = await season.submitReport(ctx.store, scope(ctx), {
        ...draft,
        seasonId: params.id,
        ...deps(ctx),
      });
      return { id: row.id, version: row.version };
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/season/submissions/:id",
      summary: "一个版本：正文、自动审查结果与批注",
      tag: T,
      permission: "season:read",
      params: id,
    },
    async ({ params }, ctx) => {
      return presentSubmission(await season.getSubmission(ctx.store, scope(ctx), params.id));
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/season/submissions/:id/diff",
      summary: "与上一版本的差异（按段落）",
      tag: T,
      permission: "season:read",
      params: id,
    },
    async ({ params }, ctx) => {
      return season.diffWithPrevious(ctx.store, scope(ctx), params.id);
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/season/submissions/:id/comments",
      summary: "批注：锚定到原文片段（引用原文或起止位置）",
      tag: T,
      permission: "season:manage",
      params: id,
      body: z.object({
        text: z.string().min(1).max(2000),
        quote: z.string().max(2000).nullish(),
        start: z.number().int().min(0).nullish(),
        end: z.number().int().min(0).nullish(),
      }),
    },
    async ({ params, body }, ctx) => {
      const c = await season.addComment(ctx.store, scope(ctx), { ...body, submissionId: params.id });
      return { id: c.id, start: c.start, end: c.end, quote: c.quote, text: c.text };
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/season/submissions/:id/decision",
      summary: "审核：通过，或附理由退回",
      tag: T,
      permission: "season:manage",
      params: id,
      body: z.object({ decision: z.enum(["accept", "return"]), reason: z.string().max(2000).nullish() }),
    },
    async ({ params, body }, ctx) => {
      const row = await season.decide(ctx.store, scope(ctx), {
        ...body,
        submissionId: params.id,
        now: ctx.config.now(),
      });
      return { id: row.id, state: row.state };
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/season/submissions/:id/opinion.docx",
      summary: "审查意见书（Word）：审查发现、批注、结论与日期",
      tag: T,
      permission: "season:read",
      params: id,
      file: true,
    },
    async ({ params }, ctx, _req, reply) => {
      return sendDocx(reply, await season.reviewOpinion(ctx.store, scope(ctx), params.id, ctx.config.now()));
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/seasons/:id/publication",
      summary: "登记公开网址并立即核对（与审定稿比对、首次发现日期、按时/逾期/未找到/不一致/被篡改）",
      tag: T,
      permission: "season:submit",
      params: id,
      body: z.object({ url: z.string().min(8).max(2000), unit: z.string().max(200).nullish() }),
    },
    async ({ params, body }, ctx) => {
      const row = await season.recordPublication(
        ctx.store,
        scope(ctx),
        { seasonId: params.id, unitKey: body.unit, url: body.url },
        deps(ctx),
      );
      return presentPublication(row);
    },
  ),
  defineRoute(
    {
      method: "POST",
      url: "/api/seasons/:id/units/:unit/publication-check",
      summary: "重新核对某单位的公开情况",
      tag: T,
      permission: "season:manage",
      params: unitParams,
    },
    async ({ params }, ctx) => {
      return presentPublication(
        await season.checkPublication(ctx.store, scope(ctx), params.id, params.unit, deps(ctx)),
      );
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/seasons/:id/promises",
      summary: "上年度工作安排落实情况与指标数据逐年对照",
      tag: T,
      permission: "season:read",
      params: id,
      query: z.object({ unit: z.string().max(200).optional() }),
    },
    async ({ params, query }, ctx) => {
      return { units: await season.promisesOfSeason(ctx.store, scope(ctx), params.id, query.unit) };
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/seasons/:id/report-draft.docx",
      summary: "一键生成本级年度报告草稿（Word）",
      tag: T,
      permission: "season:manage",
      params: id,
      file: true,
    },
    async ({ params }, ctx, _req, reply) => {
      return sendDocx(reply, await season.reportDraft(ctx.store, scope(ctx), params.id, ctx.config.now()));
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/season/reminders",
      summary: "报告季提醒：未报送、被退回、未公开（责任单位只看到本单位的）",
      tag: T,
      permission: "season:read",
      query: pageQuery(),
    },
    async ({ query }, ctx) => {
      const all = await season.seasonReminders(ctx.store, scope(ctx), ctx.config.now());
      return pageOf(all, query);
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/public/reports",
      summary: "已公开的年度报告（按地区和年度），附公开核对结果；无需登录",
      tag: T,
      permission: "public",
      query: pageQuery(),
    },
    async ({ query }, ctx) => {
      const page = await season.publicReports(ctx.store, scope(ctx), query);
      const labels = regionLabels(page.items);
      return presentPage(page, (r) => presentPublicReport(r, labels));
    },
  ),
  defineRoute(
    {
      method: "GET",
      url: "/api/public/reports/:id",
      summary: "一份已公开年度报告的正文",
      tag: T,
      permission: "public",
      params: id,
    },
    async ({ params }, ctx) => {
      const r = await season.publicReport(ctx.store, scope(ctx), params.id);
      return { ...presentPublicReport(r), text: r.text };
    },
  ),
];
