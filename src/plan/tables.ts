// The ledger as tables for export: all measures, one sheet per area, one per unit summary.
import type { Table } from "../export/table.ts";
import type { Ledger, LedgerRow } from "./ledger.ts";

const MEASURE_HEADERS = [
  "序号",
  "领域",
  "分组",
  "措施",
  "牵头单位",
  "配合单位",
  "完成时限",
  "时限来源",
  "长期或定期",
  "时限原文",
  "责任条款",
];
const MEASURE_WIDTHS = [6, 18, 22, 40, 28, 32, 12, 8, 14, 14, 40];

const measureRow = (r: LedgerRow) => [
  r.no,
  r.area,
  r.group,
  r.title,
  r.lead.join("、"),
  r.cooperate.join("、"),
  r.due,
  r.dueSource,
  r.term,
  r.deadlineQuote,
  r.clause,
];

export function ledgerTables(ledger: Ledger): Table[] {
  const all: Table = {
    name: "全部措施",
    headers: MEASURE_HEADERS,
    widths: MEASURE_WIDTHS,
    rows: ledger.rows.map(measureRow),
  };
  const byArea: Table[] = ledger.areas.map((area) => ({
    name: area,
    headers: MEASURE_HEADERS,
    widths: MEASURE_WIDTHS,
    rows: ledger.rows.filter((r) => (r.area || "未分类") === area).map(measureRow),
  }));
  return [all, ...byArea, unitTable(ledger)];
}

export function unitTable(ledger: Ledger): Table {
  return {
    name: "按单位汇总",
    headers: ["单位", "规范名称", "原文写法", "牵头措施数", "配合措施数", "最早完成时限", "涉及措施", "类别"],
    widths: [24, 28, 32, 10, 10, 14, 40, 10],
    rows: ledger.units.map((u) => [
      u.name,
      u.canonical,
      u.written.join("、"),
      u.leads,
      u.cooperates,
      u.earliestDue ?? "",
      u.measures.map((n) => `(${n})`).join(""),
      u.collective ? "集合称谓" : u.known ? "单位库" : "未登记",
    ]),
  };
}

export function ledgerCsvTable(ledger: Ledger): Table {
  return {
    name: "全部措施",
    headers: MEASURE_HEADERS,
    widths: MEASURE_WIDTHS,
    rows: ledger.rows.map(measureRow),
  };
}
