// The JSON the season's routes answer with; the web client imports these (pure types).
import type {
  DiffLine,
  DraftReview,
  Evidence,
  PublicationStatus,
  Rate,
  SeasonReminder,
  SubmissionState,
  UnitPromises,
  UnitStatus,
} from "../../commands/season/types.ts";

export type { DiffLine, DraftReview, Rate, SeasonReminder, UnitPromises, UnitStatus };

export interface SeasonJson {
  id: number;
  year: number;
  title: string;
  submitDeadline: string;
  publishDeadline: string;
  createdAt: string | null;
}

export interface PublicationJson {
  url: string | null;
  publishedOn: string | null;
  status: PublicationStatus | null;
  statusLabel: string | null;
  checkedAt: string | null;
  evidence: Evidence | null;
}

export interface VersionJson {
  id: number;
  version: number;
  name: string;
  sourceUrl: string | null;
  format: string;
  state: SubmissionState;
  stateLabel: string;
  reason: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
}

export interface DashboardJson {
  season: SeasonJson;
  on: string;
  counts: Record<UnitStatus, number>;
  rates: { timely: Rate; published: Rate };
  reminders: SeasonReminder[];
  units: Array<{
    unitKey: string;
    unitName: string;
    region: string | null;
    status: UnitStatus;
    firstSubmittedOn: string | null;
    latest: VersionJson | null;
    publication: PublicationJson;
  }>;
}

export interface CommentJson {
  id: number;
  start: number;
  end: number;
  quote: string;
  text: string;
  author: string | null;
  createdAt: string | null;
}

/** A comment on an earlier version, shown with the version under review. Whether the issue is
 *  resolved is the reviewer's call; whether its passage still stands unchanged is known. */
export interface EarlierCommentJson extends CommentJson {
  /** the version it was made on */
  version: number;
  state: "unchanged" | "changed";
  /** 原文未改动 / 原文已修改 */
  stateLabel: string;
  /** the passage's span in this version when unchanged, else null */
  at: { start: number; end: number } | null;
}

export interface SubmissionJson extends VersionJson {
  season: SeasonJson;
  unitKey: string;
  unitName: string;
  text: string;
  review: DraftReview;
  comments: CommentJson[];
  /** the comments on the unit's earlier versions (newest version first) */
  earlierComments: EarlierCommentJson[];
}

export interface PublicReportJson {
  submissionId: number;
  year: number;
  region: string | null;
  /** the region as shown: 鼓楼区（福州市） where another report on the page shares its name */
  regionLabel: string | null;
  unitName: string;
  /** the report's title, or the name composed from unit and year when none was read */
  title: string;
  publication: PublicationJson;
  text?: string;
}

export interface DiffJson {
  version: number;
  previousVersion: number | null;
  lines: DiffLine[];
}
