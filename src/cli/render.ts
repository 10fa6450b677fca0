// The readable review of one record, in Chinese, for the terminal.
import type { AnalysisRecord, Part } from "../types.ts";
import { documentName, indicatorLabel, KIND_LABEL as KIND, LEVEL_LABEL as LEVEL } from "../labels.ts";
import { markedPassage } from "../shared/passage.ts";
import { toLineColumn } from "./location.ts";

const SEVERITY = { error: "错误", warning: "警告", info: "提示" } as const;
const PARTS: Record<Part, string> = {
  achievements: "主要举措和成效",
  shortcomings: "存在的不足",
  first_responsible: "第一责任人履职",
  next_year: "下一年度安排",
};

/** Display width: CJK characters take two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}
export const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const clip = (s: string, n: number) => {
  let out = "";
  for (const ch of s) {
    if (width(out + ch) > n - 1) return `${out}…`;
    out += ch;
  }
  return out;
};
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

export function table(headers: string[], rows: string[][], maxWidths: number[]): string {
  const cells = rows.map((r) => r.map((c, k) => clip(oneLine(c), maxWidths[k])));
  const widths = headers.map((h, k) => Math.max(width(h), ...cells.map((r) => width(r[k]))));
  const line = (r: string[]) => `  ${r.map((c, k) => pad(c, widths[k])).join("  ")}`.trimEnd();
  return [line(headers), `  ${widths.map((w) => "─".repeat(w)).join("  ")}`, ...cells.map(line)].join("\n");
}

export function renderRecord(record: AnalysisRecord): string {
  const { meta, source } = record;
  const out: string[] = [];
  const title = documentName(meta) ?? KIND[meta.kind];
  out.push(`━━ ${title} ━━`);
  out.push(
    `文件    ${source.path}（${source.bytes} 字节，${source.format}${source.charset ? `，${source.charset}` : ""}）`,
  );
  out.push(
    `类型    ${KIND[meta.kind]}    地区 ${meta.region ?? "未识别"}${meta.level ? `（${LEVEL[meta.level]}）` : ""}${meta.issuer && meta.issuer !== meta.region ? `    发文单位 ${meta.issuer}` : ""}    年度 ${meta.year ?? "—"}    发布 ${meta.published ?? "—"}    ${meta.script === "traditional" ? "繁体" : "简体"}`,
  );
  if (record.sections_present) {
    const parts = (Object.keys(PARTS) as Part[]).map(
      (p) => `${record.sections_present?.[p].present ? "✓" : "✗"} ${PARTS[p]}`,
    );
    out.push(`必备内容  ${parts.join("   ")}`);
  }
  const noise = { boilerplate: 0, spam: 0, garbage: 0 };
  for (const n of record.noise) noise[n.kind]++;
  out.push(
    `结构    ${record.outline.length} 个标题    网页杂项 ${noise.boilerplate} 处    植入广告 ${noise.spam} 处    乱码 ${noise.garbage} 处`,
  );
  out.push("");
  out.push(`问题（${record.findings.length}）`);
  if (record.findings.length === 0) out.push("  未发现问题");
  for (const f of record.findings) {
    const where = f.start !== undefined ? toLineColumn(record.text, f.start) : null;
    out.push(
      `  ${SEVERITY[f.severity]}  ${f.message}${where ? `  （第${where.line}行第${where.column}列）` : ""}`,
    );
    const ex = f.start !== undefined ? markedPassage(record.text, f.start, f.end ?? f.start) : "";
    if (ex) out.push(`        ${ex}`);
  }
  if (record.facts.length) {
    out.push("");
    out.push(`数据（${record.facts.length} 项）`);
    out.push(
      table(
        ["原文", "数值", "单位", "近似", "统计对象", "指标", "位置"],
        record.facts.map((f) => {
          const at = toLineColumn(record.text, f.start);
          return [
            f.quote,
            String(f.value),
            f.unit,
            f.approx ?? "",
            f.subject,
            indicatorLabel(f.indicator),
            `${at.line}:${at.column}`,
          ];
        }),
        [14, 12, 8, 6, 28, 36, 8],
      ),
    );
  }
  if (record.measures.length) {
    out.push("");
    out.push(`措施（${record.measures.length} 项）`);
    out.push(
      table(
        ["序号", "措施", "牵头单位", "配合单位", "时限"],
        record.measures.map((m) => [
          String(m.no),
          m.title,
          m.lead.join("、"),
          m.cooperate.join("、"),
          m.due ? `${m.due.date}${m.due.inherited ? "（默认）" : ""}` : "",
        ]),
        [5, 30, 30, 30, 16],
      ),
    );
  }
  return out.join("\n");
}
