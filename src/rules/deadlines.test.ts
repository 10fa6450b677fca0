// The deadline patterns as data: each matches its sample, and a pattern that names the character
// it needs (plan/deadlines.ts does not search a text without it) holds it in its sample's match.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findDeadlines } from "../plan/deadlines.ts";
import { DEADLINE_PATTERNS, DUE_PART_PATTERNS, YEARLESS_PATTERNS } from "./deadlines.ts";

const ALL = [...DEADLINE_PATTERNS, ...DUE_PART_PATTERNS, ...YEARLESS_PATTERNS];

test("every deadline pattern matches its sample, the character it needs inside the match", () => {
  for (const { sample, re, needs } of ALL) {
    const m = new RegExp(re.source).exec(sample);
    assert.ok(m, sample);
    if (needs !== undefined) assert.ok(m[0].includes(needs), `${sample}: ${needs}`);
  }
});

test("a text without the needed characters still gives the dates of the patterns that need none", () => {
  assert.deepEqual(
    findDeadlines("于2025.12.31前完成", "于2025.12.31前完成", 0, 15, 2025).map((d) => d.date),
    ["2025-12-31"],
  );
  assert.deepEqual(
    findDeadlines("6月底前完成", "6月底前完成", 0, 6, 2025).map((d) => d.date),
    ["2025-06-30"],
  );
});
