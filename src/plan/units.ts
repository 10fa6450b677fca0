// Unit names as written in responsibility clauses, resolved against the registry so that
// one department is one unit across plans, reports and years.
import { AGENCIES, COLLECTIVE, LEVEL_SLOT } from "../rules/agencies.ts";
import { findRegions } from "../structure/regions.ts";

export interface ResolvedUnit {
  written: string;
  /** registry id, null for collectives and unknown names */
  id: string | null;
  /** canonical display name with the level prefix as written (市发展和改革委员会) */
  name: string;
  collective: boolean;
  known: boolean;
}

const BY_ALIAS = new Map<string, { id: string; name: string }>();
for (const a of AGENCIES) {
  for (const alias of [a.name, ...a.aliases]) BY_ALIAS.set(alias, { id: a.id, name: a.name });
}
const LEVEL_PREFIX = /^(市|县|区|省|州|盟|旗|自治州|自治县)/;

const LEVEL_WORDS = "省市州盟县区旗";

/** A registry name in a unit's level: its LEVEL_SLOT filled with `word` (区, 县; a place's last
 *  character), else with the level the written name gives right after the words before the slot
 *  (依法治县办 → 县), else 市. */
export function inLevel(name: string, word: string, written = ""): string {
  const slot = name.indexOf(LEVEL_SLOT);
  if (slot < 0) return name;
  let level = LEVEL_WORDS.includes(word.slice(-1)) && word ? word.slice(-1) : "";
  if (!level) {
    const lead = name.slice(Math.max(0, slot - 2), slot);
    const at = lead ? written.indexOf(lead) : -1;
    const after = at >= 0 ? written[at + lead.length] : "";
    level = after && LEVEL_WORDS.includes(after) ? after : "市";
  }
  return name.replace(LEVEL_SLOT, level);
}

/** A name's place or level prefix (长治市, 市, 县…) and the rest (司法局). */
export function splitPrefix(written: string): { prefix: string; rest: string } {
  const region = findRegions(written, 0, Math.min(written.length, 14)).find((m) => m.start === 0);
  if (region) return { prefix: region.region.name, rest: written.slice(region.end) };
  const m = LEVEL_PREFIX.exec(written);
  return m ? { prefix: m[1], rest: written.slice(m[1].length) } : { prefix: "", rest: written };
}

/** The registry agency a name without its prefix stands for (发改委 → development-reform). */
export const agencyOf = (rest: string): { id: string; name: string } | undefined =>
  BY_ALIAS.get(rest) ?? (rest.startsWith("委") ? undefined : BY_ALIAS.get(`委${rest}`));

export const isCollective = (name: string) => COLLECTIVE.test(name) && !BY_ALIAS.has(splitPrefix(name).rest);

// plans repeat the same few dozen names hundreds of times
const RESOLVED = new Map<string, ResolvedUnit>();

export function resolveUnit(written: string): ResolvedUnit {
  let hit = RESOLVED.get(written);
  if (!hit) {
    hit = resolveUncached(written);
    if (RESOLVED.size < 10000) RESOLVED.set(written, hit);
  }
  return hit;
}

function resolveUncached(written: string): ResolvedUnit {
  const name = written.trim();
  if (isCollective(name)) return { written: name, id: null, name, collective: true, known: true };
  const { prefix, rest } = splitPrefix(name);
  const hit = agencyOf(rest) ?? BY_ALIAS.get(name);
  if (hit)
    return {
      written: name,
      id: hit.id,
      name: `${prefix}${inLevel(hit.name, prefix, name)}`,
      collective: false,
      known: true,
    };
  return { written: name, id: null, name, collective: false, known: false };
}

/** The key under which a unit's tasks are counted: registry id with its level, else the name. */
export const unitKey = (u: ResolvedUnit) => (u.id ? `${splitPrefix(u.written).prefix}:${u.id}` : u.name);
