// A round's results as files: the Excel score sheet (ranking, then every item with its rule
// and evidence) and the Word assessment report. Plain data in, bytes out.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Cell, Table } from "./table.ts";

/** One piece of evidence as people read it, and where the web app shows it (null if nowhere). */
export interface Citation {
  text: string;
  link: string | null;
}

export interface ReportItem {
  code: string;
  name: string;
  path: string[];
  methodLabel: string;
  points: number;
  max: number;
  statusLabel: string;
  explanation: string;
  evidence: Citation[];
}

export interface ReportUnit {
  rank: number;
  unitName: string;
  total: number;
  max: number;
  previousTotal: number | null;
  firstLevel: { code: string; name: string; points: number; max: number }[];
  items: ReportItem[];
}

export interface AssessReport {
  title: string;
  year: number;
  statusLabel: string;
  system: { name: string; version: string; basis: string; assumption: string };
  units: ReportUnit[];
  distribution: { label: string; count: number }[];
  appeals: { unitName: string; code: string; reason: string; statusLabel: string; decision: string | null }[];
}

const rate = (u: ReportUnit) => (u.max ? `${((100 * u.total) / u.max).toFixed(1)}%` : "");
const change = (u: ReportUnit) =>
  u.previousTotal === null
    ? ""
    : `${u.total - u.previousTotal >= 0 ? "+" : ""}${(u.total - u.previousTotal).toFixed(2)}`;

/**
 * The 依据 cell: every citation, one a line. A cell holds one hyperlink, so it opens the first
 * cited passage; the text names all of them.
 */
function evidence(cited: Citation[]): Cell {
  if (cited.length === 0) return "无依据";
  const text = cited.map((c) => c.text).join("\n");
  const link = cited.find((c) => c.link)?.link;
  return link ? { text, hyperlink: link } : text;
}

export function scoreSheet(r: AssessReport): Table[] {
  const first = r.units[0]?.firstLevel ?? [];
  return [
    {
      name: "排名",
      headers: [
        "排名",
        "单位",
        "总分",
        "满分",
        "得分率",
        "上年得分",
        "变化",
        ...first.map((f) => `${f.code} ${f.name}`),
      ],
      widths: [6, 24, 8, 8, 8, 10, 8, ...first.map(() => 14)],
      rows: r.units.map((u) => [
        u.rank,
        u.unitName,
        u.total,
        u.max,
        rate(u),
        u.previousTotal ?? "",
        change(u),
        ...u.firstLevel.map((f) => f.points),
      ]),
    },
    {
      name: "评分明细",
      headers: ["单位", "编号", "指标", "上级指标", "评分方法", "得分", "分值", "状态", "评分说明", "依据"],
      widths: [20, 8, 30, 30, 18, 8, 8, 8, 50, 60],
      rows: r.units.flatMap((u) =>
        u.items.map((i) => [
          u.unitName,
          i.code,
          i.name,
          i.path.join(" / "),
          i.methodLabel,
          i.points,
          i.max,
          i.statusLabel,
          i.explanation,
          evidence(i.evidence),
        ]),
      ),
    },
  ];
}

const cell = (text: string | number, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: String(text), bold })] })] });

function table(headers: string[], rows: (string | number)[][]): DocxTable {
  return new DocxTable({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) })),
    ],
  });
}

/** Each citation a paragraph of its own, linked to the passage in the web app when it has one. */
function evidenceCell(cited: Citation[]): TableCell {
  if (cited.length === 0) return cell("无依据");
  return new TableCell({
    children: cited.map(
      (c) =>
        new Paragraph({
          children: [
            c.link
              ? new ExternalHyperlink({
                  link: c.link,
                  children: [new TextRun({ text: c.text, style: "Hyperlink" })],
                })
              : new TextRun(c.text),
          ],
        }),
    ),
  });
}

/** A unit's items with their points and what each rests on: the report's traceable core. */
function itemTable(items: ReportItem[]): DocxTable {
  const headers = ["编号", "指标", "得分", "分值", "依据"];
  return new DocxTable({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((x) => cell(x, true)) }),
      ...items.map(
        (i) =>
          new TableRow({
            children: [cell(i.code), cell(i.name), cell(i.points), cell(i.max), evidenceCell(i.evidence)],
          }),
      ),
    ],
  });
}

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading });

/**
 * A round's document named from its title: the default title is the year and the system's name,
 * and a system is often itself called …评分表 — 「…（2021年版）评分表评分表.xlsx」 and
 * 「…评分表评估报告」 read as mistakes.
 */
export function roundDocumentName(title: string, what: "评分表" | "评估报告"): string {
  if (what === "评分表") return title.includes("评分表") ? title : `${title}评分表`;
  return `${title.replace(/评分表(?=(（[^）]*）)?$)/u, "")}评估报告`;
}

export async function assessmentReport(r: AssessReport): Promise<Buffer> {
  const children: (Paragraph | DocxTable)[] = [
    new Paragraph({
      text: roundDocumentName(r.title, "评估报告"),
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
    }),
    p(`评估年度：${r.year}年    状态：${r.statusLabel}    参评单位：${r.units.length} 个`),
    h("一、评估依据和方法", HeadingLevel.HEADING_1),
    p(`指标体系：${r.system.name}（版本 ${r.system.version}）。`),
    p(`依据：${r.system.basis}`),
    p(`说明：${r.system.assumption}`),
    p(
      "每个得分都可追溯到来源：报告原文段落、督办任务、证明材料或审查规则；没有依据的评分项记为“无依据”，不得分。",
    ),
    h("二、总体结果", HeadingLevel.HEADING_1),
    table(
      ["排名", "单位", "总分", "满分", "得分率", "上年得分", "变化"],
      r.units.map((u) => [
        u.rank,
        u.unitName,
        u.total,
        u.max,
        rate(u),
        u.previousTotal ?? "—",
        change(u) || "—",
      ]),
    ),
    p(`得分率分布：${r.distribution.map((d) => `${d.label} ${d.count} 个`).join("，")}。`),
    h("三、各单位得分", HeadingLevel.HEADING_1),
  ];
  for (const u of r.units) {
    children.push(h(`${u.rank}. ${u.unitName}：${u.total} 分（满分 ${u.max}）`, HeadingLevel.HEADING_2));
    children.push(
      table(
        ["一级指标", "得分", "分值"],
        u.firstLevel.map((f) => [`${f.code} ${f.name}`, f.points, f.max]),
      ),
    );
    if (u.items.length) {
      children.push(p("各评分项的得分和依据："));
      children.push(itemTable(u.items));
    }
    const missing = u.items.filter((i) => i.statusLabel !== "已评分");
    if (missing.length)
      children.push(
        p(
          `未得分或待评的项目：${missing.map((i) => `${i.code} ${i.name}（${i.statusLabel}）`).join("；")}。`,
        ),
      );
  }
  children.push(h("四、申诉处理", HeadingLevel.HEADING_1));
  if (r.appeals.length === 0) children.push(p("本轮没有申诉。"));
  else
    children.push(
      table(
        ["单位", "评分项", "申诉理由", "处理结果", "处理意见"],
        r.appeals.map((a) => [a.unitName, a.code, a.reason, a.statusLabel, a.decision ?? ""]),
      ),
    );
  const doc = new Document({
    creator: "fazhi",
    title: roundDocumentName(r.title, "评估报告"),
    styles: { default: { document: { run: { font: "SimSun", size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
