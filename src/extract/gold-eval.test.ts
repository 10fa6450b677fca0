// The indicator gold (test/gold-indicators) as a quality gate: the held-out passages were
// never used to tune the engine, and their thresholds are those of the engine issue.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, test } from "node:test";
import {
  type GoldScore,
  dice,
  passageFacts,
  ratio,
  readPassages,
  readSeedGold,
  scoreDocs,
  documentFacts,
} from "./gold-eval.ts";

const goldDir = new URL("../../test/gold-indicators/", import.meta.url).pathname;
const seedsDir = new URL("../../../shared/seeds", import.meta.url).pathname;

function report(name: string, s: GoldScore) {
  const line = {
    facts_precision: ratio(s.facts.matched, s.facts.predicted),
    facts_recall: ratio(s.facts.matched, s.facts.gold),
    mapped_precision: ratio(s.mapped.correct, s.mapped.predicted),
    indicator_recall: ratio(s.recall.found, s.recall.gold),
  };
  console.log(name, JSON.stringify(line), `subject problems ${s.subjects.problems}`);
  return line;
}

describe("indicator gold", () => {
  test("the gold is well formed: every quote at its offsets, facts in order", () => {
    for (const file of ["dev.jsonl", "heldout.jsonl"]) {
      for (const doc of readPassages(goldDir + file)) {
        let last = -1;
        for (const f of doc.facts) {
          assert.equal(doc.text.slice(f.start, f.end), f.quote, `${doc.id} ${f.quote}`);
          assert.ok(f.start > last, `${doc.id}: facts in order`);
          assert.ok(f.subject.length >= 2, `${doc.id} ${f.quote}: subject`);
          last = f.start;
        }
      }
    }
  });

  test("held-out passages: precision on mapped facts ≥ 0.9, recall kept, no empty subjects", () => {
    const s = scoreDocs(readPassages(`${goldDir}heldout.jsonl`), passageFacts);
    const r = report("held-out", s);
    assert.ok(s.facts.gold >= 200, "at least 200 held-out facts");
    assert.ok(r.mapped_precision >= 0.9, `mapped precision ${r.mapped_precision}`);
    assert.ok(r.indicator_recall >= 0.85, `indicator recall ${r.indicator_recall}`);
    assert.ok(r.facts_precision >= 0.97 && r.facts_recall >= 0.95, JSON.stringify(r));
    assert.deepEqual(s.subjects.examples, []);
  });

  test("dev passages", () => {
    const s = scoreDocs(readPassages(`${goldDir}dev.jsonl`), passageFacts);
    const r = report("dev", s);
    assert.ok(r.mapped_precision >= 0.95, `mapped precision ${r.mapped_precision}`);
    assert.ok(r.indicator_recall >= 0.9, `indicator recall ${r.indicator_recall}`);
    assert.deepEqual(s.subjects.examples, []);
  });

  test("seeds", { skip: existsSync(seedsDir) ? false : "../shared not present" }, () => {
    const s = scoreDocs(readSeedGold(`${goldDir}seeds.jsonl`, seedsDir), documentFacts);
    const r = report("seeds", s);
    assert.equal(r.facts_precision, 1);
    assert.equal(r.facts_recall, 1);
    assert.ok(r.mapped_precision >= 0.97, `mapped precision ${r.mapped_precision}`);
    assert.ok(r.indicator_recall >= 0.95, `indicator recall ${r.indicator_recall}`);
    assert.deepEqual(s.subjects.examples, []);
  });

  test("subjects are compared as the shared scorer does", () => {
    assert.equal(dice("行政复议案件受理数", "行政复议案件受理数"), 1);
    assert.ok(dice("受理行政复议案件数", "行政复议案件受理数") >= 0.5);
    assert.ok(dice("市委书记数", "市委书记年度履职任务数") < 0.6);
  });
});
