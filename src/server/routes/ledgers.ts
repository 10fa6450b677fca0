// A ledger's life after creation: the creation dialog's draft, archive and restore, delete,
// deadlines shifted in bulk (or one task's set).
import { z } from "zod";
import { archiveLedger, deleteLedger, ledgerDraft, shiftDeadlines } from "../../commands/tasks/ledgers.ts";
import { presentLedger, presentLedgerDraft } from "../presenters/task.ts";
import { defineRoute } from "./define.ts";
import { date, on } from "./supervision.ts";

const id = z.object({ id: z.coerce.number().int().positive() });

const draft = defineRoute(
  {
    method: "GET",
    url: "/api/ledgers/draft",
    summary: "生成台账前的准备：该方案已有的台账、方案时限的年份、建议的督办期间、集合称谓及可选单位",
    tag: "supervision",
    permission: "tasks:manage",
    query: z.object({ documentId: z.coerce.number().int().positive() }),
  },
  async ({ query }, ctx) =>
    presentLedgerDraft(await ledgerDraft(ctx.store, ctx.scope, query.documentId, on(ctx))),
);

const archive = defineRoute(
  {
    method: "POST",
    url: "/api/ledgers/:id/archive",
    summary: "归档台账（只读，不再出现在默认列表、提醒和每日提醒邮件中）",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
  },
  async ({ params }, ctx) =>
    presentLedger({ ...(await archiveLedger(ctx.store, ctx.scope, params.id, true)), tasks: null }),
);

const restore = defineRoute(
  {
    method: "POST",
    url: "/api/ledgers/:id/restore",
    summary: "恢复已归档的台账",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
  },
  async ({ params }, ctx) =>
    presentLedger({ ...(await archiveLedger(ctx.store, ctx.scope, params.id, false)), tasks: null }),
);

const remove = defineRoute(
  {
    method: "DELETE",
    url: "/api/ledgers/:id",
    summary: "删除台账及其任务、进展和材料记录（需确认；审计日志保留）",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({ confirm: z.literal(true) }),
  },
  async ({ params }, ctx) => deleteLedger(ctx.store, ctx.scope, params.id),
);

const shift = defineRoute(
  {
    method: "POST",
    url: "/api/ledgers/:id/deadlines",
    summary: "批量调整时限：所选任务或全部未办结任务顺延 N 个月或改为指定日期（需说明理由；单项任务亦可）",
    tag: "supervision",
    permission: "tasks:manage",
    params: id,
    body: z.object({
      taskIds: z.array(z.number().int().positive()).max(10_000).nullable().default(null),
      months: z.number().int().min(-120).max(120).optional(),
      to: date.optional(),
      reason: z.string().max(2000),
    }),
  },
  async ({ params, body }, ctx) => shiftDeadlines(ctx.store, ctx.scope, params.id, body),
);

export const LEDGER_ROUTES = [draft, archive, restore, remove, shift];

export type LedgerRoutes = { draft: typeof draft; shift: typeof shift };
