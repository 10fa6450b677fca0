// Administrative divisions (GB/T 2260, generated into rules/regions.json) found in text.
import type { Level } from "../types.ts";
import rows from "../rules/regions.json" with { type: "json" };

export interface Region {
  name: string;
  level: Exclude<Level, "department">;
  code: string;
  parent: string;
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
const SUFFIXES = new Set(["省", "市", "县", "区", "州", "盟", "旗"]);
const MAX_NAME = 12;

export interface RegionMention {
  region: Region;
  start: number;
  end: number;
}

/** Every division named in `text`, longest name first at each end position. */
export function findRegions(text: string, from = 0, to = text.length): RegionMention[] {
  const out: RegionMention[] = [];
  for (let end = from + 2; end <= to; end++) {
    if (!SUFFIXES.has(text[end - 1])) continue;
    for (let len = Math.min(MAX_NAME, end - from); len >= 2; len--) {
      const list = BY_NAME.get(text.slice(end - len, end));
      if (list) {
        out.push({ region: list[0], start: end - len, end });
        break;
      }
    }
  }
  return out;
}

export function regionByName(name: string): Region | undefined {
  return BY_NAME.get(name)?.[0];
}
