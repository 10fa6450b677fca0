// Page images made from known text, for OCR tests and the accuracy measurement: text typeset
// with Noto CJK (Debian's fonts-noto-cjk) on an A4-proportioned page, optionally in two
// columns, and "scanned" (turned a little, blurred, speckled, saved as JPEG) or photographed
// (uneven light); and a PDF whose pages are only such images, as a scanner makes them.
import { existsSync } from "node:fs";
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from "@napi-rs/canvas";

const FONTS = {
  serif: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
  sans: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
};
export const FONTS_PRESENT = Object.values(FONTS).every((f) => existsSync(f));
if (FONTS_PRESENT) {
  GlobalFonts.registerFromPath(FONTS.serif, "ScanSerif");
  GlobalFonts.registerFromPath(FONTS.sans, "ScanSans");
}

export interface PageStyle {
  /** resolution of the page image, dots per inch (A4 is 8.27 inches wide) */
  dpi: number;
  /** body size in points */
  points: number;
  font: "serif" | "sans";
  columns: 1 | 2;
  /** a title set above the columns, centred, in sans */
  title?: string;
  /** how far the paper is turned on the scanner, in degrees */
  skew?: number;
  /** blur radius in pixels and fraction of speckled pixels (scanner dust) */
  blur?: number;
  speckle?: number;
  /** light falling off across the page, 0–1 (a photo taken by hand) */
  shade?: number;
  /** how much of the page (from the top) to render, 0–1 */
  portion?: number;
}

export interface TypesetPage {
  canvas: Canvas;
  /** the text on the page in reading order, one line per printed line */
  lines: string[];
  /** what of the input paragraphs did not fit */
  rest: string[];
}

/** Typeset paragraphs (first lines indented two characters) until the page is full. */
export function typeset(paragraphs: string[], style: PageStyle): TypesetPage {
  const scale = style.dpi / 72;
  const width = Math.round(595 * scale);
  const height = Math.round(842 * scale * (style.portion ?? 1));
  const page = createCanvas(width, height);
  const ctx = page.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = "#111";
  const size = Math.round(style.points * scale);
  const pitch = Math.round(size * 1.7);
  const margin = Math.round(60 * scale);
  const gutter = Math.round(24 * scale);
  let top = margin + size;
  const lines: string[] = [];
  if (style.title) {
    ctx.font = `${Math.round(size * 1.5)}px ScanSans`;
    const w = ctx.measureText(style.title).width;
    ctx.fillText(style.title, (width - w) / 2, top);
    lines.push(style.title);
    top += Math.round(size * 2.8);
  }
  ctx.font = `${size}px Scan${style.font === "serif" ? "Serif" : "Sans"}`;
  const columnWidth = (width - 2 * margin - (style.columns - 1) * gutter) / style.columns;
  // a paragraph cut at the foot of a column goes on at the top of the next, not indented
  const queue = paragraphs.map((text) => ({ text, indent: 2 }));
  for (let c = 0; c < style.columns && queue.length > 0; c++) {
    const left = margin + c * (columnWidth + gutter);
    let y = top;
    while (queue.length > 0 && y <= height - margin) {
      const para = queue[0];
      let line = "";
      let indent = para.indent;
      let used = 0;
      for (const ch of para.text) {
        if (ctx.measureText(`${"\u3000".repeat(indent)}${line}${ch}`).width > columnWidth) {
          ctx.fillText(line, left + indent * size, y);
          lines.push(line);
          used += line.length;
          y += pitch;
          line = "";
          indent = 0;
          if (y > height - margin) break;
        }
        line += ch;
      }
      if (y > height - margin) {
        queue[0] = { text: para.text.slice(used), indent: 0 };
        break;
      }
      ctx.fillText(line, left + indent * size, y);
      lines.push(line);
      y += pitch;
      queue.shift();
    }
  }
  return {
    canvas: degrade(page, style),
    lines,
    rest: queue.map((p) => p.text),
  };
}

/** Seeded pseudo-random numbers, so a "scan" is the same every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function degrade(page: Canvas, style: PageStyle): Canvas {
  if (!style.skew && !style.blur && !style.speckle && !style.shade) return page;
  const out = createCanvas(page.width, page.height);
  const ctx: SKRSContext2D = out.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, out.width, out.height);
  if (style.blur) ctx.filter = `blur(${style.blur}px)`;
  ctx.translate(out.width / 2, out.height / 2);
  ctx.rotate(((style.skew ?? 0) * Math.PI) / 180);
  ctx.drawImage(page, -page.width / 2, -page.height / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.filter = "none";
  if (style.shade) {
    const light = ctx.createLinearGradient(0, 0, out.width, out.height);
    light.addColorStop(0, "rgba(0,0,0,0)");
    light.addColorStop(1, `rgba(60,50,30,${style.shade})`);
    ctx.fillStyle = light;
    ctx.fillRect(0, 0, out.width, out.height);
  }
  if (style.speckle) {
    const next = random(7);
    const image = ctx.getImageData(0, 0, out.width, out.height);
    const d = image.data;
    for (let i = 0; i < d.length; i += 4) {
      if (next() < style.speckle) {
        const v = next() < 0.5 ? 40 : 235;
        d[i] = v;
        d[i + 1] = v;
        d[i + 2] = v;
      }
    }
    ctx.putImageData(image, 0, 0);
  }
  return out;
}

/** A PDF whose pages are JPEG images and nothing else, as a scanner writes it. */
export function scannedPdf(pages: Array<{ jpeg: Uint8Array; width: number; height: number }>): Uint8Array {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const write = (b: Buffer | string) => {
    const buf = typeof b === "string" ? Buffer.from(b, "latin1") : b;
    chunks.push(buf);
    length += buf.length;
  };
  const object = (id: number, body: Array<Buffer | string>) => {
    offsets[id] = length;
    write(`${id} 0 obj\n`);
    for (const b of body) write(b);
    write("\nendobj\n");
  };
  write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
  const kids = pages.map((_, i) => `${3 + i * 3} 0 R`).join(" ");
  object(1, ["<< /Type /Catalog /Pages 2 0 R >>"]);
  object(2, [`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`]);
  pages.forEach((p, i) => {
    const id = 3 + i * 3;
    // A4 wide, as tall as the image's proportions, the image covering the whole page
    const h = Math.round((595 * p.height) / p.width);
    const content = `q 595 0 0 ${h} 0 0 cm /Im0 Do Q`;
    object(id, [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 ${h}] /Resources << /XObject << /Im0 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`,
    ]);
    object(id + 1, [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`]);
    object(id + 2, [
      `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${p.jpeg.length} >>\nstream\n`,
      Buffer.from(p.jpeg),
      "\nendstream",
    ]);
  });
  const count = 3 + pages.length * 3;
  const xref = length;
  write(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) write(`${String(offsets[id]).padStart(10, "0")} 00000 n \n`);
  write(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(chunks));
}

export function jpeg(canvas: Canvas, quality = 80): Uint8Array {
  return new Uint8Array(canvas.toBuffer("image/jpeg", quality));
}

export function png(canvas: Canvas): Uint8Array {
  return new Uint8Array(canvas.toBuffer("image/png"));
}

/** Levenshtein distance over code points, in O(n·m) time and O(m) memory. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length];
}

/** Characters compared without layout: no whitespace, full-width forms folded (NFKC). */
export function comparable(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** 1 − edit distance / reference length, on comparable text. */
export function characterAccuracy(reference: string, read: string): number {
  const ref = comparable(reference);
  return Math.max(0, 1 - editDistance(ref, comparable(read)) / ref.length);
}
