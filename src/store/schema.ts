// Table types for the query builder. Changes to the schema go through migrations.ts.
import type { PlannedTask } from "../plan/tasks.ts";
import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { EnteredEvidence, Evidence, IndicatorSystem, ItemStatus, ManualEntry } from "../assess/index.ts";
import type { AnalysisRecord, Fact, Finding } from "../types.ts";

/** What an evaluator entered for an item: manual points, or a survey figure. */
export type ItemEntry =
  | ({ kind: "manual" } & ManualEntry)
  | { kind: "survey"; value: number; by: string | null; reason?: string };

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface BlobTable {
  sha256: string;
  /** the original, or its compressed form (see `encoding`; read it through store/blobs.ts) */
  content: Uint8Array;
  /** null: content is the original; "gzip": content is the original compressed */
  encoding: ColumnType<string | null, string | null | undefined, string | null>;
  /** the original's size */
  size: number;
  created_at: Timestamp;
}

export interface DocumentTable {
  id: Generated<number>;
  sha256: string;
  name: string;
  source_url: string | null;
  format: string;
  charset: string | null;
  kind: string;
  title: string | null;
  region: string | null;
  /** the region's GB/T 2260 code (six digits): which of the divisions sharing a name (鼓楼区)
   *  it is; null when not known (migration 0021) */
  region_code: ColumnType<string | null, string | null | undefined, string | null>;
  level: string | null;
  issuer: string | null;
  year: number | null;
  published: string | null;
  script: string;
  sections_ok: ColumnType<number, number | undefined, number>;
  sections_total: ColumnType<number, number | undefined, number>;
  findings_count: ColumnType<number, number | undefined, number>;
  facts_count: ColumnType<number, number | undefined, number>;
  measures_count: ColumnType<number, number | undefined, number>;
  engine_version: string;
  analysis_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** the full-text vector of the search tokens (written as `to_tsvector('simple', tokens)`) */
  search_tsv: ColumnType<string, string | undefined, string>;
  /** the text of the current analysis (its record's text is not stored twice; see records.ts) */
  text: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Derived from documents.search_tsv (trigger; `fazhi search-index --rebuild`): what ranking reads. */
export interface SearchIndexTable {
  document_id: number;
  /** the document's most frequent words with their positions (search_salient), weight D, and
   *  as many of its other words common in the corpus as fit in one page, weight C (search_ranking,
   *  migration 0024) */
  vector: string;
}

/** The words most common in the documents, as the planner's statistics count them (migration
 *  0024): the words search_index adds to a compact vector. */
export interface SearchWordsTable {
  lexeme: string;
  share: number;
}

/** One row: a number that every write of documents or search_index changes (migration 0018),
 *  which tells web processes when an answer they remember is out of date. */
export interface SearchGenerationTable {
  one: boolean;
  n: number;
}

export interface AnalysisTable {
  id: Generated<number>;
  document_id: number;
  engine_name: string;
  engine_version: string;
  record: JSONColumnType<StoredRecord>;
  /** the analysis's text once it is no longer the document's current one (then documents.text) */
  text: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

/** An analysis record as stored: its text, facts and findings are kept once, elsewhere, and are
 * null here (store/records.ts). A record stored before 0010 whose parts did not match their rows
 * keeps them inline. */
export type StoredRecord = Omit<AnalysisRecord, "text" | "facts" | "findings"> & {
  text: string | null;
  facts: Fact[] | null;
  findings: Finding[] | null;
};

/** A fact of the analysis record, as a row of its analysis and document. */
export interface FactTable extends Fact {
  id: Generated<number>;
  analysis_id: number;
  document_id: number;
}

export interface FindingTable {
  id: Generated<number>;
  analysis_id: number;
  document_id: number;
  rule: string;
  severity: string;
  message: string;
  start: number | null;
  end: number | null;
}

export type Role = "admin" | "coordinator" | "unit" | "evaluator" | "public";

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: Role;
  unit_name: string | null;
  unit_key: string | null;
  email: string | null;
  password_hash: string;
  disabled: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  password_changed_at: Timestamp;
  /** set by an admin's reset: the owner must choose a new password before anything else */
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  /** deleted accounts are kept (marked) so that the history naming them stays readable */
  deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** The unit registry: one row per unit, keyed as tasks and accounts are (see plan/owners.ts). */
export interface UnitTable {
  key: string;
  name: string;
  short_name: string;
  area: string;
  /** the area's GB/T 2260 code; null when the name is shared and nothing said which (0021) */
  area_code: ColumnType<string | null, string | null | undefined, string | null>;
  level: string;
  agency: string | null;
  aliases: JSONColumnType<string[], string, string>;
  created_at: Timestamp;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface LedgerTable {
  id: Generated<number>;
  document_id: number;
  title: string;
  created_by: number | null;
  created_at: Timestamp;
  /** 1 for a plan's first ledger; a further one is made only when the office asks, with a reason */
  edition: ColumnType<number, number | undefined, number>;
  /** the period the deadlines are laid into (YYYY-MM-DD), null for ledgers made before periods */
  period_start: string | null;
  period_end: string | null;
  /** why a further ledger of the same plan was made */
  reason: string | null;
  /** archived ledgers are read-only and left out of lists, reminders and digests */
  archived_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type TaskStatus = "open" | "in_progress" | "pending_review" | "closed";

/** A task row: a planned task (src/plan/tasks.ts) in a ledger, with its progress. */
export interface TaskTable extends Omit<PlannedTask, "measure_no" | "due_inherited" | "due_basis" | "term"> {
  id: Generated<number>;
  ledger_id: number;
  /** null for tasks not made from a plan's measure */
  measure_no: number | null;
  due_inherited: ColumnType<boolean, boolean | undefined, boolean>;
  /** how the deadline was set (DueBasis in plan/period.ts); null for tasks made before */
  due_basis: string | null;
  /** null for tasks made before terms were kept, and for tasks not made from a measure */
  term: ColumnType<string | null, string | null | undefined, string | null>;
  status: ColumnType<TaskStatus, TaskStatus | undefined, TaskStatus>;
  percent: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** set when the office returns a closure request; cleared by the next request or closure */
  returned_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  text: string;
  task_id: number | null;
  ledger_id: number | null;
  actor_id: number | null;
  created_at: Timestamp;
  read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface TaskUpdateTable {
  id: Generated<number>;
  task_id: number;
  user_id: number | null;
  kind: string;
  text: ColumnType<string, string | undefined, string>;
  percent: number | null;
  created_at: Timestamp;
  /** a report made for the unit by an account not answering for it (代为填报), as decided when
   *  it was made (migration 0019) */
  on_behalf: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface AttachmentTable {
  id: Generated<number>;
  update_id: number;
  task_id: number;
  sha256: string;
  name: string;
  mime: string;
  size: number;
}

export interface AuditTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

export interface SeasonTable {
  id: Generated<number>;
  year: number;
  title: string;
  /** YYYY-MM-DD, inclusive */
  submit_deadline: string;
  publish_deadline: string;
  created_by: number | null;
  created_at: Timestamp;
}

import type { PublicationStatus, SubmissionState } from "../commands/season/types.ts";

export type { PublicationStatus, SubmissionState };

export interface SeasonUnitTable {
  season_id: number;
  unit_key: string;
  unit_name: string;
  region: string | null;
  /** the accepted report's division code (GB/T 2260): 鼓楼区 of which city (migration 0021) */
  region_code: ColumnType<string | null, string | null | undefined, string | null>;
  publication_url: string | null;
  /** the date the publication was first seen (or the date the page declares), YYYY-MM-DD */
  published_on: string | null;
  publication_status: PublicationStatus | null;
  publication_checked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  publication_evidence: unknown;
}

export interface SeasonSubmissionTable {
  id: Generated<number>;
  season_id: number;
  unit_key: string;
  version: number;
  name: string;
  source_url: string | null;
  sha256: string;
  format: string;
  text: string;
  record: JSONColumnType<AnalysisRecord>;
  state: ColumnType<SubmissionState, SubmissionState | undefined, SubmissionState>;
  reason: string | null;
  submitted_by: number | null;
  submitted_at: Timestamp;
  decided_by: number | null;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface SeasonCommentTable {
  id: Generated<number>;
  submission_id: number;
  start: number;
  end: number;
  quote: string;
  text: string;
  author_id: number | null;
  created_at: Timestamp;
}

export interface AssessSystemTable {
  id: Generated<number>;
  key: string;
  version: string;
  name: string;
  /** the checked system (src/assess/system.ts) */
  definition: JSONColumnType<IndicatorSystem>;
  created_by: number | null;
  created_at: Timestamp;
}

export type RoundStatus = "open" | "finalised" | "published";

export interface AssessRoundTable {
  id: Generated<number>;
  system_id: number;
  year: number;
  title: string;
  status: ColumnType<RoundStatus, RoundStatus | undefined, RoundStatus>;
  created_by: number | null;
  created_at: Timestamp;
  computed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  finalised_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface AssessUnitTable {
  id: Generated<number>;
  round_id: number;
  unit_key: string;
  unit_name: string;
  document_id: number | null;
}

export interface ItemOverride {
  points: number;
  reason: string;
  appealId: number;
  by: string | null;
}

export interface AssessItemTable {
  id: Generated<number>;
  round_id: number;
  unit_id: number;
  code: string;
  method: string;
  max: number;
  points: number;
  status: ItemStatus;
  explanation: string;
  inputs: JSONColumnType<Record<string, unknown>>;
  evidence: JSONColumnType<Evidence[]>;
  entry: JSONColumnType<ItemEntry | null, string | null, string | null>;
  override: JSONColumnType<ItemOverride | null, string | null, string | null>;
  updated_at: Timestamp;
}

export type ChangeCause = "computed" | "recomputed" | "entered" | "appeal";

export interface AssessItemChangeTable {
  id: Generated<number>;
  item_id: number;
  at: Timestamp;
  cause: ChangeCause;
  points_before: number | null;
  points_after: number;
  note: ColumnType<string, string | undefined, string>;
  user_id: number | null;
}

export type AppealStatus = "pending" | "accepted" | "rejected";

export interface AssessAppealTable {
  id: Generated<number>;
  item_id: number;
  round_id: number;
  unit_key: string;
  reason: string;
  evidence: JSONColumnType<EnteredEvidence[]>;
  status: ColumnType<AppealStatus, AppealStatus | undefined, AppealStatus>;
  decided_points: number | null;
  decision: string | null;
  created_by: number | null;
  created_at: Timestamp;
  decided_by: number | null;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_at: Timestamp;
  locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface Database {
  users: UserTable;
  units: UnitTable;
  sessions: SessionTable;
  ledgers: LedgerTable;
  tasks: TaskTable;
  task_updates: TaskUpdateTable;
  attachments: AttachmentTable;
  audit_log: AuditTable;
  blobs: BlobTable;
  documents: DocumentTable;
  search_index: SearchIndexTable;
  search_words: SearchWordsTable;
  search_generation: SearchGenerationTable;
  analyses: AnalysisTable;
  facts: FactTable;
  findings: FindingTable;
  seasons: SeasonTable;
  season_units: SeasonUnitTable;
  season_submissions: SeasonSubmissionTable;
  season_comments: SeasonCommentTable;
  assess_systems: AssessSystemTable;
  assess_rounds: AssessRoundTable;
  assess_units: AssessUnitTable;
  assess_items: AssessItemTable;
  assess_item_changes: AssessItemChangeTable;
  assess_appeals: AssessAppealTable;
  login_throttle: LoginThrottleTable;
  notifications: NotificationTable;
}
