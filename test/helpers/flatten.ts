// Copies of a document as sharing sites and PDF extraction hand them out: line breaks lost,
// watermarks injected into sentences. Each copy maps offsets of the original into itself.
import { prng } from "./hijack-generator.ts";

export interface Rewritten {
  text: string;
  /** offset in the original → offset in `text` (defined for 0…original.length) */
  map: (offset: number) => number;
  /** the same for an offset that ends a span (exclusive): text put in there comes after it */
  mapEnd: (offset: number) => number;
}

/** One rewrite after another, offsets mapped through both. */
export function then(first: Rewritten, rewrite: (text: string) => Rewritten): Rewritten {
  const second = rewrite(first.text);
  return {
    text: second.text,
    map: (o) => second.map(first.map(o)),
    mapEnd: (o) => second.mapEnd(first.mapEnd(o)),
  };
}

/** The text with every line break removed. */
export function flatten(original: string): Rewritten {
  const positions = new Int32Array(original.length + 1);
  let out = "";
  for (let i = 0; i <= original.length; i++) {
    positions[i] = out.length;
    if (i < original.length && original[i] !== "\n" && original[i] !== "\r") out += original[i];
  }
  return { text: out, map: (o) => positions[o], mapEnd: (o) => positions[o] };
}

/** Watermarks as sharing sites inject them, each with its own site and address. */
export const WATERMARKS = [
  "文档分享网—全网资源每日更新www.example.com",
  "范文资料库|海量文档免费下载wenku.example.cn",
];

const WORD = /[\u4e00-\u9fff]/;
const NUMERAL = /[一二三四五六七八九十百千万亿零〇两几余多]/;

/**
 * The text with `count` copies of a watermark put inside sentences at random (seeded): each
 * between two Chinese words' characters, never beside a numeral (where it would split a number
 * from its unit).
 */
export function watermark(original: string, seed: number, count: number, mark = WATERMARKS[0]): Rewritten {
  const random = prng(seed);
  const places: number[] = [];
  for (let i = 1; i < original.length; i++) {
    const [a, b] = [original[i - 1], original[i]];
    if (WORD.test(a) && WORD.test(b) && !NUMERAL.test(a) && !NUMERAL.test(b)) places.push(i);
  }
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, places.length))
    chosen.add(places[Math.floor(random() * places.length)]);
  const at = [...chosen].sort((x, y) => x - y);
  let text = "";
  let from = 0;
  for (const p of at) {
    text += original.slice(from, p) + mark;
    from = p;
  }
  text += original.slice(from);
  // an offset moves by the watermarks before it (one put exactly at an end comes after it)
  const map = (o: number) => o + at.filter((p) => p <= o).length * mark.length;
  const mapEnd = (o: number) => o + at.filter((p) => p < o).length * mark.length;
  return { text, map, mapEnd };
}
