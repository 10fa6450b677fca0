// Measures of a plan written as a task table (重点任务分工表: 序号 / 重点任务 / 牵头单位 / 责任单位 /
// 完成时限): a row a measure, its task, units and deadline read from the columns its header names.
// A row whose one cell spans the table (一、依法全面履行政府职能) is the area of the rows under it
// ((一)… a group within it). A cell spanning rows leaves an empty cell in the rows it covers
// (src/ingest/html.ts, docx.ts): an empty lead or deadline cell is the one above it.
import { LEAD_MARK } from "../rules/clauses.ts";
import { CATEGORY_MARKER } from "../rules/tables.ts";
import {
  AREA_HEADER,
  AREA_NUMBER,
  COOPERATE_HEADER,
  DUE_HEADER,
  FIRST_LEADS,
  LEAD_HEADER,
  NO_HEADER,
  RESPONSIBLE_HEADER,
  TASK_HEADER,
} from "../rules/task-tables.ts";
import { chineseToInt } from "../structure/outline.ts";
import { splitLines } from "../structure/lines.ts";
import {
  barsAsTabs,
  cellLinesAsTabs,
  CATEGORY_ROW,
  splitCells,
  type TableCell,
  tableLineKinds,
} from "../structure/table-lines.ts";
import type { Deadline, Measure, Span } from "../types.ts";
import { markedList, parseClause, units } from "./clause.ts";
import { findDeadlines, findTerm, findTextTerm } from "./deadlines.ts";
import { resolveUnit } from "./units.ts";

type Cell = TableCell;

type Role = "no" | "area" | "task" | "lead" | "cooperate" | "due";

/** An area's or a group's title and number: 一、依法… (an area), (一)… (a group), or no marker. */
function marked(text: string): { no: number; title: string; bracketed: boolean } {
  const marker = CATEGORY_MARKER.exec(text);
  return {
    no: (marker && chineseToInt(marker[1])) || 0,
    title: text.slice(marker?.[0].length ?? 0),
    bracketed: marker?.[0].startsWith("(") ?? false,
  };
}

/** A cell's area or group as `marked` reads it, its title quoted from the original text (the
 *  analysis view has half-width punctuation: 持证率偏低，部分… must not read 偏低,部分). */
function markedCell(text: string, cell: Cell): { no: number; title: string; bracketed: boolean } {
  const m = marked(cell.text);
  return { ...m, title: text.slice(cell.end - m.title.length, cell.end) };
}

/** The role a header's cell names. 责任单位 is the lead's column unless the header names a 牵头单位
 *  column (`hasLead`): then it is the cooperating units'. */
function roleOf(text: string, hasLead: boolean): Role | null {
  const t = text.replace(/\s+/g, "");
  if (NO_HEADER.test(t)) return "no";
  if (AREA_HEADER.test(t)) return "area";
  if (TASK_HEADER.test(t)) return "task";
  if (LEAD_HEADER.test(t)) return "lead";
  if (COOPERATE_HEADER.test(t)) return "cooperate";
  if (RESPONSIBLE_HEADER.test(t)) return hasLead ? "cooperate" : "lead";
  if (DUE_HEADER.test(t)) return "due";
  return null;
}

interface Header {
  roles: Array<Role | null>;
  /** the lead column is a 责任单位 column (no 牵头单位 named) */
  responsible: boolean;
  /** the header's rows */
  rows: number;
}

/** The columns one or two header rows name (责任单位 spanning 牵头单位 and 配合单位 below it), or
 *  null when the line heads no task table. */
function headerAt(norm: string, lines: ReadonlyArray<Span & { text: string }>, k: number): Header | null {
  const cells = splitCells(norm, lines[k].start, lines[k].end);
  const hasLead = cells.some((c) => LEAD_HEADER.test(c.text.replace(/\s+/g, "")));
  const roles = cells.map((c) => roleOf(c.text, hasLead));
  if (!roles.includes("task") || !roles.includes("lead")) return null;
  let responsible = !hasLead;
  let rows = 1;
  const next = lines[k + 1];
  if (next?.text.includes("\t")) {
    const below = splitCells(norm, next.start, next.end);
    const named = below.map((c) => (c.text ? roleOf(c.text, true) : null));
    // a second header row: only header words and empty cells (the rows' spans above)
    if (named.some((r) => r === "lead" || r === "cooperate") && below.every((c, j) => !c.text || named[j])) {
      named.forEach((role, j) => {
        if (role) roles[j] = role;
      });
      responsible = responsible && !named.includes("lead");
      rows = 2;
    }
  }
  return { roles, responsible, rows };
}

/** The units a cell names: a list (市司法局、市财政局), one a line, a clause (X牵头,Y配合), or a
 *  list marking its lead (市政务服务局(牵头)、市司法局). `firstLeads`: the first unit listed leads. */
function unitsIn(cell: string, firstLeads = false): { lead: string[]; cooperate: string[] } {
  if (LEAD_MARK.test(cell)) return markedList(cell.replace(/\s+/g, "、"));
  const clause = parseClause(cell);
  if (clause.lead.length || clause.cooperate.length) return clause;
  const listed = units(cell.replace(/\s+/g, "、"));
  return firstLeads
    ? { lead: listed.slice(0, 1), cooperate: listed.slice(1) }
    : { lead: listed, cooperate: [] };
}

/** The measures of every task table in the text, in text order. A table cut in two (a blank line
 *  between, no header repeated) goes on under the same header. */
export function tableMeasures(
  text: string,
  norm: string,
  year: number | null = null,
  issued: string | null = null,
): Measure[] {
  // a table drawn with bars, or copied out of Word or PDF one cell per line, is read as a tabbed
  // one (same length: the offsets hold)
  norm = cellLinesAsTabs(barsAsTabs(norm));
  if (!norm.includes("\t")) return [];
  const lines = splitLines(norm);
  const kinds = tableLineKinds(lines);
  const firstLeads = FIRST_LEADS.test(norm);
  const measures: Measure[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!lines[k].text.includes("\t")) continue;
    const header = headerAt(norm, lines, k);
    if (!header) continue;
    const { roles } = header;
    const width = roles.length;
    const column = (role: Role) => roles.indexOf(role);
    // the task's column is the last one naming tasks (主要任务 | 具体措施: the measure, its group)
    const taskColumn = roles.lastIndexOf("task");
    const groupColumn = roles.indexOf("task") < taskColumn ? roles.indexOf("task") : -1;
    let area: string | null = null;
    let group: Measure["group"] = null;
    let above: { lead: Cell | null; due: Cell | null; cooperate: Cell | null } = {
      lead: null,
      due: null,
      cooperate: null,
    };
    let ordinal = 0;
    // the 序号 written last in this table, and whether a row sat under it with its own empty (a
    // 序号 cell spanning several measures' rows numbers their task, not each measure)
    let lastNo = 0;
    let spanned = false;
    const first = measures.length;
    const taskNos: number[] = [];
    let j = k + header.rows;
    for (; j < lines.length; j++) {
      // a blank line, then rows as wide as the header and no header of their own: the same table
      if (
        lines[j].text.trim() === "" &&
        lines[j + 1]?.text.includes("\t") &&
        splitCells(norm, lines[j + 1].start, lines[j + 1].end).length === width &&
        !headerAt(norm, lines, j + 1)
      )
        continue;
      // a category's line that lost its tabs is the table's still (tableLineKinds)
      if (!lines[j].text.includes("\t") && kinds[j] !== CATEGORY_ROW) break;
      const line = lines[j];
      const cells = splitCells(norm, line.start, line.end);
      const cellAt = (c: number): Cell | null => (c >= 0 && cells[c]?.text ? cells[c] : null);
      const at = (role: Role) => cellAt(column(role));
      const numbered = at("no")?.text ?? "";
      if (kinds[j] === CATEGORY_ROW || (AREA_NUMBER.test(numbered) && !at("lead") && !at("due"))) {
        // 一、… is the plan's area (as its level-1 heading would be), (一)… a group within it; an
        // area may be written in the number's column (一 | 依法全面履行政府职能 | | |)
        const written =
          kinds[j] === CATEGORY_ROW
            ? markedCell(text, cells[0])
            : marked(
                cells
                  .filter((c, at) => c.text && at !== column("no"))
                  .map((c) => c.text)
                  .join(""),
              );
        if (written.bracketed) group = { no: written.no, title: written.title };
        else {
          area = written.title;
          group = null;
        }
        // no cell spans rows across an area's row
        above = { lead: null, due: null, cooperate: null };
        lastNo = 0;
        continue;
      }
      const areaCell = at("area");
      if (areaCell) area = markedCell(text, areaCell).title;
      const own = Number(numbered.match(/^\d+$/)?.[0] ?? 0);
      const groupCell = cellAt(groupColumn);
      if (groupCell) {
        // a group without a marker of its own is numbered by the 序号 of the row it starts on
        // (1 | 问题 | 整改措施 …: the number is the problem's)
        const { no, title } = markedCell(text, groupCell);
        group = { no: no || own, title };
      }
      const task = cellAt(taskColumn);
      if (!task) continue;
      const lead = at("lead") ?? above.lead;
      const due = at("due") ?? above.due;
      // an empty 配合单位 cell beside an empty lead cell lies under the cells spanning rows above
      // it (a block of tasks sharing their units); beside a lead of its own it names no one
      const cooperateCell = at("cooperate") ?? (at("lead") ? null : above.cooperate);
      above = { lead, due, cooperate: cooperateCell };
      const named = lead ? unitsIn(lead.text, firstLeads && header.responsible) : { lead: [], cooperate: [] };
      const cooperate = [...named.cooperate];
      if (cooperateCell) {
        const more = unitsIn(cooperateCell.text);
        for (const u of [...more.lead, ...more.cooperate]) if (!cooperate.includes(u)) cooperate.push(u);
      }
      const deadlines: Deadline[] = due
        ? findDeadlines(text, norm, due.start, due.end, year, true, issued)
        : findDeadlines(text, norm, task.start, task.end, year);
      const earliest = [...deadlines].sort((a, b) => a.date.localeCompare(b.date))[0];
      // a deadline cell that gives no date may give a term (长期坚持, 每季度末); a table without
      // one, a recurring time in the task's text (每季度通报…)
      const term = earliest
        ? null
        : due
          ? findTerm(text, norm, due.start, due.end)
          : findTextTerm(text, norm, task.start, task.end);
      if (!own && lastNo && column("no") >= 0) spanned = true;
      if (own) lastNo = own;
      taskNos.push(lastNo);
      const no = own || ordinal + 1;
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
        ...(term ? { term } : {}),
        start: line.start,
        end: line.end,
      });
    }
    // a 序号 spanning rows numbers the tasks (1 | 深化行政执法改革 over two 具体措施 rows): the
    // measures are numbered in turn, so no two share a number, and the task's number is its group's
    if (spanned)
      measures.slice(first).forEach((m, i) => {
        m.no = i + 1;
        if (m.group && taskNos[i]) m.group = { ...m.group, no: taskNos[i] };
      });
    k = j - 1;
  }
  return measures;
}
