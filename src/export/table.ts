// A table to export: Chinese headers, rows of cells, column widths in characters.
export type Cell = string | number | null;

export interface Table {
  name: string;
  headers: string[];
  widths: number[];
  rows: Cell[][];
}

/** CSV with a UTF-8 BOM so that Excel opens Chinese text correctly. */
export function toCsv(table: Table): string {
  const quote = (c: Cell) => {
    const s = c === null ? "" : String(c);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\ufeff${[table.headers, ...table.rows].map((r) => r.map(quote).join(",")).join("\r\n")}\r\n`;
}
