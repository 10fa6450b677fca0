// Ledgers, tasks, progress, reviews, reminders and the digest.
import { z } from "zod";
import type { Table } from "../../export/table.ts";
import { ApiError } from "../errors.ts";
import type { Actor } from "../auth/sessions.ts";
import { checkAttachment, type EvidenceFile, loadAttachment } from "../../commands/tasks/attachments.ts";
import { buildDigest, digestText, reminders, sendMails } from "../../commands/digest/digest.ts";
import {
  addTask,
  closeTask,
  createLedger,
  extendDeadline,
  getTask,
  listLedgers,
  listTasks,
  overview,
  reassignTask,
  reopenTask,
  reportProgress,
  requestClosure,
  reviewClosure,
  today,
} from "../../commands/tasks/tasks.ts";
import type { Context, Route } from "./api.ts";
import { sendTable } from "./api.ts";

const id = z.object({ id: z.coerce.number().int().positive() });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式为 YYYY-MM-DD");
const STATUSES = ["未开始", "进行中", "待审核", "已办结", "已逾期"] as const;

const actorOf = (ctx: Context): Actor => {
  if (!ctx.actor) throw new ApiError(401, "login_required", "请先登录", "login required");
  return ctx.actor;
};
const on = (ctx: Context) => today(ctx.config.now());

const taskQuery = z.object({
  ledger: z.coerce.number().int().positive().optional(),
  unit: z.string().max(60).optional(),
  status: z.enum(STATUSES).optional(),
  dueWithin: z.coerce.number().int().min(0).max(3650).optional(),
  mine: z.enum(["1", "true"]).optional(),
});

function taskTable(tasks: Awaited<ReturnType<typeof listTasks>>, latest: Map<number, string>): Table {
  return {
    name: "督办台账",
    headers: ["编号", "措施", "任务", "领域", "责任单位", "角色", "完成时限", "状态", "完成比例", "最新进展"],
    widths: [8, 8, 40, 20, 24, 8, 12, 10, 10, 40],
    rows: tasks.map((t) => [
      t.id,
      t.measure_no ? `(${t.measure_no})` : "",
      t.title,
      t.area ?? "",
      t.unit_name,
      t.role === "lead" ? "牵头" : "配合",
      t.due ?? "",
      t.display,
      `${t.percent}%`,
      latest.get(t.id) ?? "",
    ]),
  };
}

export const SUPERVISION_ROUTES: Route[] = [
  {
    method: "POST",
    url: "/api/ledgers",
    summary: "由实施方案生成督办台账:每项措施、每个责任单位一项任务(牵头/配合,时限含默认)",
    tag: "supervision",
    permission: "tasks:manage",
    body: z.object({ documentId: z.number().int().positive() }),
    async handler({ body }, ctx) {
      return createLedger(ctx.store, actorOf(ctx), (body as { documentId: number }).documentId);
    },
  },
  {
    method: "GET",
    url: "/api/ledgers",
    summary: "督办台账列表",
    tag: "supervision",
    permission: "tasks:read",
    async handler(_i, ctx) {
      return { ledgers: await listLedgers(ctx.store, actorOf(ctx)) };
    },
  },
  {
    method: "GET",
    url: "/api/ledgers/:id/overview",
    summary: "完成率与逾期数:总体、按领域、按单位",
    tag: "supervision",
    permission: "tasks:read",
    params: id,
    async handler({ params }, ctx) {
      return overview(ctx.store, actorOf(ctx), params.id as number, on(ctx));
    },
  },
  {
    method: "GET",
    url: "/api/tasks",
    summary: "任务列表(责任单位只看到本单位的任务)",
    tag: "supervision",
    permission: "tasks:read",
    query: taskQuery,
    async handler({ query }, ctx) {
      const q = query as z.infer<typeof taskQuery>;
      const tasks = await listTasks(
        ctx.store,
        actorOf(ctx),
        {
          ledgerId: q.ledger,
          unit: q.unit,
          status: q.status,
          dueWithinDays: q.dueWithin,
          mine: Boolean(q.mine),
        },
        on(ctx),
      );
      return { on: on(ctx), tasks };
    },
  },
  {
    method: "POST",
    url: "/api/tasks",
    summary: "手工添加任务",
    tag: "supervision",
    permission: "tasks:manage",
    body: z.object({
      ledgerId: z.number().int().positive(),
      title: z.string().min(2).max(300),
      unitName: z.string().min(2).max(60),
      role: z.enum(["lead", "cooperate"]).default("lead"),
      due: date.nullish(),
      area: z.string().max(100).nullish(),
    }),
    async handler({ body }, ctx) {
      const b = body as {
        ledgerId: number;
        title: string;
        unitName: string;
        role: "lead" | "cooperate";
        due?: string | null;
        area?: string | null;
      };
      return {
        task: await addTask(ctx.store, actorOf(ctx), { ...b, due: b.due ?? null, area: b.area ?? null }),
      };
    },
  },
  {
    method: "GET",
    url: "/api/tasks/:id",
    summary: "任务详情、进展记录和附件",
    tag: "supervision",
    permission: "tasks:read",
    params: id,
    async handler({ params }, ctx) {
      return getTask(ctx.store, actorOf(ctx), params.id as number, on(ctx));
    },
  },
  {
    method: "POST",
    url: "/api/tasks/:id/progress",
    summary: "报送进展:文字、完成比例、证明材料(multipart: text, percent, files)",
    tag: "supervision",
    permission: "tasks:report",
    params: id,
    multipart: true,
    async handler({ params }, ctx, req) {
      const actor = actorOf(ctx);
      const taskId = params.id as number;
      await getTask(ctx.store, actor, taskId, on(ctx)); // 404 before reading files of a task one may not see
      let text = "";
      let percent: number | null = null;
      const attachments: EvidenceFile[] = [];
      for await (const part of req.parts()) {
        if (part.type === "file") {
          const bytes = new Uint8Array(await part.toBuffer());
          if (part.file.truncated)
            throw new ApiError(
              413,
              "too_large",
              `附件「${part.filename}」超出大小限制`,
              "attachment too large",
            );
          attachments.push(checkAttachment(part.filename || "附件", bytes));
        } else if (part.fieldname === "text") text = String(part.value).slice(0, 5000);
        else if (part.fieldname === "percent" && String(part.value) !== "") {
          const p = Number(part.value);
          if (!Number.isInteger(p) || p < 0 || p > 100)
            throw new ApiError(400, "invalid_input", "完成比例应为 0–100 的整数", "percent must be 0-100");
          percent = p;
        }
      }
      const task = await reportProgress(ctx.store, actor, taskId, { text, percent, attachments });
      return { task };
    },
  },
  {
    method: "POST",
    url: "/api/tasks/:id/request-closure",
    summary: "申请办结(待督办审核)",
    tag: "supervision",
    permission: "tasks:report",
    params: id,
    body: z.object({ text: z.string().max(2000).default("") }),
    async handler({ params, body }, ctx) {
      return requestClosure(ctx.store, actorOf(ctx), params.id as number, (body as { text: string }).text);
    },
  },
  {
    method: "POST",
    url: "/api/tasks/:id/review",
    summary: "审核办结申请:通过或退回(退回需说明原因)",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({ decision: z.enum(["accept", "return"]), comment: z.string().max(2000).default("") }),
    async handler({ params, body }, ctx) {
      const b = body as { decision: "accept" | "return"; comment: string };
      return reviewClosure(ctx.store, actorOf(ctx), params.id as number, b.decision === "accept", b.comment);
    },
  },
  {
    method: "POST",
    url: "/api/tasks/:id/extend",
    summary: "延长时限(需说明原因)",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({ due: date, reason: z.string().max(2000) }),
    async handler({ params, body }, ctx) {
      const b = body as { due: string; reason: string };
      return extendDeadline(ctx.store, actorOf(ctx), params.id as number, b.due, b.reason);
    },
  },
  {
    method: "POST",
    url: "/api/tasks/:id/reassign",
    summary: "改派责任单位(需说明原因)",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({ unitName: z.string().min(2).max(60), reason: z.string().max(2000) }),
    async handler({ params, body }, ctx) {
      const b = body as { unitName: string; reason: string };
      return reassignTask(ctx.store, actorOf(ctx), params.id as number, b.unitName, b.reason);
    },
  },
  {
    method: "POST",
    url: "/api/tasks/:id/close",
    summary: "直接办结任务",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({ reason: z.string().max(2000).default("") }),
    async handler({ params, body }, ctx) {
      return closeTask(ctx.store, actorOf(ctx), params.id as number, (body as { reason: string }).reason);
    },
  },
  {
    method: "POST",
    url: "/api/tasks/:id/reopen",
    summary: "重新打开已办结的任务(需说明原因)",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({ reason: z.string().max(2000) }),
    async handler({ params, body }, ctx) {
      return reopenTask(ctx.store, actorOf(ctx), params.id as number, (body as { reason: string }).reason);
    },
  },
  {
    method: "GET",
    url: "/api/attachments/:id",
    summary: "下载附件(始终作为下载,不在页面中打开)",
    tag: "supervision",
    permission: "tasks:read",
    params: id,
    file: true,
    async handler({ params }, ctx, _req, reply) {
      const a = await loadAttachment(ctx.store, actorOf(ctx), params.id as number);
      reply.header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(a.name)}`);
      reply.header("x-content-type-options", "nosniff");
      reply.header("content-security-policy", "default-src 'none'; sandbox");
      reply.type(a.mime);
      return Buffer.from(a.content);
    },
  },
  {
    method: "GET",
    url: "/api/reminders",
    summary: "到期提醒:N 天内到期和已逾期的任务",
    tag: "supervision",
    permission: "tasks:read",
    query: z.object({ days: z.coerce.number().int().min(0).max(365).default(7) }),
    async handler({ query }, ctx) {
      const actor = actorOf(ctx);
      const days = (query as { days: number }).days;
      const items = await reminders(
        ctx.store,
        on(ctx),
        days,
        actor.role === "unit" ? actor.unitKey : undefined,
      );
      return { on: on(ctx), days, items, digest: digestText(items, on(ctx), days) };
    },
  },
  {
    method: "POST",
    url: "/api/digest/send",
    summary: "立即发送每日提醒邮件(需配置 SMTP_URL)",
    tag: "supervision",
    permission: "tasks:manage",
    body: z.object({ days: z.number().int().min(0).max(365).default(7) }),
    async handler({ body }, ctx) {
      if (!ctx.config.smtpUrl)
        throw new ApiError(
          409,
          "smtp_not_configured",
          "未配置邮件服务器(SMTP_URL)",
          "SMTP is not configured",
        );
      const mails = await buildDigest(ctx.store, on(ctx), (body as { days: number }).days);
      const sent = await sendMails(ctx.config.smtpUrl, ctx.config.mailFrom, mails);
      return { sent };
    },
  },
  {
    method: "GET",
    url: "/api/tasks/export",
    summary: "导出督办台账(含状态和最新进展)或到期提醒(?reminders=天数)",
    tag: "export",
    permission: "tasks:read",
    query: z.object({
      format: z.enum(["csv", "xlsx"]).default("xlsx"),
      ledger: z.coerce.number().int().positive().optional(),
      reminders: z.coerce.number().int().min(0).max(365).optional(),
    }),
    file: true,
    async handler({ query }, ctx, _req, reply) {
      const actor = actorOf(ctx);
      const q = query as { format: "csv" | "xlsx"; ledger?: number; reminders?: number };
      const format = q.format;
      let tasks = await listTasks(
        ctx.store,
        actor,
        { ledgerId: q.ledger, dueWithinDays: q.reminders },
        on(ctx),
      );
      if (q.reminders !== undefined) tasks = tasks.sort((a, b) => (a.due ?? "").localeCompare(b.due ?? ""));
      const latest = new Map<number, string>();
      if (tasks.length) {
        const updates = await ctx.store.db
          .selectFrom("task_updates")
          .select(["task_id", "text", "kind"])
          .where(
            "task_id",
            "in",
            tasks.map((t) => t.id),
          )
          .where("text", "!=", "")
          .orderBy("id")
          .execute();
        for (const u of updates) latest.set(u.task_id, u.text);
      }
      return sendTable(
        reply,
        [taskTable(tasks, latest)],
        format,
        q.reminders !== undefined ? "到期提醒" : "督办台账",
      );
    },
  },
];
