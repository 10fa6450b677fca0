// Binary search over a list sorted by a number (spans by start, lines by start, positions): the
// two questions the engine asks of such lists, written once. The key is read through an accessor
// so one search serves spans, cuts and plain numbers; pass a function made once (e.g. `byStart`),
// not a new arrow per call, so a search allocates nothing.

/** The key of a span-like item: its start offset. */
export const byStart = (item: { start: number }): number => item.start;
/** The key of a plain number: itself. */
export const itself = (n: number): number => n;

/** How many items of `sorted` (ascending by `key`) have a key before `p` (key < p): the index of
 *  the first item at or after `p`, `sorted.length` when none is. */
export function countBefore<T>(sorted: readonly T[], p: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]) < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last item of `sorted` (ascending by `key`) whose key is at or before `p`
 *  (key ≤ p), or -1 when every key is after `p`. Among equal keys, the last. */
export function lastAtOrBefore<T>(sorted: readonly T[], p: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]) <= p) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
