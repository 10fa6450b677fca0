// How long a table cell's text may be and still stand on its row's line, cells apart by tabs.
// A data table's cell (a task written out in a plan's task table: a few hundred characters) is
// within it; a page's layout box holding a whole report is far beyond it, and its paragraphs stay
// lines of their own. Shared by the HTML, Word and Word 2003 XML decoders.
export const MAX_TABLE_CELL = 1000;
