// Submission (a unit, its own unit only): a file in any format the engine reads, or the URL
// where the report is published. The draft can be checked first; every submission is a new
// version, nothing is overwritten.
import { createHash } from "node:crypto";
import type { AnalyzeOptions } from "../../pipeline.ts";
import { analyzeBytes } from "../../pipeline.ts";
import { describeError, InputError } from "../../ingest/errors.ts";
import type { Store } from "../../store/db.ts";
import type { AnalysisRecord } from "../../types.ts";
import { actorId, requirePermission, type Scope } from "../access/scope.ts";
import { conflict, DomainError, invalid } from "../errors.ts";
import { type Page, paged } from "../paging.ts";
import { loadSeason, loadSubmission, loadUnit, reportingUnitOf } from "./access.ts";
import { auditSeason } from "./audit.ts";
import { carryComments } from "./carried.ts";
import { copySources, findCopies } from "./copied.ts";
import { diffTexts } from "./diff.ts";
import { draftReview } from "./draft-review.ts";
import type { Fetcher } from "./fetcher.ts";

export interface DraftSource {
  /** an uploaded file */
  file?: { bytes: Uint8Array; name: string } | null;
  /** or the address where the report is published */
  url?: string | null;
}

export interface SubmitInput extends DraftSource {
  seasonId: number;
  /** the unit reported for; a unit's account always reports for its own */
  unitKey?: string | null;
  options: AnalyzeOptions;
  fetcher: Fetcher;
  now: Date;
}

interface Read {
  bytes: Uint8Array;
  name: string;
  sourceUrl: string | null;
  record: AnalysisRecord;
}

async function readDraft(input: SubmitInput): Promise<Read> {
  let bytes: Uint8Array;
  let name: string;
  let sourceUrl: string | null = null;
  if (input.file) {
    ({ bytes, name } = input.file);
  } else if (input.url) {
    const page = await input.fetcher(input.url, { maxBytes: input.options.limits.maxBytes });
    if (page.status >= 400)
      throw new DomainError(
        "unavailable",
        "fetch_failed",
        `${input.url}：网页返回 ${page.status}`,
        "fetch failed",
      );
    bytes = new Uint8Array(page.body);
    name = decodeURIComponent(new URL(page.finalUrl).pathname.split("/").pop() || "") || page.finalUrl;
    if (!/\.[a-z]{2,5}$/i.test(name)) name = `${name || "page"}.html`;
    sourceUrl = page.finalUrl;
  } else {
    throw invalid("no_report", "请上传报告文件或填写报告网址", "upload a file or give a URL");
  }
  if (bytes.length === 0) throw invalid("empty_file", `${name}：文件为空`, "empty file");
  try {
    return { bytes, name, sourceUrl, record: await analyzeBytes(bytes, name, input.options) };
  } catch (error) {
    if (error instanceof InputError)
      throw new DomainError("unprocessable", error.problem, describeError(name, error), error.message);
    throw error;
  }
}

/** The automatic review of a draft, nothing stored: the unit fixes what it shows first. */
export async function checkDraft(store: Store, scope: Scope, input: SubmitInput) {
  requirePermission(scope, "season:submit");
  const season = await loadSeason(store.db, input.seasonId);
  const unitKey = reportingUnitOf(scope, input.unitKey);
  await loadUnit(store.db, scope, season.id, unitKey);
  const draft = await readDraft(input);
  const copied = findCopies(draft.record.text, await copySources(store.db, scope, season, unitKey));
  return { name: draft.name, review: draftReview(draft.record, season.year, copied) };
}

export async function submitReport(store: Store, scope: Scope, input: SubmitInput) {
  requirePermission(scope, "season:submit");
  const season = await loadSeason(store.db, input.seasonId);
  const unitKey = reportingUnitOf(scope, input.unitKey);
  await loadUnit(store.db, scope, season.id, unitKey);
  const draft = await readDraft(input);
  return store.db.transaction().execute(async (trx) => {
    // the unit's row is the lock that orders its versions
    await loadUnit(trx, scope, season.id, unitKey, true);
    const last = await trx
      .selectFrom("season_submissions")
      .select(["version", "state"])
      .where("season_id", "=", season.id)
      .where("unit_key", "=", unitKey)
      .orderBy("version", "desc")
      .executeTakeFirst();
    if (last?.state === "accepted")
      throw conflict("already_accepted", "报告已审核通过，无需再次报送", "the report is already accepted");
    const row = await trx
      .insertInto("season_submissions")
      .values({
        season_id: season.id,
        unit_key: unitKey,
        version: (last?.version ?? 0) + 1,
        name: draft.name,
        source_url: draft.sourceUrl,
        sha256: createHash("sha256").update(draft.bytes).digest("hex"),
        format: draft.record.source.format,
        text: draft.record.text,
        record: JSON.stringify(draft.record),
        submitted_by: actorId(scope),
        submitted_at: input.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("blobs")
      .values({ sha256: row.sha256, content: draft.bytes, size: draft.bytes.length })
      .onConflict((oc) => oc.column("sha256").doNothing())
      .execute();
    await auditSeason(trx, scope, "submit", "season_submission", row.id, null, {
      seasonId: season.id,
      unitKey,
      version: row.version,
      name: row.name,
      sourceUrl: row.source_url,
    });
    return row;
  });
}

/** The versions of one unit's report, newest first. */
export async function listVersions(
  store: Store,
  scope: Scope,
  seasonId: number,
  unitKey: string,
  page: Page,
) {
  requirePermission(scope, "season:read");
  await loadUnit(store.db, scope, seasonId, unitKey);
  const q = store.db
    .selectFrom("season_submissions")
    .where("season_id", "=", seasonId)
    .where("unit_key", "=", unitKey);
  const count = async () =>
    (await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  const rows = q
    .select([
      "id",
      "version",
      "name",
      "source_url",
      "format",
      "state",
      "reason",
      "submitted_at",
      "decided_at",
    ])
    .orderBy("version", "desc");
  return paged(rows, count, page);
}

/** The coordinator's comments on some versions, in the order of the text. */
function commentsOn(store: Store, submissionIds: number[]) {
  return store.db
    .selectFrom("season_comments")
    .leftJoin("users", "users.id", "season_comments.author_id")
    .select([
      "season_comments.id",
      "season_comments.submission_id",
      "season_comments.start",
      "season_comments.end",
      "season_comments.quote",
      "season_comments.text",
      "season_comments.created_at",
      "users.display_name as author",
    ])
    .where("submission_id", "in", submissionIds)
    .orderBy("season_comments.start")
    .execute();
}

/** One version with its automatic review and the coordinator's comments. */
export async function getSubmission(store: Store, scope: Scope, id: number) {
  requirePermission(scope, "season:read");
  const row = await loadSubmission(store.db, scope, id);
  const season = await loadSeason(store.db, row.season_id);
  const unit = await loadUnit(store.db, scope, row.season_id, row.unit_key);
  const comments = await commentsOn(store, [id]);
  const copied = findCopies(row.text, await copySources(store.db, scope, season, row.unit_key));
  const earlier = await earlierComments(store, row);
  return { row, season, unit, comments, earlier, review: draftReview(row.record, season.year, copied) };
}

/** The comments on the unit's earlier versions of this report (newest version first), each with
 *  whether its passage still stands unchanged in this version (`carryComments`). */
async function earlierComments(
  store: Store,
  row: { season_id: number; unit_key: string; version: number; text: string },
) {
  const versions = await store.db
    .selectFrom("season_submissions")
    .select(["id", "version", "text"])
    .where("season_id", "=", row.season_id)
    .where("unit_key", "=", row.unit_key)
    .where("version", "<", row.version)
    .orderBy("version", "desc")
    .execute();
  if (versions.length === 0) return [];
  const comments = await commentsOn(
    store,
    versions.map((v) => v.id),
  );
  return versions.flatMap((v) =>
    carryComments(
      v.text,
      comments.filter((c) => c.submission_id === v.id),
      row.text,
    ).map((c) => ({ ...c, version: v.version })),
  );
}

/** What changed from the previous version to this one, paragraph by paragraph. */
export async function diffWithPrevious(store: Store, scope: Scope, id: number) {
  requirePermission(scope, "season:read");
  const row = await loadSubmission(store.db, scope, id);
  const previous = await store.db
    .selectFrom("season_submissions")
    .select(["id", "version", "text"])
    .where("season_id", "=", row.season_id)
    .where("unit_key", "=", row.unit_key)
    .where("version", "=", row.version - 1)
    .executeTakeFirst();
  return {
    version: row.version,
    previousVersion: previous?.version ?? null,
    lines: previous ? diffTexts(previous.text, row.text) : [],
  };
}
