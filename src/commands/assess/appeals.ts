// Appeals (申诉): a unit disputes an item of its own draft score with a reason and evidence;
// the coordinator accepts (setting the points) or rejects it. Decided appeals are kept.
import type { EnteredEvidence } from "../../assess/index.ts";
import { audit } from "../audit/audit.ts";
import type { Store } from "../../store/db.ts";
import { actorId, requirePermission, type Scope } from "../access/scope.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { MAX_PAGE_SIZE, type Page, paged } from "../paging.ts";
import { checkEvidence } from "./items.ts";
import { loadItem, loadRound, requireOpen, visibleUnits } from "./rows.ts";

export async function fileAppeal(
  store: Store,
  scope: Scope,
  itemId: number,
  input: { reason: string; evidence: EnteredEvidence[] },
) {
  requirePermission(scope, "assess:appeal");
  const reason = input.reason.trim();
  if (reason.length < 4) throw invalid("reason_required", "请写明申诉理由", "a reason is required");
  const evidence = await checkEvidence(store.db, input.evidence);
  return store.db.transaction().execute(async (trx) => {
    const { item, round } = await loadItem(trx, scope, itemId, true);
    requireOpen(round);
    const open = await trx
      .selectFrom("assess_appeals")
      .select("id")
      .where("item_id", "=", itemId)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (open) throw conflict("appeal_pending", "该项已有待处理的申诉", "an appeal on this item is pending");
    const row = await trx
      .insertInto("assess_appeals")
      .values({
        item_id: itemId,
        round_id: round.id,
        unit_key: item.unit_key,
        reason,
        evidence: JSON.stringify(evidence),
        created_by: actorId(scope),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(trx, scope.caller, "assess.appeal.file", "assess_appeal", row.id, null, { itemId, reason });
    return { id: row.id };
  });
}

export async function decideAppeal(
  store: Store,
  scope: Scope,
  appealId: number,
  decision: { accept: boolean; points?: number | null; comment: string },
) {
  requirePermission(scope, "assess:configure");
  const comment = decision.comment.trim();
  if (!comment) throw invalid("comment_required", "请写明处理意见", "a comment is required");
  return store.db.transaction().execute(async (trx) => {
    const appeal = await trx
      .selectFrom("assess_appeals")
      .selectAll()
      .where("id", "=", appealId)
      .forUpdate()
      .executeTakeFirst();
    if (!appeal) throw notFound("申诉", "appeal");
    if (appeal.status !== "pending")
      throw conflict("appeal_decided", "该申诉已处理", "the appeal is decided");
    const { item, round } = await loadItem(trx, scope, appeal.item_id, true);
    requireOpen(round);
    let points: number | null = null;
    if (decision.accept) {
      points = decision.points ?? null;
      if (points === null || points < 0 || points > item.max)
        throw invalid("points_range", `采纳申诉时请给出 0 到 ${item.max} 之间的分值`, "points out of range");
      const before = item.override?.points ?? item.points;
      const override = { points, reason: comment, appealId, by: scope.caller?.displayName ?? null };
      await trx
        .updateTable("assess_items")
        .set({ override: JSON.stringify(override) })
        .where("id", "=", item.id)
        .execute();
      await trx
        .insertInto("assess_item_changes")
        .values({
          item_id: item.id,
          cause: "appeal",
          points_before: before,
          points_after: points,
          note: `采纳申诉：${comment}`,
          user_id: actorId(scope),
        })
        .execute();
    }
    await trx
      .updateTable("assess_appeals")
      .set({
        status: decision.accept ? "accepted" : "rejected",
        decided_points: points,
        decision: comment,
        decided_by: actorId(scope),
        decided_at: new Date(),
      })
      .where("id", "=", appealId)
      .execute();
    await audit(
      trx,
      scope.caller,
      "assess.appeal.decide",
      "assess_appeal",
      appealId,
      { status: "pending" },
      {
        status: decision.accept ? "accepted" : "rejected",
        points,
        comment,
      },
    );
    return { id: appealId, status: decision.accept ? "accepted" : "rejected" };
  });
}

/** Appeals of a round, one page (an export asks for a larger `max`): a unit sees its own. */
export async function listAppeals(
  store: Store,
  scope: Scope,
  roundId: number,
  page: Page,
  max = MAX_PAGE_SIZE,
) {
  await loadRound(store.db, scope, roundId);
  requirePermission(scope, "assess:read");
  let q = store.db
    .selectFrom("assess_appeals")
    .innerJoin("assess_items", "assess_items.id", "assess_appeals.item_id")
    .innerJoin("assess_units", "assess_units.id", "assess_items.unit_id")
    .where("assess_appeals.round_id", "=", roundId);
  if (scope.unit) q = q.where("assess_appeals.unit_key", "=", scope.unit.key);
  const count = async () =>
    (await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  const rows = q
    .select([
      "assess_appeals.id",
      "assess_appeals.item_id",
      "assess_appeals.reason",
      "assess_appeals.evidence",
      "assess_appeals.status",
      "assess_appeals.decided_points",
      "assess_appeals.decision",
      "assess_appeals.created_at",
      "assess_appeals.decided_at",
      "assess_items.code",
      "assess_items.points",
      "assess_items.max",
      "assess_units.id as unit_id",
      "assess_units.unit_name",
    ])
    .orderBy("assess_appeals.id");
  const found = await paged(rows, count, page, max);
  // each unit named as the round's results name it: by the register, and two of one name in
  // different cities (鼓楼区司法局 of 福州市 and of 南京市) each with its city
  const names = new Map((await visibleUnits(store.db, scope, roundId)).map((u) => [u.id, u.unit_name]));
  return {
    ...found,
    items: found.items.map(({ unit_id, ...a }) => ({ ...a, unit_name: names.get(unit_id) ?? a.unit_name })),
  };
}
