// Analysis is linear in the size of a document: one long report costs about what the same
// text costs as separate documents, and twice the text costs twice the work — kept or with
// its line breaks lost, with runs of 《 that never close. Work is counted (characters
// searched), not timed: the machine is shared.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../src/pipeline.ts";
import { REPORT_TEXT } from "./helpers/fixtures.ts";
import { flatten } from "./helpers/flatten.ts";
import { RUN_IN_DOCUMENTS } from "./helpers/run-in-documents.ts";
import { readSeeds } from "./helpers/shared.ts";
import { countWork } from "./helpers/work.ts";

const source = { path: "x.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
// reports only: a plan joined to them would make the long document a plan, with no facts read
const reports = [
  ...readSeeds()
    .filter(([, text]) => !/实施方案/.test(text.slice(0, 2000)))
    .map(([, text]) => text),
  REPORT_TEXT,
  ...RUN_IN_DOCUMENTS.map(([, text]) => text),
];

/** Whole reports, repeated until `chars` characters. */
function parts(chars: number): string[] {
  const out: string[] = [];
  for (let n = 0; n < chars; )
    for (const r of reports) {
      out.push(r);
      n += r.length;
    }
  return out;
}

const SIZE = 150_000;
const work = (text: string) => countWork(() => analyzeText(text, source));
const shapes: Array<[string, (text: string) => string]> = [
  ["with its line breaks", (t) => t],
  ["as one line", (t) => flatten(t).text],
  // no sentence ends either: every figure stands in one sentence with every figure before it
  ["as one sentence", (t) => flatten(t).text.replace(/[。;；!！?？]/g, "，")],
  // no clause ends at all (its punctuation lost): every figure's clause runs back to the start
  ["as one clause", (t) => flatten(t).text.replace(/[。;；!！?？,，:：、]/g, "")],
  // every 《 searches for its 》, which comes only at the very end
  ["whose 《 close only at its end", (t) => `${t.replace(/》/g, "")}》`],
  // and the other way round: every 》, ” and ) before a number looks back for its opening mark
  ["whose brackets and quotations never open", (t) => unpaired(t.length, false)],
  // every ( and “ after a number looks forward for its closing mark
  ["whose brackets and quotations never close", (t) => unpaired(t.length, true)],
  // a heading and two inline items on every line: searching the headings found so far for
  // each new one is quadratic
  ["made of headings", (t) => headings(t.length)],
  // one sentence of figures (a statistics table run into one line): counts, their parts, clean-ups
  // and rates, each check reading the figures before it in the sentence; a tenth of the size, as
  // the text is all figures
  ["made of one sentence of figures", (t) => figures(t.length / 10)],
];

function figures(chars: number): string {
  const clauses = ["某县人民政府2023年法治政府建设年度报告\n"];
  for (let n = 0, k = 1; n < chars; k++) {
    const clause =
      `全年受理行政复议案件${90 + k}件，办结${80 + k}件，其中维持${k % 7}件，` +
      `对${88 + k}件规范性文件进行清理，保留48件，废止21件，失效11件，修订${8 + (k % 3)}件，` +
      `行政复议纠错率为${k % 10}%，行政诉讼案件${k}件，胜诉${k % 4}件，调解纠纷${k}起，调解成功${k}起，`;
    clauses.push(clause);
    n += clause.length;
  }
  return `${clauses.join("")}。`;
}

/** Lines whose brackets and quotations only close (`open`: only open). */
function unpaired(chars: number, open: boolean): string {
  const lines = ["某县人民政府2023年法治政府建设年度报告"];
  for (let n = 0, k = 1; n < chars; k++) {
    const line = open
      ? `建成${k}个(示范点，设立${k}个“一件事窗口，培育${k}个“法治带头人。`
      : `编印法治动态》${k}期，开展法治宣传”活动${k}次，办理案件)${k}件。`;
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join("\n");
}

function headings(chars: number): string {
  const lines: string[] = [];
  for (let n = 0, k = 1; n < chars; k++) {
    const line = `(${k % 100})加强第${k}项工作。一是推进制度建设;二是完善工作机制,办理案件${k}件。`;
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join("\n");
}

describe("linearity", () => {
  for (const [shape, reshape] of shapes) {
    test(`a report ${shape}: twice the text, at most 2.3× the work`, () => {
      const small = work(reshape(parts(SIZE).join("\n")));
      const large = work(reshape(parts(2 * SIZE).join("\n")));
      assert.ok(large / small <= 2.3, `work ${small} → ${large} (${(large / small).toFixed(2)}×)`);
    });
  }
  test("one long report costs at most 2× the same text as separate documents", () => {
    const texts = parts(2 * SIZE);
    const separate = texts.reduce((sum, t) => sum + work(t), 0);
    const single = work(texts.join("\n"));
    assert.ok(
      single <= 2 * separate,
      `single ${single}, separate ${separate} (${(single / separate).toFixed(2)}×)`,
    );
  });
});
