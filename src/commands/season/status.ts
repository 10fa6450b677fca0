// A unit's status in the season and the two rates exactly as reports cite them, derived from
// the stored rows and the date (never stored stale).
import type { SeasonRow, SubmissionRow, UnitRow } from "./access.ts";
import type { Rate, RateEntry, UnitStatus } from "./types.ts";

export type { Rate, RateEntry, UnitStatus };

export const UNIT_STATUSES: UnitStatus[] = ["未提交", "已提交", "已退回", "已通过", "已公开", "逾期"];

export const PUBLICATION_LABEL: Record<string, string> = {
  on_time: "按时公开",
  late: "逾期公开",
  not_found: "未找到",
  differs: "与审定稿不一致",
  hijacked: "疑似被篡改",
};

/** Published in the sense of the rules: the accepted text is on the page. */
export const isPublished = (u: Pick<UnitRow, "publication_status">) =>
  u.publication_status === "on_time" || u.publication_status === "late";

export function unitStatus(
  season: Pick<SeasonRow, "submit_deadline" | "publish_deadline">,
  unit: Pick<UnitRow, "publication_status">,
  latest: Pick<SubmissionRow, "state"> | undefined,
  on: string,
): UnitStatus {
  if (!latest) return on > season.submit_deadline ? "逾期" : "未提交";
  if (latest.state === "submitted") return "已提交";
  if (latest.state === "returned") return "已退回";
  if (isPublished(unit)) return "已公开";
  return on > season.publish_deadline ? "逾期" : "已通过";
}

export function rate(label: string, counted: RateEntry[], notCounted: RateEntry[]): Rate {
  const denominator = counted.length + notCounted.length;
  return {
    label,
    numerator: counted.length,
    denominator,
    percent: denominator ? Math.round((counted.length / denominator) * 1000) / 10 : null,
    counted,
    notCounted,
  };
}
