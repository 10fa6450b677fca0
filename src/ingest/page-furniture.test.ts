import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { pageNumberFurniture, runningFurniture } from "./page-furniture.ts";

/** Lines page by page, as the PDF reader gives them, with each page's line indices. */
function paged(pages: string[][]) {
  const lines = pages.flat();
  let at = 0;
  const index = pages.map((p) => p.map(() => at++));
  return { lines, furniture: [...runningFurniture(lines, index)].map((k) => lines[k]) };
}

describe("running headers and footers", () => {
  const prose = [
    "全县办理行政复议案件41件，纠错率12.2%，较上年提高3个百分点",
    "行政机关负责人出庭应诉率达到100%，比上年增长5个百分点以上",
    "组织行政执法人员培训考试2场，参训人员共计1200余人次",
    "审核规范性文件18件，提出修改意见56条，均被采纳",
    "全面推行行政执法三项制度，公示执法信息3万余条",
    "化解行政争议27件，行政争议调解成功率较上年明显提升",
  ];
  const body = (n: number) => prose[n - 1];

  test("a header on most pages and a numbered footer are furniture; the body and a one-page title are not", () => {
    const { furniture } = paged([
      ["某县2025年法治政府建设年度报告", body(1), "第 1 页 共 3 页"],
      ["某县人民政府公报", body(2), body(3), "第 2 页 共 3 页"],
      ["某县人民政府公报", body(4), "第 3 页 共 3 页"],
    ]);
    assert.deepEqual(furniture, [
      "第 1 页 共 3 页",
      "某县人民政府公报",
      "第 2 页 共 3 页",
      "某县人民政府公报",
      "第 3 页 共 3 页",
    ]);
  });

  test("a short line repeated inside pages, or on one page only, is the body's", () => {
    const { furniture } = paged([
      ["某县人民政府公报", body(1), "（一）加强组织领导", body(2), body(3)],
      [body(4), "（一）加强组织领导", body(5), body(6)],
    ]);
    assert.deepEqual(furniture, []);
  });

  test("a long line is never furniture, whatever repeats", () => {
    const long =
      "全面推进严格规范公正文明执法，深化行政执法体制改革，完善行政执法程序，创新行政执法方式，加强行政执法监督";
    const { furniture } = paged([
      [body(1), long],
      [body(2), long],
    ]);
    assert.deepEqual(furniture, []);
  });
});

describe("page furniture of text copied out of a PDF (pages known only by their numbers)", () => {
  /** The furniture's lines, for lines as the text gives them. */
  const furnitureOf = (lines: string[]) => {
    const next = lines.map((_, k) => lines.findIndex((l, j) => j > k && l.trim() !== ""));
    return [...pageNumberFurniture(lines, next)].sort((a, b) => a - b).map((k) => lines[k]);
  };
  const sentence = "全县办理行政复议案件41件，纠错率12.2%";

  test("page numbers, and the line after them when it comes back: the same twice, or numbers aside on three pages", () => {
    assert.deepEqual(
      furnitureOf([sentence, "— 2 —", "某县人民政府公报", sentence, "— 3 —", "某县人民政府 公报", sentence]),
      ["— 2 —", "某县人民政府公报", "— 3 —", "某县人民政府 公报"],
    );
    const gazette = [2, 3, 4].flatMap((n) => [sentence, `— ${n} —`, `某县人民政府公报 2023年第${n + 1}期`]);
    assert.deepEqual(furnitureOf(gazette), [
      "— 2 —",
      "某县人民政府公报 2023年第3期",
      "— 3 —",
      "某县人民政府公报 2023年第4期",
      "— 4 —",
      "某县人民政府公报 2023年第5期",
    ]);
    // twice only, numbers aside: a gazette's issue or the body's — the body keeps it
    assert.deepEqual(furnitureOf(gazette.slice(0, 6)), ["— 2 —", "— 3 —"]);
  });

  test("what starts a new page numbered (附件1 … 附件2, 表1, a date, a row of figures) is the body's", () => {
    for (const tops of [
      ["附件1", "附件2", "附件3"],
      ["表1", "表2", "表3"],
      ["2023年3月5日", "2023年4月1日", "2023年5月9日"],
      ["12 45 78", "13 46 79", "14 47 80"],
    ]) {
      const lines = tops.flatMap((top, k) => [sentence, `— ${k + 2} —`, top]);
      assert.deepEqual(furnitureOf(lines), ["— 2 —", "— 3 —", "— 4 —"], tops[0]);
    }
  });

  test("a line after one page number only, or a long one, is the body's", () => {
    const long =
      "全面推进严格规范公正文明执法，深化行政执法体制改革，完善行政执法程序，创新行政执法方式，加强行政执法监督";
    assert.deepEqual(furnitureOf([sentence, "第2页", "某局文件", sentence, "第3页", sentence]), [
      "第2页",
      "第3页",
    ]);
    assert.deepEqual(furnitureOf(["2", long, sentence, "3", long]), ["2", "3"]);
  });
});
