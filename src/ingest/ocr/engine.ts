// One page image → its text lines in reading order, with confidence and position.
// PaddleOCR's pipeline: detect text regions (DB), put the page upright (quarter turns from the
// regions' direction, half turns from the direction classifier), read each line (CRNN + CTC),
// then order the lines for reading.
import { type Canvas, createCanvas } from "@napi-rs/canvas";
import { type Box, boundingBox, type RotatedBox, scaleBox } from "./geometry.ts";
import { type Piece, readingOrder } from "./layout.ts";
import type { OcrModels } from "./models.ts";
import { DIRECTION_SIZE, LINE_HEIGHT, recognize, upsideDown } from "./recognize.ts";
import { correctConfusions } from "./rules/confusions.ts";
import { cropBox, detectionInput, type PagePixels, pixelsOf } from "./tensors.ts";
import { textRegions } from "./text-regions.ts";

export interface EngineOptions {
  /** longest side of the image the detector sees (PaddleOCR det_limit_side_len) */
  detectionSide: number;
  /** lines read with a lower mean probability are dropped as noise (PaddleOCR drop_score) */
  dropScore: number;
  /** widest line image read at once, in pixels at 48 px high */
  maxLineWidth: number;
}

export const ENGINE_DEFAULTS: Readonly<EngineOptions> = Object.freeze({
  detectionSide: 1600,
  dropScore: 0.5,
  maxLineWidth: 4000,
});

/** One line of a page as read: text, mean character probability, box in page pixels. */
export interface OcrLine {
  text: string;
  confidence: number;
  box: Box;
}

/** A line with what paragraph assembly needs: its column and size in the upright frame. */
export interface PageLine extends OcrLine {
  column: { x0: number; x1: number };
  frame: Piece;
}

export interface PageReading {
  width: number;
  height: number;
  /** clockwise quarter turns applied to put the page upright (0–3) */
  turns: number;
  /** skew of the text lines, in degrees */
  skew: number;
  lines: PageLine[];
}

interface Fragment extends Piece {
  text: string;
  confidence: number;
  box: Box;
}

async function detect(models: OcrModels, page: Canvas, options: EngineOptions): Promise<RotatedBox[]> {
  const input = detectionInput(page, options.detectionSide);
  const tensor = new models.ort.Tensor("float32", input.data, [1, 3, input.height, input.width]);
  const result = await models.detection.run({ [models.detection.inputNames[0]]: tensor });
  const prob = result[models.detection.outputNames[0]].data as Float32Array;
  return textRegions(prob, input.width, input.height).map((b) =>
    scaleBox(b, page.width / input.width, page.height / input.height),
  );
}

function turn(page: Canvas, quarters: number): Canvas {
  const q = ((quarters % 4) + 4) % 4;
  const swap = q % 2 === 1;
  const canvas = createCanvas(swap ? page.height : page.width, swap ? page.width : page.height);
  const ctx = canvas.getContext("2d");
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((q * Math.PI) / 2);
  ctx.drawImage(page, -page.width / 2, -page.height / 2);
  return canvas;
}

/** Most text (by area) runs vertically: the page lies on its side. */
function sideways(boxes: RotatedBox[]): boolean {
  let vertical = 0;
  let total = 0;
  for (const b of boxes) {
    const area = b.width * b.height;
    total += area;
    const along = Math.abs(Math.cos(b.angle)) < Math.SQRT1_2 ? b.width : b.height;
    const across = along === b.width ? b.height : b.width;
    if (along > 2 * across) vertical += area;
  }
  return total > 0 && vertical > total / 2;
}

/** The longest lines say whether the page is upside down (PaddleOCR's direction classifier). */
async function isUpsideDown(models: OcrModels, page: PagePixels, boxes: RotatedBox[]): Promise<boolean> {
  const sample = [...boxes]
    .filter((b) => b.width > 3 * b.height)
    .sort((a, b) => b.width - a.width)
    .slice(0, 12);
  if (sample.length === 0) return false;
  const probs = await upsideDown(
    models,
    sample.map((b) => cropBox(page, b, DIRECTION_SIZE.height, DIRECTION_SIZE.width)),
  );
  return probs.reduce((s, p) => s + p, 0) / probs.length > 0.6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}

export async function readPage(
  models: OcrModels,
  image: Canvas,
  options = ENGINE_DEFAULTS,
): Promise<PageReading> {
  let page = image;
  let turns = 0;
  let boxes = await detect(models, page, options);
  if (sideways(boxes)) {
    turns = 1;
    page = turn(image, turns);
    boxes = await detect(models, page, options);
  }
  if (await isUpsideDown(models, pixelsOf(page), boxes)) {
    turns += 2;
    page = turn(image, turns);
    boxes = await detect(models, page, options);
  }
  const skew = median(boxes.filter((b) => b.width > 4 * b.height).map((b) => b.angle));
  const pixels = pixelsOf(page);
  const crops = boxes.map((b) => cropBox(pixels, b, LINE_HEIGHT, options.maxLineWidth));
  const readings = await recognize(models, crops);

  // lay the lines out in the deskewed frame, where rows are horizontal
  const cos = Math.cos(-skew);
  const sin = Math.sin(-skew);
  const fragments: Fragment[] = [];
  boxes.forEach((b, i) => {
    const { confidence } = readings[i];
    const text = correctConfusions(readings[i].text);
    if (!text || confidence < options.dropScore) return;
    const x = b.cx * cos - b.cy * sin;
    const y = b.cx * sin + b.cy * cos;
    const upright = b.height / b.width < 1.5;
    const w = upright ? b.width : b.height;
    const h = upright ? b.height : b.width;
    fragments.push({ text, confidence, box: boundingBox(b), x0: x - w / 2, x1: x + w / 2, cy: y, h });
  });
  const lines: PageLine[] = readingOrder(fragments).map((row) => {
    const chars = row.pieces.reduce((s, p) => s + p.text.length, 0);
    const first = row.pieces[0];
    const last = row.pieces[row.pieces.length - 1];
    return {
      text: joinPieces(row.pieces),
      confidence: row.pieces.reduce((s, p) => s + p.confidence * p.text.length, 0) / chars,
      box: [
        Math.min(...row.pieces.map((p) => p.box[0])),
        Math.min(...row.pieces.map((p) => p.box[1])),
        Math.max(...row.pieces.map((p) => p.box[2])),
        Math.max(...row.pieces.map((p) => p.box[3])),
      ],
      column: row.column,
      frame: {
        x0: first.x0,
        x1: last.x1,
        cy: median(row.pieces.map((p) => p.cy)),
        h: median(row.pieces.map((p) => p.h)),
      },
    };
  });
  return { width: page.width, height: page.height, turns, skew: (skew * 180) / Math.PI, lines };
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** Pieces of one row: apart by a wide gap (table cells) or between two Latin words, a space. */
function joinPieces(pieces: Fragment[]): string {
  let text = pieces[0].text;
  for (let i = 1; i < pieces.length; i++) {
    const gap = pieces[i].x0 - pieces[i - 1].x1;
    const latin = LATIN_END.test(text) && LATIN_START.test(pieces[i].text);
    text += gap > pieces[i].h || latin ? ` ${pieces[i].text}` : pieces[i].text;
  }
  return text;
}
