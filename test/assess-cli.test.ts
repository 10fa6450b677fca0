// `fazhi assess` as a third-party evaluator uses it: a corpus of published reports scored with
// the text-based items of a shipped system, a ranking, and in JSON every item with evidence
// that quotes exactly its document's text.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { analyzeLocation } from "../src/pipeline.ts";
import { REPORT_TEXT } from "./helpers/fixtures.ts";

const bin = new URL("../bin/fazhi.js", import.meta.url).pathname;
const fazhi = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 120_000 });

// the seeds sit beside the main checkout; worktrees find them at the shared path
const SEEDS = [new URL("../../shared/seeds/", import.meta.url).pathname, "/work/shared/seeds/"].find(
  existsSync,
);

interface JsonEvidence {
  kind: string;
  start?: number | null;
  end?: number | null;
  quote?: string | null;
  rule?: string;
}
interface JsonResult {
  rank: number;
  document: string;
  total: number;
  max: number;
  items: { code: string; points: number; max: number; status: string; evidence: JsonEvidence[] }[];
}

async function checkQuotes(results: JsonResult[]) {
  let quotes = 0;
  for (const result of results) {
    const { text } = await analyzeLocation(result.document);
    for (const item of result.items) {
      assert.ok(item.points >= 0 && item.points <= item.max, `${item.code} within its points`);
      if (item.status === "no_evidence") assert.equal(item.points, 0);
      for (const e of item.evidence) {
        if (e.start === null || e.start === undefined) continue;
        assert.equal(text.slice(e.start, e.end ?? e.start), e.quote, `${result.document} ${item.code}`);
        quotes++;
      }
    }
  }
  return quotes;
}

describe("fazhi assess", () => {
  test("--systems lists the shipped systems by name", () => {
    const r = fazhi("assess", "--systems");
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /shifan-2021 {2}市县法治政府建设示范指标体系/);
    assert.match(r.stdout, /dept-kaohe/);
  });

  test("a bad system is one line naming it, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-assess-"));
    const file = join(dir, "mine.json");
    writeFileSync(
      file,
      JSON.stringify({
        id: "mine",
        name: "x",
        version: "1",
        basis: "",
        assumption: "",
        total: 10,
        indicators: [],
      }),
    );
    const r = fazhi("assess", file, dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr.trim(), /^fazhi assess: .*mine\.json: 指标体系无效/);
    assert.equal(r.stderr.trim().split("\n").length, 1);
  });

  test("a report scored with the department sheet: a ranking in Chinese", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-assess-"));
    writeFileSync(join(dir, "report.txt"), REPORT_TEXT);
    const r = fazhi("assess", "dept-kaohe", dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /排名 +得分 +得分率 +地区 +文档/);
    assert.match(r.stdout, /1 +\d+(\.\d+)? +\d+\.\d% +清镇市/);
    assert.match(r.stdout, /无依据的项目/);
  });

  test("every seed report gets a total, and every evidence quote is its document's text", {
    skip: SEEDS ? false : "seed documents not present",
    timeout: 240_000,
  }, async () => {
    const r = fazhi("assess", "shifan-2021", SEEDS as string, "--json");
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { system: { id: string }; results: JsonResult[] };
    assert.equal(out.system.id, "shifan-2021");
    // four reports; the plan (001) is not a report and is said to be skipped
    assert.equal(out.results.length, 4);
    assert.match(r.stderr, /001_.*不是年度报告，未评分/);
    const totals = out.results.map((x) => x.total);
    assert.deepEqual(
      totals,
      [...totals].sort((a, b) => b - a),
      "ranked by total",
    );
    for (const x of out.results) {
      assert.ok(x.total > 0 && x.total <= x.max, `${x.document} total ${x.total}`);
      assert.equal(x.total, Math.round(x.items.reduce((s, i) => s + i.points, 0) * 100) / 100);
      // only the text-based items are scored offline
      assert.ok(
        x.items.every(
          (i) => !["season", "ledger", "manual", "survey"].includes((i as { method?: string }).method ?? ""),
        ),
      );
    }
    assert.ok((await checkQuotes(out.results)) > 50);
  });
});
