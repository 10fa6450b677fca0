// The seeds against their gold annotations, through the command line, as the shared scorer
// measures them. Thresholds are those of the engine issue.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { sharedDir } from "./helpers/shared.ts";

const root = new URL("..", import.meta.url).pathname;
const shared = `${sharedDir}/`;
const present = existsSync(`${shared}tools/score.mjs`) && existsSync(`${shared}gold`);

test("seed documents meet the quality thresholds", {
  skip: present ? false : "../shared not present",
  timeout: 120_000,
}, () => {
  const out = execFileSync(
    process.execPath,
    [
      `${shared}tools/score.mjs`,
      "--gold",
      `${shared}gold`,
      "--docs",
      `${shared}seeds`,
      "--cmd",
      `${process.execPath} ${root}bin/fazhi.js analyze --json`,
      "--json",
    ],
    { encoding: "utf8", cwd: root },
  );
  const lines = out.trim().split("\n");
  console.log(lines.slice(0, -1).join("\n"));
  const s = JSON.parse(lines[lines.length - 1]);
  console.log(JSON.stringify(s));
  assert.equal(s.failed, 0);
  assert.ok(s.facts_precision >= 0.97, `facts precision ${s.facts_precision}`);
  assert.ok(s.facts_recall >= 0.97, `facts recall ${s.facts_recall}`);
  assert.ok(s.outline_f1 >= 0.97, `outline F1 ${s.outline_f1}`);
  assert.equal(s.spam_recall, 1);
  assert.equal(s.spam_false_alarms, 0);
  assert.ok(s.garbage_recall >= 0.9, `garbage recall ${s.garbage_recall}`);
  assert.equal(s.sections_accuracy, 1);
  assert.ok(s.meta_accuracy >= 0.9, `meta accuracy ${s.meta_accuracy}`);
  // the implementation plan (seed 001)
  assert.equal(s.measures_found, 121);
  assert.equal(s.measures_gold, 121);
  assert.ok(s.measures_lead_exact >= 0.98, `lead exact ${s.measures_lead_exact}`);
  assert.ok(s.measures_coop_exact >= 0.98, `cooperate exact ${s.measures_coop_exact}`);
  assert.ok(s.measures_deadlines_exact >= 0.98, `deadlines exact ${s.measures_deadlines_exact}`);
});
