// The 催办 dialogs' default message (web/src/scenes/tasks/chase-message.ts): it names the task
// and its deadline, says when the deadline has passed, and for several tasks or units how many.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { chaseMessage, unitChaseMessage } from "../web/src/scenes/tasks/chase-message.ts";

const task = (measureNo: number | null, title: string, due: string | null, term: string | null = null) => ({
  measureNo,
  title,
  due,
  term,
});

describe("the default 催办 message", () => {
  test("one task: its number, title and deadline", () => {
    const m = chaseMessage([task(4, "全面清理规范行政审批中介服务", "2018-06-30")], "2018-01-15");
    assert.match(m, /^「（4）全面清理规范行政审批中介服务」的完成时限为 2018-06-30，请于 2018-06-30 前/);
    assert.match(m, /报送工作进展/);
  });

  test("an overdue task is told its deadline has passed", () => {
    const m = chaseMessage([task(2, "完善行政审批平台建设和监管", "2017-12-31")], "2018-01-15");
    assert.match(m, /「（2）完善行政审批平台建设和监管」已超过完成时限（2017-12-31）/);
  });

  test("a task without a date gives the plan's term, or none", () => {
    assert.match(chaseMessage([task(9, "甲", null, "长期坚持")], "2018-01-15"), /按方案要求（长期坚持）/);
    const added = chaseMessage([task(null, "手工任务", null)], "2018-01-15");
    assert.match(added, /^「手工任务」：请抓紧办理/);
    assert.doesNotMatch(added, /null|undefined/);
  });

  test("several tasks: two named, the count, the earliest deadline, how many are overdue", () => {
    const m = chaseMessage(
      [task(1, "甲", "2018-03-01"), task(2, "乙", "2017-12-31"), task(3, "丙", null)],
      "2018-01-15",
    );
    assert.match(m, /^「（1）甲」、「（2）乙」等 3 项任务（最早完成时限 2017-12-31）/);
    assert.match(m, /其中 1 项已超过完成时限/);
    assert.match(chaseMessage([task(1, "甲", "2018-03-01")], "2018-01-15", 5), /等 5 项任务/);
  });

  test("units: one unit's open and overdue counts; several units together", () => {
    const one = unitChaseMessage([{ name: "市司法局", total: 9, closed: 2, overdue: 3 }]);
    assert.match(one, /^市司法局在本督办台账中尚有 7 项任务未办结，其中 3 项已超过完成时限/);
    const two = unitChaseMessage([
      { name: "市司法局", total: 9, closed: 2, overdue: 3 },
      { name: "市发改委", total: 4, closed: 0, overdue: 1 },
    ]);
    assert.match(two, /逾期任务共 4 项/);
    assert.equal(unitChaseMessage([]), "");
  });
});
