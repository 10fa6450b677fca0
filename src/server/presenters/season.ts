// The only way season rows become API JSON (camelCase; codes come with their Chinese labels).
import { reportName } from "../../shared/report-name.ts";
import { titleMarks } from "../../shared/title-marks.ts";
import type { dashboard, getSubmission, publicReports } from "../../commands/season/index.ts";
import { CARRIED_STATE_LABEL, PUBLICATION_LABEL } from "../../commands/season/index.ts";
import type {
  CommentJson,
  DashboardJson,
  PublicationJson,
  PublicReportJson,
  SeasonJson,
  SubmissionJson,
  VersionJson,
} from "./season-types.ts";
import type { Evidence } from "../../commands/season/types.ts";
import { type AreaRef, regionLabels } from "../../labels.ts";
import type { SeasonRow, SubmissionRow, UnitRow } from "../../commands/season/access.ts";

const iso = (d: Date | string | null) =>
  d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString();

export const STATE_LABEL: Record<string, string> = {
  submitted: "待审核",
  returned: "已退回",
  accepted: "已通过",
};

export const presentSeason = (s: SeasonRow): SeasonJson => ({
  id: s.id,
  year: s.year,
  title: s.title,
  submitDeadline: s.submit_deadline,
  publishDeadline: s.publish_deadline,
  createdAt: iso(s.created_at),
});

export const presentPublication = (
  u: Pick<
    UnitRow,
    | "publication_url"
    | "published_on"
    | "publication_status"
    | "publication_checked_at"
    | "publication_evidence"
  >,
): PublicationJson => ({
  url: u.publication_url,
  publishedOn: u.published_on,
  status: u.publication_status,
  statusLabel: u.publication_status ? PUBLICATION_LABEL[u.publication_status] : null,
  checkedAt: iso(u.publication_checked_at),
  evidence: ((typeof u.publication_evidence === "string"
    ? JSON.parse(u.publication_evidence)
    : u.publication_evidence) ?? null) as Evidence | null,
});

export const presentVersionSummary = (
  v: Pick<
    SubmissionRow,
    "id" | "version" | "name" | "source_url" | "format" | "state" | "reason" | "submitted_at" | "decided_at"
  >,
): VersionJson => ({
  id: v.id,
  version: v.version,
  name: v.name,
  sourceUrl: v.source_url,
  format: v.format,
  state: v.state,
  stateLabel: STATE_LABEL[v.state],
  reason: v.reason,
  submittedAt: iso(v.submitted_at),
  decidedAt: iso(v.decided_at),
});

export function presentDashboard(d: Awaited<ReturnType<typeof dashboard>>): DashboardJson {
  return {
    season: presentSeason(d.season),
    on: d.on,
    counts: d.counts,
    rates: d.rates,
    reminders: d.reminders,
    units: d.rows.map((r) => ({
      unitKey: r.unit.unit_key,
      unitName: r.unit.unit_name,
      region: r.unit.region,
      status: r.status,
      firstSubmittedOn: r.firstSubmittedOn,
      latest: r.latest ? presentVersionSummary(r.latest) : null,
      publication: presentPublication(r.unit),
    })),
  };
}

export function presentSubmission(s: Awaited<ReturnType<typeof getSubmission>>): SubmissionJson {
  return {
    ...presentVersionSummary(s.row),
    season: presentSeason(s.season),
    unitKey: s.unit.unit_key,
    unitName: s.unit.unit_name,
    text: s.row.text,
    review: s.review,
    comments: s.comments.map(presentComment),
    earlierComments: s.earlier.map((e) => ({
      ...presentComment(e.comment),
      version: e.version,
      state: e.state,
      stateLabel: CARRIED_STATE_LABEL[e.state],
      at: e.at,
    })),
  };
}

function presentComment(c: Awaited<ReturnType<typeof getSubmission>>["comments"][number]): CommentJson {
  return {
    id: c.id,
    start: c.start,
    end: c.end,
    quote: c.quote,
    text: c.text,
    author: c.author,
    createdAt: iso(c.created_at),
  };
}

type PublicReportRow = Awaited<ReturnType<typeof publicReports>>["items"][number];

export const presentPublicReport = (
  r: PublicReportRow,
  label: (a: AreaRef) => string = regionLabels([r]),
): PublicReportJson => ({
  submissionId: r.submissionId,
  year: r.year,
  region: r.region,
  regionLabel: r.region ? label({ name: r.region, code: r.region_code }) : null,
  unitName: r.unit_name,
  // a report whose title was not read is named as the review opinion names it
  title: titleMarks(reportName(r.title, r.unit_name, r.year)),
  publication: presentPublication(r),
});
