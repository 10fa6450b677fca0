// The documents a round's evidence cites, as a printed citation needs them: the title a reader
// knows the document by and its text, to quote the words around each span.
import type { Evidence } from "../../assess/index.ts";
import { documentName, kindLabel } from "../../labels.ts";
import type { Store } from "../../store/db.ts";
import type { Scope } from "../access/scope.ts";
import { visibleDocuments } from "../documents/documents.ts";

export interface CitedDocument {
  /** the title read from it, else its place, year and kind (清镇市2022年年度报告); never a file name */
  title: string;
  text: string;
}

/** Every document cited by the evidence, by id (ids no longer stored are left out). */
export async function citedDocuments(
  store: Store,
  scope: Scope,
  evidence: Iterable<Evidence>,
): Promise<Map<number, CitedDocument>> {
  const ids = new Set<number>();
  for (const e of evidence)
    if ((e.kind === "span" || e.kind === "finding") && e.documentId !== null) ids.add(e.documentId);
  const out = new Map<number, CitedDocument>();
  if (ids.size === 0) return out;
  // a document the caller may not see (unpublished) is cited by its quote alone: no title, no
  // passage around the quote, no link
  const rows = await visibleDocuments(store, scope)
    .select(["id", "title", "region", "year", "kind", "text"])
    .where("id", "in", [...ids])
    .execute();
  for (const r of rows) out.set(r.id, { title: documentName(r) ?? kindLabel(r.kind), text: r.text });
  return out;
}
