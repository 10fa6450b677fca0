// The automatic review a unit sees before it submits, and the coordinator sees beside each
// version: the required parts, the issuer and year, and the engine's findings (arithmetic,
// tampering, spam, lost headings), each with its span.
import { RULE_DESCRIPTION, ruleLabel } from "../../labels.ts";
import { PART_NAMES } from "../../review/rules/missing-part.ts";
import { findingContext } from "../../shared/passage.ts";
import type { AnalysisRecord, Part } from "../../types.ts";
import { COPY_FINDING } from "./copied.ts";
import type { CopyReport, DraftReview } from "./types.ts";

export type { DraftReview };

/** What a finding means; a rule without a description reads as its title, never as its id. */
const describe = (rule: string) => RULE_DESCRIPTION[rule] ?? ruleLabel(rule);

/** The span and the words around it on its line (kept under this name for the season's callers). */
export { findingContext as spanContext } from "../../shared/passage.ts";

export function draftReview(
  record: AnalysisRecord,
  seasonYear?: number,
  copied: CopyReport | null = null,
): DraftReview {
  const parts = (Object.keys(PART_NAMES) as Part[]).map((part) => {
    const p = record.sections_present?.[part];
    return { part, label: PART_NAMES[part], present: p?.present ?? false, start: p?.start ?? null };
  });
  const findings = record.findings.map((f) => ({
    rule: f.rule,
    ruleLabel: describe(f.rule),
    severity: f.severity,
    message: f.message,
    start: f.start ?? null,
    end: f.end ?? null,
    context: findingContext(record.text, f.start ?? null, f.end ?? null),
  }));
  if (seasonYear !== undefined && record.meta.year !== null && record.meta.year !== seasonYear)
    findings.unshift({
      rule: "season:year",
      ruleLabel: describe("season:year"),
      severity: "error",
      message: `报告年度为${record.meta.year}年，本报告季为${seasonYear}年度`,
      start: null,
      end: null,
      context: null,
    });
  if (record.meta.kind !== "report")
    findings.unshift({
      rule: "season:not-report",
      ruleLabel: describe("season:not-report"),
      severity: "error",
      message: "未识别为法治政府建设年度报告，请确认上传的文件",
      start: null,
      end: null,
      context: null,
    });
  if (copied && copied.share >= COPY_FINDING)
    findings.push({
      rule: "season:copied",
      ruleLabel: describe("season:copied"),
      severity: "warning",
      message: `${(copied.share * 100).toFixed(1)}% 的文字与${copied.sources.map((x) => x.label).join("、")}重复`,
      start: copied.passages[0]?.start ?? null,
      end: copied.passages[0]?.end ?? null,
      context: findingContext(
        record.text,
        copied.passages[0]?.start ?? null,
        copied.passages[0]?.end ?? null,
      ),
    });
  return {
    title: record.meta.title,
    region: record.meta.region,
    year: record.meta.year,
    kind: record.meta.kind,
    parts,
    findings,
    tampered: Boolean(record.meta.tampering),
    copied,
    blocking: findings.filter((f) => f.severity === "error").length + parts.filter((p) => !p.present).length,
  };
}
