// A table to export: Chinese headers, rows of cells, column widths in characters.
/** A cell: text, a number, empty, or text that links to a page (a cited passage in the app). */
export type Cell = string | number | null | { text: string; hyperlink: string };

export interface Table {
  name: string;
  headers: string[];
  widths: number[];
  rows: Cell[][];
}

/** CSV with a UTF-8 BOM so that Excel opens Chinese text correctly. */
export function toCsv(table: Table): string {
  const quote = (c: Cell) => {
    const s = c === null ? "" : typeof c === "object" ? c.text : String(c);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\ufeff${[table.headers, ...table.rows].map((r) => r.map(quote).join(",")).join("\r\n")}\r\n`;
}
