// Listing, searching and reading stored documents. Anonymous and public readers see
// published documents only: every query here starts from `visibleDocuments(scope)`.
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { simplifiedFor } from "../../normalize/script.ts";
import { splitsPair } from "../../shared/passage.ts";
import { buildLedger } from "../../plan/ledger.ts";
import type { Store } from "../../store/db.ts";
import type { Database } from "../../store/schema.ts";
import type { OrganFilterKind } from "../../types.ts";
import { unpackBlob } from "../../store/blobs.ts";
import { recordColumns, recordOf, recordParts, recordTextColumns } from "../../store/records.ts";
import { queryTerms } from "../../store/search.ts";
import { regionByCode } from "../../structure/regions.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { audit } from "../audit/audit.ts";
import { notFound } from "../errors.ts";
import { clampPage, type Page } from "../paging.ts";
import { ORGAN_KINDS, organFilterOf, organMatches } from "./organs.ts";
import { plannedRows, type RankedPage, searchPage } from "./search.ts";
import { rememberedSearch } from "./search-cache.ts";

// biome-ignore lint/complexity/noBannedTypes: kysely's type for "nothing selected yet"
type Documents = SelectQueryBuilder<Database, "documents", {}>;

/** The documents this scope may see: all of them, or the published ones. */
export function visibleDocuments(store: Store, scope: Scope): Documents {
  const docs = store.db.selectFrom("documents");
  return scope.documents === "all" ? docs : docs.where("documents.published_at", "is not", null);
}

/** A document's row as lists and pages show it: never its text, search tokens or search vector
 *  (tens of kilobytes each, read only where needed). */
const ROW_COLUMNS = [
  "id",
  "sha256",
  "name",
  "source_url",
  "format",
  "charset",
  "kind",
  "title",
  "region",
  "region_code",
  "level",
  "issuer",
  "year",
  "published",
  "script",
  "sections_ok",
  "sections_total",
  "findings_count",
  "facts_count",
  "measures_count",
  "engine_version",
  "analysis_id",
  "created_at",
  "updated_at",
  "published_at",
] as const;

export interface DocumentFilter extends Page {
  q?: string;
  region?: string;
  year?: number;
  kind?: string;
  finding?: string;
  indicator?: string;
  /** the kind of organ the issuer is (court, party…): organs.ts */
  organ?: OrganFilterKind;
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

const SNIPPETS = 3;
const CONTEXT = 36;

/** Hits collected at most, across the terms in their order (a term used hundreds of times
 *  leaves the later terms fewer: the passages are found among these). */
const MAX_HITS = 200;

/** Up to three passages around the query terms, as plain and highlighted parts. `text` may be
 *  a window of the document (`cut`): its ends are then marked as cut where the document goes on.
 *  The hits are every term's places in order, up to MAX_HITS in all; the last term's places are
 *  only looked for as far as the passages reach (each look is a call into the engine's string
 *  search, most of the work when a word occurs dozens of times): the same passages as with all
 *  of them, whose later places no passage reaches. */
export function snippets(
  text: string,
  terms: string[],
  cut: { head: boolean; tail: boolean } = { head: false, tail: false },
): SnippetPart[][] {
  if (terms.length === 0) return [];
  const simple = simplifiedFor(text, terms);
  const earlier: Array<[number, number]> = [];
  for (const term of terms.slice(0, -1))
    for (
      let k = simple.indexOf(term);
      k >= 0 && earlier.length < MAX_HITS;
      k = simple.indexOf(term, k + term.length)
    )
      earlier.push([k, k + term.length]);
  earlier.sort((a, b) => a[0] - b[0]);
  const last = terms[terms.length - 1];
  const room = MAX_HITS - earlier.length;
  const lastHits: Array<[number, number]> = [];
  let next = room > 0 ? simple.indexOf(last) : -1;
  // the last term's places up to `limit`; the passages are final when no place is left, or
  // when all three end before `limit` (a passage reads only the hits that start inside it)
  for (let limit = Math.max(next, 0) + 4 * CONTEXT; ; limit *= 2) {
    while (next >= 0 && next < limit && lastHits.length < room) {
      lastHits.push([next, next + last.length]);
      next = simple.indexOf(last, next + last.length);
    }
    const done = next < 0 || lastHits.length >= room;
    const hits = mergeHits(earlier, lastHits);
    const spans = passageSpans(text, hits);
    if (done || (spans.length === SNIPPETS && spans[SNIPPETS - 1][1] <= limit))
      return spans.map(([from, to]) => passage(text, hits, from, to, cut));
  }
}

/** Two lists of hits each in order of their start, as one (at the same start, `first`'s first). */
function mergeHits(first: Array<[number, number]>, second: Array<[number, number]>): Array<[number, number]> {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length)
    out.push(
      j >= second.length || (i < first.length && first[i][0] <= second[j][0]) ? first[i++] : second[j++],
    );
  return out;
}

/** Where the passages around `hits` (in order of their start) begin and end: each from the
 *  first hit after the one before, CONTEXT before it to twice that after it. */
function passageSpans(text: string, hits: Array<[number, number]>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let covered = -1;
  for (const [start] of hits) {
    if (spans.length >= SNIPPETS) break;
    if (start < covered) continue;
    let to = Math.min(text.length, start + CONTEXT * 2);
    // never cut a match in two at the end of the passage (no hit after the first that starts
    // at `to` or later reaches into it)
    for (const [s, e] of hits) {
      if (s >= to) break;
      if (e > to) to = e;
    }
    // nor a character written as two UTF-16 units (an emoji, 𠀀 in a name): an edge between
    // the two takes the whole character, which half would show as a broken glyph
    to += splitsPair(text, to) ? 1 : 0;
    const from = Math.max(0, start - CONTEXT);
    spans.push([splitsPair(text, from) ? from - 1 : from, to]);
    covered = to;
  }
  return spans;
}

/** One passage of `text` as plain and highlighted parts, its cut ends marked. */
function passage(
  text: string,
  hits: Array<[number, number]>,
  from: number,
  to: number,
  cut: { head: boolean; tail: boolean },
): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [s, e] of hits) {
    if (s >= to) break;
    if (e <= from || s < at) continue;
    if (s > at) parts.push({ text: text.slice(at, s), hit: false });
    parts.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  for (const p of parts) p.text = p.text.replace(/\s+/g, " ");
  if (from > 0 || cut.head) parts.unshift({ text: "…", hit: false });
  if (to < text.length || cut.tail) parts.push({ text: "…", hit: false });
  return parts;
}

/** The text read for snippets first: a window of each document, in bytes of its UTF-8 (this
 *  many characters of Chinese, three times as many of ASCII). */
const SNIPPET_BYTES = 9000;

/** A text of at most this many bytes is read whole for snippets: finding the window would cost
 *  the server more than sending the rest of it. */
const WHOLE_BYTES = 2 * SNIPPET_BYTES;

/** The window of a longer document's text read for snippets (`head`, one byte more than shown,
 *  to know whether the text goes on) and where it starts (`head_at`, in bytes): a little before
 *  the first match PostgreSQL finds in the text as stored, else the start (a text in Traditional
 *  script is matched only after conversion, here in `snippets`). Only that much of the text
 *  travels, not the whole of it; the text is decompressed once a document (`page_bytes`),
 *  however many terms are looked for in it, and searched and cut as bytes: as characters, each
 *  search and the cut would count the characters before it (most of the server's work for the
 *  window). A character the window's ends cut in two is left out when it is read (windowText).
 *  A text of at most WHOLE_BYTES has no window (its size is known without decompressing it). */
const textWindow = (terms: string[]) =>
  sql<{ page_bytes: Uint8Array; page_from: number }>`(select page_bytes, greatest(coalesce(least(${sql.join(
    terms.map((t) => sql`nullif(position(convert_to(${t}, 'UTF8') in page_bytes), 0)`),
  )}) - 1 - ${CONTEXT * 3}, 0), 0) as page_from from (select convert_to(documents.text, 'UTF8') as page_bytes
    where octet_length(documents.text) > ${WHOLE_BYTES} offset 0) t offset 0)`;

/** The rows of a search's page, given as a query of ids in order (`ranked`), with their texts
 *  (`whole`) or text windows (`head`). */
function pageRows(db: Kysely<Database>, ranked: RankedPage, terms: string[]) {
  return db
    .selectFrom(ranked.as("p"))
    .innerJoin("documents", "documents.id", "p.page_id")
    .orderBy("p.page_ord")
    .leftJoinLateral(textWindow(terms).as("w"), (join) => join.onTrue())
    .select([
      ...ROW_COLUMNS,
      "p.matched",
      sql<string | null>`case when octet_length(documents.text) <= ${WHOLE_BYTES} then documents.text end`.as(
        "whole",
      ),
      sql<Uint8Array | null>`substring(w.page_bytes from w.page_from + 1 for ${SNIPPET_BYTES + 1})`.as(
        "head",
      ),
      sql<number>`coalesce(w.page_from, 0)`.as("head_at"),
    ])
    .execute();
}

/** The characters of a window of UTF-8 bytes cut out of a longer text: a character whose bytes
 *  the window's start or end cuts is left out. */
export function windowText(bytes: Uint8Array): string {
  let start = 0;
  while (start < bytes.length && (bytes[start] & 0xc0) === 0x80) start++;
  let end = bytes.length;
  let lead = end - 1;
  while (lead >= start && (bytes[lead] & 0xc0) === 0x80) lead--;
  if (lead >= start) {
    const b = bytes[lead];
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (end - lead < length) end = lead;
  }
  // Buffer's decoder: several times faster than TextDecoder's here
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8", start, end);
}

/** Each document's snippets: from its window when a term is found there, else from its whole
 *  text (read for those only). */
async function snippetsOf(
  store: Store,
  heads: Array<{ id: number; whole: string | null; head: Uint8Array | null; head_at: number }>,
  terms: string[],
) {
  const out = new Map<number, SnippetPart[][]>();
  if (terms.length === 0) return out;
  const deeper: number[] = [];
  for (const { id, whole, head, head_at } of heads) {
    if (whole !== null || head === null) {
      out.set(id, snippets(whole ?? "", terms));
      continue;
    }
    const more = head.length > SNIPPET_BYTES;
    const shown = windowText(more ? head.subarray(0, SNIPPET_BYTES) : head);
    const found = snippets(shown, terms, { head: head_at > 0, tail: more });
    if (found.length > 0 || (!more && head_at === 0)) out.set(id, found);
    else deeper.push(id);
  }
  if (deeper.length)
    for (const { id, text } of await store.db
      .selectFrom("documents")
      .select(["id", "text"])
      .where("id", "in", deeper)
      .execute())
      out.set(id, snippets(text, terms));
  return out;
}

/** A listing's total is counted up to this; above it, it is the planner's estimate (marked so). */
export const LIST_EXACT_COUNT = 10_000;

/** One page of a filtered listing, newest first, with how many there are in all — one query:
 *  the page's ids come from the filtered query, its rows and the (capped) count with them. */
async function newestPage(store: Store, query: Documents, page: { offset: number; limit: number }) {
  const counted = sql<number>`(select count(*) from (${query
    .select(sql`1`.as("one"))
    .limit(LIST_EXACT_COUNT + 1)}) n)::int`;
  const rows = await store.db
    .selectFrom("documents")
    .select([...ROW_COLUMNS, counted.as("total")])
    // the page's ids as an array, not `id in (…)`: as a semi-join the planner hashed the ids
    // and read every document's row to probe them (a sequential scan of the whole table for
    // each page, 2,000 rows at 2,000 documents); against an array it fetches the page's rows
    // by their key
    .where(
      sql<boolean>`documents.id = any(array(${query
        .select("documents.id")
        .orderBy("documents.id", "desc")
        .limit(page.limit)
        .offset(page.offset)}))`,
    )
    .orderBy("id", "desc")
    .execute();
  // past the last page: no row carries the count
  const n =
    rows[0]?.total ?? (await store.db.selectNoFrom(counted.as("total")).executeTakeFirstOrThrow()).total;
  const estimated = n > LIST_EXACT_COUNT;
  return {
    items: rows.map(({ total: _, ...row }) => ({ row, snippets: [] as SnippetPart[][] })),
    total: estimated ? Math.max(await plannedRows(store, query), n) : n,
    totalIsEstimate: estimated,
  };
}

/** One page of the documents the scope may see, filtered and searched (`max` caps the page). */
export async function listDocuments(store: Store, scope: Scope, filter: DocumentFilter, max?: number) {
  requirePermission(scope, "public");
  const { page: pageNo, pageSize } = clampPage(filter, max);
  const terms = filter.q ? queryTerms(filter.q) : [];
  let query = visibleDocuments(store, scope);
  if (filter.region) query = query.where(regionMatches(filter.region));
  if (filter.year !== undefined) query = query.where("year", "=", filter.year);
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.organ) query = query.where(organMatches(filter.organ));
  // documents whose current analysis has a finding of this rule, or a fact of this indicator
  if (filter.finding)
    query = query.where(
      sql<boolean>`exists (select 1 from findings f where f.analysis_id = documents.analysis_id and f.rule = ${filter.finding})`,
    );
  if (filter.indicator)
    query = query.where(
      sql<boolean>`exists (select 1 from facts x where x.analysis_id = documents.analysis_id and x.indicator = ${filter.indicator})`,
    );
  const window = { offset: (pageNo - 1) * pageSize, limit: pageSize };
  if (terms.length === 0) {
    const { items, total, totalIsEstimate } = await newestPage(store, query, window);
    return { total, totalIsEstimate, page: pageNo, pageSize, terms, items };
  }
  const search = async () => {
    const read = (db: Kysely<Database>, ranked: RankedPage) => pageRows(db, ranked, terms);
    const { rows, total, totalIsEstimate } = await searchPage(store, query, terms, window, read);
    const found = await snippetsOf(store, rows, terms);
    return {
      total,
      totalIsEstimate,
      page: pageNo,
      pageSize,
      terms,
      items: rows.map(({ whole: _, head: __, head_at: ___, matched: ____, ...row }) => ({
        row,
        snippets: found.get(row.id) ?? [],
      })),
    };
  };
  // an answer depends on the documents (search-cache.ts watches them), the words, the filters on
  // the documents' own columns, the page and what the scope sees; the finding and indicator
  // filters read other tables, and exports are pages of thousands: those are always computed
  if (filter.finding || filter.indicator || pageSize > CACHED_PAGE_SIZE) return search();
  const key = JSON.stringify([
    scope.documents,
    terms,
    filter.region,
    filter.year,
    filter.kind,
    filter.organ,
    pageNo,
    pageSize,
  ]);
  return rememberedSearch(store, key, search);
}

/** Pages larger than this (exports) are not remembered. */
const CACHED_PAGE_SIZE = 100;

/** A document the scope may see, by id: its row and its analyses (newest first), joined to its
 *  current analysis for the record's columns. */
function documentById(store: Store, scope: Scope, id: number) {
  requirePermission(scope, "public");
  return visibleDocuments(store, scope)
    .innerJoin("analyses", "analyses.id", "documents.analysis_id")
    .select([
      ...ROW_COLUMNS.map((c) => `documents.${c}` as const),
      sql<Array<{ id: number; engine_version: string; created_at: string }>>`coalesce((
        select json_agg(json_build_object('id', a.id, 'engine_version', a.engine_version, 'created_at', a.created_at)
          order by a.id desc)
        from analyses a where a.document_id = documents.id), '[]')`.as("history"),
    ])
    .where("documents.id", "=", id);
}

/** A document the scope may see, with its current record and its analyses; not_found otherwise.
 *  One query: the row, the analyses before it and the whole record (at most `maxItems` facts and
 *  findings when given: a page shows the first ones). */
export async function getDocument(store: Store, scope: Scope, id: number, opts: { maxItems?: number } = {}) {
  const found = await documentById(store, scope, id).select(recordColumns(opts.maxItems)).executeTakeFirst();
  if (!found) throw notFound("文档", "document");
  const { history, record, record_text, record_facts, record_findings, ...row } = found;
  return { row, record: recordOf({ record, record_text, record_facts, record_findings }), history };
}

/** As `getDocument`, the record in its parts as stored (its JSON as text, not parsed): for an
 *  answer that sends the stored JSON on. */
export async function getDocumentParts(
  store: Store,
  scope: Scope,
  id: number,
  opts: { maxItems?: number } = {},
) {
  const found = await documentById(store, scope, id)
    .select(recordTextColumns(opts.maxItems))
    .executeTakeFirst();
  if (!found) throw notFound("文档", "document");
  const { history, record, record_text, record_facts, record_findings, ...row } = found;
  return { row, parts: recordParts({ record, record_text, record_facts, record_findings }), history };
}

/** The original bytes of a document the scope may see. */
export async function getOriginal(store: Store, scope: Scope, id: number) {
  requirePermission(scope, "public");
  const original = await visibleDocuments(store, scope)
    .innerJoin("blobs", "blobs.sha256", "documents.sha256")
    .select(["documents.name", "documents.format", "blobs.content", "blobs.encoding"])
    .where("documents.id", "=", id)
    .executeTakeFirst();
  if (!original) throw notFound("文档", "document");
  return { name: original.name, format: original.format, content: unpackBlob(original) };
}

/** A plan's ledger: its measures by unit, from the current record. */
export async function documentLedger(store: Store, scope: Scope, id: number) {
  const doc = await getDocument(store, scope, id);
  return { id: doc.row.id, title: doc.row.title, ...buildLedger(doc.record.measures) };
}

/** A region filter's value: a division code (350102, one 鼓楼区) matches by code; a name, as the
 *  filter was before codes were kept and as a region without one is chosen, every document of
 *  that name. */
export const isAreaCode = (value: string) => /^\d{6}$/.test(value);
export function regionMatches(value: string) {
  return isAreaCode(value)
    ? sql<boolean>`documents.region_code = ${value}`
    : sql<boolean>`documents.region = ${value}`;
}

/** Filter values (regions, years, review rules, kinds of organ), drawn from the documents the scope may see.
 * `chosen`, the region a link already filters by, is always among the regions: a division code
 * none of the visible documents has (a shared link, documents not yet published) would
 * otherwise show on screen as its bare digits. */
export async function facetValues(store: Store, scope: Scope, chosen?: string) {
  requirePermission(scope, "public");
  const docs = visibleDocuments(store, scope);
  const regions = await docs
    .select(["region", "region_code"])
    .distinct()
    .where("region", "is not", null)
    .orderBy("region")
    .orderBy("region_code")
    .execute();
  const years = await docs.select("year").distinct().where("year", "is not", null).orderBy("year").execute();
  const rules = await docs
    .innerJoin("findings", "findings.analysis_id", "documents.analysis_id")
    .select("findings.rule")
    .distinct()
    .orderBy("findings.rule")
    .execute();
  // each issuer's name read once, however many documents it issued
  const issuers = docs.select("documents.issuer").distinct().where("documents.issuer", "is not", null);
  const organs = await store.db
    .selectFrom(issuers.as("i"))
    .select(organFilterOf(sql.ref<string | null>("i.issuer")).as("organ"))
    .distinct()
    .execute();
  const held = new Set(organs.map((o) => o.organ));
  const shown = regions.map((r) => ({ name: r.region as string, code: r.region_code }));
  const division = chosen && isAreaCode(chosen) ? regionByCode(chosen) : undefined;
  if (division && !shown.some((r) => r.code === chosen))
    shown.push({ name: division.name, code: chosen as string });
  return {
    regions: shown,
    years: years.map((y) => y.year as number),
    rules: rules.map((r) => r.rule),
    organs: ORGAN_KINDS.filter((k) => held.has(k)),
  };
}

/** Publish a document (anonymous readers see it) or withdraw it. */
export async function setPublished(store: Store, scope: Scope, id: number, published: boolean) {
  requirePermission(scope, "documents:write");
  return store.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("documents")
      .select(["id", "published_at"])
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound("文档", "document");
    await trx
      .updateTable("documents")
      .set({ published_at: published ? (row.published_at ?? new Date()) : null })
      .where("id", "=", id)
      .execute();
    await audit(
      trx,
      scope.caller,
      published ? "publish" : "unpublish",
      "document",
      id,
      { published: row.published_at !== null },
      { published },
    );
    return { id, published };
  });
}
