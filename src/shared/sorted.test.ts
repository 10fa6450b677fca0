import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { byStart, countBefore, itself, lastAtOrBefore } from "./sorted.ts";

// the searches against the obvious linear scan, so a wrong boundary shows as a wrong count
const linearCount = (xs: number[], p: number) => xs.filter((x) => x < p).length;
const linearLast = (xs: number[], p: number) => xs.reduce((found, x, k) => (x <= p ? k : found), -1);

describe("countBefore: how many items start before p", () => {
  test("an empty list has none before any p", () => {
    assert.equal(countBefore([], 0, itself), 0);
    assert.equal(countBefore([], -5, itself), 0);
  });

  test("p before all, at the first, between, at the last, after all", () => {
    const xs = [2, 5, 9];
    assert.equal(countBefore(xs, 0, itself), 0);
    assert.equal(countBefore(xs, 2, itself), 0, "an item at p is not before p");
    assert.equal(countBefore(xs, 3, itself), 1);
    assert.equal(countBefore(xs, 9, itself), 2);
    assert.equal(countBefore(xs, 10, itself), 3);
  });

  test("duplicates at p are all at or after p; duplicates below p all count", () => {
    const xs = [1, 4, 4, 4, 7];
    assert.equal(countBefore(xs, 4, itself), 1);
    assert.equal(countBefore(xs, 5, itself), 4);
    assert.equal(countBefore([3, 3, 3], 3, itself), 0);
    assert.equal(countBefore([3, 3, 3], 4, itself), 3);
  });

  test("reads spans by their start", () => {
    const spans = [
      { start: 0, end: 3 },
      { start: 5, end: 6 },
      { start: 5, end: 9 },
    ];
    assert.equal(countBefore(spans, 5, byStart), 1);
    assert.equal(countBefore(spans, 6, byStart), 3);
  });
});

describe("lastAtOrBefore: the last item starting at or before p", () => {
  test("an empty list has none: -1", () => {
    assert.equal(lastAtOrBefore([], 0, itself), -1);
  });

  test("p before all is -1; at or after the last is the last", () => {
    const xs = [2, 5, 9];
    assert.equal(lastAtOrBefore(xs, 1, itself), -1);
    assert.equal(lastAtOrBefore(xs, 2, itself), 0, "an item at p counts");
    assert.equal(lastAtOrBefore(xs, 8, itself), 1);
    assert.equal(lastAtOrBefore(xs, 9, itself), 2);
    assert.equal(lastAtOrBefore(xs, 100, itself), 2);
  });

  test("among equal keys at p, the last of them", () => {
    const xs = [1, 4, 4, 4, 7];
    assert.equal(lastAtOrBefore(xs, 4, itself), 3);
    assert.equal(lastAtOrBefore(xs, 3, itself), 0);
    assert.equal(lastAtOrBefore([3, 3, 3], 3, itself), 2);
    assert.equal(lastAtOrBefore([3, 3, 3], 2, itself), -1);
  });

  test("one item", () => {
    assert.equal(lastAtOrBefore([{ start: 4 }], 3, byStart), -1);
    assert.equal(lastAtOrBefore([{ start: 4 }], 4, byStart), 0);
  });
});

test("both agree with a linear scan over every p in and around lists with repeats", () => {
  const lists = [[], [0], [0, 0], [1, 1, 2, 3, 3, 3, 8], [-2, 0, 0, 5, 5, 6, 6, 6, 10, 11]];
  for (const xs of lists)
    for (let p = -4; p <= 13; p++) {
      assert.equal(countBefore(xs, p, itself), linearCount(xs, p), `countBefore ${xs} ${p}`);
      assert.equal(lastAtOrBefore(xs, p, itself), linearLast(xs, p), `lastAtOrBefore ${xs} ${p}`);
      // the two are the same boundary seen from either side: ≤ p is < p + 1 for whole numbers
      assert.equal(lastAtOrBefore(xs, p, itself), countBefore(xs, p + 1, itself) - 1);
    }
});
