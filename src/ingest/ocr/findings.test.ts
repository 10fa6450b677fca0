import assert from "node:assert/strict";
import { test } from "node:test";
import type { OcrInfo } from "../../types.ts";
import { LOW_CONFIDENCE, ocrFindings } from "./findings.ts";

const info = (confidences: number[]): OcrInfo => ({
  engine: "PaddleOCR",
  pages: 2,
  meanConfidence: 0.93,
  lines: confidences.map((confidence, i) => ({
    start: i * 10,
    end: i * 10 + 9,
    confidence,
    page: 1 + (i % 2),
  })),
});

test("no OCR, no OCR findings", () => assert.deepEqual(ocrFindings(undefined), []));

test("an OCR'd document is marked, and each low-confidence line is flagged at its span", () => {
  const findings = ocrFindings(info([0.99, 0.62, 0.97, LOW_CONFIDENCE - 0.01]));
  assert.equal(findings[0].rule, "review:ocr");
  assert.match(findings[0].message, /图像识别（OCR）.*共 2 页.*平均置信度 93%.*数字请核对原件/);
  const low = findings.filter((f) => f.rule === "review:ocr-low-confidence");
  assert.deepEqual(
    low.map((f) => [f.start, f.end]),
    [
      [10, 19],
      [30, 39],
    ],
  );
  assert.match(low[0].message, /第 2 页此行识别置信度低（62%）/);
});

test("a page of bad lines is flagged line by line up to a limit, then counted", () => {
  const findings = ocrFindings(info(Array(45).fill(0.5)));
  const low = findings.filter((f) => f.rule === "review:ocr-low-confidence");
  assert.equal(low.length, 31);
  assert.match(low[30].message, /另有 15 行识别置信度低/);
});
