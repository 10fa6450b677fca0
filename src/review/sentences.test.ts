// The sentence starts read in one pass over the facts are those read back from each fact alone,
// for facts in document order, in one long sentence, and out of order (a table's figure added
// after the text's); the last fact before another that a rule accepts is factsBefore's last.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Fact } from "../types.ts";
import {
  FIGURES_READ_BACK,
  factsAfter,
  factsBefore,
  lastBefore,
  sentenceStart,
  sentenceStartOf,
} from "./sentences.ts";

const norm =
  "受理案件98件,办结90件。上年结转9件;其中调解20件,诉讼3件\n全年收到建议12件,办理12件,办结率100%。";
const factAt = (quote: string, from = 0): Fact => {
  const start = norm.indexOf(quote, from);
  return {
    quote,
    start,
    end: start + quote.length,
    value: Number.parseFloat(quote),
    unit: quote.replace(/[\d.]/g, ""),
    approx: null,
    subject: "",
    indicator: null,
  };
};

test("sentence starts and the facts before, read in one pass, are those read one by one", () => {
  const inOrder = ["98件", "90件", "9件", "20件", "3件", "12件", "100%"].map((q) => factAt(q));
  inOrder.push(factAt("12件", inOrder[5].end));
  inOrder.sort((a, b) => a.start - b.start);
  const shuffled = [inOrder[3], ...inOrder.slice(0, 3), ...inOrder.slice(4)];
  for (const facts of [inOrder, shuffled, [...inOrder].reverse()])
    for (const f of facts) {
      assert.equal(sentenceStartOf(norm, facts, f), sentenceStart(norm, f.start), f.quote);
      const before = factsBefore(norm, facts, f);
      assert.equal(
        lastBefore(norm, facts, f, () => true),
        before[before.length - 1],
        f.quote,
      );
      assert.equal(
        lastBefore(norm, facts, f, (x) => x.unit === "件" && x.value > 10),
        before.findLast((x) => x.unit === "件" && x.value > 10),
        f.quote,
      );
      assert.deepEqual(
        factsAfter(norm, facts, f),
        facts.filter((x) => factsBefore(norm, facts, x).includes(f)),
        f.quote,
      );
    }
});

test("a sentence of many figures is read back only so far: the nearest figures before one", () => {
  const long = Array.from({ length: 100 }, (_, k) => `第${k}项${k + 1}件`).join(",");
  const facts: Fact[] = [];
  for (const m of long.matchAll(/\d+件/g))
    facts.push({
      quote: m[0],
      start: m.index,
      end: m.index + m[0].length,
      value: Number.parseInt(m[0], 10),
      unit: "件",
      approx: null,
      subject: "",
      indicator: null,
    });
  const last = facts[facts.length - 1];
  assert.deepEqual(factsBefore(long, facts, last), facts.slice(-1 - FIGURES_READ_BACK, -1));
  assert.equal(
    lastBefore(long, facts, last, (f) => f.value === 1),
    undefined,
  );
  assert.equal(
    lastBefore(long, facts, last, (f) => f.value === 100 - FIGURES_READ_BACK),
    facts[99 - FIGURES_READ_BACK],
  );
  assert.deepEqual(factsAfter(long, facts, facts[0]), facts.slice(1, 1 + FIGURES_READ_BACK));
});
