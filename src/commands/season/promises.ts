// Promises kept: each item of a unit's "next year" arrangements in last year's accepted
// report, aligned with this year's report — addressed (with the matching passage) or not
// mentioned — and the same indicator's figures side by side across the two years.
import type { Store } from "../../store/db.ts";
import type { AnalysisRecord } from "../../types.ts";
import { INDICATORS } from "../../rules/indicators.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { latestSubmissions, loadSeason } from "./access.ts";
import type { FigureAcross, PromiseItem, UnitPromises } from "./types.ts";

const INDICATOR = new Map(INDICATORS.map((i) => [i.id, i]));

/** Share of a promise's character pairs a passage must hold to count as addressing it. */
export const ADDRESSED = 0.45;

interface Piece {
  text: string;
  start: number;
  end: number;
}

/** The next-year part: from its start to the next level-1 heading (or the end). */
function nextYearPart(record: AnalysisRecord): Piece | null {
  const start = record.sections_present?.next_year.start;
  if (start == null) return null;
  const after = record.outline.find((h) => h.level === 1 && h.start > start);
  const end = after?.start ?? record.text.length;
  return { text: record.text.slice(start, end), start, end };
}

/** Items of the arrangements: its sub-headings, else 一是/二是 enumerations, else sentences. */
export function promiseItems(record: AnalysisRecord): Piece[] {
  const part = nextYearPart(record);
  if (!part) return [];
  const heads = record.outline.filter((h) => h.level > 1 && h.start > part.start && h.start < part.end);
  if (heads.length >= 2)
    return heads.map((h, i) => {
      const end = heads[i + 1]?.start ?? part.end;
      const text = record.text.slice(h.start, end).trim();
      return { text: text.split(/[。;]/)[0].slice(0, 120), start: h.start, end };
    });
  const pieces: Piece[] = [];
  const re = /([一二三四五六七八九十]+是|[^。;\n]{6,}?)[^。;\n]*[。;\n]/g;
  const body = part.text;
  const firstBreak = body.indexOf("\n");
  re.lastIndex = firstBreak > 0 && firstBreak < 60 ? firstBreak + 1 : 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const text = m[0].trim();
    if (text.length >= 8)
      pieces.push({
        text: text.slice(0, 120),
        start: part.start + m.index,
        end: part.start + m.index + m[0].length,
      });
  }
  return pieces;
}

const STOP = new Set(
  ["进一步", "加强", "推进", "深入", "全面", "持续", "工作", "建设", "法治", "政府"].flatMap(bigrams),
);

function bigrams(s: string): string[] {
  const han = s.replace(/[^\p{Script=Han}\p{N}]/gu, "");
  const out: string[] = [];
  for (let i = 0; i + 1 < han.length; i++) out.push(han.slice(i, i + 2));
  return out;
}

/** Paragraphs of this year's report, with their character pairs (built once per report). */
function paragraphsOf(text: string) {
  const out: Array<Piece & { grams: Set<string> }> = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim().length >= 6)
      out.push({ text: line, start: offset, end: offset + line.length, grams: new Set(bigrams(line)) });
    offset += line.length + 1;
  }
  return out;
}

export function alignPromises(last: AnalysisRecord, current: AnalysisRecord): PromiseItem[] {
  const paragraphs = paragraphsOf(current.text);
  return promiseItems(last).map((item) => {
    const grams = [...new Set(bigrams(item.text))].filter((g) => !STOP.has(g));
    let best: { p: (typeof paragraphs)[number]; score: number } | null = null;
    for (const p of paragraphs) {
      let hit = 0;
      for (const g of grams) if (p.grams.has(g)) hit++;
      const score = grams.length ? hit / grams.length : 0;
      if (!best || score > best.score) best = { p, score };
    }
    const addressed = best !== null && best.score >= ADDRESSED;
    return {
      promise: item.text,
      start: item.start,
      end: item.end,
      addressed,
      score: Math.round((best?.score ?? 0) * 100) / 100,
      match: addressed && best ? best.p.text.trim().slice(0, 200) : null,
      matchStart: addressed && best ? best.p.start : null,
      matchEnd: addressed && best ? best.p.end : null,
    };
  });
}

/** The same indicator's figures in both years (first figure of each), with the change. */
export function figuresAcross(last: AnalysisRecord, current: AnalysisRecord): FigureAcross[] {
  const first = (r: AnalysisRecord) => {
    const m = new Map<string, { value: number; unit: string; quote: string }>();
    for (const f of r.facts) if (f.indicator && !m.has(f.indicator)) m.set(f.indicator, f);
    return m;
  };
  const a = first(last);
  const b = first(current);
  return [...new Set([...a.keys(), ...b.keys()])].map((id) => {
    const x = a.get(id);
    const y = b.get(id);
    return {
      indicator: id,
      label: INDICATOR.get(id)?.label ?? id,
      unit: y?.unit ?? x?.unit ?? "",
      last: x?.value ?? null,
      current: y?.value ?? null,
      change: x && y && x.unit === y.unit ? Math.round((y.value - x.value) * 100) / 100 : null,
    };
  });
}

/** Each unit's promises of last year against this year's latest version (scope applied). */
export async function promisesOfSeason(
  store: Store,
  scope: Scope,
  seasonId: number,
  unitKey?: string,
): Promise<UnitPromises[]> {
  requirePermission(scope, "season:read");
  const season = await loadSeason(store.db, seasonId);
  const previous = await store.db
    .selectFrom("seasons")
    .select("id")
    .where("year", "=", season.year - 1)
    .executeTakeFirst();
  if (!previous) return [];
  const key = scope.unit?.key ?? unitKey;
  const lastYear = new Map(
    (await latestSubmissions(store.db, previous.id, key))
      .filter((s) => s.state === "accepted")
      .map((s) => [s.unit_key, s]),
  );
  const units = await store.db
    .selectFrom("season_units")
    .select(["unit_key", "unit_name"])
    .where("season_id", "=", seasonId)
    .execute();
  const names = new Map(units.map((u) => [u.unit_key, u.unit_name]));
  const out: UnitPromises[] = [];
  for (const sub of await latestSubmissions(store.db, seasonId, key)) {
    const last = lastYear.get(sub.unit_key);
    if (!last || !names.has(sub.unit_key)) continue;
    out.push({
      unitKey: sub.unit_key,
      unitName: names.get(sub.unit_key) as string,
      lastTitle: last.record.meta.title ?? last.name,
      items: alignPromises(last.record, sub.record),
      figures: figuresAcross(last.record, sub.record),
    });
  }
  return out;
}
