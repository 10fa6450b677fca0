// The kind of organ a document's issuer is (人民法院, 人大, 党委…), read in the database: the
// library filters by it and offers the kinds its visible documents hold. The same table, in
// the same order, as organOfName reads a name with (rules/other-organs.ts), so the filter finds
// exactly the documents the list tags so; test/organ-filter.test.ts holds the two side by side.
import { type Expression, type RawBuilder, sql } from "kysely";
import { ORGAN_NAME_ENDS, PARTY_DEPARTMENT_NAME } from "../../rules/other-organs.ts";
import type { OrganFilterKind, OrganKind } from "../../types.ts";

/** Every kind of organ, in the table's order, the Party committee's departments right after the
 *  committee (the filter's options are listed so). */
export const ORGAN_KINDS: readonly OrganFilterKind[] = [
  ...new Set(ORGAN_NAME_ENDS.map((o) => o.kind)),
].flatMap((k): OrganFilterKind[] => (k === "party" ? ["party", "party_department"] : [k]));

/** The organ kind of an issuer's name, or null: the first ending of the table that matches. */
export function organOf(issuer: Expression<string | null>): RawBuilder<OrganKind | null> {
  const cases = ORGAN_NAME_ENDS.map((o) => sql`when ${issuer} ~ ${o.end.source} then ${o.kind}`);
  return sql<OrganKind | null>`(case ${sql.join(cases, sql` `)} end)`;
}

/** The kind a reader tells the issuer by (organLabel): a Party organ whose name is one of the
 *  committee's departments (长治市委组织部) is party_department. */
export function organFilterOf(issuer: Expression<string | null>): RawBuilder<OrganFilterKind | null> {
  return sql<OrganFilterKind | null>`(case when ${organOf(issuer)} = 'party' and ${issuer} ~ ${PARTY_DEPARTMENT_NAME.source} then 'party_department' else ${organOf(issuer)} end)`;
}

/** Documents whose issuer is an organ of this kind. The kind's own endings are tried first,
 *  a cheap test most rows fail, before the whole table decides. */
export function organMatches(kind: OrganFilterKind) {
  const issuer = sql.ref<string | null>("documents.issuer");
  const organ: OrganKind = kind === "party_department" ? "party" : kind;
  // strings only: a search sends its query to the database with its values written in (search.ts)
  const own = ORGAN_NAME_ENDS.filter((o) => o.kind === organ).map((o) => sql`${issuer} ~ ${o.end.source}`);
  const department =
    kind === "party_department"
      ? sql` and ${issuer} ~ ${PARTY_DEPARTMENT_NAME.source}`
      : kind === "party"
        ? sql` and ${issuer} !~ ${PARTY_DEPARTMENT_NAME.source}`
        : sql``;
  return sql<boolean>`((${sql.join(own, sql` or `)}) and ${organOf(issuer)} = ${organ}${department})`;
}
