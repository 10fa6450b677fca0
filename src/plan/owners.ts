// An owner as a plan writes it (市司法局, 长治市人民政府办公室, 司法局) → the unit it means, in
// the context of the plan's area. Pure: the agency table (rules/agencies.ts) and the division
// table (rules/regions.json) decide; the registry in the database stores what this computes.
//
// The area a name belongs to comes from its prefix: a division's name (长治市, 武乡县) is that
// division; a level word is the plan's division at that level (市 in a county's plan is its
// city; 县 in a city's plan is no county in particular); no prefix is the plan's own division.
import { agencyOf, inLevel, isCollective, splitPrefix } from "./units.ts";
import { AGENCIES } from "../rules/agencies.ts";
import {
  divisionInName,
  gbCode,
  isSharedName,
  namedNear,
  parentOf,
  type Region,
  regionByCode,
  regionByName,
} from "../structure/regions.ts";

export type UnitLevel = "province" | "city" | "county" | "unknown";

/** A unit as the registry holds it. */
export interface UnitRef {
  /** stable key (`unitKey`): "<area>:<agency>" for a known agency, else the unit's full name;
   *  an area whose name several divisions share, known to be one of them, by its code instead
   *  ("350102:justice", "350102:鼓楼区某中心"), so that 福州市's and 南京市's 鼓楼区司法局 are two */
  key: string;
  /** full name: 长治市司法局, 长治市人民政府办公室 */
  name: string;
  /** the name within its area: 市司法局 */
  shortName: string;
  /** the division (长治市), or the level word as written when no division is known, or "" */
  area: string;
  /** the area's GB/T 2260 code (six digits): which of the divisions sharing its name it is
   *  (鼓楼区司法局 of 福州市: 350102); null when that is not known */
  areaCode: string | null;
  level: UnitLevel;
  /** registry agency id (justice), null for units the agency table does not know */
  agency: string | null;
  /** other names: the agency's other and old names in this area (长治市环保局, 市环保局) */
  aliases: string[];
}

export type ResolvedOwner =
  | { collective: true; written: string }
  | { collective: false; written: string; unit: UnitRef };

/** The division a plan (or an account list) speaks of: 长治市. */
export interface OwnerContext {
  region: string | null;
  /** the region's GB/T 2260 code where the record knows it (meta.division): of the divisions
   *  that share a name (永定区 of 龙岩市 and of 张家界市) it says which, so 市司法局 in a
   *  张家界市永定区 plan is 张家界市's. Without it a shared name has no city. */
  code?: string | null;
}

/** A stored plan's context: the document's region (as the library shows it), with the record's
 *  division code beside it. A record analysed before the code was kept (engine 0.2.13) has none:
 *  its region goes by name, as it did. */
export function planContext(
  region: string | null,
  meta: { division?: { code: string | null } | null },
): OwnerContext {
  return { region, code: meta.division?.code ?? null };
}

const LEVEL_OF_WORD: Record<string, UnitLevel> = {
  省: "province",
  市: "city",
  州: "city",
  盟: "city",
  自治州: "city",
  县: "county",
  区: "county",
  旗: "county",
  自治县: "county",
};

/** The division at `level` that contains (or is) `region`: up by parent code, as county names
 *  repeat (a shared name unresolved has none: no city is guessed for it). */
function divisionAt(region: Region | undefined, level: UnitLevel): Region | undefined {
  for (let r = region, hops = 0; r && hops < 3; r = parentOf(r), hops++) if (r.level === level) return r;
  return undefined;
}

/** The context's division: by its code when that is the region's (a record that knows it), else
 *  by name (an older record, an account list's area). */
function homeOf(context: OwnerContext): Region | undefined {
  if (!context.region) return undefined;
  const coded = context.code ? regionByCode(context.code) : undefined;
  return coded?.name === context.region ? coded : regionByName(context.region);
}

interface Area {
  area: string;
  code: string | null;
  level: UnitLevel;
}

/** A division as a unit's area: a shared name unresolved (`ambiguous`) has no code. */
const asArea = (r: Region): Area => ({ area: r.name, code: r.code ? gbCode(r.code) : null, level: r.level });

/** The area a prefix names, in the context's division. */
function areaOf(prefix: string, context: OwnerContext): Area {
  const home = homeOf(context);
  const named = prefix ? regionByName(prefix) : undefined;
  // the plan's own division written out in full (鼓楼区司法局 in 福州市鼓楼区's plan) is the
  // plan's, whose code the record knows
  if (named?.ambiguous && home?.name !== named.name)
    return asArea((home?.code && namedNear(prefix, home.code)) || named);
  if (named) return home?.name === named.name ? asArea(home) : asArea(named);
  if (!prefix) return home ? asArea(home) : { area: "", code: null, level: "unknown" };
  const level = LEVEL_OF_WORD[prefix] ?? "unknown";
  const division = divisionAt(home, level);
  return division ? { ...asArea(division), level } : { area: prefix, code: null, level };
}

/** 市, 县, 区, 省: how a unit's own area names it (武乡县 → 县, 潞州区 → 区). */
function levelWord(area: string, level: UnitLevel): string {
  if (level === "province") return "省";
  if (level === "city") return area.endsWith("州") || area.endsWith("盟") ? area.slice(-1) : "市";
  if (level === "county") return area.slice(-1);
  return area;
}

const AGENCY = new Map(AGENCIES.map((a) => [a.id, a]));

/**
 * A unit's registry key: `<area>:<agency>` (长治市:justice), or the full name of a unit the agency
 * table does not know. An area named by a name several divisions share (鼓楼区) goes by its code
 * where that is known (350102:justice): the name alone made 福州市's and 南京市's 鼓楼区司法局 one
 * unit, whose accounts saw both cities' tasks. Every other key is as it was (old links keep
 * working); a shared name whose division is not known keeps the name (nothing is guessed).
 */
export function unitKey(
  area: string,
  code: string | null,
  agencyOrName: { agency: string } | { name: string },
) {
  const byCode = code && area && isSharedName(area) ? code : null;
  if ("agency" in agencyOrName) return `${byCode ?? area}:${agencyOrName.agency}`;
  return byCode ? `${byCode}:${agencyOrName.name}` : agencyOrName.name;
}

/** The name's divisions, when it opens with two or more of them, each within the one before
 *  (福州市鼓楼区司法局: 鼓楼区 of 福州市), and what follows; null otherwise. */
function nestedDivision(name: string, prefix: string): { region: Region; rest: string } | null {
  const read = divisionInName(name);
  if (!read || read.region.name === prefix || !read.region.code) return null;
  const outer = regionByName(prefix);
  const parent = parentOf(read.region);
  // the outer name must be the inner one's city or province (长治市鼓楼区 is no place)
  const chain = [parent, parent && parentOf(parent)].map((r) => r?.name);
  return outer && chain.includes(outer.name) ? read : null;
}

/** The unit a (non-collective) name stands for in the context. */
export function unitOf(written: string, context: OwnerContext): UnitRef {
  const name = normalizeName(written);
  const split = splitPrefix(name);
  // a district written after its city (福州市鼓楼区司法局) is the district's unit
  const nested = nestedDivision(name, split.prefix);
  const { prefix, rest } = nested ? { prefix: nested.region.name, rest: nested.rest } : split;
  const placed = nested ? asArea(nested.region) : undefined;
  const agency = agencyOf(rest);
  if (!agency) {
    // an agency the table does not know: named with its area, or kept as written
    const where =
      placed ?? (prefix ? areaOf(prefix, context) : { area: "", code: null, level: "unknown" as const });
    const full = where.area && (nested || !regionByName(prefix)) ? `${where.area}${rest}` : name;
    const short = where.area ? `${levelWord(where.area, where.level)}${rest}` : name;
    return {
      key: unitKey(where.area, where.code, { name: full }),
      name: full,
      shortName: short,
      area: where.area,
      areaCode: where.code,
      level: where.level,
      aliases: [],
      agency: null,
    };
  }
  const { area, code: areaCode, level } = placed ?? areaOf(prefix, context);
  const def = AGENCY.get(agency.id);
  const word = area ? levelWord(area, level) : "";
  const agencyName = inLevel(agency.name, word || prefix, name);
  const official = def?.official ?? agencyName;
  const inArea = (n: string) => (area && area !== word ? `${area}${n}` : `${word}${n}`);
  const others = [agencyName, ...(def?.aliases ?? [])].filter((a) => a !== official);
  return {
    key: unitKey(area, areaCode, { agency: agency.id }),
    name: inArea(official),
    shortName: `${word}${agencyName}`,
    area,
    areaCode,
    level,
    agency: agency.id,
    aliases: [...new Set([...others.map(inArea), ...others.map((a) => `${word}${a}`)])],
  };
}

/** An owner string resolved: a collective (各县市区政府, 市直各相关单位) or one unit. */
export function resolveOwnerName(written: string, context: OwnerContext): ResolvedOwner {
  const name = normalizeName(written);
  if (isCollective(name)) return { collective: true, written: name };
  return { collective: false, written: name, unit: unitOf(name, context) };
}

/** Spaces and full-width brackets as plans write them never make two units. */
export const normalizeName = (s: string) => s.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")");

/** The key an owner is counted under: its unit's, or the name itself for a collective. */
export const ownerKeyOf = (written: string, context: OwnerContext): string => {
  const r = resolveOwnerName(written, context);
  return r.collective ? r.written : r.unit.key;
};
