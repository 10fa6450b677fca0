// The kind of organ a document's issuer is (人民法院, 人大, 党委…), read in the database: the
// library filters by it and offers the kinds its visible documents hold. The same table, in
// the same order, as organOfName reads a name with (rules/other-organs.ts), so the filter finds
// exactly the documents the list tags so; test/organ-filter.test.ts holds the two side by side.
import { type Expression, type RawBuilder, sql } from "kysely";
import { ORGAN_NAME_ENDS } from "../../rules/other-organs.ts";
import type { OrganKind } from "../../types.ts";

/** Every kind of organ, in the table's order (the filter's options are listed so). */
export const ORGAN_KINDS: readonly OrganKind[] = [...new Set(ORGAN_NAME_ENDS.map((o) => o.kind))];

/** The organ kind of an issuer's name, or null: the first ending of the table that matches. */
export function organOf(issuer: Expression<string | null>): RawBuilder<OrganKind | null> {
  const cases = ORGAN_NAME_ENDS.map((o) => sql`when ${issuer} ~ ${o.end.source} then ${o.kind}`);
  return sql<OrganKind | null>`(case ${sql.join(cases, sql` `)} end)`;
}

/** Documents whose issuer is an organ of this kind. The kind's own endings are tried first,
 *  a cheap test most rows fail, before the whole table decides. */
export function organMatches(kind: OrganKind) {
  const issuer = sql.ref<string | null>("documents.issuer");
  // strings only: a search sends its query to the database with its values written in (search.ts)
  const own = ORGAN_NAME_ENDS.filter((o) => o.kind === kind).map((o) => sql`${issuer} ~ ${o.end.source}`);
  return sql<boolean>`((${sql.join(own, sql` or `)}) and ${organOf(issuer)} = ${kind})`;
}
