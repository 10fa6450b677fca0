// Image files recognised by their signature and measured from the header, before any
// decoding (a small file can declare a huge image).

export type ImageFormat = "png" | "jpeg" | "bmp" | "webp" | "gif";

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

export function sniffImage(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x42, 0x4d])) return "bmp";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "webp";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "gif";
  return null;
}

/** TIFF is a common scanner format that this decoder cannot read. */
export function isTiff(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]);
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Width and height declared in the header, or null when the header does not say. */
export function declaredSize(
  bytes: Uint8Array,
  format: ImageFormat,
): { width: number; height: number } | null {
  const dv = view(bytes);
  if (format === "png") {
    const ihdr = bytes.length >= 24 && String.fromCharCode(...bytes.subarray(12, 16)) === "IHDR";
    return ihdr ? { width: dv.getUint32(16), height: dv.getUint32(20) } : null;
  }
  if (format === "gif" && bytes.length >= 10)
    return { width: dv.getUint16(6, true), height: dv.getUint16(8, true) };
  if (format === "bmp" && bytes.length >= 26)
    return { width: Math.abs(dv.getInt32(18, true)), height: Math.abs(dv.getInt32(22, true)) };
  if (format === "jpeg") return jpegSize(bytes, dv);
  return null;
}

/** The first start-of-frame marker of a JPEG carries its size. */
function jpegSize(bytes: Uint8Array, dv: DataView): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = dv.getUint16(i + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { width: dv.getUint16(i + 7), height: dv.getUint16(i + 5) };
    i += 2 + length;
  }
  return null;
}
