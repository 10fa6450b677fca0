// Pixels → model inputs, as PaddleOCR prepares them: channels in BGR order (its images come
// from OpenCV), CHW layout, each model's own normalisation.
import { type Canvas, createCanvas, ImageData } from "@napi-rs/canvas";
import { boundingBox, type RotatedBox } from "./geometry.ts";

export interface Tensor3 {
  data: Float32Array;
  width: number;
  height: number;
}

const DETECTION_MEAN = [0.485, 0.456, 0.406];
const DETECTION_STD = [0.229, 0.224, 0.225];

/** Write RGBA pixels as normalised BGR planes into `out` at `offset` (row stride `stride`). */
function writePlanes(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  out: Float32Array,
  offset: number,
  stride: number,
  planeSize: number,
  mean: number[],
  std: number[],
): void {
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const o = offset + y * stride + x;
      out[o] = (rgba[i + 2] / 255 - mean[0]) / std[0];
      out[o + planeSize] = (rgba[i + 1] / 255 - mean[1]) / std[1];
      out[o + 2 * planeSize] = (rgba[i] / 255 - mean[2]) / std[2];
    }
  }
}

/** The page scaled so its longer side is at most `maxSide`, both sides multiples of 32. */
export function detectionInput(page: Canvas, maxSide: number): Tensor3 {
  const ratio = Math.min(1, maxSide / Math.max(page.width, page.height));
  const width = Math.max(32, Math.round((page.width * ratio) / 32) * 32);
  const height = Math.max(32, Math.round((page.height * ratio) / 32) * 32);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(page, 0, 0, width, height);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const data = new Float32Array(3 * width * height);
  writePlanes(rgba, width, height, data, 0, width, width * height, DETECTION_MEAN, DETECTION_STD);
  return { data, width, height };
}

/** A page's pixels, read once: cutting lines out of the canvas itself would copy the whole
 * page for every line. */
export interface PagePixels {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

export function pixelsOf(page: Canvas): PagePixels {
  return {
    rgba: page.getContext("2d").getImageData(0, 0, page.width, page.height).data,
    width: page.width,
    height: page.height,
  };
}

/** The part of the page under the box (with a small margin), as its own small canvas. */
function around(page: PagePixels, box: RotatedBox): { canvas: Canvas; left: number; top: number } | null {
  const [x0, y0, x1, y1] = boundingBox(box);
  const left = Math.max(0, x0 - 2);
  const top = Math.max(0, y0 - 2);
  const w = Math.min(page.width, x1 + 2) - left;
  const h = Math.min(page.height, y1 + 2) - top;
  if (w <= 0 || h <= 0) return null;
  const part = new ImageData(w, h);
  for (let y = 0; y < h; y++) {
    const from = ((top + y) * page.width + left) * 4;
    part.data.set(page.rgba.subarray(from, from + w * 4), y * w * 4);
  }
  const canvas = createCanvas(w, h);
  canvas.getContext("2d").putImageData(part, 0, 0);
  return { canvas, left, top };
}

/** A text box cut out of the page, straightened and scaled to `height` pixels high. */
export function cropBox(page: PagePixels, box: RotatedBox, height: number, maxWidth: number): Canvas {
  // a box much taller than wide holds a vertical run of characters: read it turned (PaddleOCR)
  const upright = box.height / box.width >= 1.5;
  const along = upright ? box.height : box.width;
  const across = upright ? box.width : box.height;
  const angle = upright ? box.angle + Math.PI / 2 : box.angle;
  const width = Math.max(height / 4, Math.min(maxWidth, Math.round((height * along) / across)));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.imageSmoothingQuality = "high";
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  const part = around(page, box);
  if (!part) return canvas;
  const sx = width / along;
  const sy = height / across;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // page point p maps to (width/2, height/2) + diag(sx, sy) · R(-angle) · (p - centre)
  const a = sx * cos;
  const c = sx * sin;
  const b = -sy * sin;
  const d = sy * cos;
  ctx.setTransform(a, b, c, d, width / 2 - a * box.cx - c * box.cy, height / 2 - b * box.cx - d * box.cy);
  ctx.drawImage(part.canvas, part.left, part.top);
  return canvas;
}

/** Crops of one batch as a [n, 3, height, width] input padded to the widest (PaddleOCR's norm). */
export function recognitionInput(crops: Canvas[], height: number, minWidth = 0): Tensor3 & { count: number } {
  const width = Math.max(minWidth, ...crops.map((c) => c.width));
  const plane = width * height;
  const data = new Float32Array(crops.length * 3 * plane);
  const half = [0.5, 0.5, 0.5];
  crops.forEach((crop, k) => {
    const rgba = crop.getContext("2d").getImageData(0, 0, crop.width, height).data;
    writePlanes(rgba, crop.width, height, data, k * 3 * plane, width, plane, half, half);
  });
  return { data, width, height, count: crops.length };
}

/** A crop turned half a circle (for lines the direction classifier reads as upside down). */
export function rotateHalf(crop: Canvas): Canvas {
  const canvas = createCanvas(crop.width, crop.height);
  const ctx = canvas.getContext("2d");
  ctx.setTransform(-1, 0, 0, -1, crop.width, crop.height);
  ctx.drawImage(crop, 0, 0);
  return canvas;
}
