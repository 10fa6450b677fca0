// Inserts a hijacker repeated inside the text's words: a site's name of letters and digits with
// the words it always comes with (51cgfun吃瓜网热心朝阳群众), where no advertising word of the
// lexicon stands. Each place is a span of the same string.
import {
  INSERT_REPEAT_MIN,
  INSERT_TAIL_MAX,
  INSERT_MIXED,
  INSERT_RUN,
  INSERT_TAIL_MIN,
  INSERT_TOKEN_MIN,
} from "../rules/spam.ts";
import type { Span } from "../types.ts";

const HAN = /[\u4e00-\u9fff]/;

/** The places of each run of letters and digits glued between Han characters with a digit
 *  beside a letter in it (INSERT_RUN, INSERT_MIXED), at least INSERT_TOKEN_MIN long, in text
 *  order. One pass over the runs: linear however long a run is. */
export function insertTokens(norm: string): Map<string, number[]> {
  const places = new Map<string, number[]>();
  for (const m of norm.matchAll(INSERT_RUN)) {
    const run = m[0];
    if (
      run.length < INSERT_TOKEN_MIN ||
      !HAN.test(norm[m.index - 1] ?? "") ||
      !HAN.test(norm[m.index + run.length] ?? "") ||
      !INSERT_MIXED.test(run)
    )
      continue;
    const known = places.get(run);
    if (known) known.push(m.index);
    else places.set(run, [m.index]);
  }
  return places;
}

/** Every place of every repeated insert, in text order. */
export function repeatedInserts(norm: string): Span[] {
  const places = insertTokens(norm);
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
