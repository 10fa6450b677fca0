// Copied text: a report that takes paragraphs from another report is found out with the
// passages side by side; shared formulas and the same topic in other words are not copying.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { findCopies } from "./copied.ts";

const seed = (name: string) => readFileSync(new URL(`../../../demo/${name}`, import.meta.url), "utf8");
const QINGZHEN = seed("002_16fef9e64dbe8af8.txt");
const TAIYUAN = seed("004_499a48098651bdba.txt");

test("half of a report copied from another unit's is measured and shown side by side", () => {
  const lines = QINGZHEN.split("\n").filter((l) => l.trim().length > 60);
  const taken = lines.slice(0, 4);
  const own = TAIYUAN.split("\n")
    .filter((l) => l.trim().length > 60)
    .slice(0, 4);
  const report = [...own.slice(0, 2), ...taken, ...own.slice(2)].join("\n");
  const result = findCopies(report, [{ label: "清镇市2022年度报告", text: QINGZHEN }]);
  assert.ok(result.share > 0.25 && result.share < 0.75, String(result.share));
  assert.equal(result.sources[0].label, "清镇市2022年度报告");
  for (const p of result.passages) {
    assert.equal(report.slice(p.start, p.end), p.quote);
    assert.ok(QINGZHEN.includes(p.sourceQuote));
  }
  const covered = result.passages.map((p) => p.quote).join("");
  for (const line of taken) assert.ok(covered.includes(line.trim().slice(5, 45)), line.slice(0, 20));
});

test("shared formulas and unrelated reports are not copying", () => {
  const formula = "坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。";
  const a = `${formula}\n${TAIYUAN}`;
  const b = `${formula}\n${QINGZHEN}`;
  const result = findCopies(a, [{ label: "b", text: b }]);
  assert.ok(result.share < 0.05, String(result.share));
});

test("a report copied whole is 100% and costs one pass", () => {
  const result = findCopies(QINGZHEN, [
    { label: "去年", text: QINGZHEN },
    { label: "别的", text: TAIYUAN },
  ]);
  assert.ok(result.share > 0.95, String(result.share));
  assert.deepEqual(
    result.sources.map((s) => s.label),
    ["去年"],
  );
});
