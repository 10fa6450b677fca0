// Review findings for OCR'd text: the document as a whole (its numbers came from images and
// need checking against the original), and each line read with low confidence.
import type { Finding, OcrInfo } from "../../types.ts";

/** Lines read with a lower mean character probability are flagged for checking. */
export const LOW_CONFIDENCE = 0.85;
/** At most this many lines are flagged one by one; the rest are counted. */
const MAX_LINE_FINDINGS = 30;

const percent = (p: number) => `${Math.round(p * 100)}%`;

export function ocrFindings(ocr: OcrInfo | undefined): Finding[] {
  if (!ocr) return [];
  const low = ocr.lines.filter((l) => l.confidence < LOW_CONFIDENCE);
  const findings: Finding[] = [
    {
      rule: "review:ocr",
      severity: "info",
      message: `本文档文字由图像识别（OCR）得到（共 ${ocr.pages} 页，平均置信度 ${percent(ocr.meanConfidence)}），数字请核对原件`,
    },
  ];
  for (const line of low.slice(0, MAX_LINE_FINDINGS)) {
    findings.push({
      rule: "review:ocr-low-confidence",
      severity: "warning",
      message: `第 ${line.page} 页此行识别置信度低（${percent(line.confidence)}），请核对原件`,
      start: line.start,
      end: line.end,
    });
  }
  if (low.length > MAX_LINE_FINDINGS) {
    findings.push({
      rule: "review:ocr-low-confidence",
      severity: "warning",
      message: `另有 ${low.length - MAX_LINE_FINDINGS} 行识别置信度低，请核对原件`,
    });
  }
  return findings;
}
