import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { SMALL_PLAN } from "../../test/helpers/plan-fixture.ts";
import { analyzeText } from "../pipeline.ts";
import { buildLedger } from "./ledger.ts";

const source = { path: "plan.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };

describe("plan measures", () => {
  const record = analyzeText(SMALL_PLAN, source);
  const byNo = new Map(record.measures.map((m) => [m.no, m]));

  test("the document is a plan and every numbered measure is found", () => {
    assert.equal(record.meta.kind, "plan");
    assert.deepEqual(
      record.measures.map((m) => m.no),
      [1, 2, 3, 4, 5, 6, 7, 8],
    );
    assert.deepEqual(record.facts, [], "a plan reports no facts");
  });

  test("areas and groups are the headings above", () => {
    const m1 = byNo.get(1);
    assert.equal(m1?.area, "依法全面履行政府职能");
    assert.deepEqual(m1?.group, { no: 1, title: "深化行政审批制度改革" });
    assert.equal(byNo.get(8)?.area, "组织保障", "a measure under a level-1 heading with no level-2 heading");
  });

  test("lead and cooperating units in every clause shape", () => {
    assert.deepEqual(
      [byNo.get(1)?.lead, byNo.get(1)?.cooperate],
      [["县编办"], ["县发改委", "县政务服务中心"]],
    );
    assert.deepEqual(
      [byNo.get(2)?.lead, byNo.get(2)?.cooperate],
      [["县编办", "县政府办"], ["县直各相关单位"]],
    );
    assert.deepEqual(
      [byNo.get(3)?.lead, byNo.get(3)?.cooperate],
      [["县发改委", "县市场监管局"], ["县直各相关单位"]],
    );
    assert.deepEqual([byNo.get(4)?.lead, byNo.get(4)?.cooperate], [["县司法局"], []]);
    assert.deepEqual(
      [byNo.get(5)?.lead, byNo.get(5)?.cooperate],
      [["县司法局", "县人大常委会"], ["各乡镇人民政府"]],
    );
    assert.equal(byNo.get(6)?.collective, true);
    assert.equal(byNo.get(5)?.collective, false);
  });

  test("deadlines, explicit and inherited from the plan's default", () => {
    assert.deepEqual(
      byNo.get(1)?.deadlines.map((d) => d.date),
      ["2017-12-31"],
    );
    assert.deepEqual(byNo.get(2)?.due, { date: "2018-06-30", inherited: false });
    assert.deepEqual(byNo.get(5)?.due, { date: "2019-06-30", inherited: false });
    assert.deepEqual(byNo.get(4)?.due, { date: "2019-12-31", inherited: true });
    assert.deepEqual(byNo.get(7)?.deadlines, [], "每年第一季度 recurs; it is no deadline");
    assert.deepEqual(
      byNo.get(8)?.deadlines.map((d) => d.date),
      ["2019-12-31"],
    );
    for (const m of record.measures) {
      for (const d of m.deadlines) assert.equal(SMALL_PLAN.slice(d.start, d.end), d.quote);
      if (m.clause_start !== null && m.clause)
        assert.equal(SMALL_PLAN.slice(m.clause_start, m.clause_start + m.clause.length), m.clause);
    }
  });

  test("findings: no responsible unit, deadline before the plan", () => {
    const rules = record.findings.map((f) => f.rule);
    assert.ok(
      record.findings.some((f) => f.rule === "plan:no-responsible-unit" && f.message.includes("（7）")),
    );
    assert.ok(
      record.findings.some((f) => f.rule === "plan:deadline-before-plan" && f.message.includes("（1）")),
      rules.join(),
    );
  });

  test("unknown unit names are reported once and kept as written", () => {
    const text = SMALL_PLAN.replace("县司法局负责", "县法援志愿者联盟负责");
    const r = analyzeText(text, source);
    const unknown = r.findings.filter((f) => f.rule === "plan:unknown-unit");
    assert.equal(unknown.length, 1);
    assert.match(unknown[0].message, /县法援志愿者联盟/);
  });

  test("a department's own offices, named without a place or level, are not unknown units", () => {
    const plan = [
      "广东省自然资源厅2026年法治政府建设工作要点",
      "一、强化法治建设组织领导",
      "（一）健全厅领导班子学法制度。（牵头处室：政策法规处；配合处室：办公室、人事处）",
      "（二）开展执法卷宗评查。（牵头处室：执法监督局；配合单位：各地级以上市自然资源局、省法援志愿者联盟）",
    ].join("\n");
    const r = analyzeText(plan, source);
    assert.equal(r.meta.level, "department");
    assert.deepEqual(
      r.findings.filter((f) => f.rule === "plan:unknown-unit").map((f) => f.message),
      ["单位「省法援志愿者联盟」不在单位库中（首见于措施（2）），已按原文保留"],
    );
  });

  test("the ledger counts each unit once across its written forms", () => {
    const ledger = buildLedger(record.measures);
    const staffing = ledger.units.find((u) => u.name === "县编办");
    assert.equal(staffing?.leads, 2);
    assert.equal(staffing?.earliestDue, "2017-12-31");
    assert.equal(staffing?.canonical, "县委机构编制委员会办公室");
    assert.deepEqual(ledger.areas, ["依法全面履行政府职能", "完善依法行政制度体系", "组织保障"]);
  });
});
