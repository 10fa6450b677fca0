// Copied text: how much of a report repeats the same unit's earlier reports or other units'
// reports of the same season, with the copied passages side by side. Every source's shingles
// go into one index (hash → first position per source), the report is scanned once against
// it, and covered runs long enough to be more than a shared formula become passages: linear
// in the size of the corpus and of the report.
import type { Scope } from "../access/scope.ts";
import type { Db } from "./access.ts";
import { SHINGLE_COPY, shingleHashes, skeleton } from "./shingles.ts";
import type { CopiedPassage, CopyReport } from "./types.ts";

export interface CopySource {
  label: string;
  text: string;
  /** another unit's report shown to a unit: the share counts, its text is not shown */
  hidden?: boolean;
}

/** A passage must cover this many characters (letters and digits) to count: set formulas are shorter. */
export const MIN_PASSAGE = 40;
/** Above this share the review reports the copying as a finding. */
export const COPY_FINDING = 0.3;

export function findCopies(text: string, sources: CopySource[]): CopyReport {
  const target = skeleton(text);
  const index = new Map<number, Array<{ source: number; at: number }>>();
  const skeletons = sources.map((s) => skeleton(s.text));
  skeletons.forEach((sk, source) => {
    const hashes = shingleHashes(sk.chars, SHINGLE_COPY);
    const seen = new Set<number>();
    for (let at = 0; at < hashes.length; at++) {
      const h = hashes[at];
      if (seen.has(h)) continue;
      seen.add(h);
      const list = index.get(h);
      if (list) list.push({ source, at });
      else index.set(h, [{ source, at }]);
    }
  });
  const hashes = shingleHashes(target.chars, SHINGLE_COPY);
  const passages: CopiedPassage[] = [];
  let covered = 0;
  let i = 0;
  while (i < hashes.length) {
    const hits = index.get(hashes[i]);
    if (!hits) {
      i++;
      continue;
    }
    // extend the run while consecutive shingles keep matching one source consecutively
    let best = { source: hits[0].source, at: hits[0].at, length: 0 };
    for (const h of hits.slice(0, 8)) {
      let n = 0;
      const src = skeletons[h.source].chars;
      while (i + n < target.chars.length && h.at + n < src.length && target.chars[i + n] === src[h.at + n])
        n++;
      if (n > best.length) best = { ...h, length: n };
    }
    if (best.length >= MIN_PASSAGE) {
      const src = skeletons[best.source];
      const start = target.offsets[i];
      const end = target.offsets[i + best.length - 1] + 1;
      const sourceStart = src.offsets[best.at];
      const sourceEnd = src.offsets[best.at + best.length - 1] + 1;
      passages.push({
        start,
        end,
        quote: text.slice(start, end),
        source: sources[best.source].label,
        sourceQuote: sources[best.source].hidden
          ? ""
          : sources[best.source].text.slice(sourceStart, sourceEnd),
      });
      covered += best.length;
      i += best.length;
    } else i++;
  }
  const share = target.chars.length ? Math.round((covered / target.chars.length) * 1000) / 1000 : 0;
  const bySource = new Map<string, number>();
  for (const p of passages)
    bySource.set(p.source, (bySource.get(p.source) ?? 0) + skeleton(p.quote).chars.length);
  return {
    share,
    sources: [...bySource].map(([label, chars]) => ({
      label,
      share: Math.round((chars / Math.max(1, target.chars.length)) * 1000) / 1000,
    })),
    passages: passages.slice(0, 50),
  };
}

/** The corpus a report is compared with: other units' latest versions in its season and the
 * same unit's accepted reports of earlier seasons. A unit's account learns how much repeats
 * other units' reports, never their text or names (units see only their own submissions). */
export async function copySources(
  db: Db,
  scope: Scope,
  season: { id: number; year: number },
  unitKey: string,
): Promise<CopySource[]> {
  const rows = await db
    .selectFrom("season_submissions as s")
    .innerJoin("seasons", "seasons.id", "s.season_id")
    .innerJoin("season_units as u", (j) =>
      j.onRef("u.season_id", "=", "s.season_id").onRef("u.unit_key", "=", "s.unit_key"),
    )
    .select(["s.unit_key", "s.season_id", "s.version", "s.state", "s.text", "seasons.year", "u.unit_name"])
    .where((eb) =>
      eb.or([
        eb.and([eb("s.season_id", "=", season.id), eb("s.unit_key", "!=", unitKey)]),
        eb.and([
          eb("s.unit_key", "=", unitKey),
          eb("seasons.year", "<", season.year),
          eb("s.state", "=", "accepted"),
        ]),
      ]),
    )
    .orderBy("s.unit_key")
    .orderBy("s.season_id")
    .orderBy("s.version", "desc")
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows)
    if (!latest.has(`${r.unit_key}/${r.season_id}`)) latest.set(`${r.unit_key}/${r.season_id}`, r);
  return [...latest.values()].map((r) => {
    const own = r.unit_key === unitKey;
    const hidden = !own && scope.unit !== null;
    return {
      label: own
        ? `本单位${r.year}年度报告`
        : hidden
          ? `其他单位${r.year}年度报告`
          : `${r.unit_name}${r.year}年度报告`,
      text: r.text,
      hidden,
    };
  });
}
