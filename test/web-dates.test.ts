// The web app's dates: one way to write a moment (web/src/format.ts: the task history wrote
// 2026/3/5 14:07:09 beside deadlines written 2026-03-05), and the season dialog's check of
// deadlines already past (web/src/scenes/season/deadlines.ts), and the review opinion's dates,
// counted in Beijing time as the server counts the season's days (src/shared/opinion.ts).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { officeDay, officialDate } from "../src/shared/opinion.ts";
import { formatDate, formatDateTime, uploadReason } from "../web/src/format.ts";
import { checkDeadlines, defaultSeasonYear } from "../web/src/scenes/season/deadlines.ts";

describe("the app's date formatter", () => {
  test("a moment as YYYY-MM-DD HH:mm and a day as YYYY-MM-DD, in Beijing time whatever the reader's zone", () => {
    const at = new Date(Date.UTC(2026, 2, 5, 6, 7, 9)); // 14:07 in Beijing
    assert.equal(formatDateTime(at), "2026-03-05 14:07");
    assert.equal(formatDateTime(at.toISOString()), "2026-03-05 14:07");
    assert.equal(formatDate(at.toISOString()), "2026-03-05");
    // 16:30 UTC is already the next day in Beijing
    assert.equal(formatDate("2026-03-05T16:30:00Z"), "2026-03-06");
  });
});

describe("the review opinion's dates", () => {
  test("a moment's day in Beijing time, written as an official document writes it", () => {
    // 21:13 UTC on 4 December is already 5 December in Beijing: the dashboard says 2026-12-05
    assert.equal(officeDay("2026-12-04T21:13:56Z"), "2026-12-05");
    assert.equal(officeDay(new Date("2026-12-04T15:59:59Z")), "2026-12-04");
    assert.equal(officialDate(officeDay("2024-03-10T02:00:00Z")), "2024年3月10日");
  });
});

describe("a season's deadlines", () => {
  test("left empty they are the rules' defaults; a day before today is told, today is not", () => {
    assert.deepEqual(checkDeadlines(2025, {}, "2026-01-10"), {
      submit: "2026-03-31",
      publish: "2026-04-01",
      past: [],
    });
    const late = checkDeadlines(2023, {}, "2026-12-04");
    assert.deepEqual(late.past, [
      "报送截止日期 2024-03-31 已过，各单位一开启即为逾期",
      "公开截止日期 2024-04-01 已过",
    ]);
    const chosen = checkDeadlines(2025, { submit: "2026-12-04", publish: "2026-12-03" }, "2026-12-04");
    assert.deepEqual(chosen.past, ["公开截止日期 2026-12-03 已过"]);
  });
});

describe("the year a new season is offered for", () => {
  test("last year's until its report is due on 31 March, then this year's", () => {
    assert.equal(defaultSeasonYear("2026-01-10"), 2025);
    assert.equal(defaultSeasonYear("2026-03-31"), 2025);
    assert.equal(defaultSeasonYear("2026-04-01"), 2026);
    // in December the office prepares this year's season, not one overdue at once
    assert.equal(defaultSeasonYear("2026-12-04"), 2026);
  });
});

describe("a failed upload's reason", () => {
  test("without the file name the row already shows", () => {
    assert.equal(
      uploadReason("bad.pdf: 文件已损坏：扩展名为 .pdf，但内容不是 PDF", "bad.pdf"),
      "文件已损坏：扩展名为 .pdf，但内容不是 PDF",
    );
    assert.equal(uploadReason("文件过大", "bad.pdf"), "文件过大");
    assert.equal(uploadReason("other.pdf: 文件已损坏", "bad.pdf"), "other.pdf: 文件已损坏");
    // the client's own line for a failed request (api.ts uploadFile): a full-width colon, one
    // character — the reason keeps its first character
    assert.equal(
      uploadReason("bad.pdf：无法连接服务器，请检查网络后重试", "bad.pdf"),
      "无法连接服务器，请检查网络后重试",
    );
  });
});
