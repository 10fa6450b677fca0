import assert from "node:assert/strict";
import { test } from "node:test";
import { presentPublicReport } from "./season.ts";

const row = (title: string | null) => ({
  season_id: 1,
  year: 2023,
  publish_deadline: "2024-04-01",
  unit_key: "长治市:justice",
  unit_name: "长治市司法局",
  region: "长治市",
  region_code: "140400",
  publication_url: "http://sfj.changzhi.gov.cn/2024/report.html",
  published_on: "2024-03-20",
  publication_status: "on_time" as const,
  publication_checked_at: null,
  publication_evidence: null,
  title,
  submissionId: 7,
});

test("a published report whose title was not read is named by unit and year, as the review opinion names it", () => {
  // the public page listed such a report as a bare “年度报告”, not telling whose it was
  assert.equal(presentPublicReport(row(null)).title, "长治市司法局2023年度法治政府建设年度报告");
});

test("a read title is shown as written, its cited names in 《》", () => {
  assert.equal(
    presentPublicReport(row("长治市司法局关于<法治政府建设>的报告")).title,
    "长治市司法局关于《法治政府建设》的报告",
  );
});
