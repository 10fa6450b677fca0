// 催办: the office chases one unit or many with a message. Each open task chased gets the
// message in its history; each unit's accounts get one notification and one mail (through the
// digest's mail path) listing their tasks chased.
import type { Store } from "../../store/db.ts";
import { actorId, requirePermission, type Scope } from "../access/scope.ts";
import { audit } from "../audit/audit.ts";
import { type Mail, sendMails } from "../digest/digest.ts";
import { invalid } from "../errors.ts";
import { notifyUnit, unitAccounts } from "../notifications/notifications.ts";
import { taskLabel, type TaskRow, visibleTasks } from "./tasks.ts";

/** The most tasks one chase may name. */
export const MAX_CHASE_TASKS = 2000;

export interface ChaseInput {
  /** the tasks chased; or, with `ledgerId`, every open task of the units named */
  taskIds?: number[];
  ledgerId?: number;
  units?: string[];
  message: string;
  /** the mail server; without one, the chase is recorded and notified but not mailed */
  mail: { smtpUrl: string | null; from: string };
  /** told why the mail failed, in the mail server's words (for the log: the user reads mailNote) */
  onMailFailure?: (error: unknown) => void;
}

export interface ChaseResult {
  tasks: number;
  units: Array<{ name: string; tasks: number; notified: number; mailedTo: number }>;
  mailed: number;
  /** why the mail failed or was not sent (the chase itself stands) */
  mailNote: string | null;
}

/** The most tasks a notification names (the mail lists them all). */
const NAMED = 10;

/**
 * What a unit's accounts are told (shown under the tag 催办, so the text does not say it again):
 * the message, and the unit's tasks chased that it does not name already (the dialog's message
 * names one task, or the first two of several: naming them again in a list read as a stutter —
 * 催办：「（4）甲」的完成时限为…（「（4）甲」）).
 */
export function chaseNotice(message: string, tasks: Array<Pick<TaskRow, "measure_no" | "title">>): string {
  const named = (t: Pick<TaskRow, "title">) => message.includes(t.title);
  if (tasks.every(named)) return message;
  if (tasks.length === 1) return `任务「${taskLabel(tasks[0])}」：${message}`;
  const listed = tasks
    .slice(0, NAMED)
    .map((t) => `「${taskLabel(t)}」`)
    .join("、");
  const more = tasks.length > NAMED ? `等 ${tasks.length} 项` : "";
  return `${message}（涉及本单位任务：${listed}${more}）`;
}

async function chasedTasks(store: Store, scope: Scope, input: ChaseInput): Promise<TaskRow[]> {
  let q = visibleTasks(store.db, scope).selectAll().where("status", "!=", "closed");
  const units = input.units ?? [];
  if (input.taskIds?.length) q = q.where("id", "in", input.taskIds);
  else if (input.ledgerId && units.length)
    // a unit as 按单位 names it (the plan's words) or by its registry key
    q = q
      .where("ledger_id", "=", input.ledgerId)
      .where((eb) => eb.or([eb("unit_name", "in", units), eb("unit_key", "in", units)]));
  else throw invalid("nothing_chased", "请选择要催办的任务或单位", "name the tasks or units to chase");
  return q.orderBy("unit_key").orderBy("measure_no").orderBy("id").limit(MAX_CHASE_TASKS).execute();
}

export async function chase(store: Store, scope: Scope, input: ChaseInput): Promise<ChaseResult> {
  requirePermission(scope, "tasks:manage");
  const message = input.message.trim();
  if (!message) throw invalid("message_required", "请填写催办内容", "a chase needs a message");
  const tasks = await chasedTasks(store, scope, input);
  if (tasks.length === 0)
    throw invalid("nothing_open", "所选任务均已办结，无需催办", "every task named is closed");
  const byUnit = new Map<string, TaskRow[]>();
  for (const t of tasks) byUnit.set(t.unit_key, [...(byUnit.get(t.unit_key) ?? []), t]);
  const mails: Mail[] = [];
  const units = await store.db.transaction().execute(async (trx) => {
    const out: ChaseResult["units"] = [];
    for (const t of tasks) {
      await trx
        .insertInto("task_updates")
        .values({ task_id: t.id, user_id: actorId(scope), kind: "chase", text: message })
        .execute();
      await audit(trx, scope.caller, "chase", "task", t.id, null, { reason: message });
    }
    for (const [key, list] of byUnit) {
      const name = list[0].unit_name;
      const notified = await notifyUnit(trx, key, {
        kind: "chase",
        text: chaseNotice(message, list),
        taskId: list.length === 1 ? list[0].id : null,
        ledgerId: list[0].ledger_id,
        actorId: actorId(scope),
      });
      const to = (await unitAccounts(trx, key)).flatMap((u) => (u.email ? [u.email] : []));
      if (to.length)
        mails.push({
          to,
          subject: `督办催办：${name}`,
          text: [
            `${name}:`,
            "",
            message,
            "",
            `催办的任务 ${list.length} 项：`,
            ...list.map((t) => `  · ${taskLabel(t)}  时限 ${t.due ?? t.term ?? "未明确"}`),
            "",
            "请登录法治政府建设平台报送进展。",
          ].join("\n"),
        });
      out.push({ name, tasks: list.length, notified, mailedTo: to.length });
    }
    return out;
  });
  let mailed = 0;
  let mailNote: string | null = null;
  if (!input.mail.smtpUrl) mailNote = "未配置邮件服务器，未发送邮件";
  else if (mails.length)
    try {
      mailed = await sendMails(input.mail.smtpUrl, input.mail.from, mails);
    } catch (e) {
      // the mail server's own words (Invalid login: 535…, connect ECONNREFUSED) go to the log
      mailNote = "邮件发送失败（邮件服务器无法连接或拒绝发送），单位已在平台内收到通知";
      input.onMailFailure?.(e);
    }
  return { tasks: tasks.length, units, mailed, mailNote };
}
