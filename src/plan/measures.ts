// Measures of an implementation plan: the numbered items that carry a responsibility
// clause, with the headings they sit under, their lead and cooperating units, and deadlines.
import { DEFAULT_DEADLINE, DONE_BEFORE } from "../rules/deadlines.ts";
import { DIGITS, SMALL_UNITS } from "../rules/numerals.ts";
import type { OutlineItem } from "../structure/outline.ts";
import type { Deadline, Finding, Measure, Noise } from "../types.ts";
import {
  BARE_CLAUSE_TAIL,
  BARE_LABELLED_CLAUSE,
  CLAUSE_BRACKETS,
  ROLE_MARK_ONLY,
  CONTAINER_HEADING,
  DUE_LABEL,
  ROLE_WORDS,
} from "../rules/clauses.ts";
import { bareRoleClause, type ParsedClause, parseClause, unitNote, units } from "./clause.ts";
import { findDeadlines, findTerm, findTextTerm } from "./deadlines.ts";
import { tableMeasures } from "./task-table.ts";
import { resolveUnit, splitPrefix } from "./units.ts";

export interface PlanInput {
  text: string;
  norm: string;
  outline: OutlineItem[];
  noise: Noise[];
  /** the plan's own date (signature or publication), for the deadline check */
  planDate?: string | null;
  /** the one year the plan is for (2024年…工作要点), whose dates may be written without it */
  planYear?: number | null;
  /** the plan is a department's (省自然资源厅…工作要点) or another organ's than the government
   *  (某市中级人民法院…工作要点): units it names without a place or level (政策法规处, 办公室,
   *  行政审判庭) are its own offices */
  department?: boolean;
}

export interface PlanResult {
  measures: Measure[];
  findings: Finding[];
  /** `paragraph`: the default is a paragraph of its own, not a sentence in a measure */
  defaultDeadline: (Deadline & { measure: number | null; paragraph?: boolean }) | null;
}

const DEFAULT_DEADLINE_ALL = new RegExp(DEFAULT_DEADLINE.source, "g");

/** Any opening or closing mark of CLAUSE_BRACKETS: the only characters `bracketed` acts on. */
const BRACKET_MARK = new RegExp(
  `[${[...Object.keys(CLAUSE_BRACKETS), ...Object.values(CLAUSE_BRACKETS)]
    .map((c) => c.replace(/[\\\]^-]/g, "\\$&"))
    .join("")}]`,
  "g",
);

/** The bracketed notes of a text, outermost only, with nested brackets kept inside
 * ("(市司法局牵头,各县(市、区)政府配合)" is one note): offset and length of each inner text.
 * Reads from one mark to the next (what lies between changes nothing), and gives up on an
 * opening mark not closed within 300 characters, reading on after it. */
function bracketed(segment: string): Array<{ at: number; inner: string }> {
  const notes: Array<{ at: number; inner: string }> = [];
  const closers: string[] = [];
  let open = -1;
  let i = 0;
  for (;;) {
    // where an open note is given up: past 301 characters, or at the end
    const limit = closers.length ? Math.min(open + 302, segment.length) : segment.length;
    BRACKET_MARK.lastIndex = i;
    const mark = BRACKET_MARK.exec(segment);
    if (mark === null || mark.index >= limit) {
      if (closers.length === 0) break;
      // an opening mark never closed is no note: read on after it
      closers.length = 0;
      i = open + 1;
      continue;
    }
    i = mark.index;
    const c = segment[i];
    const closer = CLAUSE_BRACKETS[c];
    if (closer) {
      if (closers.length === 0) open = i;
      closers.push(closer);
    } else if (closers.length && c === closers[closers.length - 1]) {
      closers.pop();
      if (closers.length === 0 && i - open - 1 >= 2 && i - open - 1 <= 300)
        notes.push({ at: open + 1, inner: segment.slice(open + 1, i) });
    }
    i++;
  }
  return notes;
}

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
  /** a note naming units without role words (市司法局,长期): they lead */
  unitsOnly?: boolean;
}

function lastClause(norm: string, from: number, to: number): FoundClause | null {
  const segment = norm.slice(from, to);
  let found: FoundClause | null = null;
  for (const note of bracketed(segment))
    if (ROLE_WORDS.test(note.inner) && !ROLE_MARK_ONLY.test(note.inner))
      found = { clause: note.inner, start: from + note.at, dueAt: null };
  if (found) return withDue(found);
  const closing = closingUnitNote(segment, from);
  if (closing) return closing;
  const bare = BARE_LABELLED_CLAUSE.exec(segment);
  if (!bare) return bareRoleSentence(segment, from);
  const clause = bare[0].replace(/[\s。;]+$/, "");
  return withDue({ clause, start: from + bare.index, dueAt: null });
}

/** The note closing a measure when it names only units (and a deadline): "…达到100%。(市司法局,长期)".
 * Only the last note, with nothing but stops after it: a note inside the text names no owner. */
function closingUnitNote(segment: string, from: number): FoundClause | null {
  const notes = bracketed(segment);
  const note = notes[notes.length - 1];
  if (!note || !/^[\s。;.]*$/.test(segment.slice(note.at + note.inner.length + 1))) return null;
  const named = unitNote(note.inner);
  return named ? { clause: note.inner, start: from + note.at, dueAt: named.dueAt, unitsOnly: true } : null;
}

/** A labelled clause may end with the deadline (牵头单位:…;完成时限:2024年12月); an unlabelled
 * one with a deadline or standing-duty piece (市司法局牵头,…配合,2022年6月底前完成). */
function withDue(found: FoundClause): FoundClause {
  const label = DUE_LABEL.exec(found.clause);
  if (label) return { ...found, dueAt: label.index };
  const last = Math.max(found.clause.lastIndexOf(","), found.clause.lastIndexOf(";")) + 1;
  return last > 0 && BARE_CLAUSE_TAIL.test(found.clause.slice(last).trim())
    ? { ...found, dueAt: last }
    : found;
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

/** The number a heading's marker writes: 12. → 12, (一) → 1, 十二、 → 12, (二十三) → 23. */
export function numeralOf(marker: string): number | null {
  const m = /\d+/.exec(marker);
  if (m) return Number(m[0]);
  let value = 0;
  let digit: number | null = null;
  let seen = false;
  for (const c of marker) {
    if (c in DIGITS) {
      digit = DIGITS[c];
      seen = true;
    } else if (c in SMALL_UNITS) {
      value += (digit ?? 1) * SMALL_UNITS[c];
      digit = null;
      seen = true;
    } else if (seen) break;
  }
  return seen ? value + (digit ?? 0) : null;
}

export function extractMeasures(input: PlanInput): PlanResult {
  const { text, norm, outline, noise } = input;
  const bodyEnd =
    noise.filter((n) => n.kind === "boilerplate" && n.end >= norm.trimEnd().length - 1)[0]?.start ??
    norm.length;
  // the measures' level is chosen by reading every heading's clause, and the measures read the
  // same clauses again (a measure's text mostly ends where the next heading starts): read once
  const clauses = new Map<string, FoundClause | null>();
  const clauseAt = (h: OutlineItem, end: number): FoundClause | null => {
    const to = Math.min(end, bodyEnd);
    const key = `${h.start}:${to}`;
    let found = clauses.get(key);
    if (found === undefined) {
      found = lastClause(norm, h.start, to);
      clauses.set(key, found);
    }
    return found;
  };
  const level = measureLevel(outline, clauseAt);
  const findings: Finding[] = [];
  let defaultDeadline: PlanResult["defaultDeadline"] = null;
  for (const dm of norm.matchAll(DEFAULT_DEADLINE_ALL)) {
    const start = dm.index;
    // a rectification told as done (上轮问题已于2024年底前全部整改到位) sets no date for this plan
    if (DONE_BEFORE.test(norm.slice(Math.max(0, start - 4), start))) continue;
    const d = findDeadlines(text, norm, start, start + dm[0].length, input.planYear)[0];
    // of several, the latest: all the work is done only by the last date the plan gives for all
    // of it (立行立改的3月底前全部整改到位，其余12月底前全部整改到位)
    if (d && !(defaultDeadline && defaultDeadline.date >= d.date))
      defaultDeadline = {
        ...d,
        quote: text.slice(start, start + dm[0].length),
        start,
        end: start + dm[0].length,
        measure: null,
        paragraph: /(^|\n)[\s\u3000]*$/.test(norm.slice(Math.max(0, start - 40), start)),
      };
  }
  const measures: Measure[] =
    level === null ? [] : proseMeasures(input, level, bodyEnd, defaultDeadline, clauseAt);
  // a plan whose tasks are a table (重点任务分工表) beside or instead of numbered paragraphs: the
  // table's rows when they are more
  const tabled = tableMeasures(text, norm, input.planYear ?? null, input.planDate ?? null).filter(
    (m) => m.start < bodyEnd,
  );
  const chosen = tabled.length > measures.length ? tabled : measures;
  // a measure without a deadline of its own has the plan's (除另有规定外，…年底前完成)
  if (defaultDeadline)
    for (const m of chosen) if (!m.due && !m.term) m.due = { date: defaultDeadline.date, inherited: true };
  areasFromGroups(chosen);
  // a plan read without measures makes an empty ledger: the office should know before it makes one
  if (chosen.length === 0)
    findings.push({
      rule: "plan:no-measures",
      severity: "warning",
      message: "未识别出标明责任单位的措施，据此建立的台账将为空，请核对方案的编号和责任单位写法",
    });
  findings.push(...measureFindings(chosen, input.planDate ?? null, input.department ?? false));
  return { measures: chosen, findings, defaultDeadline };
}

/** The measures of the numbered paragraphs at `level` (those carrying responsibility clauses). */
function proseMeasures(
  input: PlanInput,
  level: number,
  bodyEnd: number,
  defaultDeadline: PlanResult["defaultDeadline"],
  clauseAt: (h: OutlineItem, end: number) => FoundClause | null,
): Measure[] {
  const { text, norm, outline } = input;
  const measures: Measure[] = [];
  const ends = boundaries(outline);
  // a plan names the same few owners over and over (市政府办公厅牵头,市直各相关单位配合 for
  // half its measures): each clause is read once in the document; every measure gets its own lists
  const readClauses = new Map<string, ParsedClause>();
  const readClause = (clause: string): ParsedClause => {
    let parsed = readClauses.get(clause);
    if (!parsed) {
      parsed = parseClause(clause);
      readClauses.set(clause, parsed);
    }
    return { lead: [...parsed.lead], cooperate: [...parsed.cooperate] };
  };
  let ordinal = 0;
  outline.forEach((h, k) => {
    if (h.level !== level) return;
    ordinal++;
    // a default written as its own paragraph after the last measure (本方案未明确完成时限的,…) is
    // the plan's, not that measure's
    const defaultAfter =
      defaultDeadline?.paragraph && defaultDeadline.start > h.start ? defaultDeadline.start : bodyEnd;
    const end = Math.min(ends[k], bodyEnd, defaultAfter);
    // group: the heading just above the measure level; area: the next one up (walking back)
    let parent: OutlineItem | undefined;
    let areaHeading: OutlineItem | undefined;
    for (let j = k - 1; j >= 0 && !areaHeading; j--) {
      const a = outline[j];
      if (a.enumeration || a.level >= level) continue;
      if (!parent && a.level === level - 1) parent = a;
      else if (a.level < (parent?.level ?? level)) areaHeading = a;
    }
    // the heading above the measures with none above it is the outline's top: the plan's area
    // (一、 areas over (一) measures, as 工作要点 inside a 通知 write them), not a group of one —
    // unless it only holds the measures (二、重点任务), which names no area
    const topGroup =
      !areaHeading && parent && !CONTAINER_HEADING.test(parent.title.replace(/[\s。:：]/g, ""));
    // a heading that only holds the measures names no area either when it is the one above them
    // (二、问题清单及整改措施 → 问题1：…), with no group between
    const containerOnly =
      !parent && areaHeading && CONTAINER_HEADING.test(areaHeading.title.replace(/[\s。:：]/g, ""));
    const area = topGroup ? parent : containerOnly ? undefined : areaHeading;
    const group = topGroup ? undefined : parent;
    const found = clauseAt(h, end);
    const parsed = !found
      ? { lead: [], cooperate: [] }
      : found.unitsOnly
        ? { lead: units(found.clause.slice(0, found.dueAt ?? found.clause.length)), cooperate: [] }
        : readClause(found.clause);
    const deadlines = findDeadlines(text, norm, h.start, found ? found.start - 1 : end, input.planYear);
    if (found && found.dueAt !== null)
      deadlines.push(
        ...findDeadlines(
          text,
          norm,
          found.start + found.dueAt,
          found.start + found.clause.length,
          input.planYear,
          true,
          input.planDate ?? null,
        ),
      );
    // a due part that gives no date may give a term (长期坚持, 每年3月底前); else the measure's
    // text a recurring time (每年第一季度向社会公布): a time requirement of its own, so the plan's
    // default (除明确时限外…) is not its
    const term =
      (found && found.dueAt !== null
        ? findTerm(text, norm, found.start + found.dueAt, found.start + found.clause.length)
        : null) ?? findTextTerm(text, norm, h.start, found ? found.start - 1 : end);
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
      area: area ? area.title : null,
      group: group ? { no: numeralOf(group.marker) ?? 0, title: group.title } : null,
      lead,
      cooperate,
      collective,
      deadlines,
      due: explicit ? { date: explicit.date, inherited: false } : null,
      clause: found ? text.slice(found.start, found.start + found.clause.length) : null,
      clause_start: found ? found.start : null,
      ...(term && !explicit ? { term } : {}),
      start: h.start,
      end: Math.min(end, norm.length),
    });
  });
  return measures;
}

/** Measures under a heading that only holds them (二、主要任务 → (一)… → 1.…) have the headings
 * below it, their groups, as areas. */
function areasFromGroups(measures: Measure[]): void {
  for (const m of measures)
    if (m.group && m.area !== null && CONTAINER_HEADING.test(m.area.replace(/[\s。:：]/g, "")))
      m.area = m.group.title;
}

function measureFindings(measures: Measure[], planDate: string | null, department: boolean): Finding[] {
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
    // a department's own offices (政策法规处, 办公室) are in no registry of governments' units:
    // not unknown, only the department's
    for (const u of [...m.lead, ...m.cooperate])
      if (!resolveUnit(u).known && !unknown.has(u) && !(department && splitPrefix(u).prefix === ""))
        unknown.set(u, m);
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
