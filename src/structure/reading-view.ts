// The text as it reads with some spans taken out (watermarks injected into sentences), and
// the way back: stages read the view, and every offset they report is mapped into the
// original. Without spans the view is the text itself and nothing is copied or mapped.
import { lastAtOrBefore } from "../shared/sorted.ts";

export interface ReadingView {
  text: string;
  norm: string;
  /** true when nothing was taken out */
  identity: boolean;
  /** a view offset that starts something → the original offset */
  start: (offset: number) => number;
  /** a view offset that ends something (exclusive) → the original offset */
  end: (offset: number) => number;
  /** an original offset → the view offset (inside a removed span: where it was) */
  toView: (offset: number) => number;
}

interface Cut {
  /** where the removed span was, in the view */
  at: number;
  start: number;
  end: number;
  /** characters removed before and including this cut */
  removed: number;
}

const identity = (text: string, norm: string): ReadingView => ({
  text,
  norm,
  identity: true,
  start: (o) => o,
  end: (o) => o,
  toView: (o) => o,
});

// where a cut stands in the reading view, and where it starts and ends in the full text
const cutAt = (c: Cut) => c.at;
const cutStart = (c: Cut) => c.start;
const cutEnd = (c: Cut) => c.end;

/** `spans`: sorted, not overlapping. */
export function readingView(
  text: string,
  norm: string,
  spans: Array<{ start: number; end: number }>,
): ReadingView {
  if (spans.length === 0) return identity(text, norm);
  const cuts: Cut[] = [];
  const keptText: string[] = [];
  const keptNorm: string[] = [];
  let from = 0;
  let removed = 0;
  for (const s of spans) {
    keptText.push(text.slice(from, s.start));
    keptNorm.push(norm.slice(from, s.start));
    const at = s.start - removed;
    removed += s.end - s.start;
    cuts.push({ at, start: s.start, end: s.end, removed });
    from = s.end;
  }
  keptText.push(text.slice(from));
  keptNorm.push(norm.slice(from));
  const before = (k: number) => (k >= 0 ? cuts[k].removed : 0);
  return {
    text: keptText.join(""),
    norm: keptNorm.join(""),
    identity: false,
    // at a cut, what starts there starts after the removed span; what ends there, before it
    start: (o) => o + before(lastAtOrBefore(cuts, o, cutAt)),
    end: (o) => o + before(lastAtOrBefore(cuts, o - 1, cutAt)),
    toView: (o) => {
      const k = lastAtOrBefore(cuts, o, cutStart);
      if (k >= 0 && o < cuts[k].end) return cuts[k].at;
      return o - before(lastAtOrBefore(cuts, o, cutEnd));
    },
  };
}
