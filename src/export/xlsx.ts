// Excel workbooks a supervising office can use as they are: one sheet per table, frozen
// header row, column widths, filters, Chinese headers.
import ExcelJS from "exceljs";
import type { Table } from "./table.ts";

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/g;

/** Sheet names: at most 31 characters, no []:*?/\, unique within the workbook. */
export function sheetName(name: string, used: Set<string>): string {
  const base = (name.replace(INVALID_SHEET_CHARS, " ").trim() || "Sheet").slice(0, 31);
  let candidate = base;
  for (let k = 2; used.has(candidate); k++) candidate = `${base.slice(0, 31 - String(k).length - 1)}-${k}`;
  used.add(candidate);
  return candidate;
}

export async function toXlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "fazhi";
  workbook.created = new Date(0);
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, used), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = table.headers.map((header, k) => ({
      header,
      key: `c${k}`,
      width: table.widths[k] ?? 14,
    }));
    const head = sheet.getRow(1);
    head.font = { bold: true };
    head.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
    for (const row of table.rows) {
      const added = sheet.addRow(row.map((c) => c ?? ""));
      added.alignment = { vertical: "top", wrapText: true };
      // a linked cell (a cited passage) looks like a link, as Excel shows one typed in
      row.forEach((c, k) => {
        if (c !== null && typeof c === "object")
          added.getCell(k + 1).font = { color: { argb: "FF0563C1" }, underline: true };
      });
    }
    if (table.rows.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
