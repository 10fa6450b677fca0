// Building blocks of the season's Word documents: official-style headings and paragraphs,
// simple tables, packed with the `docx` library (opens in Word and WPS).
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

type Block = Paragraph | Table;

const FONT = { ascii: "Times New Roman", eastAsia: "仿宋_GB2312", hAnsi: "Times New Roman" };

export const title = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text, bold: true, size: 36, font: { ...FONT, eastAsia: "方正小标宋简体" } })],
  });

export const heading = (text: string, level: 1 | 2 = 1) =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
    children: [
      new TextRun({ text, bold: true, size: level === 1 ? 32 : 30, font: { ...FONT, eastAsia: "黑体" } }),
    ],
  });

export const para = (text: string, opts: { bold?: boolean; right?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: opts.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560 },
    children: [new TextRun({ text, bold: opts.bold, size: 32, font: FONT })],
  });

export function table(headers: string[], rows: Array<Array<string | number>>): Table {
  const cell = (v: string | number, bold = false) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text: String(v), bold, size: 24, font: FONT })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

export async function pack(docTitle: string, blocks: Block[]): Promise<Buffer> {
  const doc = new Document({
    title: docTitle,
    creator: "法治政府建设平台",
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        children: blocks,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export type { Block };
