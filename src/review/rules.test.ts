// Every review rule on its own examples (remark-lint's habit): each example either must
// produce a finding of that rule or must not.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../pipeline.ts";
import { RULES } from "./index.ts";

const source = {
  path: "example.txt",
  sha256: "",
  bytes: 0,
  charset: "utf-8" as const,
  format: "txt" as const,
};

describe("review rules", () => {
  const ids = new Set<string>();
  for (const rule of RULES) {
    test(`${rule.id} has a stable namespaced id and examples`, () => {
      assert.match(rule.id, /^review:[a-z-]+$/);
      assert.ok(!ids.has(rule.id));
      ids.add(rule.id);
      assert.ok(
        rule.examples.some((e) => e.expect === "finding") && rule.examples.some((e) => e.expect === "none"),
      );
    });
    for (const [k, example] of rule.examples.entries()) {
      test(`${rule.id} example ${k + 1} (${example.expect})`, () => {
        const record = analyzeText(example.text, source);
        const hits = record.findings.filter(
          (f) => f.rule === rule.id || (rule.id === "review:spam" && f.rule === "review:tampered-formula"),
        );
        if (example.expect === "finding")
          assert.ok(hits.length > 0, `expected a finding in ${JSON.stringify(example.text)}`);
        else assert.deepEqual(hits, []);
        for (const f of hits) {
          if (f.start !== undefined) assert.ok(f.start >= 0 && (f.end ?? f.start) <= example.text.length);
          assert.match(f.message, /[\u4e00-\u9fff]/, "messages are in Chinese");
        }
      });
    }
  }
});
