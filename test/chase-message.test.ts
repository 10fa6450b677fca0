// The 催办 dialogs' default message (web/src/scenes/tasks/chase-message.ts): it names the task
// and its deadline, says when the deadline has passed, and for several tasks or units how many;
// the notification the unit then gets (commands/tasks/chase.ts) names no task twice.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { chaseNotice } from "../src/commands/tasks/chase.ts";
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

describe("the 催办 notification a unit gets", () => {
  const row = (measure_no: number | null, title: string) => ({ measure_no, title });

  test("one task named by the message is not named again", () => {
    const message = chaseMessage([task(4, "全面清理规范行政审批中介服务", "2018-06-30")], "2018-01-15");
    const notice = chaseNotice(message, [row(4, "全面清理规范行政审批中介服务")]);
    assert.equal(notice, message);
    assert.equal(notice.split("全面清理规范行政审批中介服务").length, 2, "the task once");
  });

  test("one task the message does not name: the task first, then the message", () => {
    assert.equal(
      chaseNotice("请尽快办理", [row(4, "全面清理规范行政审批中介服务")]),
      "任务「（4）全面清理规范行政审批中介服务」：请尽快办理",
    );
    assert.equal(chaseNotice("请尽快办理", [row(null, "专项检查")]), "任务「专项检查」：请尽快办理");
  });

  test("several tasks: listed as the unit's when the message does not name them all", () => {
    const both = [row(1, "甲事项"), row(2, "乙事项")];
    assert.equal(
      chaseNotice("「（1）甲事项」、「（2）乙事项」等 2 项任务尚未办结", both),
      "「（1）甲事项」、「（2）乙事项」等 2 项任务尚未办结",
    );
    assert.equal(
      chaseNotice("请抓紧办理", both),
      "请抓紧办理（涉及本单位任务：「（1）甲事项」、「（2）乙事项」）",
    );
    const many = Array.from({ length: 12 }, (_, i) => row(i + 1, `事项${i + 1}`));
    const notice = chaseNotice("请抓紧办理", many);
    assert.match(notice, /「（10）事项10」等 12 项）$/);
    assert.doesNotMatch(notice, /事项11/);
  });
});
