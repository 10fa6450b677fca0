// Measures of a plan written as a task table (重点任务分工表: 序号 / 重点任务 / 牵头单位 / 责任单位 /
// 完成时限): a row a measure, its task, units and deadline read from the columns its header names.
// A row whose one cell spans the table (一、依法全面履行政府职能) is the area of the rows under it
// ((一)… a group within it). A cell spanning rows leaves an empty cell in the rows it covers
// (src/ingest/html.ts, docx.ts): an empty lead or deadline cell is the one above it.
import {
  COOPERATE_HEADER,
  DUE_HEADER,
  LEAD_HEADER,
  NO_HEADER,
  RESPONSIBLE_HEADER,
  TASK_HEADER,
} from "../rules/task-tables.ts";
import { chineseToInt } from "../structure/outline.ts";
import { CATEGORY_ROW, tableLineKinds } from "../structure/table-lines.ts";
import type { Deadline, Measure, Span } from "../types.ts";
import { parseClause, units } from "./clause.ts";
import { findDeadlines } from "./deadlines.ts";
import { resolveUnit } from "./units.ts";

interface Cell extends Span {
  text: string;
}

type Role = "no" | "task" | "lead" | "cooperate" | "due";

/** An area's or a group's marker: 一、 二. (三) */
const GROUP_MARKER = /^[(]?([一二三四五六七八九十]+|\d{1,2})[)、.．]?\s*/;

function cellsOf(norm: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let at = from;
  for (;;) {
    const tab = norm.indexOf("\t", at);
    const end = tab < 0 || tab > to ? to : tab;
    const raw = norm.slice(at, end);
    const text = raw.trim();
    const start = at + (text ? raw.indexOf(text) : 0);
    cells.push({ start, end: start + text.length, text });
    if (end === to) return cells;
    at = end + 1;
  }
}

/** The role of each column a header row names, or null when it is no task table's header. */
function rolesOf(header: Cell[]): Array<Role | null> | null {
  const named = header.map((c) => c.text.replace(/\s+/g, ""));
  const hasLead = named.some((t) => LEAD_HEADER.test(t));
  const roles = named.map((t): Role | null => {
    if (NO_HEADER.test(t)) return "no";
    if (TASK_HEADER.test(t)) return "task";
    if (LEAD_HEADER.test(t)) return "lead";
    if (COOPERATE_HEADER.test(t)) return "cooperate";
    if (RESPONSIBLE_HEADER.test(t)) return hasLead ? "cooperate" : "lead";
    if (DUE_HEADER.test(t)) return "due";
    return null;
  });
  return roles.includes("task") && roles.includes("lead") ? roles : null;
}

/** The units a cell names: a list (市司法局、市财政局), one a line, or a clause (X牵头,Y配合). */
function unitsIn(cell: string): { lead: string[]; cooperate: string[] } {
  const clause = parseClause(cell);
  if (clause.lead.length || clause.cooperate.length) return clause;
  return { lead: units(cell.replace(/\s+/g, "、")), cooperate: [] };
}

/** The measures of every task table in the text, in text order. */
export function tableMeasures(text: string, norm: string): Measure[] {
  if (!norm.includes("\t")) return [];
  const lines: Array<Span & { text: string }> = [];
  for (let start = 0; start <= norm.length; ) {
    let end = norm.indexOf("\n", start);
    if (end < 0) end = norm.length;
    lines.push({ start, end, text: norm.slice(start, end) });
    start = end + 1;
  }
  const kinds = tableLineKinds(lines);
  const measures: Measure[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!lines[k].text.includes("\t")) continue;
    const roles = rolesOf(cellsOf(norm, lines[k].start, lines[k].end));
    if (!roles) continue;
    const column = (role: Role) => roles.indexOf(role);
    let area: string | null = null;
    let group: Measure["group"] = null;
    let above: { lead: Cell | null; due: Cell | null } = { lead: null, due: null };
    let ordinal = 0;
    let j = k + 1;
    for (; j < lines.length && lines[j].text.includes("\t"); j++) {
      const line = lines[j];
      const cells = cellsOf(norm, line.start, line.end);
      if (kinds[j] === CATEGORY_ROW) {
        // 一、… is the plan's area (as its level-1 heading would be), (一)… a group within it
        const marker = GROUP_MARKER.exec(cells[0].text);
        const title = cells[0].text.slice(marker?.[0].length ?? 0);
        if (marker?.[0].startsWith("(")) group = { no: chineseToInt(marker[1]) ?? 0, title };
        else {
          area = title;
          group = null;
        }
        // no cell spans rows across a group's row
        above = { lead: null, due: null };
        continue;
      }
      const cellAt = (role: Role): Cell | null => {
        const c = column(role);
        return c >= 0 && cells[c]?.text ? cells[c] : null;
      };
      const task = cellAt("task");
      if (!task) continue;
      const lead = cellAt("lead") ?? above.lead;
      const due = cellAt("due") ?? above.due;
      above = { lead, due };
      const cooperateCell = cellAt("cooperate");
      const named = lead ? unitsIn(lead.text) : { lead: [], cooperate: [] };
      const cooperate = [...named.cooperate];
      for (const u of cooperateCell ? unitsIn(cooperateCell.text).lead : [])
        if (!cooperate.includes(u)) cooperate.push(u);
      const deadlines: Deadline[] = due
        ? findDeadlines(text, norm, due.start, due.end)
        : findDeadlines(text, norm, task.start, task.end);
      const earliest = [...deadlines].sort((a, b) => a.date.localeCompare(b.date))[0];
      const no = Number(cellAt("no")?.text.match(/^\d+$/)?.[0] ?? 0) || ordinal + 1;
      ordinal = no;
      measures.push({
        no,
        title: text.slice(task.start, task.end),
        area,
        group,
        lead: named.lead,
        cooperate,
        collective: named.lead.length > 0 && named.lead.every((u) => resolveUnit(u).collective),
        deadlines,
        due: earliest ? { date: earliest.date, inherited: false } : null,
        clause: lead ? text.slice(lead.start, lead.end) : null,
        clause_start: lead ? lead.start : null,
        start: line.start,
        end: line.end,
      });
    }
    k = j - 1;
  }
  return measures;
}
