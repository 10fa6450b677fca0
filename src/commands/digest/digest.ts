// Reminders: tasks due within N days and overdue; a daily digest that can be e-mailed when
// SMTP is configured (SMTP_URL, e.g. smtp://user:pass@host:587).
import nodemailer from "nodemailer";
import { type SeasonReminder, seasonReminders } from "../season/index.ts";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { conflict } from "../errors.ts";
import { MAX_EXPORT_ROWS, MAX_PAGE_SIZE } from "../paging.ts";
import { addDays, displayStatus, ledgerTitle, liveLedgers, visibleTasks } from "../tasks/tasks.ts";

export interface Reminder {
  id: number;
  ledgerId: number;
  ledgerTitle: string;
  measureNo: number | null;
  title: string;
  unitName: string;
  unitKey: string;
  due: string;
  display: string;
  daysLeft: number;
}

const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);

/**
 * Open tasks due within N days or overdue, soonest first (a unit: its own), of one ledger or of
 * every ledger not archived; at most `max`.
 */
export async function reminders(
  store: Store,
  scope: Scope,
  on: string,
  withinDays: number,
  max?: number,
  ledgerId?: number,
): Promise<Reminder[]> {
  requirePermission(scope, "tasks:read");
  let q = visibleTasks(store.db, scope)
    .selectAll()
    .select(ledgerTitle)
    .where("ledger_id", "in", liveLedgers(store.db))
    .where("status", "!=", "closed")
    .where("due", "is not", null)
    .where("due", "<=", addDays(on, withinDays))
    .orderBy("due")
    .orderBy("id");
  if (ledgerId) q = q.where("ledger_id", "=", ledgerId);
  if (max !== undefined) q = q.limit(max);
  const rows = await q.execute();
  return rows.map((t) => ({
    id: t.id,
    ledgerId: t.ledger_id,
    ledgerTitle: t.ledger_title ?? "",
    measureNo: t.measure_no,
    title: t.title,
    unitName: t.unit_name,
    unitKey: t.unit_key,
    due: t.due as string,
    display: displayStatus(t, on),
    daysLeft: daysBetween(on, t.due as string),
  }));
}

/** The reminders as text, ledger by ledger (each with its own counts). */
export function digestText(items: Reminder[], on: string, withinDays: number): string {
  const line = (r: Reminder) =>
    `  · ${r.unitName}  ${r.measureNo ? `（${r.measureNo}）` : ""}${r.title}  时限 ${r.due}${r.daysLeft < 0 ? `（已逾期 ${-r.daysLeft} 天）` : `（剩 ${r.daysLeft} 天）`}`;
  const ledgers = new Map<number, Reminder[]>();
  for (const r of items) ledgers.set(r.ledgerId, [...(ledgers.get(r.ledgerId) ?? []), r]);
  const sections = [...ledgers.values()].flatMap((list) => {
    const overdue = list.filter((r) => r.daysLeft < 0);
    const soon = list.filter((r) => r.daysLeft >= 0);
    return [
      "",
      `【督办台账：${list[0].ledgerTitle}】`,
      `已逾期 ${overdue.length} 项：`,
      ...overdue.map(line),
      `${withinDays} 天内到期 ${soon.length} 项：`,
      ...soon.map(line),
    ];
  });
  return [
    `法治政府建设任务提醒（${on}）`,
    ...(sections.length ? sections : ["", "没有逾期或即将到期的任务。"]),
    "",
    "请登录法治政府建设平台报送进展。",
  ].join("\n");
}

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** The annual report season's part of a digest: units that have not submitted or published. */
export function seasonDigestText(items: SeasonReminder[]): string {
  if (items.length === 0) return "";
  return ["", `年度报告提醒 ${items.length} 项：`, ...items.map((r) => `  · ${r.unitName}  ${r.text}`)].join(
    "\n",
  );
}

/** One message per recipient group: coordinators get everything, each unit its own tasks. */
export async function buildDigest(
  store: Store,
  scope: Scope,
  on: string,
  withinDays: number,
): Promise<Mail[]> {
  requirePermission(scope, "tasks:manage");
  const items = await reminders(store, scope, on, withinDays);
  const season = await seasonReminders(store, scope, new Date(`${on}T12:00:00+08:00`));
  if (items.length === 0 && season.length === 0) return [];
  const users = await store.db
    .selectFrom("users")
    .select(["email", "role", "unit_key"])
    .where("email", "is not", null)
    .where("disabled", "=", false)
    .execute();
  const mails: Mail[] = [];
  const coordinators = users
    .filter((u) => u.role === "coordinator" || u.role === "admin")
    .map((u) => u.email as string);
  if (coordinators.length)
    mails.push({
      to: coordinators,
      subject: `任务提醒：逾期与即将到期（${on}）`,
      text: digestText(items, on, withinDays) + seasonDigestText(season),
    });
  const byUnit = new Map<string, string[]>();
  for (const u of users.filter((x) => x.role === "unit" && x.unit_key))
    byUnit.set(u.unit_key as string, [...(byUnit.get(u.unit_key as string) ?? []), u.email as string]);
  for (const [key, to] of byUnit) {
    const mine = items.filter((r) => r.unitKey === key);
    const ours = season.filter((r) => r.unitKey === key);
    if (mine.length || ours.length)
      mails.push({
        to,
        subject: `本单位任务提醒（${on}）`,
        text: digestText(mine, on, withinDays) + seasonDigestText(ours),
      });
  }
  return mails;
}

export async function sendMails(smtpUrl: string, from: string, mails: Mail[]): Promise<number> {
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    for (const m of mails)
      await transport.sendMail({ from, to: m.to.join(", "), subject: m.subject, text: m.text });
  } finally {
    transport.close();
  }
  return mails.length;
}

/** Mail the digest now (the office's button); refused when no mail server is configured. */
export async function sendDigestNow(
  store: Store,
  scope: Scope,
  input: { on: string; withinDays: number; smtpUrl: string | null; from: string },
): Promise<number> {
  requirePermission(scope, "tasks:manage");
  if (!input.smtpUrl)
    throw conflict("smtp_not_configured", "未配置邮件服务器（SMTP_URL）", "SMTP is not configured");
  return sendMails(input.smtpUrl, input.from, await buildDigest(store, scope, input.on, input.withinDays));
}

/** The reminders page (of one ledger, or of all): the first page of items, and the digest text
 * of (at most an export of) them. */
export async function reminderDigest(
  store: Store,
  scope: Scope,
  on: string,
  withinDays: number,
  ledgerId?: number,
) {
  const items = await reminders(store, scope, on, withinDays, MAX_EXPORT_ROWS, ledgerId);
  return {
    items: items.slice(0, MAX_PAGE_SIZE),
    total: items.length,
    digest: digestText(items, on, withinDays),
  };
}
