// Watermarks injected into running text by document-sharing sites: a web address inside a
// sentence, with the site's slogan and name before it. Found by two generic signals, each
// enough: a slogan written just before the address, or the same address recurring with the
// same words before it. A recurring watermark's extent is what its copies share; a single
// one's is its slogan, separators and a short site name. Marked as boilerplate spans, so the
// stages after can read the sentence around them as one (see reading-view.ts).
import { DOMAIN, LEAD_MAX, MIN_REPEATS, SEPARATORS, SITE_NAMES, SLOGANS } from "../rules/watermarks.ts";
import type { Noise } from "../types.ts";

const isHan = (c: string | undefined) => c !== undefined && c >= "\u4e00" && c <= "\u9fff";
const STOPS = "。;!?\n";

interface Address {
  start: number;
  end: number;
  key: string;
}

/** Where the slogan (and its separators and site name) before `at` begins, or null. */
function sloganStart(norm: string, at: number): number | null {
  let k = at;
  while (k > 0 && SEPARATORS.includes(norm[k - 1])) k--;
  const slogan = SLOGANS.find((s) => norm.startsWith(s, k - s.length));
  if (!slogan) return null;
  k -= slogan.length;
  let sep = k;
  while (sep > 0 && SEPARATORS.includes(norm[sep - 1])) sep--;
  const name = sep < k ? SITE_NAMES.find((n) => norm.startsWith(n, sep - n.length)) : undefined;
  return name ? sep - name.length : k;
}

/** How many characters the texts before `ends` share, read backwards (at most LEAD_MAX). */
function sharedLead(norm: string, ends: number[]): number {
  let n = 0;
  for (; n < LEAD_MAX; n++) {
    const c = norm[ends[0] - n - 1];
    if (c === undefined || STOPS.includes(c)) break;
    if (ends.some((e) => e - n - 1 < 0 || norm[e - n - 1] !== c)) break;
  }
  return n;
}

export function detectWatermarks(norm: string): Noise[] {
  const found: Address[] = [];
  DOMAIN.lastIndex = 0;
  for (let m = DOMAIN.exec(norm); m; m = DOMAIN.exec(norm)) {
    const end = m.index + m[0].length;
    // inside running text: the sentence goes on straight after the address
    if (isHan(norm[end])) found.push({ start: m.index, end, key: m[0].toLowerCase() });
  }
  const byKey = new Map<string, Address[]>();
  for (const a of found) {
    const group = byKey.get(a.key);
    if (group) group.push(a);
    else byKey.set(a.key, [a]);
  }
  const spans: Noise[] = [];
  for (const group of byKey.values()) {
    // copies share the watermark and nothing of the sentences they were put into
    const shared =
      group.length >= 2
        ? sharedLead(
            norm,
            group.map((a) => a.start),
          )
        : 0;
    for (const a of group) {
      const slogan = sloganStart(norm, a.start);
      if (slogan === null && group.length < MIN_REPEATS) continue;
      const start = shared > 0 ? a.start - shared : (slogan ?? a.start);
      spans.push({ start, end: a.end, kind: "boilerplate" });
    }
  }
  return spans.sort((x, y) => x.start - y.start);
}
