// Table rows as the decoders give them (HTML, Word, Word 2003 XML): one line a row, its cells
// apart by a tab, a cell spanning columns keeping their tabs, a blank line after a table of cells
// — the engine reads statistics and task tables by their cells.

/** How long a table cell's text may be and still stand on its row's line. A data table's cell (a
 *  task written out in a plan's task table: a few hundred characters) is within it; a page's
 *  layout box holding a whole report is far beyond it, and its paragraphs stay lines of their own. */
export const MAX_TABLE_CELL = 1000;

/** Ends a table of cells until the text's blank lines are collapsed; `endTables` makes it a
 *  blank line of its own, so that the next table's rows are not taken for its own. */
export const TABLE_END = "\u0002";

/** How many columns a cell spans, from its colspan/gridSpan (bounded: a page's 9999 is 20). */
export const columnSpan = (value: unknown): number => Math.max(1, Math.min(20, Number(value) || 1));

/** A row's line: its cells' texts (white space collapsed) apart by tabs, each spanning cell
 *  followed by the tabs of the columns it covers; null when the row is a page's layout box (one
 *  cell, or a cell longer than MAX_TABLE_CELL), whose paragraphs stay lines. */
export function rowLine(texts: string[], spans: number[]): string | null {
  if ((texts.length === 1 && spans[0] === 1) || texts.some((t) => t.length > MAX_TABLE_CELL)) return null;
  return texts.map((t, k) => t + "\t".repeat(spans[k] - 1)).join("\t");
}

/** The text with each TABLE_END (and the line break around it) a blank line. */
export const endTables = (text: string): string => text.replace(/(?:\n?\u0002)+\n?/g, "\n\n");
