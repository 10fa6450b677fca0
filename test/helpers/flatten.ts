// Copies of a document as sharing sites and PDF extraction hand them out: line breaks lost,
// watermarks injected into sentences. Each copy maps offsets of the original into itself.

export interface Rewritten {
  text: string;
  /** offset in the original → offset in `text` (defined for 0…original.length) */
  map: (offset: number) => number;
}

/** The text with every line break removed. */
export function flatten(original: string): Rewritten {
  const positions = new Int32Array(original.length + 1);
  let out = "";
  for (let i = 0; i <= original.length; i++) {
    positions[i] = out.length;
    if (i < original.length && original[i] !== "\n" && original[i] !== "\r") out += original[i];
  }
  return { text: out, map: (o) => positions[o] };
}
