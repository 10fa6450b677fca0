// The insert scan (whole runs of letters and digits, their edges checked in code) finds exactly
// what the pattern with a lookbehind on both sides found, which it replaced for speed, and stays
// linear on a long run.
import assert from "node:assert/strict";
import { test } from "node:test";
import { insertTokens, repeatedInserts } from "./spam-inserts.ts";

/** The scan as it was: one pattern, glued on both sides by lookaround. */
function withLookbehind(norm: string): Map<string, number[]> {
  const places = new Map<string, number[]>();
  for (const m of norm.matchAll(
    /(?<=[\u4e00-\u9fff])[0-9a-z]*(?:[0-9][a-z]|[a-z][0-9])[0-9a-z]*(?=[\u4e00-\u9fff])/g,
  )) {
    if (m[0].length < 5) continue;
    const known = places.get(m[0]);
    if (known) known.push(m.index);
    else places.set(m[0], [m.index]);
  }
  return places;
}

test("the insert scan finds what the lookbehind pattern found, on random texts", () => {
  // Han characters, stops and runs of letters, digits and others between them, so that glued
  // edges, digit–letter pairs and runs of every length are frequent
  const around = ["中", "网", "群", " ", "。"];
  const inRun = "ab1z5a1b5zA-";
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  let found = 0;
  for (let n = 0; n < 3000; n++) {
    let text = "";
    for (let parts = 1 + random(12); parts > 0; parts--) {
      if (random(2) === 0) text += around[random(around.length)];
      else for (let k = 1 + random(9); k > 0; k--) text += inRun[random(inRun.length)];
    }
    const expected = withLookbehind(text);
    found += expected.size;
    assert.deepEqual(insertTokens(text), expected, text);
  }
  assert.ok(found > 50, "the random texts hold inserts");
});

test("a long run of letters and digits (a pasted hash or signature) is scanned in linear time", {
  // a hang guard, not a speed check: a pattern backtracking through the run takes hours on this
  // one (88 s at 4,000 characters), a linear scan milliseconds
  timeout: 60_000,
}, () => {
  for (const tail of [" 。", "中"]) {
    const text = `签名值：中${"a1".repeat(50_000)}${tail}依法行政。`;
    assert.equal(insertTokens(text).size, tail === "中" ? 1 : 0);
  }
});

test("a repeated insert glued in the words is found at each place; one not glued on the left is not", () => {
  const insert = "51cgfun吃瓜网热心朝阳群众";
  const text = `中新${insert}网报道。枫桥${insert}经验。依法${insert}行政。`;
  const spans = repeatedInserts(text);
  assert.equal(spans.length, 3);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), insert);
  const loose = `中新 ${insert}网报道。枫桥 ${insert}经验。依法 ${insert}行政。`;
  assert.deepEqual(repeatedInserts(loose), []);
});
