// Facts across documents, for comparing an indicator between regions and years.
import type { Store } from "../../store/db.ts";

export interface CompareFilter {
  indicators: string[];
  regions?: string[];
  years?: number[];
  publishedOnly?: boolean;
}

export async function compareFacts(store: Store, filter: CompareFilter) {
  let query = store.db
    .selectFrom("facts")
    .innerJoin("documents", (join) => join.onRef("documents.analysis_id", "=", "facts.analysis_id"))
    .select([
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
      "documents.issuer",
      "documents.year",
      "documents.title",
      "documents.name",
    ])
    .where("facts.indicator", "in", filter.indicators.length ? filter.indicators : ["__none__"]);
  if (filter.publishedOnly) query = query.where("documents.published_at", "is not", null);
  if (filter.regions?.length) query = query.where("documents.region", "in", filter.regions);
  if (filter.years?.length) query = query.where("documents.year", "in", filter.years);
  const rows = await query
    .orderBy("documents.region")
    .orderBy("documents.year")
    .orderBy("facts.start")
    .execute();
  // one value per issuer, year and indicator: the first statement in the document (a city's
  // report and its departments' reports share the area but are different series)
  const series = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const key = `${r.issuer ?? r.region}|${r.year}|${r.indicator}`;
    if (!series.has(key)) series.set(key, r);
  }
  return { facts: rows, points: [...series.values()] };
}
