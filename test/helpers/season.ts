// Material for the report season tests: this year's reports made from the seeds, the pages
// where they are published (on time, late, changed, hijacked) served by a local HTTP server,
// and the text of a .docx as Word would show it.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import JSZip from "jszip";

const seed = (name: string) => readFileSync(new URL(`../../demo/${name}`, import.meta.url), "utf8");

/** 长治 2023 (seed 000): its shortcomings part is missing; a fixed version adds it. */
export const SFJ_V1 = seed("000_759704e5000b19aa.txt");
export const SHORTCOMINGS =
  "二、存在的不足和原因\n一是法治宣传教育的针对性还不够强。二是基层行政执法人员素质有待提高,执法规范化水平仍需提升。";
export const SFJ_V2 = SFJ_V1.replace(/\n二、2024年/, `\n${SHORTCOMINGS}\n三、2024年`);

/** 太原 (seed 004) moved one year back, so it reports on 2023. */
export const FGW = seed("004_499a48098651bdba.txt")
  .replace(/2021-2025/g, "@@")
  .replace(/2024/g, "2023")
  .replace(/2025/g, "2024")
  .replace(/@@/g, "2021-2025");

/** Last year's report (清镇 2022, seed 002): its next-year arrangements are this year's promises. */
export const LAST_YEAR = seed("002_16fef9e64dbe8af8.txt");

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A government site's article page around a report: menu, info line, footer. */
export function articlePage(
  text: string,
  date: string,
  title = text
    .split("\n")
    .find((l) => l.trim())
    ?.slice(0, 40) ?? "",
) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}_市人民政府门户网站</title>
<meta name="PubDate" content="${date} 09:00"></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设</div>
<h1>${escapeHtml(title)}</h1><div class="info">发布时间:${date} 来源:市司法局</div>
<div class="content">${text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join("\n")}</div>
<div class="footer">主办:市人民政府办公室 版权所有 网站标识码 1401000001</div></body></html>`;
}

/** The same page after a gambling site took it over: brand strings where the issuer stood. */
export function hijackedPage(text: string, date: string) {
  const brand = "kaiyun网上娱乐_KAIYUN APP官网_kaiyun体育平台网址";
  const lines = text.split("\n").filter((l) => l.trim());
  const body = [`${brand}2023年法治政府建设年度报告`, ...lines.map((l) => l.replace(/我市/g, brand))].join(
    "\n",
  );
  return articlePage(body, date, `${brand}人民政府2023年法治政府建设年度报告`);
}

/** A local web server whose pages the test changes as it goes. */
export async function pageServer(): Promise<{ server: Server; base: string; pages: Map<string, string> }> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    if (page === undefined) {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end("<h1>404 页面不存在</h1>");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { server, base: `http://127.0.0.1:${port}`, pages };
}

/** The visible text of a .docx: the runs of word/document.xml, one paragraph a line. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}
