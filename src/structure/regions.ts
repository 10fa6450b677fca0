// Administrative divisions (GB/T 2260, generated into rules/regions.json) found in text.
import { AUTONOMOUS_SHORT, ETHNIC_GROUPS } from "../rules/issuers.ts";
import { BEFORE_SHORT_NAME, UNIT_AFTER, VERB_NAMED, WORD_AFTER } from "../rules/region-words.ts";
import { FORMER_REGIONS } from "../rules/former-regions.ts";
import { NEW_AREA_DIVISIONS, NEW_AREAS } from "../rules/new-areas.ts";
import rows from "../rules/regions.json" with { type: "json" };
import { CONTEXT_SHORT_NAMES, type ContextShortName } from "../rules/short-regions.ts";

export interface Region {
  name: string;
  level: "province" | "city" | "county";
  /** GB/T 2260 code as rules/regions.json keeps it (43 a province, 4308 a city, 430802 a
   *  county; `gbCode` writes it in six digits); "" for a former division (its code was retired
   *  with it), for a national new area outside the list (雄安新区: rules/new-areas.ts) and for a
   *  name several divisions share when nothing said which (`ambiguous`) */
  code: string;
  /** the division it lies in (张家界市); "" for a province, and for an ambiguous name */
  parent: string;
  /** the parent's code (4308): names of counties repeat across the country (永定区 of 龙岩市
   *  and of 张家界市), so the way up from a county goes by code; "" where `parent` is "" */
  parentCode: string;
  /** a division that no longer exists under this name: the first year it did not, and what it
   *  became (株洲县 → 渌口区 from 2018) */
  former?: { until: number; successor: string };
  /** a name several divisions share (永定区), where nothing said which of them is meant: the
   *  name and level alone, no code and no parent — never one of them guessed */
  ambiguous?: true;
}

type Row = [string, Region["level"], string, string];
const ROWS = rows as Row[];
/** Each division's name by its code as the table keeps it (4308 张家界市; every code is listed
 *  once): a parent's code is the longest prefix of its child's that is the parent's (a Beijing
 *  district's parent is the province, 11). A map by code, not a set of name-and-code strings,
 *  whose building was a fifth of the table's cost at every worker's start. */
const NAME_BY_CODE = new Map<string, string>();
for (const row of ROWS) NAME_BY_CODE.set(row[2], row[0]);
function parentCodeOf(code: string, parent: string): string {
  for (const len of [4, 2])
    if (len < code.length && NAME_BY_CODE.get(code.slice(0, len)) === parent) return code.slice(0, len);
  return "";
}

const BY_NAME = new Map<string, Region[]>();
/** by six-digit code (430802, 430800, 430000); a city without counties, listed again as its own
 *  county with the same six digits (东莞市 441900), is the city, listed first */
const BY_CODE = new Map<string, Region>();
const ALL: Region[] = [];
// rows read by index: destructuring each (an iterator for every row) was half of this loop's cost
// in a worker that has just started, where it runs once and uncompiled
for (const row of ROWS) {
  const name = row[0];
  const level = row[1];
  const code = row[2];
  const parent = row[3];
  const region: Region = { name, level, code, parent, parentCode: parentCodeOf(code, parent) };
  ALL.push(region);
  const list = BY_NAME.get(name) ?? [];
  list.push(region);
  BY_NAME.set(name, list);
  if (!BY_CODE.has(gbCode(code))) BY_CODE.set(gbCode(code), region);
}
// Division names that are also ordinary words (主城区, 郊区): a place only right after its city's
// name (阳泉市城区人民政府, 济南市市中区司法局, 长治市城区人民法院), never alone — shared names
// then (several cities have a 城区), which the text's city tells apart as it does 鼓楼区's.
export const GENERIC_NAMES: ReadonlySet<string> = new Set([
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
// former names (株洲县) are found as the places they were; a name in force always wins
// (their parents are cities, whose names are not shared: the parent's code is found by name),
// but a generic name is read only after its city, so a former one (长治市城区) joins the others
for (const [name, level, parent, until, successor] of FORMER_REGIONS)
  if (!BY_NAME.has(name) || GENERIC_NAMES.has(name)) {
    const parentCode = BY_NAME.get(parent)?.[0].code ?? "";
    const former: Region = { name, level, code: "", parent, parentCode, former: { until, successor } };
    BY_NAME.set(name, [...(BY_NAME.get(name) ?? []), former]);
  }

// national new areas outside the list (雄安新区) are places of the level they act at, with no code
// of their own (nor among the divisions under their parent, `regionsUnder`: no 人民政府 governs
// them); one that is another name of a division (南沙新区) is that division
for (const [name, level, parent] of NEW_AREAS)
  if (!BY_NAME.has(name)) {
    const parentCode = BY_NAME.get(parent)?.[0].code ?? "";
    BY_NAME.set(name, [{ name, level, code: "", parent, parentCode }]);
  }
for (const [name, division] of NEW_AREA_DIVISIONS) {
  const list = BY_NAME.get(division);
  if (list && !BY_NAME.has(name)) BY_NAME.set(name, list);
}

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
// (one test of each name's end, not one per suffix: the few that end so are then read suffix by suffix)
const AUTONOMOUS_END = new RegExp(`(?:${Object.keys(AUTONOMOUS_SHORT).join("|")})$`);
for (const name of [...BY_NAME.keys()]) {
  if (!AUTONOMOUS_END.test(name)) continue;
  const list = BY_NAME.get(name) as Region[];
  for (const [suffix, short] of Object.entries(AUTONOMOUS_SHORT)) {
    if (!name.endsWith(suffix)) continue;
    const place = placeOfAutonomous(name.slice(0, -suffix.length));
    if (place.length === name.length - suffix.length) continue;
    for (const alias of [place + short, place + suffix]) if (!BY_NAME.has(alias)) BY_NAME.set(alias, list);
  }
}
// Short names read only where the text supports them (巴州: rules/short-regions.ts).
const CONTEXT_SHORT = new Map(CONTEXT_SHORT_NAMES.map((e) => [e.short, e]));
let shortText: string | undefined;
const shortSaid = new Map<string, boolean>();

/** Is the short name at text[start, end) the prefecture it stands for? Only where the text
 *  supports it and points nowhere else; not inside a longer name (巴州区), nor as a word's end. */
function contextShortAt(text: string, start: number, end: number, e: ContextShortName): Region | undefined {
  const region = BY_NAME.get(e.full)?.[0];
  if (!region || BY_NAME.has(text.slice(start, end + 1))) return undefined;
  const before = text[start - 1];
  if (before && HAN.test(before) && !BEFORE_SHORT_NAME.test(before) && !text.endsWith(e.province, start))
    return undefined;
  if (text !== shortText) {
    shortText = text;
    shortSaid.clear();
  }
  let said = shortSaid.get(e.short);
  if (said === undefined) {
    said = e.supports.test(text) && !e.against?.test(text);
    shortSaid.set(e.short, said);
  }
  return said ? region : undefined;
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
      if (list && GENERIC_NAMES.has(list[0].name)) {
        const own = list.find((r) => r.parent && text.startsWith(r.parent, end - len - r.parent.length));
        if (own) {
          out.push({ region: own, start: end - len, end });
          break;
        }
        continue;
      }
      if (list && readAsWord(text, end - len, end, list[0])) break;
      // a former name inside the one that replaced it (梅县 of 梅县区) is no mention of its own
      if (list?.[0].former && BY_NAME.has(text.slice(end - len, end + 1))) break;
      const short = !list && len === 2 ? CONTEXT_SHORT.get(text.slice(end - len, end)) : undefined;
      const shortRegion = short && contextShortAt(text, end - len, end, short);
      if (shortRegion) {
        out.push({ region: shortRegion, start: end - len, end });
        break;
      }
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
 *  text writes right before this mention (龙岩市永定区), else the one the text as a whole says
 *  (`namedInText`). */
function ofNamedParent(list: Region[], text: string, start: number): Region {
  // a city without counties is listed again under itself (东莞市): the city, as before
  if (list.some((r) => r.parent === r.name)) return list[0];
  return (
    list.find((r) => r.parent && text.startsWith(r.parent, start - r.parent.length)) ??
    namedInText(list, text)
  );
}

// what a text says of a shared name is read once per text: findRegions meets the name at every
// mention, and the issuer's reading calls it line by line over the same text
let saidText: string | undefined;
const said = new Map<string, Region>();

/** Which of the divisions sharing a name the text means: the one it writes with its city
 *  somewhere (张家界市永定区) and whose city no other's outnumbers, else the one whose city,
 *  then whose province, it names more often
 *  than the others'; else none — the name stays ambiguous (`ambiguous`) rather than becoming
 *  the first of the list (a 张家界 plan read as 龙岩's). */
function namedInText(list: Region[], text: string): Region {
  if (text !== saidText) {
    saidText = text;
    said.clear();
  }
  const name = list[0].name;
  let found = said.get(name);
  if (!found) {
    const written = list.filter((r) => r.parent && text.includes(r.parent + name));
    // one written with its city is that one, unless another's city is named more often: then the
    // written one is a place the text speaks of (赴北京市朝阳区学习 in 长春市's 朝阳区 report)
    const alone =
      written.length === 1 && !list.some((r) => countIn(text, r.parent) > countIn(text, written[0].parent))
        ? written[0]
        : undefined;
    const pool = written.length > 1 ? written : list;
    found =
      alone ??
      mostNamed(pool, text, (r) => r.parent) ??
      mostNamed(pool, text, (r) => provinceOf(r)?.name ?? "") ??
      ambiguousAs(list[0]);
    said.set(name, found);
  }
  return found;
}

/** The one region whose `place` the text names strictly more often than every other's. */
function mostNamed(list: Region[], text: string, place: (r: Region) => string): Region | undefined {
  const counts = list.map((r) => countIn(text, place(r)));
  const top = Math.max(...counts);
  return top > 0 && counts.filter((n) => n === top).length === 1 ? list[counts.indexOf(top)] : undefined;
}

function countIn(text: string, word: string): number {
  if (!word) return 0;
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/** A shared name no text decided: its name and level, no code, no parent. */
const ambiguousAs = (r: Region): Region => ({
  name: r.name,
  level: r.level,
  code: "",
  parent: "",
  parentCode: "",
  ambiguous: true,
});

/** The division a division lies in: by code (county names repeat); a former division whose city
 *  is former too (莱城区 of 莱芜市) by name, as former names are not shared. */
export function parentOf(region: Region): Region | undefined {
  if (region.parentCode) return regionByCode(region.parentCode);
  return region.former && region.parent ? regionByName(region.parent) : undefined;
}

/** The province a division lies in (itself for a province). */
export function provinceOf(region: Region): Region | undefined {
  let r: Region | undefined = region;
  for (let hops = 0; r && r.level !== "province" && hops < 3; hops++) r = parentOf(r);
  return r;
}

/** The division of that name; of several (永定区), the one `text` says (its city written before
 *  the name, or named more than the others'); without a text, or when it does not say, the name
 *  marked `ambiguous` — name and level, no code or parent. */
export function regionByName(name: string, text?: string): Region | undefined {
  const list = BY_NAME.get(name);
  if (!list || list.length === 1) return list?.[0];
  if (list.some((r) => r.parent === r.name)) return list[0];
  return text === undefined ? ambiguousAs(list[0]) : namedInText(list, text);
}

/** The divisions a name may stand for: every division of that name, except that a city listed
 *  again as its own county (嘉峪关市: 620200, its county row 620201; 东莞市 441900 both) is one
 *  division, the city, as `regionByName` and so the records have it. */
function divisionsNamed(name: string): Region[] {
  const list = BY_NAME.get(name) ?? [];
  const city = list.find((r) => r.level === "city" && list.some((c) => c.parent === r.name));
  return city ? [city] : list;
}

/** Whether several divisions bear this name (鼓楼区 of 福州市, 南京市, 徐州市 and 开封市), so that
 *  the name alone does not say which one is meant: what a name needs its city for, in labels, in
 *  matching reports and in the unit registry's keys. A city listed again as its own county
 *  (嘉峪关市, 东莞市, 中山市) is one division, not shared; a name the table does not know is not. */
export const isSharedName = (name: string): boolean => divisionsNamed(name).length > 1;

/** The six-digit code of the one division of that name (长治市 → 140400, 嘉峪关市 → 620200);
 *  null for a shared name (`isSharedName`: 鼓楼区), a former division's (its code was retired)
 *  and a name the table does not know. */
export function soleCode(name: string): string | null {
  const list = divisionsNamed(name);
  return list.length === 1 && list[0].code ? gbCode(list[0].code) : null;
}

/** Every division of that name (鼓楼区: four). */
export const regionsNamed = (name: string): Region[] => BY_NAME.get(name) ?? [];

/** The division of a GB/T 2260 code, in six digits (430802, 430800) or as rules/regions.json
 *  keeps it (4308). */
export const regionByCode = (code: string): Region | undefined =>
  code ? BY_CODE.get(gbCode(code)) : undefined;

/** A code as GB/T 2260 writes it: six digits (4308 → 430800). */
export function gbCode(code: string): string {
  return code.padEnd(6, "0");
}

/** The place a division's name stands for in a document of `year`: the name itself while the
 *  division existed (株洲县 in a report on 2017), what it became from the year it no longer did
 *  (渌口区 for 2018 on); a name in force, or no year, as it is. Of a shared name (城区), the one
 *  `text` says (长治市城区, 潞州区 from 2018; 阳泉市城区 stays). */
export function regionInYear(name: string, year: number | null, text?: string): string {
  const former = regionByName(name, text)?.former;
  return former && year !== null && year >= former.until ? former.successor : name;
}

/** The divisions directly under `parent` (长治市 → its districts and counties), in code order. */
export function regionsUnder(parent: string): Region[] {
  return ALL.filter((r) => r.parent === parent);
}

/** The divisions a name opens with, read down (福建省福州市鼓楼区人民政府 → 鼓楼区 of 福州市) and
 *  what follows them; a shared name written without its city (鼓楼区人民政府) reads with no code. */
export function divisionInName(name: string): { region: Region; rest: string } | null {
  let at = 0;
  let last: Region | null = null;
  for (const m of findRegions(name, 0, Math.min(name.length, 20))) {
    if (m.start !== at) break;
    last = m.region;
    at = m.end;
  }
  return last ? { region: last, rest: name.slice(at) } : null;
}

/** Of the divisions bearing `name`, the one that is the division of `code` or lies in it or in
 *  the division above it: 鼓楼区 for 福州市 (350100), or for 福州市's 台江区, is 福州市's 鼓楼区 —
 *  where a plan names a district without its city. By code, up from each; none when no one, or
 *  several, are (no city is guessed). */
export function namedNear(name: string, code: string): Region | undefined {
  const home = regionByCode(code);
  if (!home?.code) return undefined;
  const list = regionsNamed(name);
  const own = list.filter((r) => r.code && gbCode(r.code) === gbCode(home.code));
  if (own.length === 1) return own[0];
  const near = new Set([home, parentOf(home)].flatMap((r) => (r?.code ? [gbCode(r.code)] : [])));
  const within = (r: Region) => {
    for (let p = parentOf(r), hops = 0; p && hops < 3; p = parentOf(p), hops++)
      if (near.has(gbCode(p.code))) return true;
    return false;
  };
  const hits = list.filter(within);
  return hits.length === 1 ? hits[0] : undefined;
}
