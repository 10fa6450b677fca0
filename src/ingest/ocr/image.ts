// Image files decoded with Skia (@napi-rs/canvas, which also applies a photo's EXIF orientation).
import { type Canvas, createCanvas, loadImage } from "@napi-rs/canvas";

/** Decode to a canvas whose longer side is at most `maxSide` (a phone photo is scaled down);
 * throws with the decoder's reason when the image is damaged. */
export async function decodeImage(bytes: Uint8Array, maxSide: number): Promise<Canvas> {
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const scale = Math.min(1, maxSide / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff"; // transparent areas read as paper
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(image, 0, 0, width, height);
  return canvas;
}
