// Items: an evaluator's entry (manual points or a survey figure, with reason and evidence),
// and the trace of one item: the rule, its inputs, its evidence, every change and appeal.
import { type EnteredEvidence, type ItemScore, leaves } from "../../assess/index.ts";
import { audit } from "../audit/audit.ts";
import { unpackBlob } from "../../store/blobs.ts";
import type { Store } from "../../store/db.ts";
import type { ItemEntry } from "../../store/schema.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { invalid, notFound } from "../errors.ts";
import { checkAttachment } from "../tasks/attachments.ts";
import { computeUnit } from "./compute.ts";
import { loadItem, requireOpen, visibleUnits } from "./rows.ts";

/** The points that count: the coordinator's decision on an appeal, else the rule's. */
export const effective = (i: { points: number; override: { points: number } | null }) =>
  i.override?.points ?? i.points;

export type Entry =
  | { kind: "manual"; points: number; reason: string; evidence: EnteredEvidence[] }
  | { kind: "survey"; value: number; reason?: string };

/** Check passages against the document's text: a quote must be exactly what the span holds. */
export async function checkEvidence(
  db: Store["db"],
  evidence: EnteredEvidence[],
): Promise<EnteredEvidence[]> {
  const out: EnteredEvidence[] = [];
  for (const e of evidence) {
    if (e.kind === "file") {
      const blob = await db
        .selectFrom("blobs")
        .select("sha256")
        .where("sha256", "=", e.sha256)
        .executeTakeFirst();
      if (!blob)
        throw invalid("no_file", `证明材料「${e.name}」不存在，请重新上传`, "evidence file not stored");
      out.push(e);
      continue;
    }
    const doc = await db
      .selectFrom("documents")
      .select("text")
      .where("id", "=", e.documentId)
      .executeTakeFirst();
    if (!doc || e.start < 0 || e.end <= e.start || e.end > doc.text.length)
      throw invalid("bad_passage", "所引报告段落的位置无效", "the passage is outside the document");
    out.push({ ...e, quote: doc.text.slice(e.start, e.end) });
  }
  return out;
}

export async function enterItem(store: Store, scope: Scope, itemId: number, entry: Entry, now = new Date()) {
  requirePermission(scope, "assess:manage");
  const evidence = entry.kind === "manual" ? await checkEvidence(store.db, entry.evidence) : [];
  return store.db.transaction().execute(async (trx) => {
    const { item, round } = await loadItem(trx, scope, itemId, true);
    requireOpen(round);
    if (item.method !== entry.kind)
      throw invalid(
        "not_entered",
        item.method === "manual" || item.method === "survey"
          ? "录入类型与评分方法不符"
          : "该项由系统自动评分，不能人工录入",
        "this item is not scored by entry",
      );
    if (entry.kind === "manual" && (entry.points < 0 || entry.points > item.max))
      throw invalid("points_range", `分值应在 0 到 ${item.max} 之间`, "points out of range");
    if (entry.kind === "manual" && !entry.reason.trim())
      throw invalid("reason_required", "请写明评分理由", "a reason is required");
    const by = scope.caller?.displayName ?? "系统";
    const stored: ItemEntry =
      entry.kind === "manual"
        ? { kind: "manual", points: entry.points, reason: entry.reason.trim(), evidence, by }
        : { kind: "survey", value: entry.value, by, ...(entry.reason ? { reason: entry.reason } : {}) };
    await trx
      .updateTable("assess_items")
      .set({ entry: JSON.stringify(stored) })
      .where("id", "=", itemId)
      .execute();
    await audit(trx, scope.caller, "assess.item.enter", "assess_item", itemId, item.entry, stored);
    const unit = await trx
      .selectFrom("assess_units")
      .selectAll()
      .where("id", "=", item.unit_id)
      .executeTakeFirstOrThrow();
    await computeUnit(trx, scope, round, unit, "entered", now);
    return { id: itemId };
  });
}

/** Everything behind one score: the indicator, the rule and its inputs, the evidence, the history. */
export async function traceItem(store: Store, scope: Scope, itemId: number) {
  const { item, round } = await loadItem(store.db, scope, itemId);
  const leaf = leaves(round.system).find((l) => l.node.code === item.code);
  // named as the round's results name it (鼓楼区司法局（福州市） where two cities' share the name)
  const units = await visibleUnits(store.db, scope, round.id);
  const unitName = units.find((u) => u.id === item.unit_id)?.unit_name ?? item.unit_name;
  const changes = await store.db
    .selectFrom("assess_item_changes")
    .leftJoin("users", "users.id", "assess_item_changes.user_id")
    .select([
      "assess_item_changes.at",
      "assess_item_changes.cause",
      "assess_item_changes.points_before",
      "assess_item_changes.points_after",
      "assess_item_changes.note",
      "users.display_name as by",
    ])
    .where("item_id", "=", itemId)
    .orderBy("assess_item_changes.id")
    .execute();
  const appeals = await store.db
    .selectFrom("assess_appeals")
    .selectAll()
    .where("item_id", "=", itemId)
    .orderBy("id")
    .execute();
  const score: ItemScore = {
    code: item.code,
    name: leaf?.node.name ?? item.code,
    path: leaf?.path ?? [],
    method: item.method,
    max: item.max,
    points: item.points,
    status: item.status,
    explanation: item.explanation,
    inputs: item.inputs,
    evidence: item.evidence,
  };
  return {
    round: { id: round.id, title: round.title, status: round.status },
    unit: { name: unitName, documentId: item.document_id },
    item: { id: item.id, ...score, effective: effective(item), override: item.override, method: item.method },
    rule: leaf?.node.method ?? null,
    changes,
    appeals,
  };
}

/** Store a file an evaluator or a unit attaches as evidence (the allowed types of attachments). */
export async function storeEvidenceFile(store: Store, scope: Scope, name: string, bytes: Uint8Array) {
  requirePermission(scope, "assess:read");
  // stored at once: the entry or appeal that cites it comes in a later request
  const file = checkAttachment(name, bytes);
  await store.db
    .insertInto("blobs")
    .values({ sha256: file.sha256, content: file.bytes, size: file.size })
    .onConflict((oc) => oc.column("sha256").doNothing())
    .execute();
  return { kind: "file" as const, sha256: file.sha256, name: file.name };
}

/** A file cited by an item (its evidence or an appeal's), for a caller who may see the item. */
export async function evidenceFile(store: Store, scope: Scope, itemId: number, sha256: string) {
  const { item } = await loadItem(store.db, scope, itemId);
  const appeals = await store.db
    .selectFrom("assess_appeals")
    .select("evidence")
    .where("item_id", "=", itemId)
    .execute();
  const cited = [...item.evidence, ...appeals.flatMap((a) => a.evidence)].find(
    (e) => e.kind === "file" && e.sha256 === sha256,
  );
  if (cited?.kind !== "file") throw notFound("证明材料", "evidence file");
  const blob = await store.db
    .selectFrom("blobs")
    .select(["content", "encoding"])
    .where("sha256", "=", sha256)
    .executeTakeFirst();
  if (!blob) throw notFound("证明材料", "evidence file");
  return { name: cited.name, content: unpackBlob(blob) };
}
