// Thousands of random and mutated inputs through the whole pipeline: no crash, no hang,
// and every span of every record stays inside the text. Seeded, so failures reproduce.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { decodeDocument } from "../src/ingest/decode.ts";
import { docToText } from "../src/ingest/doc.ts";
import { docxToText } from "../src/ingest/docx.ts";
import { InputError } from "../src/ingest/errors.ts";
import { resolveLimits } from "../src/ingest/limits.ts";
import { ofdToText } from "../src/ingest/ofd/index.ts";
import { pdfToText } from "../src/ingest/pdf.ts";
import { analyzeBytes } from "../src/pipeline.ts";
import type { AnalysisRecord } from "../src/types.ts";
import { makeDocx, makePdf, REPORT_LINES, REPORT_TEXT } from "./helpers/fixtures.ts";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const seedsDir = new URL("../../shared/seeds/", import.meta.url).pathname;
let corpus: string[] = [REPORT_TEXT];
try {
  corpus = [REPORT_TEXT, ...readdirSync(seedsDir).map((f) => readFileSync(seedsDir + f, "utf8"))];
} catch {
  // the seeds are optional here
}

const ALPHABET =
  "一二三四五六七八九十百千万亿零两、。,;:()（）“”《》%％.?？\n 0123456789余近件项个人次率是年月日牵头配合负责足彩app习近平新时代\ufffd萬億兩";

/** A copy with 1 to 8 random bytes overwritten. */
function mutate(base: Buffer, r: () => number): Uint8Array {
  const bytes = Buffer.from(base);
  for (let e = 0; e < 1 + Math.floor(r() * 8); e++)
    bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
  return new Uint8Array(bytes);
}

function checkRecord(record: AnalysisRecord) {
  const n = record.text.length;
  const inside = (s: { start: number; end?: number }) =>
    s.start >= 0 && (s.end ?? s.start) <= n && (s.end ?? s.start) >= s.start;
  for (const x of record.noise) assert.ok(inside(x));
  for (const f of record.facts) {
    assert.ok(inside(f));
    assert.equal(record.text.slice(f.start, f.end), f.quote);
    assert.ok(Number.isFinite(f.value));
  }
  for (const h of record.outline) assert.ok(inside(h));
  for (const f of record.findings)
    if (f.start !== undefined) assert.ok(inside(f as { start: number; end?: number }));
  JSON.stringify(record);
}

async function analyzeOrReject(bytes: Uint8Array, name: string) {
  try {
    checkRecord(await analyzeBytes(bytes, name));
  } catch (error) {
    assert.ok(error instanceof InputError, `${name}: ${String(error)}`);
  }
}

describe("fuzz", () => {
  test("3000 random strings", { timeout: 600_000 }, async () => {
    const r = rng(1);
    for (let k = 0; k < 3000; k++) {
      const len = Math.floor(r() * 400);
      let s = "";
      for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
      await analyzeOrReject(new Uint8Array(Buffer.from(s)), `random-${k}.txt`);
    }
  });

  test("2000 mutations of real documents (bytes flipped, cut, spliced)", { timeout: 600_000 }, async () => {
    const r = rng(2);
    for (let k = 0; k < 2000; k++) {
      const base = Buffer.from(corpus[k % corpus.length]);
      const bytes = Buffer.from(base.subarray(0, Math.min(base.length, 3000 + Math.floor(r() * 3000))));
      const edits = 1 + Math.floor(r() * 20);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(r() * bytes.length);
        const op = r();
        if (op < 0.6) bytes[at] = Math.floor(r() * 256);
        else if (op < 0.8)
          bytes[at] = 0x3f; // '?'
        else bytes.copy(bytes, at, Math.floor(r() * bytes.length), Math.floor(r() * bytes.length));
      }
      await analyzeOrReject(new Uint8Array(bytes), `mutant-${k}.txt`);
    }
  });

  // The decoders run in this process here, so the test's cost is a fixed amount of decoding
  // (fixed seed, counts and sizes), not one worker start per file, which took minutes on a
  // loaded machine. The worker path with its time limit gets a few mutants of each below.
  test("40 mutated DOCX, PDF, DOC and OFD files each are decoded or refused with a clear error", {
    timeout: 600_000,
  }, async () => {
    const r = rng(3);
    const real = (name: string) => readFileSync(new URL(`fixtures/formats/${name}`, import.meta.url));
    const bases: Array<{
      bytes: Buffer;
      ext: string;
      decode: (b: Uint8Array, f: string, l: ReturnType<typeof resolveLimits>) => Promise<string> | string;
    }> = [
      { bytes: Buffer.from(await makeDocx(REPORT_LINES)), ext: "docx", decode: docxToText },
      { bytes: Buffer.from(makePdf(REPORT_LINES)), ext: "pdf", decode: pdfToText },
      { bytes: real("word-extractor-test11-chinese.doc"), ext: "doc", decode: docToText },
      { bytes: real("ofdrw-n-2pages.ofd"), ext: "ofd", decode: ofdToText },
    ];
    const limits = resolveLimits();
    for (let k = 0; k < 40; k++) {
      for (const { bytes, ext, decode } of bases) {
        const name = `m${k}.${ext}`;
        try {
          assert.equal(typeof (await decode(mutate(bytes, r), name, limits)), "string");
        } catch (error) {
          assert.ok(error instanceof InputError, `${name}: ${String(error)}`);
        }
      }
    }
  });

  test("mutated DOCX and PDF files through the decoding worker come back decoded or refused", {
    timeout: 300_000,
  }, async () => {
    const r = rng(4);
    const docx = Buffer.from(await makeDocx(REPORT_LINES));
    const pdf = Buffer.from(makePdf(REPORT_LINES));
    // a stuck decode costs at most the time limit: 4 files × 30 s stay inside the test's 300 s
    const limits = resolveLimits({ timeoutMs: 30_000 });
    for (let k = 0; k < 2; k++) {
      for (const [base, name] of [
        [docx, `w${k}.docx`],
        [pdf, `w${k}.pdf`],
      ] as const) {
        try {
          const decoded = await decodeDocument(mutate(base, r), name, limits);
          assert.equal(typeof decoded.text, "string");
        } catch (error) {
          assert.ok(error instanceof InputError, `${name}: ${String(error)}`);
        }
      }
    }
  });

  // No clock here: how long a shape takes depends on the machine's load (speed is measured by
  // `npm run bench`); a shape that made a stage hang would still end the test at its timeout.
  test("pathological shapes: one huge line, only digits, only headings, deep nesting", {
    timeout: 600_000,
  }, async () => {
    const shapes = [
      "件".repeat(200_000),
      "1".repeat(100_000),
      "一、标题\n".repeat(5000),
      `${"(".repeat(10000)}108件${")".repeat(10000)}`,
      "“".repeat(50000) + "12件",
      "《".repeat(50000) + "12件",
      "一是".repeat(30000),
      "?".repeat(50000),
      "足彩app".repeat(10000) + "新时代中国特色社会主义思想",
    ];
    for (const [k, s] of shapes.entries())
      await analyzeOrReject(new Uint8Array(Buffer.from(s)), `shape-${k}.txt`);
  });
});
