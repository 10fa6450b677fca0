// Run as if the server (or the test machine) were in UTC: the dates must still be Beijing's.
process.env.TZ = "UTC";

import assert from "node:assert/strict";
import { test } from "node:test";
import { auditChanges } from "../labels.ts";
import { beijingDate, beijingDateTime, beijingDateTimeSeconds, beijingYear } from "./beijing-time.ts";
import { officeDay } from "./opinion.ts";

// 16:30 UTC on 4 December is 00:30 on 5 December in Beijing.
const NEAR_MIDNIGHT = "2026-12-04T16:30:05Z";

test("a moment just after Beijing midnight is dated the Beijing day, in a UTC process", () => {
  assert.equal(new Date(NEAR_MIDNIGHT).getDate(), 4, "the process runs in UTC");
  assert.equal(beijingDate(NEAR_MIDNIGHT), "2026-12-05");
  assert.equal(beijingDateTime(NEAR_MIDNIGHT), "2026-12-05 00:30");
  assert.equal(beijingDateTimeSeconds(new Date(NEAR_MIDNIGHT)), "2026-12-05 00:30:05");
  assert.equal(officeDay(NEAR_MIDNIGHT), "2026-12-05");
  assert.equal(beijingYear("2026-12-31T16:00:00Z"), 2027);
  assert.equal(beijingDateTime("2026-12-04T15:59:00Z"), "2026-12-04 23:59");
  assert.equal(beijingDateTime("2026-12-04T16:00:00Z"), "2026-12-05 00:00");
});

test("the audit log writes a logged moment as its Beijing day", () => {
  const changes = auditChanges({
    entity: "task",
    before: { closed_at: "2026-12-04T16:30:00.000Z" },
    after: { closed_at: "2026-12-20T03:00:00.000Z" },
  });
  assert.match(changes, /2026-12-05 → 2026-12-20/);
});
