// Deadlines laid into a ledger's period: dates keep their order and move with the period,
// phrases without a year are resolved against it, and month arithmetic keeps month ends.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Measure } from "../types.ts";
import { addMonths, dueInPeriod, periodOffset, planYears, validPeriod } from "./period.ts";

const measure = (due: Measure["due"]): Measure => ({
  no: 1,
  title: "措施",
  area: null,
  group: null,
  lead: ["市司法局"],
  cooperate: [],
  collective: false,
  deadlines: [],
  due,
  clause: null,
  clause_start: null,
  start: 0,
  end: 0,
});
const period = { start: "2025-01-01", end: "2027-12-31" };

describe("ledger period", () => {
  test("months are added with month ends kept", () => {
    assert.equal(addMonths("2025-06-30", 6), "2025-12-31");
    assert.equal(addMonths("2025-12-31", 2), "2026-02-28");
    assert.equal(addMonths("2025-01-15", -3), "2024-10-15");
    assert.equal(addMonths("2024-02-29", 12), "2025-02-28");
  });

  test("a plan's years move into the period only when they fall outside it", () => {
    const old = [
      measure({ date: "2017-12-31", inherited: false }),
      measure({ date: "2019-12-31", inherited: true }),
    ];
    assert.deepEqual(planYears(old), { start: 2017, end: 2019 });
    assert.equal(periodOffset(planYears(old), period), 8);
    assert.equal(periodOffset({ start: 2025, end: 2026 }, period), 0);
    assert.equal(periodOffset(null, period), 0);
  });

  test("dated, default, yearless and unstated deadlines", () => {
    const dated = dueInPeriod(measure({ date: "2017-06-30", inherited: false }), "", period, 8);
    assert.deepEqual(dated, { due: "2025-06-30", basis: "plan", inherited: false });
    // beyond the period's end: the end
    assert.equal(
      dueInPeriod(measure({ date: "2030-06-30", inherited: false }), "", period, 0).due,
      "2027-12-31",
    );
    const byDefault = measure({ date: "2019-12-31", inherited: true });
    assert.deepEqual(dueInPeriod(byDefault, "健全制度", period, 8), {
      due: "2027-12-31",
      basis: "plan-default",
      inherited: true,
    });
    assert.equal(dueInPeriod(byDefault, "每年开展一次检查", period, 8).due, "2025-12-31");
    assert.equal(dueInPeriod(byDefault, "持续推进依法行政", period, 8).basis, "ongoing");
    assert.equal(dueInPeriod(byDefault, "上半年完成清理", period, 8).due, "2025-06-30");
    assert.equal(dueInPeriod(byDefault, "2016年上半年完成清理", period, 8).basis, "plan-default");
    assert.deepEqual(dueInPeriod(measure(null), "健全制度", period, 0), {
      due: "2027-12-31",
      basis: "period-end",
      inherited: false,
    });
    // a period starting mid-year: the first half-year already passed, the next year's is taken
    assert.equal(
      dueInPeriod(measure(null), "上半年完成", { start: "2025-07-01", end: "2027-06-30" }, 0).due,
      "2026-06-30",
    );
    // without a period, the plan as written
    assert.deepEqual(dueInPeriod(byDefault, "每年", null, 0), {
      due: "2019-12-31",
      basis: "plan-default",
      inherited: true,
    });
  });

  test("a term the plan gives as the deadline: its first time in the period, or the period's end", () => {
    const withTerm = (kind: "standing" | "recurring", quote: string): Measure => ({
      ...measure(null),
      term: { kind, quote, start: 0, end: quote.length },
    });
    const due = (m: Measure, p = period, text = "") => dueInPeriod(m, text, p, 0);
    assert.deepEqual(due(withTerm("recurring", "每年3月底前")), {
      due: "2025-03-31",
      basis: "recurring",
      inherited: false,
    });
    // the year's date already passed when the period starts: the next year's
    const fromJuly = { start: "2025-07-01", end: "2027-06-30" };
    assert.equal(due(withTerm("recurring", "每年3月底前"), fromJuly).due, "2026-03-31");
    assert.equal(due(withTerm("recurring", "每年三月份"), fromJuly).due, "2026-03-31");
    assert.equal(due(withTerm("recurring", "每年11月15日前"), fromJuly).due, "2025-11-15");
    assert.equal(
      due(withTerm("recurring", "每季度末"), { start: "2025-02-10", end: "2027-12-31" }).due,
      "2025-03-31",
    );
    assert.equal(due(withTerm("recurring", "每半年"), fromJuly).due, "2025-12-31");
    assert.equal(
      due(withTerm("recurring", "每月10日前"), { start: "2025-02-11", end: "2025-12-31" }).due,
      "2025-03-10",
    );
    assert.equal(due(withTerm("recurring", "每年第二季度"), fromJuly).due, "2026-06-30");
    // no time of year: as before, the first year's end
    assert.equal(due(withTerm("recurring", "每年开展一次")).due, "2025-12-31");
    // the term decides over words elsewhere in the measure (上半年 of a sentence, not its deadline)
    const standing = due(withTerm("standing", "长期坚持"), period, "上半年完成清理，长期坚持");
    assert.deepEqual(standing, { due: "2027-12-31", basis: "ongoing", inherited: false });
    // without a period the term stays a term: no date is made up
    assert.equal(dueInPeriod(withTerm("recurring", "每年3月底前"), "", null, 0).due, null);
  });

  test("a period is two real dates in order", () => {
    assert.ok(validPeriod(period));
    assert.ok(!validPeriod({ start: "2027-01-01", end: "2025-12-31" }));
    assert.ok(!validPeriod({ start: "2025-02-30", end: "2025-12-31" }));
    assert.ok(!validPeriod({ start: "2025-13-01", end: "2025-12-31" }));
  });
});
