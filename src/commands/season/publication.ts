// Publication watch: the unit records where its accepted report is published; the page is
// fetched (through the season's fetcher: no internal addresses), its text compared with the
// accepted version by shingle containment, the date first seen (or the date the page declares)
// recorded, and the result classified: on time / late / not found / differs / hijacked.
// Re-checks keep the first-seen date and flag a page that changed or was hijacked later.
import type { AnalyzeOptions } from "../../pipeline.ts";
import { analyzeBytes } from "../../pipeline.ts";
import type { Store } from "../../store/db.ts";
import type { PublicationStatus } from "../../store/schema.ts";
import type { AnalysisRecord } from "../../types.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { conflict, DomainError, invalid } from "../errors.ts";
import {
  latestSubmissions,
  loadSeason,
  loadUnit,
  reportingUnitOf,
  type SeasonRow,
  type UnitRow,
} from "./access.ts";
import { auditSeason } from "./audit.ts";
import { today } from "./dates.ts";
import type { Fetcher } from "./fetcher.ts";
import { containment } from "./shingles.ts";
import { PUBLICATION_LABEL } from "./status.ts";
import type { Evidence } from "./types.ts";

/** At least this share of the accepted text must be on the page for it to count as the same. */
export const SAME_TEXT = 0.85;

export interface WatchDeps {
  fetcher: Fetcher;
  options: AnalyzeOptions;
  now: Date;
}

const quotesOf = (record: AnalysisRecord) =>
  (record.meta.tampering?.evidence ?? []).map((e) => ({
    signal: e.signal,
    count: e.count,
    quotes: e.spans.slice(0, 3).map((s) => record.text.slice(s.start, s.end)),
  }));

async function readPage(url: string, deps: WatchDeps) {
  try {
    const page = await deps.fetcher(url, { maxBytes: deps.options.limits.maxBytes });
    if (page.status >= 400) return { status: page.status, record: null };
    const name = new URL(page.finalUrl).pathname.split("/").pop() || "page.html";
    const record = await analyzeBytes(
      new Uint8Array(page.body),
      /\.[a-z]{2,5}$/i.test(name) ? name : `${name}.html`,
      deps.options,
    );
    return { status: page.status, record };
  } catch (error) {
    if (error instanceof DomainError && error.code === "fetch_blocked") throw error;
    return { status: null, record: null };
  }
}

/** Compare one page with the accepted text and classify it. */
export async function classify(
  season: Pick<SeasonRow, "publish_deadline">,
  unit: Pick<UnitRow, "published_on" | "publication_status">,
  acceptedText: string,
  url: string,
  deps: WatchDeps,
): Promise<{ status: PublicationStatus; publishedOn: string | null; evidence: Evidence }> {
  const on = today(deps.now);
  const { status: httpStatus, record } = await readPage(url, deps);
  const base = { url, checkedOn: on, httpStatus, declaredDate: record?.meta.published ?? null };
  const previous = unit.publication_status;
  const changed = (s: PublicationStatus) => (previous && previous !== s ? previous : null);
  if (!record) {
    const message = httpStatus ? `网页返回 ${httpStatus}` : "无法访问该网址";
    return {
      status: "not_found",
      publishedOn: unit.published_on,
      evidence: { ...base, containment: null, tampering: [], message, changedFrom: changed("not_found") },
    };
  }
  const share = Math.round(containment(acceptedText, record.text) * 1000) / 1000;
  const tampering = quotesOf(record);
  if (record.meta.tampering) {
    return {
      status: "hijacked",
      publishedOn: unit.published_on,
      evidence: {
        ...base,
        containment: share,
        tampering,
        message: `页面疑似被篡改：${tampering.map((t) => `${t.signal}×${t.count}`).join("、")}`,
        changedFrom: changed("hijacked"),
      },
    };
  }
  if (share < SAME_TEXT) {
    return {
      status: "differs",
      publishedOn: unit.published_on,
      evidence: {
        ...base,
        containment: share,
        tampering,
        message: `网页正文只包含审定稿的 ${(share * 100).toFixed(1)}%`,
        changedFrom: changed("differs"),
      },
    };
  }
  // the first date the text was seen stays; a page's own date is preferred when it declares one
  const publishedOn = unit.published_on ?? record.meta.published ?? on;
  const status: PublicationStatus = publishedOn <= season.publish_deadline ? "on_time" : "late";
  return {
    status,
    publishedOn,
    evidence: {
      ...base,
      containment: share,
      tampering,
      message: `${PUBLICATION_LABEL[status]}：${publishedOn} 公开，正文与审定稿一致 ${(share * 100).toFixed(1)}%`,
      changedFrom: changed(status),
    },
  };
}

async function check(store: Store, scope: Scope, seasonId: number, unitKey: string, deps: WatchDeps) {
  const season = await loadSeason(store.db, seasonId);
  const unit = await loadUnit(store.db, scope, seasonId, unitKey);
  if (!unit.publication_url) throw invalid("no_url", "尚未登记公开网址", "no publication URL recorded");
  const [accepted] = await latestSubmissions(store.db, seasonId, unitKey);
  if (accepted?.state !== "accepted")
    throw conflict("not_accepted", "报告审核通过后才能登记公开", "the report is not accepted yet");
  const result = await classify(season, unit, accepted.text, unit.publication_url, deps);
  return store.db.transaction().execute(async (trx) => {
    const before = await loadUnit(trx, scope, seasonId, unitKey, true);
    const after = await trx
      .updateTable("season_units")
      .set({
        publication_status: result.status,
        published_on: result.publishedOn,
        publication_checked_at: deps.now,
        publication_evidence: JSON.stringify(result.evidence),
      })
      .where("season_id", "=", seasonId)
      .where("unit_key", "=", unitKey)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditSeason(
      trx,
      scope,
      "publication-check",
      "season_unit",
      `${seasonId}/${unitKey}`,
      { status: before.publication_status, publishedOn: before.published_on },
      { status: after.publication_status, publishedOn: after.published_on, message: result.evidence.message },
    );
    return after;
  });
}

/** The unit records the URL of its publication; the page is checked at once. */
export async function recordPublication(
  store: Store,
  scope: Scope,
  input: { seasonId: number; unitKey?: string | null; url: string },
  deps: WatchDeps,
) {
  requirePermission(scope, "season:submit");
  const unitKey = reportingUnitOf(scope, input.unitKey);
  if (!/^https?:\/\//i.test(input.url))
    throw invalid("bad_url", "公开网址须以 http:// 或 https:// 开头", "bad URL");
  await store.db.transaction().execute(async (trx) => {
    const before = await loadUnit(trx, scope, input.seasonId, unitKey, true);
    if (before.publication_url === input.url) return;
    await trx
      .updateTable("season_units")
      .set({
        publication_url: input.url,
        publication_status: null,
        published_on: null,
        publication_evidence: null,
      })
      .where("season_id", "=", input.seasonId)
      .where("unit_key", "=", unitKey)
      .execute();
    await auditSeason(
      trx,
      scope,
      "publication-url",
      "season_unit",
      `${input.seasonId}/${unitKey}`,
      {
        url: before.publication_url,
      },
      { url: input.url },
    );
  });
  return check(store, scope, input.seasonId, unitKey, deps);
}

/** Re-check one unit's publication (coordinator, or the scheduled job). */
export async function checkPublication(
  store: Store,
  scope: Scope,
  seasonId: number,
  unitKey: string,
  deps: WatchDeps,
) {
  requirePermission(scope, "season:manage");
  return check(store, scope, seasonId, unitKey, deps);
}

/** Re-check every recorded publication of the recent seasons; one failure does not stop the rest. */
export async function checkAllPublications(store: Store, scope: Scope, deps: WatchDeps) {
  requirePermission(scope, "season:manage");
  const units = await store.db
    .selectFrom("season_units")
    .innerJoin("seasons", "seasons.id", "season_units.season_id")
    .select(["season_units.season_id", "season_units.unit_key"])
    .where("season_units.publication_url", "is not", null)
    .orderBy("seasons.year", "desc")
    .execute();
  const results: Array<{ seasonId: number; unitKey: string; status: string | null; error?: string }> = [];
  for (const u of units) {
    try {
      const row = await check(store, scope, u.season_id, u.unit_key, deps);
      results.push({ seasonId: u.season_id, unitKey: u.unit_key, status: row.publication_status });
    } catch (error) {
      results.push({
        seasonId: u.season_id,
        unitKey: u.unit_key,
        status: null,
        error: (error as Error).message,
      });
    }
  }
  return results;
}
