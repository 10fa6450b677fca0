// Statistics tables (指标 / 2022年 / 2023年; 行政复议案件受理数(件) 41 49): a row's label names
// what its numbers count, a column's header qualifies them (a year, 合计), and the unit is
// written in the cell, after the label or the header in brackets, or on a 单位: line above the
// table. Each number becomes a quantity whose span is its cell, traceable like the prose's.
import {
  CAPTION_NUMBER,
  CAPTION_TAIL,
  CAPTION_YEAR,
  CATEGORY_MARKER,
  CELL_GAP,
  CHANGE_BASIS,
  CHANGE_CELL,
  CHANGE_HEADER,
  COUNT_NAME_UNIT,
  LABEL_LEAD,
  MONEY_LABEL,
  ORDINAL_CELL,
  NUMBER_CELL,
  PLAIN_HEADERS,
  SKIPPED_HEADERS,
  STEP_HEADER,
  STEP_ROW,
  TABLE_UNITS,
  PLACEHOLDER_CELL,
  RATE_LABEL,
  RATE_UNITS,
  REMARK_HEADER,
  TOTAL_LABEL,
  UNIT_CAPTION,
  UNIT_HEADER,
  UNIT_TRAILING,
  UNIT_IN_BRACKETS,
  UNIT_LINE,
  UNIT_LIST_GAP,
  YEAR_HEADER,
} from "../rules/tables.ts";
import {
  barsAsTabs,
  cellLinesAsTabs,
  CATEGORY_ROW,
  splitCells,
  type TableCell,
  tableLineKinds,
} from "../structure/table-lines.ts";
import type { Span } from "../types.ts";

/** A number in a table: where it is, what it counts, and whether it is the report's own
 *  (not an earlier year's column). */
export interface TableQuantity extends Span {
  value: number;
  unit: string;
  /** the row's label, with the column's header in brackets when it says more (a year, 合计) */
  subject: string;
  /** the row's label alone: what is counted */
  label: string;
  current: boolean;
}

type Cell = TableCell;

const SPACED = new RegExp(CELL_GAP.source, "g");

/** Longest a row's label may be: a longer one is prose, not a table. */
const MAX_LABEL = 40;
/** Sentence punctuation no label has. */
const PROSE = /[。;!?]|,.*,/;
/** A number with its unit written in the cell: 49件, 3.2万份. */
const COUNT_CELL = new RegExp(
  `^(\\d[\\d,]*(?:\\.\\d+)?)(${Object.keys(TABLE_UNITS)
    .sort((a, b) => b.length - a.length)
    .join("|")})$`,
);

/** The cells of a line, or null when it is not laid out in cells. Between tabs an empty cell
 *  keeps its column; columns of spaces have none. */
function cellsOf(norm: string, from: number, to: number): Cell[] | null {
  const line = norm.slice(from, to);
  const tabbed = line.includes("\t");
  if (!tabbed && !line.includes("  ")) return null;
  const cells = tabbed ? splitCells(norm, from, to) : splitCells(norm, from, to, SPACED);
  // a caption spaced from its number (表1  2023年行政复议情况) is no row of the table it heads
  const first = cells.find((c) => c.text)?.text ?? "";
  if (!tabbed && first.replace(CAPTION_NUMBER, "") === "") return null;
  return cells.filter((c) => c.text).length >= 2 ? cells : null;
}

const isNumber = (text: string) => NUMBER_CELL.test(text) || COUNT_CELL.test(text);

/** A unit in brackets at the end of a label or header, and the name without it. */
function bracketed(text: string): { name: string; unit: string | null } {
  const m = UNIT_IN_BRACKETS.exec(text);
  // a row numbered as an item of the category above ((一)其中败诉, 1.收到申请): the number is no
  // part of its name
  const named = (t: string) => t.replace(CATEGORY_MARKER, "").replace(LABEL_LEAD, "");
  if (!m || !TABLE_UNITS[m[1]]) return { name: named(text), unit: null };
  return { name: named(text.slice(0, m.index).trim()), unit: m[1] };
}

/** A line of the text: its cells, or null when it is no row of a table; `category` when it is a
 *  row whose one cell spans the table (一、行政处罚): the table goes on past it. */
interface TableLine extends Span {
  cells: Cell[] | null;
  category: boolean;
  /** a row of empty cells (a Markdown table's rule under its header): the table goes on past it */
  rule?: boolean;
}

/** The quantities of every table in the text. */
export function tableQuantities(text: string): TableQuantity[] {
  // a table drawn with bars is read as a tabbed one (same length: the offsets hold)
  // and so is one copied out of Word or PDF one cell per line
  const norm = cellLinesAsTabs(barsAsTabs(text));
  const lines: TableLine[] = [];
  for (let start = 0; start <= norm.length; ) {
    let end = norm.indexOf("\n", start);
    if (end < 0) end = norm.length;
    const cells = cellsOf(norm, start, end);
    // a caption with the unit in a cell of its own (一、主要举措  单位:件) heads no columns
    const line = norm.slice(start, end);
    lines.push({
      start,
      end,
      cells: cells?.some((c) => UNIT_LINE.test(c.text)) ? null : cells,
      category: false,
      rule: line.includes("\t") && line.trim() === "",
    });
    start = end + 1;
  }
  // a category's line that lost its cells (一、行政复议 alone) goes on with the table, tabbed or
  // laid out in columns of spaces
  if (norm.includes("\t") || norm.includes("  ")) {
    const kinds = tableLineKinds(lines.map((l) => ({ text: norm.slice(l.start, l.end) })));
    kinds.forEach((kind, k) => {
      if (kind === CATEGORY_ROW) lines[k].category = true;
    });
  }
  const out: TableQuantity[] = [];
  for (let k = 0; k < lines.length; ) {
    if (!lines[k].cells) {
      k++;
      continue;
    }
    // a header row (words, or years only) after rows of numbers heads the next table
    let j = k + 1;
    let numbers = !headsColumns(lines[k].cells as Cell[]);
    for (; j < lines.length && (lines[j].cells || lines[j].category || lines[j].rule); j++) {
      const cells = lines[j].cells;
      if (!cells) continue;
      const heads = headsColumns(cells);
      if (numbers && heads) break;
      numbers ||= !heads;
    }
    if (j - k >= 2) readTable(norm, lines, k, j, out);
    k = j;
  }
  return out;
}

/** What a column's header says: its name, its unit, its year (0: none). */
interface Column {
  name: string;
  unit: string | null;
  year: number;
}

/** The year a header names (2022年, 2022年(件)), or 0. */
const yearOf = (text: string) => Number(YEAR_HEADER.exec(bracketed(text).name)?.[1] ?? 0);
/** A row of words, or of years only (指标 2022 2023): a header. A row with a placeholder (—) holds
 *  values, even if none is written. */
const headsColumns = (cells: Cell[]) =>
  cells.every((c) => (!isNumber(c.text) && !PLACEHOLDER_CELL.test(c.text)) || YEAR_HEADER.test(c.text));

/** The columns one or two header rows name. An empty cell after a named one is that one spanning
 *  (colspan); a second row, short of the first cells (rowspan), refines the columns above it
 *  (金额(万元) over 2022年 and 2023年). */
function columnsOf(rows: Cell[][]): Column[] {
  let left: Column | null = null;
  const columns = rows[0].map((c) => {
    if (!c.text && left) return left;
    const { name, unit } = bracketed(c.text);
    left = c.text ? { name, unit, year: yearOf(c.text) } : null;
    return left ?? { name: "", unit: null, year: 0 };
  });
  if (rows.length < 2) return columns;
  const below = rows[1];
  const shift = Math.max(0, columns.length - below.length);
  return columns.map((above, j) => {
    const cell = below[j - shift];
    if (j < shift || !cell?.text) return above;
    const { name, unit } = bracketed(cell.text);
    return { name, unit: unit ?? above.unit, year: yearOf(cell.text) || above.year };
  });
}

function readTable(norm: string, lines: TableLine[], from: number, to: number, out: TableQuantity[]) {
  const heads: Cell[][] = [];
  for (let row = lines[from].cells; heads.length < 2 && row && headsColumns(row); ) {
    heads.push(row);
    row = from + heads.length < to ? lines[from + heads.length].cells : null;
  }
  const header = heads.length ? columnsOf(heads) : null;
  // a header short of cells lacks the first ones (the labels' column)
  const columnOf = (c: number, row: number): Column | undefined =>
    header ? header[row === header.length ? c : c - (row - header.length)] : undefined;
  const lineAt = (k: number) => (k >= 0 ? norm.slice(lines[k].start, lines[k].end) : "");
  const above = lineAt(from - 1);
  const tableUnit = unitLineOf(above);
  // the caption: the line above, or the one above a unit line of its own
  const caption = captionTopic(UNIT_LINE.test(above) ? lineAt(from - 2) : above);
  const newest = Math.max(0, ...(header ?? []).map((c) => c.year));
  if (header && readYearRows(lines, from + heads.length, to, columnOf, tableUnit, caption, out)) return;
  // the category of the rows: a row spanning the table (一、行政处罚), or a column of categories
  // on the left whose cell spans its rows (行政复议 | 受理 …, then | 办结 …)
  let category = "";
  let side = "";
  for (let k = from + heads.length; k < to; k++) {
    const cells = lines[k].cells;
    if (lines[k].category) {
      category = lineAt(k).trim().replace(CATEGORY_MARKER, "");
      side = "";
    }
    if (!cells) continue;
    const isLabel = (c: Cell, at: number) => {
      if (!c.text || isNumber(c.text) || ORDINAL_CELL.test(c.text) || PLACEHOLDER_CELL.test(c.text))
        return false;
      // a total's cell may span the row numbers' column (合计 over 序号 and 项目)
      if (TOTAL_LABEL.test(c.text.replace(/\s+/g, ""))) return true;
      // a column headed 单位 holds the rows' units (件) or the bodies they are of (区政府)
      const header = columnOf(at, cells.length)?.name ?? "";
      return !SKIPPED_HEADERS.test(header) || (UNIT_HEADER.test(header) && !TABLE_UNITS[c.text]);
    };
    const labelAt = cells.findIndex(isLabel);
    if (labelAt < 0) continue;
    let label = bracketed(cells[labelAt].text);
    if (!label.name || label.name.length > MAX_LABEL || PROSE.test(label.name)) continue;
    if (labelAt + 1 < cells.length && isLabel(cells[labelAt + 1], labelAt + 1)) side = label.name;
    else if (labelAt === 0 || cells.slice(0, labelAt).some((c) => c.text && !ORDINAL_CELL.test(c.text)))
      side = "";
    // a total is the total of what its category or the caption names (行政处罚小计)
    const total = label.name.replace(/\s+/g, "");
    const isTotal = TOTAL_LABEL.test(total);
    let totalTopic = "";
    if (isTotal) {
      totalTopic = total === "小计" ? side || category || caption : caption || category;
      label = { name: totalTopic + total, unit: label.unit };
    }
    // the row's unit from a column of units (指标 | 单位 | 2022年)
    const unitCell = cells.find((_, at) => UNIT_HEADER.test(columnOf(at, cells.length)?.name ?? ""));
    const rowUnit = unitCell && TABLE_UNITS[unitCell.text] ? unitCell.text : null;
    const within = (name: string) => {
      const prefix = side || category;
      if (!prefix || isTotal || name.includes(prefix)) return name;
      // words the category ends with and the label begins with are written once (人民调解 over
      // 调解纠纷: 人民调解纠纷, not 人民调解调解纠纷)
      let shared = Math.min(prefix.length, name.length) - 1;
      while (shared >= 2 && !prefix.endsWith(name.slice(0, shared))) shared--;
      return prefix + name.slice(shared >= 2 ? shared : 0);
    };
    for (let c = labelAt + 1; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell.text) continue;
      // a row of pairs (受理数 56件 办结数 50件): a number's label is the nearest on its left
      if (c > labelAt + 1 && isLabel(cells[c - 1], c - 1)) {
        const near = bracketed(cells[c - 1].text);
        if (near.name && near.name.length <= MAX_LABEL && !PROSE.test(near.name)) label = near;
      }
      const column = columnOf(c, cells.length) ?? { name: "", unit: null, year: 0 };
      // a change says its direction before the number (增长12.2%): the number is the change
      const change = CHANGE_CELL.exec(cell.text);
      if (SKIPPED_HEADERS.test(column.name) && !(change && REMARK_HEADER.test(column.name))) continue;
      const said = change ? cell.text.slice(change[0].length) : cell.text;
      // a row's own unit is the more particular (数量(件) over 受益群众(万人)'s column)
      const quantity = readCell(
        said,
        label.unit ??
          rowUnit ??
          column.unit ??
          unitFor(tableUnit, label.name) ??
          countNameUnit(label.name) ??
          countNameUnit(column.name),
      );
      if (!quantity) continue;
      let named = column.name && !PLAIN_HEADERS.has(column.name) ? column.name : "";
      // a column under a year (2022年 over 受理 and 办结): that year's 受理
      const ofYear = column.year > 0 && !YEAR_HEADER.test(named);
      if (ofYear) named = `${column.year}年${named}`;
      if (change) named = !change[1] && CHANGE_BASIS.test(named) ? named + change[2] : change[0];
      const name = within(label.name);
      // a table laid on its side (申请事项 | 举报投诉处理 | 政府信息公开 over 数量 | 75件 | 16件): a row
      // that says only "how many" counts what its column names (举报投诉处理数量)
      const sideways = PLAIN_HEADERS.has(label.name) && named !== "" && !ofYear && !change;
      // what is counted, for its indicator: the row, and the column when it names an action (受理)
      // a total under a column that names what is counted (地区 | 一审案件 | 败诉 | 败诉率, 合计 row):
      // the caption's thing and the column's (行政诉讼案件败诉), not the total of the first column
      const counted = sideways
        ? named
        : ofYear && !change
          ? name + column.name
          : isTotal && named && !change
            ? totalTopic + named
            : named && !change && STEP_HEADER.test(named) && STEP_ROW.test(name)
              ? name + named
              : name;
      out.push({
        start: cell.end - said.length,
        end: cell.end,
        ...quantity,
        subject: sideways ? named + label.name : name + (named ? `(${named})` : ""),
        label: counted,
        current: !change && (column.year === 0 || column.year === newest) && !CHANGE_HEADER.test(column.name),
      });
    }
  }
}

/** A table whose rows are years (年份 | 行政复议案件(件) | 行政诉讼案件(件)): each number is its
 *  column's in its row's year; only the newest year's are the report's. A column that names only
 *  a step (收案, 审结) is the step of the cases the caption names (表1 行政复议案件情况 → 行政复议
 *  案件收案). False when the rows are not all years. */
function readYearRows(
  lines: TableLine[],
  from: number,
  to: number,
  columnOf: (c: number, row: number) => Column | undefined,
  tableUnit: string[] | null,
  caption: string,
  out: TableQuantity[],
): boolean {
  const rows: Array<{ year: number; cells: Cell[]; at: number }> = [];
  for (let k = from; k < to; k++) {
    const cells = lines[k].cells;
    if (!cells) continue;
    const at = cells.findIndex((c) => c.text && !ORDINAL_CELL.test(c.text));
    const year = at < 0 ? 0 : yearOf(cells[at].text);
    if (!year || year !== Number(cells[at].text.slice(0, 4))) return false;
    rows.push({ year, cells, at });
  }
  if (rows.length < 2) return false;
  const newest = Math.max(...rows.map((r) => r.year));
  for (const { year, cells, at } of rows)
    for (let c = at + 1; c < cells.length; c++) {
      const column = columnOf(c, cells.length);
      if (!column?.name || !cells[c].text || SKIPPED_HEADERS.test(column.name)) continue;
      const quantity = readCell(
        cells[c].text,
        column.unit ?? unitFor(tableUnit, column.name) ?? countNameUnit(column.name),
      );
      if (!quantity) continue;
      const name =
        caption && STEP_ROW.test(caption) && STEP_HEADER.test(column.name)
          ? caption + column.name
          : column.name;
      out.push({
        start: cells[c].start,
        end: cells[c].end,
        ...quantity,
        subject: `${name}(${year}年)`,
        label: name,
        current: year === newest && !CHANGE_HEADER.test(column.name),
      });
    }
  return true;
}

/** What a caption line names (表1 2023年行政执法案件情况统计表(单位:件) → 行政执法案件), or "". */
function captionTopic(line: string): string {
  // the number may stand apart from the caption by spaces (表2  2023年…情况)
  const first = line.trim().replace(CAPTION_NUMBER, "").split(CELL_GAP)[0].trim();
  if (!first || first.length > MAX_LABEL || PROSE.test(first) || /。$/.test(first)) return "";
  const topic = first
    .replace(CAPTION_NUMBER, "")
    .replace(CATEGORY_MARKER, "")
    .replace(UNIT_CAPTION, "")
    .replace(CAPTION_YEAR, "")
    .replace(CAPTION_TAIL, "")
    .trim();
  return topic.length >= 2 && topic.length <= 20 ? topic : "";
}

/** The units a caption line gives (单位:件, 单位:件、万元, alone or in a cell of its own, or at the
 *  caption's end in brackets: 表1 行政执法情况(单位:件)); null when one is no unit. */
function unitLineOf(line: string): string[] | null {
  for (const part of line.split(CELL_GAP)) {
    const m = UNIT_LINE.exec(part) ?? UNIT_CAPTION.exec(part) ?? UNIT_TRAILING.exec(part);
    const units = m?.[1].split(UNIT_LIST_GAP);
    if (units?.every((u) => TABLE_UNITS[u])) return units;
  }
  return null;
}

/** Which of the table's units a row takes (its label, or a column's name in a table of years).
 *  One unit is every row's; of a list (件、万元), a row of money takes the list's one unit of money,
 *  a row of shares its one unit of shares, any other row its one other unit. Null when the list
 *  leaves it open (件、人 for a row of neither): no value rather than a guessed unit. */
function unitFor(units: string[] | null, label: string): string | null {
  if (!units) return null;
  if (units.length === 1) return units[0];
  const money = units.filter((u) => TABLE_UNITS[u].unit === "元");
  const rates = units.filter((u) => RATE_UNITS.has(u));
  const rest = units.filter((u) => !money.includes(u) && !rates.includes(u));
  const isMoney = MONEY_LABEL.test(label);
  const isRate = RATE_LABEL.test(label);
  // a rate of money (罚款缴纳率) is of both kinds: open
  if (isMoney && isRate) return null;
  const fits = isMoney ? money : isRate ? rates : rest;
  return fits.length === 1 ? fits[0] : null;
}

/** The unit a name counts by (检查次数 → 次), or null. */
const countNameUnit = (name: string): string | null => COUNT_NAME_UNIT.exec(name)?.[1] ?? null;

/** A cell's value and unit: written in it, else the column's, label's or table's unit. */
function readCell(text: string, unit: string | null): { value: number; unit: string } | null {
  const counted = COUNT_CELL.exec(text);
  const written = counted ? counted[2] : /[%‰]$/.test(text) ? text.slice(-1) : unit;
  if (!written || !TABLE_UNITS[written]) return null;
  if (!counted && !NUMBER_CELL.test(text)) return null;
  const digits = (counted ? counted[1] : text.replace(/[%‰]$/, "")).replace(/,/g, "");
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  const { unit: name, scale } = TABLE_UNITS[written];
  // 3.2 万份 is 32000 份, not 32000.000000000004
  return { value: scale === 1 ? value : Number((value * scale).toPrecision(12)), unit: name };
}
