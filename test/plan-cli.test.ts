// `fazhi plan`: the ledger in the terminal, and the Excel and CSV files read back.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import ExcelJS from "exceljs";
import { SMALL_PLAN } from "./helpers/plan-fixture.ts";

const bin = new URL("../bin/fazhi.js", import.meta.url).pathname;
const fazhi = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 60_000 });

describe("fazhi plan", () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-plan-"));
  const plan = join(dir, "plan.txt");
  writeFileSync(plan, SMALL_PLAN);
  const xlsx = join(dir, "ledger.xlsx");
  const csv = join(dir, "ledger.csv");
  const r = fazhi("plan", plan, "--xlsx", xlsx, "--csv", csv);

  test("prints the ledger and the per-unit summary", () => {
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /措施 8 项/);
    assert.match(r.stdout, /台账/);
    assert.match(r.stdout, /按单位汇总/);
    assert.match(r.stdout, /2019-12-31（默认）/);
  });

  test("the workbook has a sheet per area, a unit sheet, Chinese headers and every row", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const names = wb.worksheets.map((s) => s.name);
    assert.deepEqual(names, [
      "全部措施",
      "依法全面履行政府职能",
      "完善依法行政制度体系",
      "组织保障",
      "按单位汇总",
    ]);
    const all = wb.getWorksheet("全部措施");
    assert.ok(all);
    assert.deepEqual((all.getRow(1).values as unknown[]).slice(1, 5), ["序号", "领域", "分组", "措施"]);
    assert.equal(all.rowCount, 1 + 8);
    assert.equal(all.views[0]?.state, "frozen");
    assert.ok((all.getColumn(4).width ?? 0) >= 30);
    const area = wb.getWorksheet("依法全面履行政府职能");
    assert.equal(area?.rowCount, 1 + 3);
    const units = wb.getWorksheet("按单位汇总");
    assert.ok(units);
    assert.equal((units.getRow(1).values as unknown[])[1], "单位");
    assert.ok(units.rowCount > 5);
  });

  test("the CSV opens in Excel (BOM) and has a row per measure", () => {
    const text = readFileSync(csv, "utf8");
    assert.ok(text.startsWith("\ufeff序号,领域"));
    assert.equal(text.trim().split("\r\n").length, 1 + 8);
  });

  test("a report is not a plan", () => {
    const report = join(dir, "report.txt");
    writeFileSync(
      report,
      "2023年,我市法治政府建设取得成效。现将情况报告如下。\n一、主要举措和成效\n全年受理行政复议案件108件。",
    );
    const bad = fazhi("plan", report);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /没有识别到带责任单位的措施/);
    // how many numbered items there were, so a user can tell the numbering from the clauses
    assert.match(bad.stderr, /识别到编号条目 1 个，但同一层级的条目中带责任单位/);
    const flat = join(dir, "flat.txt");
    writeFileSync(flat, "某县法治政府建设实施方案\n加强组织领导,县司法局要抓好落实。");
    assert.match(fazhi("plan", flat).stderr, /未识别到编号条目/);
  });
});

describe("fazhi plan on a rectification plan", () => {
  // 整改方案: the measures come under the problems they rectify; the terminal showed the
  // measures alone, so which problem each one answers was lost (the Excel sheet's 分组 had it)
  const dir = mkdtempSync(join(tmpdir(), "fazhi-plan-zg-"));
  const plan = join(dir, "整改方案.txt");
  writeFileSync(
    plan,
    [
      "关于法治政府建设督察反馈问题的整改方案",
      "一、整改目标",
      "逐项建立整改台账。",
      "二、整改任务",
      "（一）规范性文件合法性审核不到位的问题",
      "1．开展规范性文件专项清理。（责任单位：县司法局；完成时限：2025年3月底前）",
      "2．建立合法性审核台账。（责任单位：县司法局，县政府办公室配合）",
      "（二）行政执法案卷不规范的问题",
      "3．开展执法案卷评查。（责任单位：县司法局，县直各执法部门配合；完成时限：2025年6月底前）",
      "4．组织执法人员培训。（责任单位：县司法局）",
    ].join("\n"),
  );
  const r = fazhi("plan", plan);

  test("each problem heads the measures that rectify it, once", () => {
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split("\n").map((l) => l.trim());
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    const first = at("【1. 规范性文件合法性审核不到位的问题】");
    const second = at("【2. 行政执法案卷不规范的问题】");
    assert.ok(first > 0 && second > first, r.stdout);
    assert.ok(first < at("开展规范性文件专项清理") && at("建立合法性审核台账") < second, r.stdout);
    assert.ok(second < at("开展执法案卷评查") && second < at("组织执法人员培训"), r.stdout);
    assert.equal(lines.filter((l) => l.includes("行政执法案卷不规范的问题")).length, 1, r.stdout);
  });
});
