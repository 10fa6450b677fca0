// The engine on hand-made inputs: each method's points, its evidence, and the "no evidence"
// and "pending" states. Report season and ledger inputs are made here by hand, as the
// platform makes them from its tables.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../pipeline.ts";
import type { SourceInfo } from "../types.ts";
import {
  emptyInputs,
  type Evidence,
  leaves,
  parseSystem,
  scoreUnit,
  shippedSystems,
  type UnitInputs,
} from "./index.ts";
import { patternWords, prepareDocument, scoreText } from "./methods/document.ts";

const TEXT = [
  "某市2023年法治政府建设年度报告",
  "一、主要举措和成效",
  "全面推行行政执法公示制度和全过程记录制度。行政机关负责人出庭应诉率为70%。",
  "深入推进政务公开,主动公开信息1200条。",
  "二、存在的不足和原因",
  "依法行政意识有待进一步提高。",
  "三、2024年工作安排",
  "2024年,我市将继续推进法治政府建设。",
].join("\n");
const source: SourceInfo = { path: "t.txt", sha256: "", bytes: 0, charset: "utf-8", format: "txt" };
const record = analyzeText(TEXT, source);

const leaf = (code: string, points: number, method: unknown) => ({
  code,
  name: `项目${code}`,
  points,
  method,
});
const system = parseSystem(
  {
    id: "test",
    name: "测试",
    version: "1",
    basis: "",
    assumption: "",
    total: 40,
    indicators: [
      {
        code: "A",
        name: "报告",
        points: 20,
        children: [
          leaf("A1", 4, { kind: "fact", indicator: "litigation.head_appearance_rate", full: 90, zero: 50 }),
          leaf("A2", 4, { kind: "text", patterns: ["公示制度", "全过程记录", "法制审核"], need: 2 }),
          leaf("A3", 4, { kind: "parts" }),
          leaf("A4", 4, { kind: "findings", per: 1 }),
          leaf("A5", 4, { kind: "text", patterns: ["复议"] }),
        ],
      },
      {
        code: "B",
        name: "平台",
        points: 20,
        children: [
          leaf("B1", 4, { kind: "season", check: "submitted_on_time" }),
          leaf("B2", 4, { kind: "season", check: "published_on_time" }),
          leaf("B3", 4, { kind: "ledger", measure: "completion_rate", full: 100, zero: 50 }),
          leaf("B4", 2, { kind: "ledger", measure: "overdue", per: 1 }),
          leaf("B5", 3, { kind: "manual" }),
          leaf("B6", 3, { kind: "survey", full: 90, zero: 60 }),
        ],
      },
    ],
  },
  "test",
);

const withDocument = (): UnitInputs => ({ ...emptyInputs(), document: { documentId: 7, record } });
const item = (inputs: UnitInputs, code: string) => {
  const found = scoreUnit(system, inputs).items.find((i) => i.code === code);
  assert.ok(found, code);
  return found;
};
const spans = (evidence: Evidence[]) => evidence.filter((e) => e.kind === "span");

describe("scoring a unit", () => {
  test("a fact between the thresholds gets its share, with the fact's passage as evidence", () => {
    const a1 = item(withDocument(), "A1");
    assert.equal(a1.points, 2); // 70% between 50% (0) and 90% (4)
    assert.equal(a1.status, "scored");
    const [e] = spans(a1.evidence);
    assert.equal(e.documentId, 7);
    assert.equal(e.quote, "70%");
    assert.equal(TEXT.slice(e.start, e.end), e.quote);
  });

  test("measures named in the text: points by patterns found, each with its passage", () => {
    const a2 = item(withDocument(), "A2");
    assert.equal(a2.points, 4);
    assert.deepEqual(
      spans(a2.evidence).map((e) => e.quote),
      ["公示制度", "全过程记录"],
    );
    const a5 = item(withDocument(), "A5");
    assert.equal(a5.status, "no_evidence");
    assert.equal(a5.points, 0);
    assert.match(a5.explanation, /未提及/);
  });

  test("a measure not named is explained in words, never as the regular expression it is matched by", () => {
    const doc = prepareDocument({ documentId: 1, record });
    const missed = scoreText(
      { kind: "text", patterns: ["双随机[、,]?一公开|双随机", "执法人员.{0,8}培训|互联网\\+监管"], need: 1 },
      2,
      doc,
    );
    assert.equal(missed.explanation, "报告未提及：双随机一公开或双随机；执法人员…培训或互联网+监管");
    // every pattern of the shipped systems reads as plain words
    const patterns = [...shippedSystems().values()].flatMap((s) =>
      leaves(s).flatMap((l) => (l.node.method.kind === "text" ? l.node.method.patterns : [])),
    );
    assert.ok(patterns.length > 30);
    for (const p of patterns) assert.doesNotMatch(patternWords(p), /[[\]{}()|?*\\.^$]/, p);
  });

  test("required parts: the line each part starts on is its evidence; a missing part costs its share", () => {
    const a3 = item(withDocument(), "A3");
    // the first-responsible part is absent from this report
    assert.equal(a3.points, 3);
    assert.match(a3.explanation, /缺少：党政主要负责人履行第一责任人职责情况/);
    for (const e of spans(a3.evidence)) assert.equal(TEXT.slice(e.start, e.end), e.quote);
  });

  test("findings deduct per finding, each finding cited by rule", () => {
    const a4 = item(withDocument(), "A4");
    const counted = record.findings.filter((f) => f.severity !== "info");
    assert.ok(counted.length > 0);
    assert.equal(a4.points, Math.max(0, 4 - counted.length));
    assert.deepEqual(
      a4.evidence.map((e) => e.kind === "finding" && e.rule),
      counted.map((f) => f.rule),
    );
  });

  test("without a report the document items have no evidence and score nothing", () => {
    const score = scoreUnit(system, emptyInputs());
    for (const code of ["A1", "A2", "A3", "A4"]) {
      const i = score.items.find((x) => x.code === code);
      assert.equal(i?.status, "no_evidence");
      assert.equal(i?.points, 0);
    }
  });

  test("report season: on time gets full points, late none, missing data is no evidence", () => {
    const inputs = withDocument();
    assert.equal(item(inputs, "B1").status, "no_evidence");
    inputs.season = {
      submissionId: 3,
      submittedOn: "2024-02-28",
      submitDue: "2024-03-01",
      publishedOn: "2024-04-08",
      publishDue: "2024-04-01",
    };
    assert.equal(item(inputs, "B1").points, 4);
    const b2 = item(inputs, "B2");
    assert.equal(b2.points, 0);
    assert.equal(b2.status, "scored");
    assert.deepEqual(b2.evidence, [
      { kind: "season", submissionId: 3, what: "published", on: "2024-04-08", due: "2024-04-01" },
    ]);
  });

  test("ledger: completion rate on a sliding scale, overdue tasks deducted, each task cited", () => {
    const inputs = withDocument();
    inputs.ledger = {
      on: "2024-06-30",
      tasks: [
        { id: 1, title: "任务一", closed: true, closedOn: "2024-03-01", due: "2024-03-31" },
        { id: 2, title: "任务二", closed: true, closedOn: "2024-05-01", due: "2024-04-30" },
        { id: 3, title: "任务三", closed: false, closedOn: null, due: "2024-05-31" },
        { id: 4, title: "任务四", closed: false, closedOn: null, due: null },
      ],
    };
    const b3 = item(inputs, "B3");
    assert.equal(b3.points, 0); // 50% completion is the zero threshold
    assert.equal(b3.evidence.length, 4);
    const b4 = item(inputs, "B4");
    assert.equal(b4.points, 0); // two overdue (one closed late, one open), 1 point each
    assert.deepEqual(
      b4.evidence.map((e) => e.kind === "task" && e.taskId),
      [2, 3],
    );
  });

  test("manual and survey items wait for an entry, then carry the reason and evidence", () => {
    const inputs = withDocument();
    assert.equal(item(inputs, "B5").status, "pending");
    assert.equal(item(inputs, "B6").status, "pending");
    inputs.manual.B5 = {
      points: 5,
      reason: "材料齐全",
      by: "评估员",
      evidence: [{ kind: "file", sha256: "ab", name: "材料.pdf" }],
    };
    inputs.survey.B6 = { value: 75, by: "评估员" };
    const b5 = item(inputs, "B5");
    assert.equal(b5.points, 3); // capped at the item's points
    assert.deepEqual(b5.evidence[1], { kind: "file", sha256: "ab", name: "材料.pdf" });
    assert.equal(item(inputs, "B6").points, 1.5);
    inputs.manual.B5 = { points: 2, reason: "口头说明", by: null, evidence: [] };
    assert.equal(item(inputs, "B5").status, "no_evidence");
  });

  test("subtotals add up the tree, and `only` scores a subset of methods", () => {
    const score = scoreUnit(system, withDocument());
    assert.equal(score.max, 40);
    assert.equal(score.total, score.tree[0].points + score.tree[1].points);
    const textual = scoreUnit(system, withDocument(), new Set(["fact", "text", "parts", "findings"]));
    assert.equal(textual.max, 20);
    assert.deepEqual(
      textual.tree.map((n) => n.code),
      ["A"],
    );
  });
});
