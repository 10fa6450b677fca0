// Measures of an implementation plan: the numbered items that carry a responsibility
// clause, with the headings they sit under, their lead and cooperating units, and deadlines.
import { DEFAULT_DEADLINE } from "../rules/deadlines.ts";
import type { OutlineItem } from "../structure/outline.ts";
import type { Deadline, Finding, Measure, Noise } from "../types.ts";
import { BARE_LABELLED_CLAUSE, DUE_LABEL } from "../rules/clauses.ts";
import { bareRoleClause, parseClause } from "./clause.ts";
import { findDeadlines } from "./deadlines.ts";
import { tableMeasures } from "./task-table.ts";
import { resolveUnit } from "./units.ts";

export interface PlanInput {
  text: string;
  norm: string;
  outline: OutlineItem[];
  noise: Noise[];
  /** the plan's own date (signature or publication), for the deadline check */
  planDate?: string | null;
  /** the one year the plan is for (2024年…工作要点), whose dates may be written without it */
  planYear?: number | null;
}

export interface PlanResult {
  measures: Measure[];
  findings: Finding[];
  defaultDeadline: (Deadline & { measure: number | null }) | null;
}

const ROLE = /牵头|负责|配合|协助|参与|责任单位|主责单位/;
/** The last parenthesised clause of a measure that names roles: (市编办牵头,…配合) */
const CLAUSE = /[(（]([^()（）]{2,300}?)[)）]/g;

/** The heading level whose items carry responsibility clauses. */
function measureLevel(
  outline: OutlineItem[],
  clauseAt: (h: OutlineItem, end: number) => unknown,
): number | null {
  const byLevel = new Map<number, { n: number; withClause: number }>();
  outline.forEach((h, k) => {
    if (h.enumeration && h.level > 4) return;
    // the item's own text, up to the next heading of any level
    const end = outline[k + 1]?.start ?? Number.POSITIVE_INFINITY;
    const e = byLevel.get(h.level) ?? { n: 0, withClause: 0 };
    e.n++;
    if (clauseAt(h, end)) e.withClause++;
    byLevel.set(h.level, e);
  });
  let best: number | null = null;
  let bestCount = 0;
  for (const [level, e] of byLevel) {
    if (e.withClause >= 2 && e.withClause / e.n >= 0.5 && e.withClause > bestCount) {
      best = level;
      bestCount = e.withClause;
    }
  }
  return best;
}

/** Where each item's text ends: the next heading at its level or above (one pass, a stack). */
function boundaries(outline: OutlineItem[]): number[] {
  const ends = outline.map(() => Number.POSITIVE_INFINITY);
  const open: number[] = [];
  outline.forEach((h, k) => {
    while (open.length && outline[open[open.length - 1]].level >= h.level)
      ends[open.pop() as number] = h.start;
    open.push(k);
  });
  return ends;
}

interface FoundClause {
  clause: string;
  start: number;
  /** where the clause's own deadline starts in it (完成时限:…, or a bare clause's tail) */
  dueAt: number | null;
}

function lastClause(norm: string, from: number, to: number): FoundClause | null {
  const segment = norm.slice(from, to);
  let found: FoundClause | null = null;
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(segment); m; m = CLAUSE.exec(segment)) {
    if (ROLE.test(m[1])) found = { clause: m[1], start: from + m.index + 1, dueAt: null };
  }
  if (found) return withDueLabel(found);
  const bare = BARE_LABELLED_CLAUSE.exec(segment);
  if (!bare) return bareRoleSentence(segment, from);
  let clause = bare[0].replace(/[\s。;]+$/, "");
  // the close of a parenthesised clause the simple pattern could not read (nested parentheses)
  const opens = clause.match(/[(（]/g)?.length ?? 0;
  if (/[)）]$/.test(clause) && (clause.match(/[)）]/g)?.length ?? 0) > opens) clause = clause.slice(0, -1);
  return withDueLabel({ clause, start: from + bare.index, dueAt: null });
}

/** A labelled clause may end with the deadline (牵头单位:…;完成时限:2024年12月). */
function withDueLabel(found: FoundClause): FoundClause {
  const label = DUE_LABEL.exec(found.clause);
  return label ? { ...found, dueAt: label.index } : found;
}

/** The measure's last sentence when it is a responsibility clause without brackets. */
function bareRoleSentence(segment: string, from: number): FoundClause | null {
  const body = segment.replace(/[\s。;]+$/, "");
  const sentenceStart = Math.max(body.lastIndexOf("。"), body.lastIndexOf("\n")) + 1;
  const bare = bareRoleClause(body.slice(sentenceStart));
  if (!bare) return null;
  const start = sentenceStart + bare.start;
  return { clause: body.slice(start), start: from + start, dueAt: bare.dueAt };
}

const numeralOf = (marker: string) => {
  const m = /\d+/.exec(marker);
  return m ? Number(m[0]) : null;
};

export function extractMeasures(input: PlanInput): PlanResult {
  const { text, norm, outline, noise } = input;
  const bodyEnd =
    noise.filter((n) => n.kind === "boilerplate" && n.end >= norm.trimEnd().length - 1)[0]?.start ??
    norm.length;
  const clauseAt = (h: OutlineItem, end: number) => lastClause(norm, h.start, Math.min(end, bodyEnd));
  const level = measureLevel(outline, clauseAt);
  const findings: Finding[] = [];
  const dm = DEFAULT_DEADLINE.exec(norm);
  let defaultDeadline: PlanResult["defaultDeadline"] = null;
  if (dm) {
    const start = dm.index;
    const d = findDeadlines(text, norm, start, start + dm[0].length, input.planYear)[0];
    if (d)
      defaultDeadline = {
        ...d,
        quote: text.slice(start, start + dm[0].length),
        start,
        end: start + dm[0].length,
        measure: null,
      };
  }
  const measures: Measure[] = level === null ? [] : proseMeasures(input, level, bodyEnd, defaultDeadline);
  // a plan whose tasks are a table (重点任务分工表) beside or instead of numbered paragraphs: the
  // table's rows when they are more
  const tabled = tableMeasures(text, norm, input.planYear ?? null).filter((m) => m.start < bodyEnd);
  const chosen = tabled.length > measures.length ? tabled : measures;
  // a measure without a deadline of its own has the plan's (除另有规定外，…年底前完成)
  if (defaultDeadline)
    for (const m of chosen) if (!m.due) m.due = { date: defaultDeadline.date, inherited: true };
  findings.push(...measureFindings(chosen, input.planDate ?? null));
  return { measures: chosen, findings, defaultDeadline };
}

/** The measures of the numbered paragraphs at `level` (those carrying responsibility clauses). */
function proseMeasures(
  input: PlanInput,
  level: number,
  bodyEnd: number,
  defaultDeadline: PlanResult["defaultDeadline"],
): Measure[] {
  const { text, norm, outline } = input;
  const clauseAt = (h: OutlineItem, end: number) => lastClause(norm, h.start, Math.min(end, bodyEnd));
  const measures: Measure[] = [];
  const ends = boundaries(outline);
  let ordinal = 0;
  outline.forEach((h, k) => {
    if (h.level !== level) return;
    ordinal++;
    const end = Math.min(ends[k], bodyEnd);
    // group: the heading just above the measure level; area: the next one up (walking back)
    let parent: OutlineItem | undefined;
    let areaHeading: OutlineItem | undefined;
    for (let j = k - 1; j >= 0 && !areaHeading; j--) {
      const a = outline[j];
      if (a.enumeration || a.level >= level) continue;
      if (!parent && a.level === level - 1) parent = a;
      else if (a.level < (parent?.level ?? level)) areaHeading = a;
    }
    const found = clauseAt(h, end);
    const parsed = found ? parseClause(found.clause) : { lead: [], cooperate: [] };
    const deadlines = findDeadlines(text, norm, h.start, found ? found.start - 1 : end, input.planYear);
    if (found && found.dueAt !== null)
      deadlines.push(
        ...findDeadlines(
          text,
          norm,
          found.start + found.dueAt,
          found.start + found.clause.length,
          input.planYear,
        ),
      );
    const no = numeralOf(h.marker) ?? ordinal;
    if (defaultDeadline && defaultDeadline.start >= h.start && defaultDeadline.end <= end)
      defaultDeadline.measure = no;
    const lead = parsed.lead;
    const cooperate = parsed.cooperate;
    const collective = lead.length > 0 && lead.every((u) => resolveUnit(u).collective);
    const explicit = [...deadlines].sort((a, b) => a.date.localeCompare(b.date))[0];
    measures.push({
      no,
      title: h.title,
      area: areaHeading ? areaHeading.title : null,
      group: parent ? { no: numeralOf(parent.marker) ?? 0, title: parent.title } : null,
      lead,
      cooperate,
      collective,
      deadlines,
      due: explicit ? { date: explicit.date, inherited: false } : null,
      clause: found ? text.slice(found.start, found.start + found.clause.length) : null,
      clause_start: found ? found.start : null,
      start: h.start,
      end: Math.min(end, norm.length),
    });
  });
  return measures;
}

function measureFindings(measures: Measure[], planDate: string | null): Finding[] {
  const findings: Finding[] = [];
  const unknown = new Map<string, Measure>();
  for (const m of measures) {
    if (m.lead.length === 0 && m.cooperate.length === 0) {
      findings.push({
        rule: "plan:no-responsible-unit",
        severity: "warning",
        message: `措施（${m.no}）「${m.title.slice(0, 24)}」没有明确责任单位`,
        start: m.start,
        end: m.start + m.title.length,
      });
    }
    for (const d of m.deadlines) {
      if (planDate && d.date < planDate) {
        findings.push({
          rule: "plan:deadline-before-plan",
          severity: "warning",
          message: `措施（${m.no}）的时限「${d.quote}」（${d.date}）早于方案日期 ${planDate}`,
          start: d.start,
          end: d.end,
        });
      }
    }
    for (const u of [...m.lead, ...m.cooperate])
      if (!resolveUnit(u).known && !unknown.has(u)) unknown.set(u, m);
  }
  for (const [u, m] of unknown) {
    findings.push({
      rule: "plan:unknown-unit",
      severity: "info",
      message: `单位「${u}」不在单位库中（首见于措施（${m.no}）），已按原文保留`,
      start: m.clause_start ?? m.start,
      end: (m.clause_start ?? m.start) + (m.clause?.length ?? 0),
    });
  }
  return findings;
}
