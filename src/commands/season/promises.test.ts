// Promises kept: last year's arrangements (seed 002, 清镇 2022) against this year's report —
// an item taken up again is addressed with its passage, one left out is "not mentioned";
// the same indicator's figures side by side.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { analyzeText } from "../../pipeline.ts";
import { alignPromises, figuresAcross, promiseItems } from "./promises.ts";

const source = { path: "x.txt", sha256: "", bytes: 0, charset: null, format: "txt" as const };
const read = (text: string) => analyzeText(text, source);
const LAST = read(readFileSync(new URL("../../../demo/002_16fef9e64dbe8af8.txt", import.meta.url), "utf8"));

test("last year's next-year part splits into items", () => {
  const items = promiseItems(LAST);
  assert.ok(items.length >= 3, JSON.stringify(items.map((i) => i.text)));
  for (const i of items) assert.ok(LAST.text.slice(i.start, i.end).includes(i.text.slice(0, 10)));
});

test("an item taken up this year is addressed with its passage; the others are not mentioned", () => {
  const items = promiseItems(LAST);
  const kept = items[0].text;
  const current = read(
    [
      "清镇市2023年法治政府建设情况报告",
      "一、2023年法治政府建设主要举措和成效",
      `(一)落实上年部署。${kept.replace(/^[一二三四五六七八九十(()）、.\d\s]+/, "")}方面,全年取得明显成效。`,
      "全年受理行政复议案件120件。",
    ].join("\n"),
  );
  const aligned = alignPromises(LAST, current);
  assert.equal(aligned[0].addressed, true, JSON.stringify(aligned[0]));
  assert.ok(aligned[0].match?.includes("落实上年部署"));
  assert.ok(aligned.slice(1).some((a) => !a.addressed));
  const figures = figuresAcross(LAST, current);
  const received = figures.find((f) => f.indicator === "reconsideration.received");
  assert.equal(received?.current, 120);
  if (received?.last !== null && received?.last !== undefined)
    assert.equal(received.change, 120 - received.last);
});
