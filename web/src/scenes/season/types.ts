// The season's API answers (types from the server's presenters) and the labels shown.
export type {
  DashboardJson,
  DiffJson,
  PublicReportJson,
  SeasonJson,
  SubmissionJson,
  VersionJson,
} from "../../../../src/server/presenters/season-types.ts";
import type { DraftReview } from "../../../../src/commands/season/types.ts";

export type {
  DraftReview,
  Rate,
  UnitPromises,
  UnitStatus,
} from "../../../../src/commands/season/types.ts";

export const STATUS_COLOR: Record<string, string> = {
  未提交: "default",
  已提交: "processing",
  已退回: "orange",
  已通过: "green",
  已公开: "cyan",
  逾期: "red",
};

export const PUBLICATION_COLOR: Record<string, string> = {
  on_time: "green",
  late: "orange",
  not_found: "red",
  differs: "red",
  hijacked: "magenta",
};

/** The draft check's findings of severity 错误 (warnings and notes do not count). */
export const errorCount = (review: DraftReview) =>
  review.findings.filter((f) => f.severity === "error").length;

/** What the automatic check still holds against a report: its 错误 and its missing parts
 *  (["1 个错误", "缺少 2 项必备内容"]), empty when neither. */
export function openProblems(review: DraftReview): string[] {
  const errors = errorCount(review);
  const missing = review.parts.filter((p) => !p.present).length;
  return [errors ? `${errors} 个错误` : "", missing ? `缺少 ${missing} 项必备内容` : ""].filter(Boolean);
}

/** What the count of problems to fix is made of: "2 项须修改" beside one 错误 read as a
 * miscount, since a missing part is listed as a 警告 and as a red tag. */
export function blockingText(review: DraftReview): string {
  return `${review.blocking} 项须修改：${openProblems(review).join("，")}`;
}
