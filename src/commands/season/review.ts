// Review (coordinator): comments anchored to passages of the text (批注), then accept, or
// return with a reason; the unit sees both and resubmits. Only the latest version awaiting
// review can be decided.
import { sql } from "kysely";
import type { Store } from "../../store/db.ts";
import { actorId, requirePermission, type Scope } from "../access/scope.ts";
import { conflict, invalid } from "../errors.ts";
import { notifyUnit } from "../notifications/notifications.ts";
import { loadSubmission } from "./access.ts";
import { auditSeason } from "./audit.ts";

export interface CommentInput {
  submissionId: number;
  text: string;
  /** the passage as shown; its span is found in the version's text */
  quote?: string | null;
  /** or the span itself (half-open, UTF-16 units) */
  start?: number | null;
  end?: number | null;
}

/** The span of the comment: given, or the first occurrence of the quoted passage. */
function anchor(text: string, input: CommentInput): { start: number; end: number } {
  if (input.start != null && input.end != null) {
    if (input.start < 0 || input.end <= input.start || input.end > text.length)
      throw invalid("bad_span", "批注位置超出报告正文", "span outside the text");
    return { start: input.start, end: input.end };
  }
  const quote = input.quote?.trim();
  if (!quote) throw invalid("no_anchor", "请选中要批注的原文", "select the passage to comment on");
  const start = text.indexOf(quote);
  if (start < 0) throw invalid("quote_not_found", `原文中找不到"${quote.slice(0, 30)}"`, "quote not in text");
  return { start, end: start + quote.length };
}

export async function addComment(store: Store, scope: Scope, input: CommentInput) {
  requirePermission(scope, "season:manage");
  const body = input.text.trim();
  if (!body) throw invalid("empty_comment", "批注内容不能为空", "empty comment");
  return store.db.transaction().execute(async (trx) => {
    const sub = await loadSubmission(trx, scope, input.submissionId, true);
    if (sub.state !== "submitted")
      throw conflict("decided", "该版本已审核，不能再批注", "this version is already decided");
    const span = anchor(sub.text, input);
    const row = await trx
      .insertInto("season_comments")
      .values({
        submission_id: sub.id,
        ...span,
        quote: sub.text.slice(span.start, span.end),
        text: body,
        author_id: actorId(scope),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditSeason(trx, scope, "comment", "season_submission", sub.id, null, {
      commentId: row.id,
      start: row.start,
      end: row.end,
      text: body,
    });
    return row;
  });
}

export interface DecisionInput {
  submissionId: number;
  decision: "accept" | "return";
  reason?: string | null;
  now: Date;
}

export async function decide(store: Store, scope: Scope, input: DecisionInput) {
  requirePermission(scope, "season:manage");
  const reason = input.reason?.trim() || null;
  if (input.decision === "return" && !reason)
    throw invalid("reason_required", "退回须写明理由", "a return needs a reason");
  return store.db.transaction().execute(async (trx) => {
    const sub = await loadSubmission(trx, scope, input.submissionId, true);
    if (sub.state !== "submitted")
      throw conflict("decided", "该版本已审核", "this version is already decided");
    const newer = await trx
      .selectFrom("season_submissions")
      .select("id")
      .where("season_id", "=", sub.season_id)
      .where("unit_key", "=", sub.unit_key)
      .where("version", ">", sub.version)
      .executeTakeFirst();
    if (newer) throw conflict("superseded", "单位已报送更新的版本，请审核最新版本", "a newer version exists");
    const after = await trx
      .updateTable("season_submissions")
      .set({
        state: input.decision === "accept" ? "accepted" : "returned",
        reason,
        decided_by: actorId(scope),
        decided_at: input.now,
      })
      .where("id", "=", sub.id)
      .where("state", "=", "submitted")
      .returningAll()
      .executeTakeFirstOrThrow();
    // the unit as the public page names it: a department by its name (长沙市司法局), a
    // government by its area (records analysed before issuers were read have only the area)
    const shownAs = after.record.meta.issuer ?? after.record.meta.region;
    if (input.decision === "accept" && shownAs)
      await trx
        .updateTable("season_units")
        // beside the name, which of the divisions sharing it (鼓楼区 of 福州市) the report is of;
        // a report that does not say keeps the code the unit was registered with
        .set({
          region: shownAs,
          region_code: sql<string | null>`coalesce(${after.record.meta.division?.code ?? null}, region_code)`,
        })
        .where("season_id", "=", sub.season_id)
        .where("unit_key", "=", sub.unit_key)
        .execute();
    // the unit's accounts hear of it at the bell, as of their tasks: a clerk who sent the
    // report has no other reason to open the season page and would miss a return
    const season = await trx
      .selectFrom("seasons")
      .select(["title", "publish_deadline"])
      .where("id", "=", sub.season_id)
      .executeTakeFirstOrThrow();
    const report = `${season.title}（第 ${sub.version} 版）`;
    await notifyUnit(trx, sub.unit_key, {
      kind: input.decision === "accept" ? "report_accept" : "report_return",
      text:
        input.decision === "accept"
          ? `${report}已审核通过，请于 ${season.publish_deadline} 前向社会公开并登记公开网址`
          : `${report}已退回：${reason?.replace(/[。；;，,.\s]+$/u, "")}。请按批注修改后重新报送`,
      taskId: null,
      ledgerId: null,
      actorId: actorId(scope),
    });
    await auditSeason(
      trx,
      scope,
      input.decision,
      "season_submission",
      sub.id,
      { state: sub.state },
      { state: after.state, reason },
    );
    return after;
  });
}
