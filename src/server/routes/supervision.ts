// Ledgers, tasks, progress, reviews, reminders and the digest.
import { z } from "zod";
import { reminderDigest, sendDigestNow } from "../../commands/digest/digest.ts";
import { invalid } from "../../commands/errors.ts";
import { MAX_EXPORT_ROWS, MAX_PAGE_SIZE } from "../../commands/paging.ts";
import { checkAttachment, type EvidenceFile, loadAttachment } from "../../commands/tasks/attachments.ts";
import { createLedger, listLedgers } from "../../commands/tasks/ledgers.ts";
import { closeMany, extendMany, MAX_BATCH } from "../../commands/tasks/batch.ts";
import { chase, MAX_CHASE_TASKS } from "../../commands/tasks/chase.ts";
import {
  addTask,
  closeTask,
  displayStatus,
  exportTasks,
  extendDeadline,
  findTask,
  getTask,
  listTasks,
  overview,
  reassignTask,
  reopenTask,
  reportProgress,
  requestClosure,
  reviewClosure,
  type TaskRow,
  today,
} from "../../commands/tasks/tasks.ts";
import type { FastifyRequest } from "fastify";
import type { Table } from "../../export/table.ts";
import type { ReminderList } from "../api-types.ts";
import { presentPage } from "../presenters/page.ts";
import {
  presentLedger,
  presentOverview,
  presentReminder,
  presentTask,
  presentTaskDetail,
} from "../presenters/task.ts";
import { type Context, defineRoute } from "./define.ts";
import { appUrl, linked, sendTable } from "./exports.ts";
import { filePartBytes } from "./multipart.ts";
import { pageQuery } from "./paging.ts";
import { attachmentHeader } from "./disposition.ts";

const id = z.object({ id: z.coerce.number().int().positive() });
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式为 YYYY-MM-DD");
const STATUSES = ["未开始", "进行中", "待审核", "已办结", "已逾期"] as const;

export const on = (ctx: Context) => today(ctx.config.now());
/** A task row as JSON, with the status shown on the day of the request. */
const taskJson = (ctx: Context, t: TaskRow) => presentTask({ ...t, display: displayStatus(t, on(ctx)) });
const changed = (ctx: Context, r: { updateId: number; task: TaskRow }) => ({
  updateId: r.updateId,
  task: taskJson(ctx, r.task),
});

/** The tasks as a sheet; across ledgers (reminders of all), with a ledger column. Each task's
 *  name links to it in the web app (its ledger opened at the task), not its internal number. */
function taskTable(
  tasks: Awaited<ReturnType<typeof exportTasks>>,
  ledgerColumn: boolean,
  baseUrl: string,
): Table {
  const headers = [
    "措施",
    "任务",
    "领域",
    "责任单位",
    "角色",
    "完成时限",
    "状态",
    "完成比例",
    "最新进展",
    "链接",
  ];
  const widths = [8, 40, 20, 24, 8, 12, 10, 10, 40, 40];
  return {
    name: "督办台账",
    headers: ledgerColumn ? ["督办台账", ...headers] : headers,
    widths: ledgerColumn ? [30, ...widths] : widths,
    rows: tasks.map((t) => {
      const page = linked(t.title, `${baseUrl}/tasks/${t.ledger_id}?task=${t.id}`);
      return [
        ...(ledgerColumn ? [t.ledger_title] : []),
        t.measure_no ? `（${t.measure_no}）` : "",
        page.cell,
        t.area ?? "",
        t.unit_name,
        t.role === "lead" ? "牵头" : "配合",
        t.due ?? t.term ?? "",
        t.display,
        `${t.percent}%`,
        t.latest,
        page.url,
      ];
    }),
  };
}

const newLedger = defineRoute(
  {
    method: "POST",
    url: "/api/ledgers",
    summary:
      "由实施方案生成督办台账：每项措施、每个责任单位一项任务（牵头/配合）；时限按督办期间推算，集合称谓展开为所选单位；每个方案一本，再建需说明理由",
    tag: "supervision",
    permission: "tasks:manage",
    body: z.object({
      documentId: z.number().int().positive(),
      period: z.object({ start: date, end: date }).nullish(),
      expansions: z.record(z.string().max(60), z.array(z.string().min(2).max(60)).max(500)).optional(),
      again: z.string().max(500).nullish(),
    }),
  },
  async ({ body }, ctx) => createLedger(ctx.store, ctx.scope, body),
);

const ledgers = defineRoute(
  {
    method: "GET",
    url: "/api/ledgers",
    summary: "督办台账列表（分页；默认不含已归档的，?archived=1 含）",
    tag: "supervision",
    permission: "tasks:read",
    query: pageQuery().extend({ archived: z.enum(["1", "true"]).optional() }),
  },
  async ({ query }, ctx) =>
    presentPage(
      await listLedgers(ctx.store, ctx.scope, { ...query, archived: Boolean(query.archived) }),
      presentLedger,
    ),
);

const ledgerOverview = defineRoute(
  {
    method: "GET",
    url: "/api/ledgers/:id/overview",
    summary: "完成率与逾期数：总体、按领域、按单位",
    tag: "supervision",
    permission: "tasks:read",
    params: id,
  },
  async ({ params }, ctx) => presentOverview(await overview(ctx.store, ctx.scope, params.id, on(ctx))),
);

const tasks = defineRoute(
  {
    method: "GET",
    url: "/api/tasks",
    summary:
      "任务列表（责任单位只看到本单位的任务；分页）；?q= 按任务名称、责任单位和措施原文检索（空格分隔的词须都找到），可与其他条件同用",
    tag: "supervision",
    permission: "tasks:read",
    query: pageQuery().extend({
      ledger: z.coerce.number().int().positive().optional(),
      unit: z.string().max(60).optional(),
      status: z.enum(STATUSES).optional(),
      dueWithin: z.coerce.number().int().min(0).max(3650).optional(),
      mine: z.enum(["1", "true"]).optional(),
      returned: z.enum(["1", "true"]).optional(),
      q: z.string().max(100).optional(),
    }),
  },
  async ({ query: q }, ctx) => {
    const filter = {
      ledgerId: q.ledger,
      unit: q.unit,
      status: q.status,
      dueWithinDays: q.dueWithin,
      mine: Boolean(q.mine),
      returned: Boolean(q.returned),
      q: q.q,
      page: q.page,
      pageSize: q.pageSize,
    };
    const page = await listTasks(ctx.store, ctx.scope, filter, on(ctx));
    return { on: on(ctx), ...presentPage(page, presentTask) };
  },
);

const newTask = defineRoute(
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
  },
  async ({ body }, ctx) => {
    const row = await addTask(ctx.store, ctx.scope, {
      ...body,
      due: body.due ?? null,
      area: body.area ?? null,
    });
    return { task: taskJson(ctx, row) };
  },
);

const task = defineRoute(
  {
    method: "GET",
    url: "/api/tasks/:id",
    summary: "任务详情、进展记录和附件",
    tag: "supervision",
    permission: "tasks:read",
    params: id,
  },
  async ({ params }, ctx) => presentTaskDetail(await getTask(ctx.store, ctx.scope, params.id, on(ctx))),
);

const progress = defineRoute(
  {
    method: "POST",
    url: "/api/tasks/:id/progress",
    summary: "报送进展：文字、完成比例、证明材料（multipart: text, percent, files）",
    tag: "supervision",
    permission: "tasks:report",
    params: id,
    multipart: true,
  },
  async ({ params }, ctx, req) => {
    await findTask(ctx.store, ctx.scope, params.id); // 404 before reading files of a task one may not see
    const row = await reportProgress(ctx.store, ctx.scope, params.id, await updateForm(req));
    return { task: taskJson(ctx, row) };
  },
);

/** A unit's update as a form: text, percent and evidence files (each checked by content). */
async function updateForm(req: FastifyRequest) {
  let text = "";
  let percent: number | null = null;
  const attachments: EvidenceFile[] = [];
  for await (const part of req.parts()) {
    if (part.type === "file") {
      const bytes = await filePartBytes(part, {
        zh: `附件「${part.filename}」超出大小限制`,
        en: "attachment too large",
      });
      attachments.push(checkAttachment(part.filename || "附件", bytes));
    } else if (part.fieldname === "text") text = String(part.value).slice(0, 5000);
    else if (part.fieldname === "percent" && String(part.value) !== "") {
      const p = Number(part.value);
      if (!Number.isInteger(p) || p < 0 || p > 100)
        throw invalid("invalid_input", "完成比例应为 0–100 的整数", "percent must be 0-100");
      percent = p;
    }
  }
  return { text, percent, attachments };
}

const requestClose = defineRoute(
  {
    method: "POST",
    url: "/api/tasks/:id/request-closure",
    summary: "申请办结（待督办审核）：说明（JSON），或说明和证明材料（multipart: text, files）",
    tag: "supervision",
    permission: "tasks:report",
    params: id,
    body: z.object({
      text: z.string().max(2000).default(""),
      percent: z.number().int().min(0).max(100).nullish(),
    }),
  },
  async ({ params, body }, ctx, req) => {
    await findTask(ctx.store, ctx.scope, params.id); // 404 before reading files of a task one may not see
    const input = req.isMultipart()
      ? await updateForm(req)
      : { text: body.text, percent: body.percent ?? null, attachments: [] };
    return changed(ctx, await requestClosure(ctx.store, ctx.scope, params.id, input));
  },
);

const review = defineRoute(
  {
    method: "POST",
    url: "/api/tasks/:id/review",
    summary: "审核办结申请：通过或退回（退回需说明原因）",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({ decision: z.enum(["accept", "return"]), comment: z.string().max(2000).default("") }),
  },
  async ({ params, body }, ctx) =>
    changed(
      ctx,
      await reviewClosure(ctx.store, ctx.scope, params.id, body.decision === "accept", body.comment),
    ),
);

const extend = defineRoute(
  {
    method: "POST",
    url: "/api/tasks/:id/extend",
    summary: "延长时限（晚于今天和原时限，需说明原因）",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({ due: date, reason: z.string().max(2000) }),
  },
  async ({ params, body }, ctx) =>
    changed(ctx, await extendDeadline(ctx.store, ctx.scope, params.id, { ...body, on: on(ctx) })),
);

const reassign = defineRoute(
  {
    method: "POST",
    url: "/api/tasks/:id/reassign",
    summary: "改派：责任单位和角色（牵头/配合），可为同一措施增加配合单位（需说明原因）",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({
      unitName: z.string().trim().min(2).max(60),
      role: z.enum(["lead", "cooperate"]).optional(),
      addCooperating: z.array(z.string().trim().min(2).max(60)).max(50).default([]),
      reason: z.string().max(2000),
    }),
  },
  async ({ params, body }, ctx) => {
    const current = await findTask(ctx.store, ctx.scope, params.id);
    const input = { ...body, role: body.role ?? current.role };
    return changed(ctx, await reassignTask(ctx.store, ctx.scope, params.id, input));
  },
);

const ids = z.array(z.number().int().positive()).min(1).max(MAX_BATCH);

const batchExtend = defineRoute(
  {
    method: "POST",
    url: "/api/tasks/batch/extend",
    summary: `批量延期（每项任务分别处理，返回已处理和未处理的任务及原因；最多 ${MAX_BATCH} 项）`,
    tag: "supervision",
    permission: "tasks:manage",
    body: z.object({ ids, due: date, reason: z.string().max(2000) }),
  },
  async ({ body }, ctx) => extendMany(ctx.store, ctx.scope, { ...body, on: on(ctx) }),
);

const batchClose = defineRoute(
  {
    method: "POST",
    url: "/api/tasks/batch/close",
    summary: `批量办结（需说明原因；最多 ${MAX_BATCH} 项）`,
    tag: "supervision",
    permission: "tasks:manage",
    body: z.object({ ids, reason: z.string().max(2000) }),
  },
  async ({ body }, ctx) => closeMany(ctx.store, ctx.scope, body),
);

const chaseRoute = defineRoute(
  {
    method: "POST",
    url: "/api/tasks/chase",
    summary: `催办：所选任务，或某台账中所选单位的全部未办结任务；记入任务记录，通知并邮件告知单位（最多 ${MAX_CHASE_TASKS} 项）`,
    tag: "supervision",
    permission: "tasks:manage",
    body: z.object({
      ids: z.array(z.number().int().positive()).max(MAX_CHASE_TASKS).optional(),
      ledgerId: z.number().int().positive().optional(),
      units: z.array(z.string().min(1).max(60)).max(500).optional(),
      message: z.string().max(2000),
    }),
  },
  async ({ body }, ctx, req) =>
    chase(ctx.store, ctx.scope, {
      taskIds: body.ids,
      ledgerId: body.ledgerId,
      units: body.units,
      message: body.message,
      mail: { smtpUrl: ctx.config.smtpUrl, from: ctx.config.mailFrom },
      onMailFailure: (err) => req.log.warn({ err }, "chase mail failed"),
    }),
);

const close = defineRoute(
  {
    method: "POST",
    url: "/api/tasks/:id/close",
    summary: "直接办结任务",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({ reason: z.string().max(2000).default("") }),
  },
  async ({ params, body }, ctx) =>
    changed(ctx, await closeTask(ctx.store, ctx.scope, params.id, body.reason)),
);

const reopen = defineRoute(
  {
    method: "POST",
    url: "/api/tasks/:id/reopen",
    summary: "重新打开已办结的任务（需说明原因）",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({ reason: z.string().max(2000) }),
  },
  async ({ params, body }, ctx) =>
    changed(ctx, await reopenTask(ctx.store, ctx.scope, params.id, body.reason)),
);

const attachment = defineRoute(
  {
    method: "GET",
    url: "/api/attachments/:id",
    summary: "下载附件（始终作为下载，不在页面中打开）",
    tag: "supervision",
    permission: "tasks:read",
    params: id,
    file: true,
  },
  async ({ params }, ctx, _req, reply) => {
    const a = await loadAttachment(ctx.store, ctx.scope, params.id);
    reply.header("content-disposition", attachmentHeader(a.name));
    reply.header("x-content-type-options", "nosniff");
    reply.header("content-security-policy", "default-src 'none'; sandbox");
    reply.type(a.mime);
    return Buffer.from(a.content);
  },
);

const reminderList = defineRoute(
  {
    method: "GET",
    url: "/api/reminders",
    summary: `到期提醒：一本台账（?ledger=）或全部未归档台账中 N 天内到期和已逾期的任务（最多列出 ${MAX_PAGE_SIZE} 项）`,
    tag: "supervision",
    permission: "tasks:read",
    query: z.object({
      days: z.coerce.number().int().min(0).max(365).default(7),
      ledger: z.coerce.number().int().positive().optional(),
    }),
  },
  async ({ query }, ctx) => {
    const r = await reminderDigest(ctx.store, ctx.scope, on(ctx), query.days, query.ledger);
    const list: ReminderList = {
      on: on(ctx),
      days: query.days,
      total: r.total,
      items: r.items.map(presentReminder),
      digest: r.digest,
    };
    return list;
  },
);

const sendDigest = defineRoute(
  {
    method: "POST",
    url: "/api/digest/send",
    summary: "立即发送每日提醒邮件（需配置 SMTP_URL）",
    tag: "supervision",
    permission: "tasks:manage",
    body: z.object({ days: z.number().int().min(0).max(365).default(7) }),
  },
  async ({ body }, ctx) => {
    const sent = await sendDigestNow(ctx.store, ctx.scope, {
      on: on(ctx),
      withinDays: body.days,
      smtpUrl: ctx.config.smtpUrl,
      from: ctx.config.mailFrom,
    });
    return { sent };
  },
);

const taskExport = defineRoute(
  {
    method: "GET",
    url: "/api/tasks/export",
    summary: `导出督办台账（含状态和最新进展）或到期提醒（?reminders=天数；最多 ${MAX_EXPORT_ROWS} 行）`,
    tag: "export",
    permission: "tasks:read",
    query: z.object({
      format: z.enum(["csv", "xlsx"]).default("xlsx"),
      ledger: z.coerce.number().int().positive().optional(),
      reminders: z.coerce.number().int().min(0).max(365).optional(),
    }),
    file: true,
  },
  async ({ query }, ctx, req, reply) => {
    const filter = { ledgerId: query.ledger, dueWithinDays: query.reminders };
    const rows = await exportTasks(ctx.store, ctx.scope, filter, on(ctx), MAX_EXPORT_ROWS);
    const name = query.reminders !== undefined ? "到期提醒" : "督办台账";
    return sendTable(reply, [taskTable(rows, query.ledger === undefined, appUrl(req))], query.format, name);
  },
);

export const SUPERVISION_ROUTES = [
  newLedger,
  ledgers,
  ledgerOverview,
  tasks,
  newTask,
  task,
  progress,
  requestClose,
  review,
  extend,
  reassign,
  close,
  reopen,
  batchExtend,
  batchClose,
  chaseRoute,
  attachment,
  reminderList,
  sendDigest,
  taskExport,
];

export type SupervisionRoutes = {
  ledgers: typeof ledgers;
  overview: typeof ledgerOverview;
  tasks: typeof tasks;
  task: typeof task;
  reminders: typeof reminderList;
  newLedger: typeof newLedger;
};
