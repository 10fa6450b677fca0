// Assessment rows and results as API JSON (camelCase), with the Chinese labels the web app
// shows; codes never reach the screen.
import { citedTitle } from "../../shared/title-marks.ts";
import { type Evidence, METHOD_LABEL, type MethodKind } from "../../assess/index.ts";
import type { CitedDocument, roundResults, traceItem } from "../../commands/assess/index.ts";
import type { AssessReport, Citation } from "../../export/assess.ts";
import { passageUrl } from "../../export/cite.ts";
import { documentName, ruleLabel } from "../../labels.ts";
import { citedPassage } from "../../shared/passage.ts";
import type { AppealJson, ResultsJson, RoundSummaryJson, TraceJson } from "./assess-json.ts";

export const ITEM_STATUS_LABEL = { scored: "已评分", no_evidence: "无依据", pending: "待评分" } as const;
export const ROUND_STATUS_LABEL = { open: "评分中", finalised: "已定稿", published: "已公布" } as const;
export const APPEAL_STATUS_LABEL = { pending: "待处理", accepted: "已采纳", rejected: "未采纳" } as const;
export const CHANGE_CAUSE_LABEL = {
  computed: "首次计算",
  recomputed: "来源变化后重新计算",
  entered: "人工录入",
  appeal: "申诉采纳",
} as const;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const methodLabel = (m: string) => METHOD_LABEL[m as MethodKind] ?? m;

/** One line per piece of evidence, for files and exports. */
export function describeEvidence(e: Evidence): string {
  switch (e.kind) {
    case "span":
      // character positions mean nothing to a reader: the words only (citeEvidence adds the title)
      return `报告原文：“${e.quote}”`;
    case "finding":
      return `审查问题（${ruleLabel(e.rule)}）：${e.message}${e.quote ? `「${e.quote}」` : ""}`;
    case "task":
      return `督办任务「${e.title}」：${e.note}`;
    case "file":
      return `证明材料「${e.name}」`;
    case "season":
      return `年度报告${e.what === "submitted" ? "报送" : "公开"}：${e.on ?? "未完成"}（时限 ${e.due}）`;
    case "entry":
      return `录入${e.by ? `（${e.by}）` : ""}：${e.reason}`;
  }
}

/**
 * A piece of evidence as a printed citation: the document by its title and the words at the
 * span with their sentence (《…》：“……全年办理行政复议案件312件……”), never character positions,
 * which mean nothing on paper; with the link to the passage in the web app. A document no longer
 * stored, or re-read since so that the span no longer holds the quoted words, is cited by the
 * quote alone.
 */
export function citeEvidence(e: Evidence, docs: Map<number, CitedDocument>, baseUrl: string): Citation {
  const at = (documentId: number | null, start: number | null, end: number | null, quote: string | null) => {
    const doc = documentId === null ? undefined : docs.get(documentId);
    if (!doc || documentId === null || start === null || end === null || quote === null) return null;
    if (doc.text.slice(start, end) !== quote) return null;
    return {
      text: `${citedTitle(doc.title)}：“${citedPassage(doc.text, start, end)}”`,
      link: passageUrl(baseUrl, documentId, start, end),
    };
  };
  if (e.kind === "span")
    return at(e.documentId, e.start, e.end, e.quote) ?? { text: `报告原文：“${e.quote}”`, link: null };
  if (e.kind === "finding") {
    const cited = at(e.documentId, e.start, e.end, e.quote);
    // a message that ends its own sentence is not given a second full stop
    const head = `审查问题（${ruleLabel(e.rule)}）：${e.message.replace(/[。.]$/u, "")}`;
    if (cited) return { text: `${head}。见${cited.text}`, link: cited.link };
  }
  return { text: describeEvidence(e), link: null };
}

type Results = Awaited<ReturnType<typeof roundResults>>;

export function presentRoundSummary(r: {
  id: number;
  year: number;
  title: string;
  status: keyof typeof ROUND_STATUS_LABEL;
  system_name: string;
  system_version: string;
  units: number | null;
  created_at: Date | string;
  published_at: Date | string | null;
}): RoundSummaryJson {
  return {
    id: r.id,
    year: r.year,
    title: r.title,
    status: r.status,
    statusLabel: ROUND_STATUS_LABEL[r.status],
    systemName: r.system_name,
    systemVersion: r.system_version,
    units: Number(r.units ?? 0),
    createdAt: iso(r.created_at),
    publishedAt: iso(r.published_at),
  };
}

export function presentResults({ round, system, results, distribution }: Results): ResultsJson {
  return {
    round: {
      id: round.id,
      year: round.year,
      title: round.title,
      status: round.status,
      statusLabel: ROUND_STATUS_LABEL[round.status],
      computedAt: iso(round.computed_at),
      finalisedAt: iso(round.finalised_at),
      publishedAt: iso(round.published_at),
    },
    system: {
      key: system.id,
      name: system.name,
      version: system.version,
      basis: system.basis,
      assumption: system.assumption,
      firstLevel: system.indicators.map((n) => ({ code: n.code, name: n.name, max: n.points })),
    },
    distribution,
    units: results.map((r) => ({
      unitId: r.unitId,
      unitName: r.unitName,
      documentId: r.documentId,
      // as the document library names it: its title, or its place, year and kind
      documentTitle: r.document ? (documentName(r.document) ?? "年度报告") : null,
      rank: r.rank,
      total: r.total,
      max: r.max,
      previousTotal: r.previousTotal,
      change: r.previousTotal === null ? null : Math.round((r.total - r.previousTotal) * 100) / 100,
      firstLevel: r.score.tree.map((n) => ({ code: n.code, name: n.name, points: n.points, max: n.max })),
      items: r.score.items.map((i) => ({
        id: r.itemIds[i.code] ?? null,
        code: i.code,
        name: i.name,
        path: i.path,
        method: i.method,
        methodLabel: methodLabel(i.method),
        points: i.points,
        max: i.max,
        status: i.status,
        statusLabel: ITEM_STATUS_LABEL[i.status],
        explanation: i.explanation,
        evidenceCount: i.evidence.length,
      })),
    })),
  };
}

/**
 * One item's trace. Each piece of evidence keeps its structured fields (document, span, quote)
 * and is worded as the exports cite it (`citeEvidence`), with the link to the passage in the web
 * app relative to it.
 */
export function presentTrace(
  t: Awaited<ReturnType<typeof traceItem>>,
  docs: Map<number, CitedDocument>,
): TraceJson {
  return {
    round: { ...t.round, statusLabel: ROUND_STATUS_LABEL[t.round.status] },
    unit: t.unit,
    item: {
      id: t.item.id,
      code: t.item.code,
      name: t.item.name,
      path: t.item.path,
      method: t.item.method,
      methodLabel: methodLabel(t.item.method),
      max: t.item.max,
      computedPoints: t.item.points,
      points: t.item.effective,
      status: t.item.status,
      statusLabel: ITEM_STATUS_LABEL[t.item.status],
      explanation: t.item.explanation,
      inputs: t.item.inputs,
      override: t.item.override,
      evidence: t.item.evidence.map((e) => {
        const cited = citeEvidence(e, docs, "");
        return { ...e, text: cited.text, link: cited.link };
      }),
    },
    rule: t.rule,
    changes: t.changes.map((c) => ({
      at: iso(c.at),
      cause: c.cause,
      causeLabel: CHANGE_CAUSE_LABEL[c.cause],
      pointsBefore: c.points_before,
      pointsAfter: c.points_after,
      note: c.note,
      by: c.by,
    })),
    appeals: t.appeals.map((a) => ({
      id: a.id,
      reason: a.reason,
      evidence: a.evidence,
      status: a.status,
      statusLabel: APPEAL_STATUS_LABEL[a.status],
      decidedPoints: a.decided_points,
      decision: a.decision,
      createdAt: iso(a.created_at),
      decidedAt: iso(a.decided_at),
    })),
  };
}

export function presentAppeal(a: {
  id: number;
  item_id: number;
  code: string;
  unit_name: string;
  reason: string;
  status: keyof typeof APPEAL_STATUS_LABEL;
  points: number;
  max: number;
  decided_points: number | null;
  decision: string | null;
  created_at: Date | string;
}): AppealJson {
  return {
    id: a.id,
    itemId: a.item_id,
    code: a.code,
    unitName: a.unit_name,
    reason: a.reason,
    status: a.status,
    statusLabel: APPEAL_STATUS_LABEL[a.status],
    points: a.points,
    max: a.max,
    decidedPoints: a.decided_points,
    decision: a.decision,
    createdAt: iso(a.created_at),
  };
}

/** What the score sheet and the Word report are made from. */
export function reportData(
  res: Results,
  appeals: ReturnType<typeof presentAppeal>[],
  docs: Map<number, CitedDocument>,
  baseUrl: string,
): AssessReport {
  return {
    title: res.round.title,
    year: res.round.year,
    statusLabel: ROUND_STATUS_LABEL[res.round.status],
    system: res.system,
    distribution: res.distribution,
    units: res.results.map((r) => ({
      rank: r.rank,
      unitName: r.unitName,
      total: r.total,
      max: r.max,
      previousTotal: r.previousTotal,
      firstLevel: r.score.tree.map((n) => ({ code: n.code, name: n.name, points: n.points, max: n.max })),
      items: r.score.items.map((i) => ({
        code: i.code,
        name: i.name,
        path: i.path,
        methodLabel: methodLabel(i.method),
        points: i.points,
        max: i.max,
        statusLabel: ITEM_STATUS_LABEL[i.status],
        explanation: i.explanation,
        evidence: i.evidence.map((e) => citeEvidence(e, docs, baseUrl)),
      })),
    })),
    appeals: appeals.map((a) => ({
      unitName: a.unitName,
      code: a.code,
      reason: a.reason,
      statusLabel: a.statusLabel,
      decision: a.decision,
    })),
  };
}
