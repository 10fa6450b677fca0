// Tables for the CSV/XLSX exports, and sending one as a download.
import type { Cell, Table } from "../../export/table.ts";
import type { FastifyReply, FastifyRequest } from "fastify";
import { toCsv } from "../../export/table.ts";
import { toXlsx } from "../../export/xlsx.ts";
import type { presentDocumentSummary, presentFact } from "../presenters/document.ts";
import { attachmentHeader } from "./disposition.ts";

export type ExportFormat = "csv" | "xlsx";

/**
 * The web app's address as the caller reached it: exports link each row or citation to its page
 * there (behind a proxy, trustProxy makes this the public host).
 */
export const appUrl = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

/**
 * A row's page in the web app, instead of the database's number for it (which means nothing to a
 * reader): its name linked there (a link in Excel, the name in CSV) and the address in a last
 * column (链接) that CSV keeps too.
 */
export function linked(text: string, url: string): { cell: Cell; url: string } {
  return { cell: { text, hyperlink: url }, url };
}

export function documentsTable(
  docs: Array<ReturnType<typeof presentDocumentSummary>>,
  baseUrl: string,
): Table {
  return {
    name: "文档列表",
    headers: [
      "标题",
      "类型",
      "地区",
      "发文单位",
      "年度",
      "发布日期",
      "必备内容",
      "问题数",
      "数据项",
      "文件",
      "链接",
    ],
    widths: [40, 10, 16, 24, 8, 12, 10, 8, 8, 30, 40],
    rows: docs.map((d) => {
      // a title not read is named as on screen (长治市2023年年度报告), not left blank
      const page = linked(d.displayTitle || d.name, `${baseUrl}/documents/${d.id}`);
      return [
        page.cell,
        d.kindLabel,
        d.regionLabel ?? "",
        d.issuer ?? "",
        d.year,
        d.published ?? "",
        d.sections.total ? `${d.sections.ok}/${d.sections.total}` : "",
        d.findings,
        d.facts,
        d.name,
        page.url,
      ];
    }),
  };
}

export function compareTable(facts: Array<ReturnType<typeof presentFact>>): Table {
  return {
    name: "数据对比",
    headers: ["地区", "发文单位", "年度", "指标", "数值", "单位", "统计对象", "原文", "文档"],
    widths: [16, 24, 8, 30, 14, 8, 30, 16, 40],
    rows: facts.map((f) => [
      f.regionLabel ?? "",
      f.issuerLabel ?? "",
      f.year,
      // the indicator's name, as the page shows it (调解成功率), never its code
      f.indicatorLabel ?? f.indicator ?? "",
      f.value,
      f.unit,
      f.subject,
      f.quote,
      // the document a reader can look up, not the database's number for it; the file's name
      // only when neither a title nor a place and year was read
      f.documentTitle ?? f.name,
    ]),
  };
}

export async function sendTable(reply: FastifyReply, tables: Table[], format: ExportFormat, name: string) {
  reply.header("content-disposition", attachmentHeader(`${name}.${format}`));
  if (format === "csv") {
    reply.type("text/csv; charset=utf-8");
    return toCsv(tables[0]);
  }
  reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  return toXlsx(tables);
}
