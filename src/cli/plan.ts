// `fazhi plan <file>`: the plan as a ledger (measures, units, deadlines), in the terminal,
// as an Excel workbook (--xlsx) or CSV (--csv).
import { writeFile } from "node:fs/promises";
import { toCsv } from "../export/table.ts";
import { toXlsx } from "../export/xlsx.ts";
import { describeError } from "../ingest/errors.ts";
import { buildLedger, dueText } from "../plan/ledger.ts";
import { ledgerCsvTable, ledgerTables } from "../plan/tables.ts";
import { type AnalyzeOptions, analyzeLocation } from "../pipeline.ts";
import type { Io } from "./analyze.ts";
import { table } from "./render.ts";

export interface PlanCommand {
  input: string;
  xlsx: string | null;
  csv: string | null;
  options: AnalyzeOptions;
}

export async function runPlan(cmd: PlanCommand, io: Io): Promise<number> {
  let record: Awaited<ReturnType<typeof analyzeLocation>>;
  try {
    record = await analyzeLocation(cmd.input, cmd.options);
  } catch (error) {
    io.stderr(describeError(cmd.input, error));
    return 1;
  }
  if (record.measures.length === 0) {
    // so a user can tell whether the numbering or the clauses were missed
    const numbered = record.outline.length;
    const why = numbered
      ? `识别到编号条目 ${numbered} 个，但同一层级的条目中带责任单位（牵头、配合、责任单位）的不足两条或不足一半`
      : "未识别到编号条目（一、（一）1. 等）";
    io.stderr(`${cmd.input}: 没有识别到带责任单位的措施（文件类型：${record.meta.kind}；${why}）`);
    return 1;
  }
  const ledger = buildLedger(record.measures);
  const title = record.meta.title ?? cmd.input;
  io.stdout(`━━ ${title} ━━`);
  io.stdout(
    `措施 ${ledger.rows.length} 项，领域 ${ledger.areas.length} 个，责任单位 ${ledger.units.length} 个`,
  );
  io.stdout("");
  io.stdout("台账");
  const lines = table(
    ["序号", "措施", "牵头单位", "配合单位", "完成时限"],
    ledger.rows.map((r) => [`（${r.no}）`, r.title, r.lead.join("、"), r.cooperate.join("、"), dueText(r)]),
    [8, 34, 30, 30, 20],
  ).split("\n");
  // the header and its rule, then each row under the headings it starts: its area and its group
  // (a rectification plan's 问题 whose measures these are), as the Excel sheet's 领域 and 分组
  io.stdout(lines.slice(0, 2).join("\n"));
  let area = "";
  let group = "";
  for (const [k, r] of ledger.rows.entries()) {
    const groupIsArea = r.group !== "" && r.group.replace(/^\d+\. /, "") === r.area;
    if (r.area !== area && r.area && !groupIsArea) io.stdout(`  【${r.area}】`);
    if (r.group !== group && r.group) io.stdout(groupIsArea ? `  【${r.group}】` : `    ${r.group}`);
    area = r.area;
    group = r.group;
    io.stdout(lines[k + 2]);
  }
  io.stdout("");
  io.stdout("按单位汇总");
  io.stdout(
    table(
      ["单位", "牵头", "配合", "最早时限", "规范名称", "原文写法"],
      ledger.units.map((u) => [
        u.name,
        String(u.leads),
        String(u.cooperates),
        u.earliestDue ?? "",
        u.canonical,
        u.written.join("、"),
      ]),
      [24, 6, 6, 12, 28, 30],
    ),
  );
  const planFindings = record.findings.filter((f) => f.rule.startsWith("plan:"));
  if (planFindings.length) {
    io.stdout("");
    io.stdout(`问题（${planFindings.length}）`);
    for (const f of planFindings) io.stdout(`  ${f.message}`);
  }
  if (cmd.xlsx) {
    await writeFile(cmd.xlsx, await toXlsx(ledgerTables(ledger)));
    io.stderr(`已写入 Excel 台账：${cmd.xlsx}`);
  }
  if (cmd.csv) {
    await writeFile(cmd.csv, toCsv(ledgerCsvTable(ledger)));
    io.stderr(`已写入 CSV 台账：${cmd.csv}`);
  }
  return 0;
}
