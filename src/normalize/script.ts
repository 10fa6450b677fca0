// Which script a document is written in, and conversion of Traditional to Simplified that
// keeps every character in place (same length), so offsets need no map.
import { Converter } from "opencc-js/t2cn";
import type { Script } from "../types.ts";

const toSimplified = Converter({ from: "t", to: "cn" });

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/** Share of Han characters that OpenCC would change, over a sample of the text. */
export function detectScript(text: string): Script {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const converted = toSimplified(sample);
  if (converted.length !== sample.length) return "traditional";
  let han = 0;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) {
    if (!isHan(sample.charCodeAt(i))) continue;
    han++;
    if (sample[i] !== converted[i]) changed++;
  }
  return changed >= 5 && changed / Math.max(han, 1) > 0.02 ? "traditional" : "simplified";
}

/** Traditional → Simplified, character for character. Lines whose phrase conversion changes
 * length fall back to converting each character alone. */
export function simplify(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  const lines = text.split("\n");
  return lines
    .map((line) => {
      const converted = toSimplified(line);
      if (converted.length === line.length) return converted;
      let out = "";
      for (const ch of line) {
        const c = toSimplified(ch);
        out += c.length === ch.length ? c : ch;
      }
      return out;
    })
    .join("\n");
}
