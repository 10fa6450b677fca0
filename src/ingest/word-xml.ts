// Word 2003 XML ("WordprocessingML 2003", `<?mso-application progid="Word.Document"?>`): what
// Word and WPS write when a document is saved as "XML 文档" and sites then publish as .doc.
// Text is in w:t, one paragraph per w:p. A table row is one line, its cells apart by a tab, as
// the other decoders give it (the engine reads statistics and task tables by their cells).
import { columnSpan, rowLine, TABLE_END } from "./cells.ts";
import { InputError } from "./errors.ts";
import type { Limits } from "./limits.ts";
import { walkXml, xmlString } from "./xml.ts";

export { isWordXml } from "./signatures.ts";

interface Cell {
  paragraphs: string[];
  span: number;
}

export function wordXmlToText(bytes: Uint8Array, file: string, limits: Limits): string {
  const paragraphs: string[] = [];
  let line = "";
  let inText = false;
  let chars = 0;
  // the outermost table's row and cell being read; a table inside a cell is that cell's text
  let tables = 0;
  let row: Cell[] | null = null;
  let cell: Cell | null = null;
  let rowsWithCells = 0;
  const endRow = (cells: Cell[]) => {
    const line = rowLine(
      cells.map((c) => c.paragraphs.join(" ").replace(/\s+/g, " ").trim()),
      cells.map((c) => c.span),
    );
    if (line === null) {
      for (const c of cells) paragraphs.push(...c.paragraphs);
      return;
    }
    paragraphs.push(line);
    rowsWithCells++;
  };
  walkXml(xmlString(bytes), file, "Word XML", {
    open: (name, attributes) => {
      if (name === "t") inText = true;
      else if (name === "tab") line += "\t";
      else if (name === "br") line += "\n";
      else if (name === "tbl" && ++tables === 1) rowsWithCells = 0;
      else if (tables === 1 && name === "tr") row = [];
      else if (tables === 1 && name === "tc") cell = { paragraphs: [], span: 1 };
      else if (tables === 1 && name === "gridSpan" && cell) cell.span = columnSpan(attributes?.["w:val"]);
    },
    text: (t) => {
      if (!inText) return;
      chars += t.length;
      if (chars > limits.maxTextChars) throw new InputError("too-large", file, "Word 文档文字超过上限");
      line += t;
    },
    close: (name) => {
      if (name === "t") inText = false;
      else if (name === "p") {
        (cell ? cell.paragraphs : paragraphs).push(line);
        line = "";
      } else if (tables === 1 && name === "tc" && cell && row) {
        row.push(cell);
        cell = null;
      } else if (tables === 1 && name === "tr" && row) {
        endRow(row);
        row = null;
      } else if (name === "tbl" && --tables === 0 && rowsWithCells > 0) paragraphs.push(TABLE_END);
    },
  });
  return paragraphs.join("\n");
}
