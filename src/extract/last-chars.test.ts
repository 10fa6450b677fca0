import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { INDICATORS } from "../rules/indicators.ts";
import { lastChars } from "./last-chars.ts";

const sorted = (s: Set<string> | null) => (s ? [...s].sort().join("") : null);

describe("last characters of a pattern", () => {
  test("words, groups, optional parts, escapes and lookarounds", () => {
    assert.equal(sorted(lastChars("纠纷|矛盾|案件")), "件盾纷");
    assert.equal(sorted(lastChars("罚没款?")), "款没");
    assert.equal(sorted(lastChars("责令(履行|重做|重新作出)?")), "令做出行");
    assert.equal(sorted(lastChars("示范村\\(社区\\)")), ")");
    assert.equal(sorted(lastChars("(?<!复)议案")), "案");
    assert.equal(sorted(lastChars("接访日?活动")), "动");
  });

  test("unknown endings give null: classes, wildcards, repetitions", () => {
    assert.equal(lastChars("审计.{0,8}"), null);
    assert.equal(lastChars("[^,]"), null);
    assert.equal(lastChars("a+"), null);
  });

  test("every catalogue object is read, or known to be unreadable", () => {
    for (const d of INDICATORS) {
      const chars = lastChars(d.object.source);
      if (!chars) continue;
      // the sample's subject is not known here; the set must at least be non-empty
      assert.ok(chars.size > 0, d.id);
    }
  });
});
