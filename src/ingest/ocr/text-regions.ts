// DB post-processing (PaddleOCR's DBPostProcess): the detector's probability map → text boxes.
// Pixels above a threshold form connected regions (shrunk text kernels); each region becomes a
// rotated rectangle from its principal axes, is kept when its mean probability is high enough,
// and is expanded back to the full text height by the "unclip" offset DB was trained with.
import type { RotatedBox } from "./geometry.ts";

export interface RegionOptions {
  /** probability above which a pixel is text (PaddleOCR det_db_thresh) */
  threshold: number;
  /** mean probability a region needs to be kept (det_db_box_thresh) */
  boxThreshold: number;
  /** expansion of the shrunk kernel (det_db_unclip_ratio) */
  unclipRatio: number;
  /** shortest side, in map pixels, of a kept region */
  minSize: number;
  /** most regions kept, largest first (max_candidates) */
  maxRegions: number;
}

export const REGION_DEFAULTS: Readonly<RegionOptions> = Object.freeze({
  threshold: 0.3,
  boxThreshold: 0.6,
  unclipRatio: 1.5,
  minSize: 3,
  maxRegions: 1000,
});

/** A region elongated this much has a reliable direction of its own. */
const LINE_ELONGATION = 4;

interface Region {
  pixels: Int32Array;
  score: number;
  angle: number;
  elongation: number;
}

export function textRegions(
  prob: Float32Array,
  width: number,
  height: number,
  options = REGION_DEFAULTS,
): RotatedBox[] {
  const regions = connectedRegions(prob, width, height, options.threshold);
  const kept = regions
    .filter((r) => r.score >= options.boxThreshold)
    .sort((a, b) => b.pixels.length - a.pixels.length)
    .slice(0, options.maxRegions);
  const skew = dominantAngle(kept);
  const boxes: RotatedBox[] = [];
  for (const region of kept) {
    const angle = region.elongation >= LINE_ELONGATION ? region.angle : skew;
    const box = orientedExtent(region.pixels, width, angle);
    if (Math.min(box.width, box.height) < options.minSize) continue;
    const offset = (box.width * box.height * options.unclipRatio) / (2 * (box.width + box.height));
    boxes.push({
      ...box,
      width: box.width + 2 * offset,
      height: box.height + 2 * offset,
      score: region.score,
    });
  }
  return boxes;
}

/** 8-connected regions of pixels above the threshold, with their mean probability and direction. */
function connectedRegions(prob: Float32Array, width: number, height: number, threshold: number): Region[] {
  const n = width * height;
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const regions: Region[] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start] || prob[start] <= threshold) continue;
    let top = 0;
    let count = 0;
    stack[top++] = start;
    seen[start] = 1;
    const members: number[] = [];
    let sum = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    while (top > 0) {
      const p = stack[--top];
      members.push(p);
      count++;
      sum += prob[p];
      const x = p % width;
      const y = (p - x) / width;
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const q = yy * width + xx;
          if (!seen[q] && prob[q] > threshold) {
            seen[q] = 1;
            stack[top++] = q;
          }
        }
      }
    }
    const mx = sx / count;
    const my = sy / count;
    const cxx = sxx / count - mx * mx;
    const cyy = syy / count - my * my;
    const cxy = sxy / count - mx * my;
    const spread = Math.sqrt(((cxx - cyy) / 2) ** 2 + cxy * cxy);
    const major = (cxx + cyy) / 2 + spread;
    const minor = Math.max((cxx + cyy) / 2 - spread, 1e-6);
    regions.push({
      pixels: Int32Array.from(members),
      score: sum / count,
      angle: 0.5 * Math.atan2(2 * cxy, cxx - cyy),
      elongation: Math.sqrt(major / minor),
    });
  }
  return regions;
}

/** The page's skew: the pixel-weighted median direction of its clearly elongated regions. */
function dominantAngle(regions: Region[]): number {
  const lines = regions.filter((r) => r.elongation >= LINE_ELONGATION).sort((a, b) => a.angle - b.angle);
  const total = lines.reduce((s, r) => s + r.pixels.length, 0);
  let acc = 0;
  for (const r of lines) {
    acc += r.pixels.length;
    if (acc >= total / 2) return r.angle;
  }
  return 0;
}

/** The smallest rectangle at the given angle that holds every pixel of the region. */
function orientedExtent(pixels: Int32Array, width: number, angle: number): Omit<RotatedBox, "score"> {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  let minU = Number.POSITIVE_INFINITY;
  let maxU = Number.NEGATIVE_INFINITY;
  let minV = Number.POSITIVE_INFINITY;
  let maxV = Number.NEGATIVE_INFINITY;
  for (const p of pixels) {
    const x = (p % width) + 0.5;
    const y = Math.floor(p / width) + 0.5;
    const u = x * ux + y * uy;
    const v = -x * uy + y * ux;
    if (u < minU) minU = u;
    if (u > maxU) maxU = u;
    if (v < minV) minV = v;
    if (v > maxV) maxV = v;
  }
  const cu = (minU + maxU) / 2;
  const cv = (minV + maxV) / 2;
  return {
    cx: cu * ux - cv * uy,
    cy: cu * uy + cv * ux,
    width: maxU - minU + 1,
    height: maxV - minV + 1,
    angle,
  };
}
