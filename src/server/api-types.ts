// The API's response types, derived from the presenters (the only code that makes API JSON),
// for the web client to import with `import type` instead of retyping them. Only types
// cross over: nothing here runs in the browser.
import type {
  presentDocumentDetail,
  presentDocumentSummary,
  presentFact,
  presentFacets,
  presentPlanLedger,
} from "./presenters/document.ts";
import type { presentIndicator } from "./presenters/indicator.ts";
import type { presentUploads } from "./presenters/upload.ts";
import type { PageOf } from "./presenters/page.ts";
import type {
  presentLedger,
  presentLedgerDraft,
  presentNotification,
  presentOverview,
  presentReminder,
  presentTask,
  presentTaskDetail,
} from "./presenters/task.ts";
import type { presentAuditEntry, presentSessionUser, presentUnit, presentUser } from "./presenters/user.ts";

export type { PageOf };
export type { SnippetPart } from "./presenters/document.ts";
export type { Tally } from "./presenters/task.ts";

export type DocumentSummary = ReturnType<typeof presentDocumentSummary>;
export type DocumentDetail = ReturnType<typeof presentDocumentDetail>;
/** the analysis record as the API shows it */
export type AnalysisRecord = DocumentDetail["record"];
export type Heading = AnalysisRecord["outline"][number];
export type Measure = AnalysisRecord["measures"][number];
/** GET /api/documents (`totalIsEstimate`: a search's total above a thousand is estimated: 约 N) */
export type DocumentList = PageOf<DocumentSummary> & { terms: string[]; totalIsEstimate: boolean };
export type ComparedFact = ReturnType<typeof presentFact>;
/** GET /api/facts: one page of facts, and one point per region, year and indicator */
export type FactList = PageOf<ComparedFact> & { points: ComparedFact[] };
export type Facets = ReturnType<typeof presentFacets>;
export type Indicator = ReturnType<typeof presentIndicator>;
/** GET /api/documents/:id/ledger */
export type PlanLedger = ReturnType<typeof presentPlanLedger>;

export type Task = ReturnType<typeof presentTask>;
export type TaskDetail = ReturnType<typeof presentTaskDetail>;
/** GET /api/tasks */
export type TaskList = PageOf<Task> & { on: string };
export type LedgerItem = ReturnType<typeof presentLedger>;
/** GET /api/ledgers/draft */
export type LedgerDraft = ReturnType<typeof presentLedgerDraft>;
export type Overview = ReturnType<typeof presentOverview>;
export type Reminder = ReturnType<typeof presentReminder>;
export type Notification = ReturnType<typeof presentNotification>;
/** GET /api/notifications */
export type NotificationList = PageOf<Notification> & { unread: number };
/** POST /api/tasks/batch/extend, /api/tasks/batch/close */
export type { BatchResult } from "../commands/tasks/batch.ts";
/** POST /api/tasks/chase */
export type { ChaseResult } from "../commands/tasks/chase.ts";
/** GET /api/reminders */
export type ReminderList = { on: string; days: number; total: number; items: Reminder[]; digest: string };

export type User = ReturnType<typeof presentUser>;
/** GET /api/units, /api/units/without-account */
export type Unit = ReturnType<typeof presentUnit>;
/** POST /api/users/import */
export type ImportResult = { created: number; errors: Array<{ row: number; message: string }> };
export type SessionUser = ReturnType<typeof presentSessionUser>;
export type AuditEntry = ReturnType<typeof presentAuditEntry>;
/** GET and POST /api/session */
export type SessionInfo = { user: SessionUser | null; csrf: string | null };

/** POST /api/documents: one result per file, and the counts of new, existing and refused files */
export type Uploads = ReturnType<typeof presentUploads>;
export interface UploadResult {
  name: string;
  ok: boolean;
  id?: number;
  created?: boolean;
  error?: { code: string; message: string };
}
