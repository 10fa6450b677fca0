import assert from "node:assert/strict";
import { test } from "node:test";
import { citedTitle, titleMarks } from "./title-marks.ts";

const PLAN = "长治市贯彻落实<法治政府建设实施纲要(2015-2020年)>的实施方案";

test("a title quoted in a title with ASCII brackets reads with Chinese book-title marks", () => {
  assert.equal(titleMarks(PLAN), "长治市贯彻落实《法治政府建设实施纲要(2015-2020年)》的实施方案");
  // cited in 《》, the inner title takes 〈〉
  assert.equal(citedTitle(PLAN), "《长治市贯彻落实〈法治政府建设实施纲要(2015-2020年)〉的实施方案》");
});

test("marks of mixed kinds pair by nesting; a mark without its partner is dropped", () => {
  assert.equal(titleMarks("贯彻落实‹纲要>的方案"), "贯彻落实《纲要》的方案");
  assert.equal(titleMarks("贯彻落实《纲要〉的方案"), "贯彻落实《纲要》的方案");
  assert.equal(titleMarks("关于印发《甲<乙>丙》的通知"), "关于印发《甲〈乙〉丙》的通知");
  assert.equal(titleMarks("贯彻落实<纲要的方案"), "贯彻落实纲要的方案");
  assert.equal(titleMarks("贯彻落实纲要>的方案》"), "贯彻落实纲要的方案");
  assert.equal(titleMarks("＜纲要＞与«规划»"), "《纲要》与《规划》");
});

test("a title without such marks is returned as it is", () => {
  for (const t of ["太原市2024年法治政府建设年度报告", "", "关于《纲要》的报告"])
    assert.equal(titleMarks(t), t);
  assert.equal(citedTitle("太原市2024年法治政府建设年度报告"), "《太原市2024年法治政府建设年度报告》");
});
