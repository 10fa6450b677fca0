// The season's API answers (types from the server's presenters) and the labels shown.
export type {
  DashboardJson,
  DiffJson,
  PublicReportJson,
  SeasonJson,
  SubmissionJson,
  VersionJson,
} from "../../../../src/server/presenters/season-types.ts";
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
