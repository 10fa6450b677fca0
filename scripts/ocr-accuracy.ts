// Character accuracy of OCR on seed pages rendered to images: 1 − edit distance / length of the
// text typeset on the page (whitespace removed, full-width forms folded). Each page is also run
// through Debian's Tesseract (chi_sim / chi_tra) when it is installed, for comparison.
//   node --import tsx scripts/ocr-accuracy.ts [--no-tesseract]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ocrDocument } from "../src/ingest/ocr/index.ts";
import { resolveLimits } from "../src/ingest/limits.ts";
import {
  characterAccuracy,
  FONTS_PRESENT,
  jpeg,
  type PageStyle,
  png,
  typeset,
} from "../test/helpers/scans.ts";

const SEEDS = new URL("../../shared/seeds/", import.meta.url).pathname;

/** The body of a seed: from its first long paragraph on (navigation and page furniture dropped). */
function body(file: string): { title: string; paragraphs: string[] } {
  const lines = readFileSync(join(SEEDS, file), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const first = lines.findIndex((l) => l.length >= 60);
  const title = [...lines.slice(0, first)].reverse().find((l) => /报告|方案|报吿|報告/.test(l)) ?? "";
  return { title, paragraphs: lines.slice(first) };
}

interface Case {
  name: string;
  seed: string;
  style: PageStyle;
  format: "png" | "jpeg";
  traditional?: boolean;
}

const BASE: PageStyle = { dpi: 150, points: 12, font: "serif", columns: 1 };
const CASES: Case[] = [
  { name: "clean, serif 12 pt, 150 dpi", seed: "002_16fef9e64dbe8af8.txt", style: BASE, format: "png" },
  {
    name: "clean, sans 10.5 pt, 150 dpi",
    seed: "004_499a48098651bdba.txt",
    style: { ...BASE, font: "sans", points: 10.5 },
    format: "png",
  },
  {
    name: "scan: turned 1.5°, blur, dust, JPEG q60",
    seed: "001_1d911b1d986cfee9.txt",
    style: { ...BASE, skew: 1.5, blur: 0.7, speckle: 0.002 },
    format: "jpeg",
  },
  {
    name: "low resolution: 96 dpi",
    seed: "003_6b24399234e2fad4.txt",
    style: { ...BASE, dpi: 96 },
    format: "png",
  },
  {
    name: "photo: uneven light, turned −0.8°, JPEG",
    seed: "002_16fef9e64dbe8af8.txt",
    style: { ...BASE, shade: 0.45, skew: -0.8, blur: 0.4 },
    format: "jpeg",
  },
  {
    name: "two columns under a title, 10.5 pt",
    seed: "004_499a48098651bdba.txt",
    style: { ...BASE, columns: 2, points: 10.5 },
    format: "png",
  },
  {
    name: "Traditional script, serif 12 pt",
    seed: "000_759704e5000b19aa.txt",
    style: BASE,
    format: "png",
    traditional: true,
  },
];

function tesseract(bytes: Uint8Array, columns: number, traditional: boolean): string | null {
  const dir = mkdtempSync(join(tmpdir(), "ocr-accuracy-"));
  try {
    const file = join(dir, "page");
    writeFileSync(file, bytes);
    // a uniform block (psm 6) reads one column best; two columns need page segmentation (psm 3)
    const run = spawnSync(
      "tesseract",
      [file, "stdout", "-l", traditional ? "chi_tra" : "chi_sim", "--psm", columns > 1 ? "3" : "6"],
      { encoding: "utf8", maxBuffer: 16 << 20 },
    );
    return run.status === 0 ? run.stdout : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!FONTS_PRESENT) {
  console.error("fonts-noto-cjk is not installed (bash scripts/setup-system.sh)");
  process.exit(1);
}
const useTesseract =
  !process.argv.includes("--no-tesseract") && spawnSync("tesseract", ["--version"]).status === 0;
const limits = resolveLimits();
const rows: Array<{
  name: string;
  chars: number;
  paddle: number;
  paddleS: number;
  tess?: number;
  tessS?: number;
}> = [];
for (const c of CASES) {
  const { title, paragraphs } = body(c.seed);
  const page = typeset(paragraphs, { ...c.style, title: c.style.columns > 1 ? title : undefined });
  const bytes = c.format === "png" ? png(page.canvas) : jpeg(page.canvas, 60);
  const reference = page.lines.join("");
  let t = performance.now();
  const { text } = await ocrDocument("image", bytes, `${c.name}.${c.format}`, limits);
  const row: (typeof rows)[number] = {
    name: c.name,
    chars: reference.length,
    paddle: characterAccuracy(reference, text),
    paddleS: (performance.now() - t) / 1000,
  };
  if (useTesseract) {
    t = performance.now();
    const read = tesseract(bytes, c.style.columns, c.traditional ?? false);
    if (read !== null) {
      row.tess = characterAccuracy(reference, read);
      row.tessS = (performance.now() - t) / 1000;
    }
  }
  rows.push(row);
  console.error(
    `${c.name}: ${(row.paddle * 100).toFixed(1)}%${row.tess !== undefined ? ` / ${(row.tess * 100).toFixed(1)}%` : ""}`,
  );
}

const pct = (x: number | undefined) => (x === undefined ? "—" : `${(x * 100).toFixed(1)}%`);
const sec = (x: number | undefined) => (x === undefined ? "—" : `${x.toFixed(1)} s`);
console.log(
  `| page | chars | PaddleOCR (ONNX) | time | Tesseract ${useTesseract ? "" : "(not installed)"}| time |`,
);
console.log("|---|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.chars} | ${pct(r.paddle)} | ${sec(r.paddleS)} | ${pct(r.tess)} | ${sec(r.tessS)} |`,
  );
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const tess = rows.filter((r) => r.tess !== undefined).map((r) => r.tess as number);
console.log(
  `| mean | ${rows.reduce((s, r) => s + r.chars, 0)} | ${pct(mean(rows.map((r) => r.paddle)))} | | ${tess.length ? pct(mean(tess)) : "—"} | |`,
);
