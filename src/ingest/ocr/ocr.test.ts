// OCR end to end, with the real models: a photographed page (held sideways) and a scanned PDF
// become records whose text, facts and findings come from the images; OCR switched off, too many pages, a
// huge image and the time limit give clear one-line errors; the process stays responsive.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { type Canvas, createCanvas } from "@napi-rs/canvas";
import { makePdf, REPORT_LINES } from "../../../test/helpers/fixtures.ts";
import {
  characterAccuracy,
  FONTS_PRESENT,
  jpeg,
  png,
  scannedPdf,
  typeset,
} from "../../../test/helpers/scans.ts";
import { analyzeBytes, resolveOptions } from "../../pipeline.ts";
import { InputError } from "../errors.ts";

const skip = FONTS_PRESENT ? false : "fonts-noto-cjk is not installed (scripts/setup-system.sh)";

// a county report and a department's report, written for these tests
const COUNTY = [
  "2023年，青山县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新进展。",
  "全年共办理行政复议案件126件，审结118件，纠错率12.7%；行政机关负责人出庭应诉率达100%。",
  "一、完善依法决策机制",
  "县政府出台重大行政决策事项目录，对8项重大决策开展合法性审查，听取意见建议340余条。",
];
const DEPARTMENT = [
  "2024年，市市场监督管理局深入推进严格规范公正文明执法。",
  "全年立案查处各类违法案件1526件，罚没款2368.5万元，移送司法机关17件。",
  "二、加强行政执法监督",
  "组织开展执法案卷评查，抽查案卷215卷，优秀率达到91.6%，整改问题案卷19卷。",
];

function quarterTurn(page: Canvas): Canvas {
  const turned = createCanvas(page.height, page.width);
  const ctx = turned.getContext("2d");
  ctx.translate(turned.width / 2, turned.height / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.drawImage(page, -page.width / 2, -page.height / 2);
  return turned;
}

// the PDF text-layer attempt runs in a worker with its own limit; a loaded machine needs longer
const patient = resolveOptions({ limits: { timeoutMs: 180_000 } });

const small = { dpi: 150, points: 12, font: "serif", columns: 1, portion: 0.36 } as const;

function expectInputError(problem: string, pattern: RegExp) {
  return (error: unknown) => {
    assert.ok(error instanceof InputError, String(error));
    assert.equal(error.problem, problem);
    assert.match(error.message, pattern);
    assert.doesNotMatch(error.message, /\n|\bat\s/, "one line, no stack");
    return true;
  };
}

const savedFlag = process.env.FAZHI_OCR;
after(() => {
  if (savedFlag === undefined) delete process.env.FAZHI_OCR;
  else process.env.FAZHI_OCR = savedFlag;
});

describe("OCR", { skip }, () => {
  test("a photographed page becomes a record read by OCR, without blocking the process", async () => {
    // taken with the phone on its side (no orientation tag), a little askew, in uneven light
    const page = typeset(COUNTY, { ...small, font: "sans", skew: 1, shade: 0.4, blur: 0.5 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const photo = jpeg(quarterTurn(page.canvas), 70);
    const record = await analyzeBytes(photo, "现场拍照.jpg").finally(() => clearInterval(timer));
    assert.ok(ticks > 0, "the event loop ran while the page was read");

    assert.equal(record.source.format, "image");
    const ocr = record.source.ocr;
    assert.ok(ocr, "source.ocr is set");
    assert.match(ocr.engine, /PaddleOCR/);
    assert.equal(ocr.pages, 1);
    assert.ok(ocr.meanConfidence > 0.8 && ocr.meanConfidence <= 1);
    assert.ok(ocr.lines.length >= page.lines.length - 1);
    for (const line of ocr.lines) {
      assert.ok(line.start < line.end && line.end <= record.text.length);
      assert.ok(line.confidence > 0 && line.confidence <= 1);
    }
    for (const phrase of ["126件", "12.7%", "100%", "340余条", "完善依法决策机制"]) {
      assert.ok(record.text.includes(phrase), `${phrase} in ${record.text}`);
    }
    assert.ok(characterAccuracy(page.lines.join(""), record.text) >= 0.9);
    assert.ok(record.facts.some((f) => f.value === 126 && f.unit === "件"));
    assert.ok(record.findings.some((f) => f.rule === "review:ocr" && /图像识别（OCR）/.test(f.message)));
    // wrapped lines of a paragraph are joined without spaces between Chinese characters
    assert.doesNotMatch(record.text, /[\u4e00-\u9fff] [\u4e00-\u9fff]/);
  });

  test("a scanned PDF (pages that are only images) is read page by page", async () => {
    const first = typeset(DEPARTMENT.slice(0, 2), small);
    const second = typeset(DEPARTMENT.slice(2), small);
    const pages = [first, second].map((p) => ({
      jpeg: jpeg(p.canvas, 85),
      width: p.canvas.width,
      height: p.canvas.height,
    }));
    const record = await analyzeBytes(scannedPdf(pages), "扫描件.pdf", patient);
    assert.equal(record.source.format, "pdf");
    assert.equal(record.source.ocr?.pages, 2);
    assert.deepEqual([...new Set(record.source.ocr?.lines.map((l) => l.page))], [1, 2]);
    const reference = [...first.lines, ...second.lines].join("");
    const accuracy = characterAccuracy(reference, record.text);
    assert.ok(accuracy >= 0.95, `character accuracy ${accuracy}`);
    for (const phrase of ["1526件", "2368.5万元", "91.6%", "加强行政执法监督"]) {
      assert.ok(record.text.includes(phrase), `${phrase} in ${record.text}`);
    }
    assert.ok(record.findings.some((f) => f.rule === "review:ocr"));
  });

  test("a PDF with a text layer is not OCR'd", async () => {
    const record = await analyzeBytes(makePdf(REPORT_LINES), "文字版.pdf", patient);
    assert.equal(record.source.ocr, undefined);
    assert.ok(!record.findings.some((f) => f.rule.startsWith("review:ocr")));
  });

  test("with OCR switched off, a scan says it has no text layer instead of being empty", async () => {
    const page = typeset(COUNTY, small);
    const pdf = scannedPdf([
      { jpeg: jpeg(page.canvas), width: page.canvas.width, height: page.canvas.height },
    ]);
    process.env.FAZHI_OCR = "0";
    try {
      await assert.rejects(
        analyzeBytes(pdf, "扫描件.pdf", patient),
        expectInputError("no-text-layer", /扫描件\.pdf.*没有文字层（扫描图像）/),
      );
      await assert.rejects(
        analyzeBytes(png(page.canvas), "照片.png"),
        expectInputError("unsupported", /FAZHI_OCR=0/),
      );
    } finally {
      process.env.FAZHI_OCR = savedFlag ?? "";
      if (savedFlag === undefined) delete process.env.FAZHI_OCR;
    }
  });

  test("more pages than the OCR limit are refused before any is read", async () => {
    const page = typeset(["第一页"], { ...small, portion: 0.1 });
    const image = { jpeg: jpeg(page.canvas), width: page.canvas.width, height: page.canvas.height };
    const options = resolveOptions({ limits: { maxOcrPages: 2, timeoutMs: patient.limits.timeoutMs } });
    await assert.rejects(
      analyzeBytes(scannedPdf([image, image, image]), "长扫描件.pdf", options),
      expectInputError("too-large", /共 3 页需要文字识别（OCR），超过上限 2 页/),
    );
  });

  test("an image declaring a huge size is refused from its header", async () => {
    // a PNG signature and header for 30000 × 30000 pixels; nothing after it is decoded
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
    header.writeUInt32BE(13, 8);
    header.write("IHDR", 12, "latin1");
    header.writeUInt32BE(30000, 16);
    header.writeUInt32BE(30000, 20);
    header[24] = 8;
    header[25] = 2;
    await assert.rejects(
      analyzeBytes(new Uint8Array(header), "巨图.png"),
      expectInputError("too-large", /30000×30000 像素，超过上限/),
    );
  });

  test("OCR stops at its time limit", async () => {
    const page = typeset(COUNTY, small);
    const options = resolveOptions({ limits: { ocrPageTimeoutMs: 1 } });
    await assert.rejects(
      analyzeBytes(png(page.canvas), "照片.png", options),
      expectInputError("timeout", /已中止/),
    );
  });

  test("a damaged image is a clear error", async () => {
    // a PNG signature followed by text: the decoder gives up (or crashes, in its own process)
    const bytes = Buffer.concat([
      Buffer.from(png(typeset(["损"], small).canvas).subarray(0, 8)),
      Buffer.from("不是图像".repeat(60)),
    ]);
    await assert.rejects(
      analyzeBytes(bytes, "损坏.png"),
      expectInputError("corrupt", /损坏\.png.*图像无法解码/),
    );
  });
});
