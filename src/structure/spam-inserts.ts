// Inserts a hijacker repeated inside the text's words: a site's name of letters and digits with
// the words it always comes with (51cgfun吃瓜网热心朝阳群众), where no advertising word of the
// lexicon stands. Each place is a span of the same string.
import {
  INSERT_REPEAT_MIN,
  INSERT_TAIL_MAX,
  INSERT_TAIL_MIN,
  INSERT_TOKEN,
  INSERT_TOKEN_MIN,
} from "../rules/spam.ts";
import type { Span } from "../types.ts";

const HAN = /[\u4e00-\u9fff]/;

/** Every place of every repeated insert, in text order. */
export function repeatedInserts(norm: string): Span[] {
  const places = new Map<string, number[]>();
  for (const m of norm.matchAll(INSERT_TOKEN)) {
    if (m[0].length < INSERT_TOKEN_MIN) continue;
    const known = places.get(m[0]);
    if (known) known.push(m.index);
    else places.set(m[0], [m.index]);
  }
  const out: Span[] = [];
  for (const [token, starts] of places) {
    if (starts.length < INSERT_REPEAT_MIN) continue;
    // the characters after the token that every place shares
    let tail = 0;
    const at = (k: number, start: number) => norm[start + token.length + k];
    while (
      tail < INSERT_TAIL_MAX &&
      HAN.test(at(tail, starts[0]) ?? "") &&
      starts.every((s) => at(tail, s) === at(tail, starts[0]))
    )
      tail++;
    if (tail < INSERT_TAIL_MIN) continue;
    const text = norm.slice(starts[0], starts[0] + token.length + tail);
    // and every other place the whole string stands (after a quotation mark, at a line's start)
    for (let k = norm.indexOf(text); k >= 0; k = norm.indexOf(text, k + text.length))
      out.push({ start: k, end: k + text.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
