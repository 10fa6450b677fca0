// The public page: published reports by region and year, with the publication check's result.
// Anonymous visitors see accepted reports whose publication was found, nothing else.
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { notFound } from "../errors.ts";
import { type Page, pageOf } from "../paging.ts";
import { latestSubmissions } from "./access.ts";
import { isPublished } from "./status.ts";

async function allPublicReports(store: Store, scope: Scope) {
  requirePermission(scope, "public");
  const units = await store.db
    .selectFrom("season_units")
    .innerJoin("seasons", "seasons.id", "season_units.season_id")
    .select([
      "seasons.id as season_id",
      "seasons.year",
      "seasons.publish_deadline",
      "season_units.unit_key",
      "season_units.unit_name",
      "season_units.region",
      "season_units.region_code",
      "season_units.publication_url",
      "season_units.published_on",
      "season_units.publication_status",
      "season_units.publication_checked_at",
      "season_units.publication_evidence",
    ])
    .where("season_units.publication_status", "in", ["on_time", "late"])
    .orderBy("seasons.year", "desc")
    .orderBy("season_units.region")
    .orderBy("season_units.region_code")
    .orderBy("season_units.unit_name")
    .execute();
  const out = [];
  for (const u of units.filter(isPublished)) {
    const [sub] = await latestSubmissions(store.db, u.season_id, u.unit_key);
    if (sub?.state !== "accepted") continue;
    out.push({ ...u, title: sub.record.meta.title, submissionId: sub.id });
  }
  return out;
}

/** One page of the published reports, newest year first. */
export async function publicReports(store: Store, scope: Scope, page: Page) {
  return pageOf(await allPublicReports(store, scope), page);
}

/** The text of one published report (public). */
export async function publicReport(store: Store, scope: Scope, submissionId: number) {
  requirePermission(scope, "public");
  const all = await allPublicReports(store, scope);
  const hit = all.find((r) => r.submissionId === submissionId);
  if (!hit) throw notFound("公开报告", "published report");
  const sub = await store.db
    .selectFrom("season_submissions")
    .select(["text"])
    .where("id", "=", submissionId)
    .executeTakeFirstOrThrow();
  return { ...hit, text: sub.text };
}
