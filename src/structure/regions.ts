// Administrative divisions (GB/T 2260, generated into rules/regions.json) found in text.
import { AUTONOMOUS_SHORT, ETHNIC_GROUPS } from "../rules/issuers.ts";
import { BEFORE_SHORT_NAME, UNIT_AFTER, VERB_NAMED, WORD_AFTER } from "../rules/region-words.ts";
import { FORMER_REGIONS } from "../rules/former-regions.ts";
import rows from "../rules/regions.json" with { type: "json" };

export interface Region {
  name: string;
  level: "province" | "city" | "county";
  /** GB/T 2260 code; "" for a former division (its code was retired with it) */
  code: string;
  parent: string;
  /** a division that no longer exists under this name: the first year it did not, and what it
   *  became (株洲县 → 渌口区 from 2018) */
  former?: { until: number; successor: string };
}

const BY_NAME = new Map<string, Region[]>();
for (const [name, level, code, parent] of rows as Array<[string, Region["level"], string, string]>) {
  const list = BY_NAME.get(name) ?? [];
  list.push({ name, level, code, parent });
  BY_NAME.set(name, list);
}
// Division names that are also ordinary words (主城区, 郊区): never read them as a place.
const GENERIC = new Set([
  "城区",
  "郊区",
  "矿区",
  "东区",
  "西区",
  "南区",
  "北区",
  "中区",
  "新城区",
  "老城区",
  "市中区",
  "城中区",
]);
for (const name of GENERIC) BY_NAME.delete(name);
// former names (株洲县) are found as the places they were; a name in force always wins
for (const [name, level, parent, until, successor] of FORMER_REGIONS)
  if (!BY_NAME.has(name))
    BY_NAME.set(name, [{ name, level, code: "", parent, former: { until, successor } }]);

// longest first, sorted once: every worker reads the place of ~150 autonomous areas as it starts
const GROUPS_LONGEST_FIRST = [...ETHNIC_GROUPS].sort((a, b) => b.length - a.length);

/** The place part of an autonomous area's name: 恩施土家族苗族 → 恩施, 巴音郭楞蒙古 → 巴音郭楞. */
export function placeOfAutonomous(stem: string): string {
  const groups = GROUPS_LONGEST_FIRST;
  let place = stem;
  for (let bare = true; ; bare = false) {
    const withZu = place.endsWith("族");
    const body = withZu ? place.slice(0, -1) : place;
    // a group written without 族 only ends the name (巴音郭楞蒙古自治州)
    if (!withZu && !bare) return place;
    const group = groups.find((g) => body.endsWith(g) && body.length - g.length >= 2);
    if (!group) return place;
    place = body.slice(0, -group.length);
  }
}

// Short names in use for autonomous areas (恩施州, 长阳县), where no other area has that name.
for (const [name, list] of [...BY_NAME]) {
  for (const [suffix, short] of Object.entries(AUTONOMOUS_SHORT)) {
    if (!name.endsWith(suffix)) continue;
    const place = placeOfAutonomous(name.slice(0, -suffix.length));
    if (place.length === name.length - suffix.length) continue;
    for (const alias of [place + short, place + suffix]) if (!BY_NAME.has(alias)) BY_NAME.set(alias, list);
  }
}
const SUFFIXES = new Set(["省", "市", "县", "区", "州", "盟", "旗"]);
const MAX_NAME = 12;

export interface RegionMention {
  region: Region;
  start: number;
  end: number;
}

const HAN = /[\u4e00-\u9fff]/;
const VERBS = new Map(VERB_NAMED.map((v) => [v.name, v.verb]));

/** Is the division name at text[start, end) an ordinary word here (会同县公安局, 和平区域)? */
function readAsWord(text: string, start: number, end: number, region: Region): boolean {
  const suffix = text[end - 1];
  if (end - start === 2 && start > 0 && HAN.test(text[start - 1]) && !BEFORE_SHORT_NAME.test(text[start - 1]))
    return true;
  if (WORD_AFTER[suffix] && text[end] === WORD_AFTER[suffix]) return true;
  const verb = VERBS.get(region.name);
  if (!verb) return false;
  if (region.parent && text.slice(Math.max(0, start - region.parent.length), start) === region.parent)
    return false;
  return UNIT_AFTER.test(text.slice(end, end + 12));
}

/** Every division named in `text`, longest name first at each end position. */
export function findRegions(text: string, from = 0, to = text.length): RegionMention[] {
  const out: RegionMention[] = [];
  for (let end = from + 2; end <= to; end++) {
    if (!SUFFIXES.has(text[end - 1])) continue;
    for (let len = Math.min(MAX_NAME, end - from); len >= 2; len--) {
      const list = BY_NAME.get(text.slice(end - len, end));
      if (list && readAsWord(text, end - len, end, list[0])) break;
      // a former name inside the one that replaced it (梅县 of 梅县区) is no mention of its own
      if (list?.[0].former && BY_NAME.has(text.slice(end - len, end + 1))) break;
      if (list) {
        out.push({
          region: list.length > 1 ? ofNamedParent(list, text, end - len) : list[0],
          start: end - len,
          end,
        });
        break;
      }
    }
  }
  return out;
}

/** Of several divisions with one name (永定区 of 龙岩市 and of 张家界市), the one whose city the
 *  text writes right before it (龙岩市永定区), else the one whose city it names anywhere, else the
 *  first listed. */
function ofNamedParent(list: Region[], text: string, start: number): Region {
  // a city without counties is listed again under itself (东莞市): the city, as before
  if (list.some((r) => r.parent === r.name)) return list[0];
  return (
    list.find((r) => r.parent && text.startsWith(r.parent, start - r.parent.length)) ??
    list.find((r) => r.parent && text.includes(r.parent)) ??
    list[0]
  );
}

/** The division of that name; of several (永定区), the one whose city `text` names, if given. */
export function regionByName(name: string, text?: string): Region | undefined {
  const list = BY_NAME.get(name);
  return list && text !== undefined && list.length > 1 ? ofNamedParent(list, text, 0) : list?.[0];
}

/** The place a division's name stands for in a document of `year`: the name itself while the
 *  division existed (株洲县 in a report on 2017), what it became from the year it no longer did
 *  (渌口区 for 2018 on); a name in force, or no year, as it is. */
export function regionInYear(name: string, year: number | null): string {
  const former = BY_NAME.get(name)?.[0].former;
  return former && year !== null && year >= former.until ? former.successor : name;
}

/** The divisions directly under `parent` (长治市 → its districts and counties), in code order. */
export function regionsUnder(parent: string): Region[] {
  return (rows as Array<[string, Region["level"], string, string]>)
    .filter((r) => r[3] === parent)
    .map(([name, level, code]) => ({ name, level, code, parent }));
}
