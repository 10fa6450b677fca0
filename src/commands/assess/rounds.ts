// Assessment rounds: one per year and system, over the units in scope. Creating a round scores
// it at once; the coordinator finalises it (locked) and publishes it (public results page).
import { audit } from "../audit/audit.ts";
import type { Store } from "../../store/db.ts";
import type { RoundStatus } from "../../store/schema.ts";
import { actorId, requirePermission, type Scope } from "../access/scope.ts";
import { conflict, invalid } from "../errors.ts";
import { type Page, paged } from "../paging.ts";
import { computeUnit } from "./compute.ts";
import { loadRound, requireOpen } from "./rows.ts";
import { systemRowFor } from "./systems.ts";
import { namedUnit } from "../units/registry.ts";
import { type UnitDivision, unitDivision } from "../units/division.ts";
import { matchReport } from "./match.ts";

export interface NewRound {
  system: string;
  year: number;
  title?: string | null;
  units: { name: string; documentId?: number | null }[];
}

export async function createRound(store: Store, scope: Scope, input: NewRound, now = new Date()) {
  requirePermission(scope, "assess:configure");
  if (input.units.every((u) => !u.name.trim()))
    throw invalid("no_units", "请至少选择一个参评单位", "a round needs units");
  // each unit keyed and named as the unit register has it (as the season's units are); a unit
  // not registered keeps the name given
  const chosen: Array<{
    key: string;
    name: string;
    written: string;
    division: UnitDivision;
    documentId?: number | null;
  }> = [];
  for (const u of input.units) {
    const name = u.name.trim();
    if (!name) continue;
    const unit = await namedUnit(store.db, name);
    chosen.push({
      key: unit.key,
      name: unit.name,
      written: name,
      division: unitDivision([unit.name, name], unit.areaCode),
      documentId: u.documentId,
    });
  }
  const names = chosen.map((u) => u.name);
  const keys = chosen.map((u) => u.key);
  if (new Set(keys).size !== keys.length)
    throw invalid("duplicate_unit", "参评单位重复", "a unit is listed twice");
  // units whose report could not be told apart from a same-named division's: the office picks it
  const notices: string[] = [];
  return store.db.transaction().execute(async (trx) => {
    const systemId = await systemRowFor(trx, input.system, actorId(scope));
    const system = await trx
      .selectFrom("assess_systems")
      .select(["name"])
      .where("id", "=", systemId)
      .executeTakeFirstOrThrow();
    const created = await trx
      .insertInto("assess_rounds")
      .values({
        system_id: systemId,
        year: input.year,
        title: input.title?.trim() || `${input.year}年度${system.name}`,
        created_by: actorId(scope),
        computed_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const [k, unit] of chosen.entries()) {
      const name = unit.name;
      if (unit.documentId) {
        const doc = await trx
          .selectFrom("documents")
          .select("id")
          .where("id", "=", unit.documentId)
          .executeTakeFirst();
        if (!doc)
          throw invalid("no_document", `单位「${name}」的报告不存在`, "the unit's document does not exist");
      }
      const match = unit.documentId
        ? { documentId: unit.documentId, ambiguous: [] }
        : await matchReport(trx, { names: [name, unit.written], division: unit.division }, input.year);
      if (match.ambiguous.length)
        notices.push(
          `「${name}」可能是${match.ambiguous.length}个地区的单位，各有报告（${match.ambiguous.join("、")}），未自动选用，请在评估结果中为该单位选择报告`,
        );
      await trx
        .insertInto("assess_units")
        .values({ round_id: created.id, unit_key: keys[k], unit_name: name, document_id: match.documentId })
        .execute();
    }
    const round = await loadRound(trx, scope, created.id);
    const units = await trx
      .selectFrom("assess_units")
      .selectAll()
      .where("round_id", "=", created.id)
      .execute();
    for (const unit of units) await computeUnit(trx, scope, round, unit, "computed", now);
    await audit(trx, scope.caller, "assess.round.create", "assess_round", created.id, null, {
      system: input.system,
      year: input.year,
      units: names,
    });
    return { id: created.id, notices };
  });
}

/** Choose the report a unit is scored on, and rescore the unit. */
export async function setUnitDocument(
  store: Store,
  scope: Scope,
  roundId: number,
  unitId: number,
  documentId: number | null,
  now = new Date(),
) {
  requirePermission(scope, "assess:manage");
  return store.db.transaction().execute(async (trx) => {
    const round = await loadRound(trx, scope, roundId, true);
    requireOpen(round);
    const unit = await trx
      .selectFrom("assess_units")
      .selectAll()
      .where("id", "=", unitId)
      .where("round_id", "=", roundId)
      .executeTakeFirst();
    if (!unit) throw invalid("no_unit", "该单位不在本轮评估中", "the unit is not in this round");
    if (documentId !== null) {
      const doc = await trx
        .selectFrom("documents")
        .select("id")
        .where("id", "=", documentId)
        .executeTakeFirst();
      if (!doc) throw invalid("no_document", "所选报告不存在", "the document does not exist");
    }
    await trx.updateTable("assess_units").set({ document_id: documentId }).where("id", "=", unitId).execute();
    await audit(
      trx,
      scope.caller,
      "assess.unit.document",
      "assess_unit",
      unitId,
      { documentId: unit.document_id },
      { documentId },
    );
    const changed = await computeUnit(
      trx,
      scope,
      round,
      { ...unit, document_id: documentId },
      "recomputed",
      now,
    );
    return { changed };
  });
}

const NEXT: Record<"finalise" | "publish", { from: RoundStatus; to: RoundStatus; zh: string }> = {
  finalise: { from: "open", to: "finalised", zh: "定稿" },
  publish: { from: "finalised", to: "published", zh: "公布" },
};

/** Finalise (lock: no more scores, entries or appeals) or publish a finalised round. */
export async function advanceRound(
  store: Store,
  scope: Scope,
  roundId: number,
  step: "finalise" | "publish",
  now = new Date(),
) {
  requirePermission(scope, "assess:configure");
  const { from, to, zh } = NEXT[step];
  return store.db.transaction().execute(async (trx) => {
    const round = await loadRound(trx, scope, roundId, true);
    if (round.status !== from)
      throw conflict(
        "round_state",
        step === "finalise" ? "该评估轮次已定稿" : "请先定稿再公布",
        `the round must be ${from} to ${step}`,
      );
    if (step === "finalise") {
      const pending = await trx
        .selectFrom("assess_appeals")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("round_id", "=", roundId)
        .where("status", "=", "pending")
        .executeTakeFirstOrThrow();
      if (Number(pending.n) > 0)
        throw conflict("appeals_pending", `还有 ${pending.n} 项申诉未处理，不能${zh}`, "appeals are pending");
    }
    await trx
      .updateTable("assess_rounds")
      .set(step === "finalise" ? { status: to, finalised_at: now } : { status: to, published_at: now })
      .where("id", "=", roundId)
      .execute();
    await audit(
      trx,
      scope.caller,
      `assess.round.${step}`,
      "assess_round",
      roundId,
      { status: from },
      { status: to },
    );
    return { id: roundId, status: to };
  });
}

/** Rounds the scope may see: staff all, a unit those it is in, the public published ones. */
export async function listRounds(store: Store, scope: Scope, page: Page) {
  let q = store.db
    .selectFrom("assess_rounds")
    .innerJoin("assess_systems", "assess_systems.id", "assess_rounds.system_id");
  if (scope.documents !== "all") q = q.where("assess_rounds.status", "=", "published");
  else {
    requirePermission(scope, "assess:read");
    const unit = scope.unit;
    if (unit)
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom("assess_units")
            .select("assess_units.id")
            .whereRef("assess_units.round_id", "=", "assess_rounds.id")
            .where("assess_units.unit_key", "=", unit.key),
        ),
      );
  }
  const count = async () =>
    (await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  const rows = q
    .select([
      "assess_rounds.id",
      "assess_rounds.year",
      "assess_rounds.title",
      "assess_rounds.status",
      "assess_rounds.created_at",
      "assess_rounds.finalised_at",
      "assess_rounds.published_at",
      "assess_systems.key as system_key",
      "assess_systems.name as system_name",
      "assess_systems.version as system_version",
    ])
    .select((eb) =>
      eb
        .selectFrom("assess_units")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("assess_units.round_id", "=", "assess_rounds.id")
        .as("units"),
    )
    .orderBy("assess_rounds.year", "desc")
    .orderBy("assess_rounds.id", "desc");
  return paged(rows, count, page);
}
