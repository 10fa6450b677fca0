// Test documents made by the tests themselves: DOCX, PDF, GBK, Big5 and HTML versions of a
// short report, so every decoder is checked on the same content.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import iconv from "iconv-lite";
import { Converter } from "opencc-js/cn2t";

/** The same text as a Taiwan or Hong Kong mirror would publish it. */
export const traditional = Converter({ from: "cn", to: "tw" });

export const REPORT_LINES = [
  "清镇市2022年法治政府建设情况报告",
  "2022年,清镇市坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政。",
  "一、2022年法治政府建设情况",
  "(一)强化领导,目标方向更加明确",
  "全年受理行政复议案件108件、办结98件,人民调解组织调解纠纷1826件,调解成功1822件,成功率99.7%。",
  "二、存在的不足和原因",
  "部分单位依法行政意识有待进一步提高。",
  "三、下一步工作打算",
  "下一步,我市将继续深入推进法治政府建设。",
];
export const REPORT_TEXT = REPORT_LINES.join("\n");

export const gbk = (text: string) => new Uint8Array(iconv.encode(text, "gbk"));
export const big5 = (text: string) => new Uint8Array(iconv.encode(text, "big5"));
export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

export async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A table cell for the DOCX makers: its text, or its text and how many columns and rows it spans
 *  (a cell spanning rows is left out of the rows it covers, as in HTML). */
export type DocxCell = string | { text: string; span?: number; rows?: number };

/** A DOCX of paragraphs (strings) and tables (rows of cells, one paragraph a cell), in order. */
export async function makeDocxBlocks(blocks: Array<string | DocxCell[][]>): Promise<Uint8Array> {
  const cell = (c: DocxCell) =>
    typeof c === "string"
      ? new TableCell({ children: [new Paragraph(c)] })
      : new TableCell({ children: [new Paragraph(c.text)], columnSpan: c.span, rowSpan: c.rows });
  const children = blocks.map((b) =>
    typeof b === "string"
      ? new Paragraph(b)
      : new Table({ rows: b.map((cells) => new TableRow({ children: cells.map(cell) })) }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A DOCX of paragraphs, a table (one paragraph a cell), and paragraphs after it. */
export const makeDocxTable = (before: string[], rows: string[][], after: string[]): Promise<Uint8Array> =>
  makeDocxBlocks([...before, rows, ...after]);

export function htmlPage(lines: string[], charset = "utf-8", extraHead = ""): string {
  return `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${lines[0]}_清镇市人民政府</title>${extraHead}
<script>var x = "不应出现";</script><style>p{color:red}</style></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<h1>${lines[0]}</h1>
<div class="info">来源:市司法局 发布时间:2023-03-20</div>
${lines
  .slice(1)
  .map((l) => `<p>${l}</p>`)
  .join("\n")}
<div class="footer">版权所有:清镇市人民政府</div>
</body></html>`;
}

/** An HTML report with a statistics table (a caption and a unit line above it) between
 *  paragraphs; the first row is the header, a cell may span columns as in the DOCX makers. */
export function htmlTablePage(
  title: string,
  before: string[],
  caption: string[],
  rows: DocxCell[][],
  after: string[],
): string {
  const p = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join("\n");
  const [head, ...body] = rows;
  const cell = (c: DocxCell, tag: string) =>
    typeof c === "string" ? `<${tag}>${c}</${tag}>` : `<${tag} colspan="${c.span}">${c.text}</${tag}>`;
  const tr = (cells: DocxCell[], tag: string) => `<tr>${cells.map((c) => cell(c, tag)).join("")}</tr>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<h1>${title}</h1>
${p(before)}
${p(caption)}
<table border="1"><thead>${tr(head, "th")}</thead><tbody>
${body.map((r) => tr(r, "td")).join("\n")}
</tbody></table>
${p(after)}
</body></html>`;
}

/** A PDF with one Type0 font whose ToUnicode map is the identity, so text extraction
 * returns exactly the characters written (no font program needed). */
export function makePdf(lines: string[], linesPerPage = 40): Uint8Array {
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  return pdfOfPages(
    pages.map((page) =>
      [
        "BT",
        "/F1 10 Tf",
        // a line with tabs is a table's row: each cell 150 points to the right of the one before
        ...page.flatMap((l, k) =>
          l.split("\t").map((cell, c) => `1 0 0 1 ${40 + 150 * c} ${800 - 14 * k} Tm <${pdfHex(cell)}> Tj`),
        ),
        "ET",
      ].join("\n"),
    ),
  );
}

const pdfHex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");

/**
 * A PDF page as a word processor prints a ruled table (10-point characters, 10 points wide):
 * lines of text above, then the table drawn with lines — each cell's text already broken into
 * its lines as the cell wrapped them; a null cell is covered by the cell above (no rule between
 * them) — then lines of text below.
 */
export function makeRuledTablePdf(
  before: string[],
  widths: number[],
  rows: Array<Array<string[] | null>>,
  after: string[],
): Uint8Array {
  const text: string[] = ["BT", "/F1 10 Tf"];
  const rules: string[] = ["0.5 w"];
  let y = 800;
  const line = (s: string, x: number) => text.push(`1 0 0 1 ${x} ${y} Tm <${pdfHex(s)}> Tj`);
  for (const s of before) {
    line(s, 40);
    y -= 14;
  }
  const xs = [40];
  for (const w of widths) xs.push(xs[xs.length - 1] + w);
  const tops: number[] = [];
  for (const row of rows) {
    const top = y;
    tops.push(top);
    const height = 14 * Math.max(1, ...row.map((c) => c?.length ?? 1)) + 4;
    row.forEach((cell, c) => {
      for (const [k, s] of (cell ?? []).entries())
        text.push(`1 0 0 1 ${xs[c] + 2} ${top - 12 - 14 * k} Tm <${pdfHex(s)}> Tj`);
    });
    y = top - height;
  }
  const bottom = y;
  // a row's top rule, but over a covered cell; the sides from the table's top to its bottom
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell !== null) rules.push(`${xs[c]} ${tops[r]} m ${xs[c + 1]} ${tops[r]} l S`);
    });
  });
  rules.push(`${xs[0]} ${bottom} m ${xs[xs.length - 1]} ${bottom} l S`);
  for (const x of xs) rules.push(`${x} ${tops[0]} m ${x} ${bottom} l S`);
  y = bottom - 20;
  for (const s of after) {
    line(s, 40);
    y -= 14;
  }
  text.push("ET");
  return pdfOfPages([[...text, ...rules].join("\n")]);
}

/** A PDF of pages given as content streams, with the identity-mapped font /F1. */
function pdfOfPages(streams: string[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const ranges: string[] = [];
  for (let hi = 0; hi < 256; hi++) {
    const h = hi.toString(16).padStart(2, "0");
    ranges.push(`<${h}00> <${h}ff> <${h}00>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const part = ranges.slice(i, i + 100);
    blocks.push(`${part.length} beginbfrange\n${part.join("\n")}\nendbfrange`);
  }
  const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n${blocks.join("\n")}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  const pagesObj = add("PAGES");
  const descriptor = add(
    "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
  );
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  const toUnicode = add(`<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`);
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const kids: number[] = [];
  for (const ops of streams) {
    const content = add(`<< /Length ${Buffer.byteLength(ops)} >>\nstream\n${ops}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(Buffer.byteLength(out));
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}
