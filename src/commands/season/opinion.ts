// The review opinion (审查意见书) of one version: the automatic findings, the coordinator's
// comments with the passages they concern (and those on the unit's earlier versions, marked as
// the review screen marks them), the decision and the date, as a Word document.
import { citedTitle } from "../../shared/title-marks.ts";
import type { Store } from "../../store/db.ts";
import type { Scope } from "../access/scope.ts";
import { dayOf, today } from "./dates.ts";
import { type Block, heading, pack, para, table, title } from "./docx.ts";
import { getSubmission } from "./submissions.ts";
import { OPINION_DECISION, officialDate, opinionComments, opinionFindings } from "../../shared/opinion.ts";
import { reportName } from "../../shared/report-name.ts";
import { CARRIED_STATE_LABEL } from "./carried.ts";

export async function reviewOpinion(store: Store, scope: Scope, submissionId: number, now: Date) {
  const { row, season, unit, comments, earlier, review } = await getSubmission(store, scope, submissionId);
  const decidedOn = row.decided_at ? dayOf(row.decided_at) : today(now);
  const heading1 = `${unit.unit_name}${season.year}年度法治政府建设年度报告审查意见书`;
  const blocks: Block[] = [
    title(heading1),
    para(`${unit.unit_name}：`, { indent: false }),
    para(
      `你单位于${officialDate(dayOf(row.submitted_at))}报送的${citedTitle(reportName(review.title, unit.unit_name, season.year))}（第${row.version}版）收悉。经审查，意见如下：`,
    ),
    heading("一、必备内容审查"),
    table(
      ["必备内容", "结果"],
      review.parts.map((p) => [p.label, p.present ? "已包含" : "缺失"]),
    ),
    heading("二、自动审查发现的问题"),
    ...opinionFindings(review.findings).map((line) => para(line)),
    heading("三、审查批注"),
    ...opinionComments(
      row.version,
      comments,
      earlier.map((e) => ({ ...e.comment, version: e.version, stateLabel: CARRIED_STATE_LABEL[e.state] })),
    ).map((b) => (b.kind === "heading" ? heading(b.text, 2) : para(b.text))),
    heading("四、审查结论"),
    para(`${OPINION_DECISION[row.state]}${row.reason ? `理由：${row.reason}` : ""}`),
    para(""),
    para("依法治市办（司法局）", { right: true }),
    para(officialDate(decidedOn), { right: true }),
  ];
  return {
    filename: `${unit.unit_name}${season.year}年度报告审查意见书（第${row.version}版）.docx`,
    bytes: await pack(heading1, blocks),
  };
}
