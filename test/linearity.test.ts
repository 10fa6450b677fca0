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
  // every 《 searches for its 》, which comes only at the very end
  ["whose 《 close only at its end", (t) => `${t.replace(/》/g, "")}》`],
  // a heading and two inline items on every line: searching the headings found so far for
  // each new one is quadratic
  ["made of headings", (t) => headings(t.length)],
];

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
