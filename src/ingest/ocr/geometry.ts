// Text boxes as rotated rectangles, and the axis-aligned boxes reported in the record.

/** A rotated rectangle: centre, width along the text direction, height across it, angle in radians. */
export interface RotatedBox {
  cx: number;
  cy: number;
  width: number;
  height: number;
  angle: number;
  /** mean text probability inside the detected region */
  score: number;
}

/** Axis-aligned `[left, top, right, bottom]` in page pixels. */
export type Box = [number, number, number, number];

export function corners(b: RotatedBox): Array<[number, number]> {
  const ux = Math.cos(b.angle);
  const uy = Math.sin(b.angle);
  const hw = b.width / 2;
  const hh = b.height / 2;
  return [
    [b.cx - ux * hw + uy * hh, b.cy - uy * hw - ux * hh],
    [b.cx + ux * hw + uy * hh, b.cy + uy * hw - ux * hh],
    [b.cx + ux * hw - uy * hh, b.cy + uy * hw + ux * hh],
    [b.cx - ux * hw - uy * hh, b.cy - uy * hw + ux * hh],
  ];
}

export function boundingBox(b: RotatedBox): Box {
  const pts = corners(b);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map(Math.round) as Box;
}

/** The same box in an image scaled by (sx, sy). */
export function scaleBox(b: RotatedBox, sx: number, sy: number): RotatedBox {
  const ux = Math.cos(b.angle);
  const uy = Math.sin(b.angle);
  const wx = ux * b.width * sx;
  const wy = uy * b.width * sy;
  const hx = -uy * b.height * sx;
  const hy = ux * b.height * sy;
  return {
    cx: b.cx * sx,
    cy: b.cy * sy,
    width: Math.hypot(wx, wy),
    height: Math.hypot(hx, hy),
    angle: Math.atan2(wy, wx),
    score: b.score,
  };
}
