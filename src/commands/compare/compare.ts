// Facts across documents, for comparing an indicator between regions and years. Only facts
// of the documents the scope may see, one page at a time.
import { sql } from "kysely";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { regionMatches, visibleDocuments } from "../documents/documents.ts";
import { type Page, paged } from "../paging.ts";

export interface CompareFilter extends Page {
  indicators: string[];
  /** division codes (350102: one 鼓楼区) or names (every region of that name) */
  regions?: string[];
  years?: number[];
}

/** At most this many series points (one per issuer, year and indicator) in one answer. */
export const MAX_POINTS = 2000;

export async function compareFacts(store: Store, scope: Scope, filter: CompareFilter, max?: number) {
  requirePermission(scope, "public");
  let matching = visibleDocuments(store, scope)
    .innerJoin("facts", "facts.analysis_id", "documents.analysis_id")
    .where("facts.indicator", "in", filter.indicators.length ? filter.indicators : ["__none__"]);
  const regions = filter.regions ?? [];
  if (regions.length) matching = matching.where((eb) => eb.or(regions.map(regionMatches)));
  if (filter.years?.length) matching = matching.where("documents.year", "in", filter.years);
  const columns = [
    "facts.id",
    "facts.document_id",
    "facts.indicator",
    "facts.value",
    "facts.unit",
    "facts.quote",
    "facts.subject",
    "facts.start",
    "facts.end",
    "documents.region",
    "documents.region_code",
    "documents.issuer",
    "documents.year",
    "documents.title",
    "documents.kind",
    "documents.name",
  ] as const;
  const rows = matching
    .select(columns)
    .orderBy("documents.region")
    .orderBy("documents.region_code")
    .orderBy("documents.year")
    .orderBy("facts.document_id")
    .orderBy("facts.start")
    .orderBy("facts.id");
  const count = async () =>
    (await matching.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  const page = await paged(rows, count, filter, max);
  // one value per issuer, year and indicator: the first statement in the first document (a
  // city's report and its departments' reports share the area but are different series; the
  // governments of 福州市's and 南京市's 鼓楼区 share a name but not a division code)
  const series = sql`coalesce(documents.issuer, documents.region) || '|' || coalesce(documents.region_code, '')`;
  const points = await matching
    .select(columns)
    .distinctOn([series, "documents.year", "facts.indicator"])
    .orderBy(series)
    .orderBy("documents.year")
    .orderBy("facts.indicator")
    .orderBy("facts.document_id")
    .orderBy("facts.start")
    .limit(MAX_POINTS)
    .execute();
  return { ...page, points };
}
