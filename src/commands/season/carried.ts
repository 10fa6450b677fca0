// The comments of a report's earlier versions, carried to the version under review: after a
// return the unit resubmits, and the reviewer must see what was asked and whether the passage it
// concerned was changed. Whether the issue is resolved is not knowable from the text; whether
// its passage still stands as it was is: a passage found unchanged (with its surroundings) in the
// new version was not touched, one not found was rewritten or removed.

/** Characters of the earlier version either side of the quote that must still surround it: a
 *  short quote (2022年) occurs in many places, its sentence does not. */
const CONTEXT = 12;

export interface EarlierComment {
  id: number;
  start: number;
  end: number;
  quote: string;
  text: string;
}

export type CarriedState = "unchanged" | "changed";

export const CARRIED_STATE_LABEL: Record<CarriedState, string> = {
  unchanged: "原文未改动",
  changed: "原文已修改",
};

export interface Carried<C extends EarlierComment> {
  comment: C;
  state: CarriedState;
  /** the passage's span in the new version when it stands there unchanged, else null */
  at: { start: number; end: number } | null;
}

/** Where the commented passage stands in `newText`, searched with its surroundings in `oldText`;
 *  of several places, the one nearest its old position. */
function locate(oldText: string, c: EarlierComment, newText: string): { start: number; end: number } | null {
  if (oldText.slice(c.start, c.end) !== c.quote) return null;
  const from = Math.max(0, c.start - CONTEXT);
  const to = Math.min(oldText.length, c.end + CONTEXT);
  const window = oldText.slice(from, to);
  let best: number | null = null;
  for (let at = newText.indexOf(window); at >= 0; at = newText.indexOf(window, at + 1)) {
    if (best === null || Math.abs(at - from) < Math.abs(best - from)) best = at;
  }
  if (best === null) return null;
  const start = best + (c.start - from);
  return { start, end: start + c.quote.length };
}

/** Each earlier comment with the state of its passage in the new version. */
export function carryComments<C extends EarlierComment>(
  oldText: string,
  comments: C[],
  newText: string,
): Carried<C>[] {
  return comments.map((comment) => {
    const at = locate(oldText, comment, newText);
    return { comment, state: at ? "unchanged" : "changed", at };
  });
}
