// Who issued the document, read from a name: a central body (司法部), a government by its area
// (长治市人民政府 → 长治市), a department (山东省司法厅: issuer the department, region its
// government's area), or a township-level unit (红枫湖镇, 三里屯街道).
import {
  BODY_AFTER,
  BRANCH_WORD,
  CENTRAL_BODIES,
  CENTRAL_BRANCH,
  CENTRAL_PREFIX,
  CENTRAL_REGION,
  SHORT_AREA_ENDINGS,
  ZONE_AREA,
  ZONE_BODY,
  ZONE_GOVERNMENT,
  ZONE_JOINT,
  ZONE_LEVEL,
  ZONE_PARTY,
  DEPARTMENT_MAX,
  DEPARTMENT_SUFFIX,
  GOVERNMENT_BODY,
  GOVERNMENT_OFFICE,
  GOVERNMENT_SEAT,
  GOVERNMENT_UNIT,
  NOT_BODY_NAME,
  NOT_TOWNSHIP_NAME,
  TOWNSHIP_NAME_MAX,
  LEVEL_PREFIX,
  NOT_LEVEL_PREFIX,
  TOWNSHIP_SUFFIX,
} from "../rules/issuers.ts";
import {
  CENTRAL_ORGANS,
  GOVERNMENT_TITLE,
  NAMES_END,
  ORGAN_AFTER_AREA,
  ORGAN_AROUND_AREA,
  PARTY_DEPARTMENT,
  PARTY_PREFIX,
} from "../rules/other-organs.ts";
import type { Level, OrganKind } from "../types.ts";
import { findRegions, type RegionMention, regionByName } from "./regions.ts";

export interface Issuer {
  region: string | null;
  level: Level;
  issuer: string;
  /** an organ of the area other than its government (长治市人民检察院): what kind; the level is
   *  the area's, or `department` for one of the Party committee's departments (长治市委老干部局) */
  organ?: OrganKind;
}

export interface IssuerName extends Issuer {
  /** a department named without its area: by its level alone (市司法局: the level of the area
   * it belongs to), or by its name alone (司法局: `any`) */
  areaLevel?: "province" | "city" | "county" | "any";
  /** where the name starts and ends in the text read */
  start: number;
  end: number;
  /** the name is a government's general office (GOVERNMENT_OFFICE) */
  office?: true;
  /** the name is a zone's governing body or Party working committee the division list does not
   *  hold (高新区管委会): named in full, as a township is */
  zone?: true;
}

/** A zone's governing body or Party working committee at `at` (ZONE_GOVERNMENT, ZONE_PARTY): the
 *  organ of no division, at the zone's level, its name read from `from` (长治市 of 长治市高新区
 *  管委会 is written before it). */
function zoneAt(norm: string, at: number, limit: number, from = at): IssuerName | null {
  const rest = norm.slice(at, limit);
  // a name ends where a name may end (高新区管委会坚持…); words going on after it (深化开发区管委会
  // 改革) make it part of an action, which may open with anything
  const ends = (end: number) => BODY_AFTER.test(norm.slice(end, Math.min(limit, end + NAME_AFTER_MAX)));
  const zone = (start: number, end: number): IssuerName | null =>
    ends(end)
      ? { region: null, level: ZONE_LEVEL, issuer: norm.slice(start, end), start: from, end, zone: true }
      : null;
  const body = ZONE_GOVERNMENT.exec(rest);
  if (body) return zone(from, at + body[0].length);
  const party = ZONE_PARTY.exec(rest);
  if (!party) return null;
  // the governing body after it, jointly (中共…工作委员会、管理委员会: one name; 中共宝鸡高新区工作
  // 委员会 宝鸡高新区管理委员会: the body's own)
  const gap = party[0].length + (ZONE_JOINT.exec(rest.slice(party[0].length))?.[0].length ?? 0);
  const short = ZONE_BODY.exec(rest.slice(gap));
  if (short) return zone(from, at + gap + short[0].length);
  const full = ZONE_GOVERNMENT.exec(rest.slice(gap));
  if (full) return zone(at + gap, at + gap + full[0].length);
  const own = zone(from, at + party[0].length);
  return own && { ...own, organ: "party" };
}

const CENTRAL = [...new Set([...CENTRAL_BODIES, ...CENTRAL_ORGANS.map((o) => o.name)])].sort(
  (a, b) => b.length - a.length,
);
const CENTRAL_ORGAN = new Map(CENTRAL_ORGANS.map((o) => [o.name, o.kind]));
const HAN_RUN = /^[\u4e00-\u9fff]+/;

/** A central body's name at `at` (after an optional 中华人民共和国). */
function centralAt(norm: string, at: number): { name: string; end: number } | null {
  const from = norm.startsWith(CENTRAL_PREFIX, at) ? at + CENTRAL_PREFIX.length : at;
  const name = CENTRAL.find((n) => norm.startsWith(n, from));
  return name ? { name, end: from + name.length } : null;
}

/** A central body's local bureau named after it by a province's short name (see CENTRAL_BRANCH):
 *  the bureau's words and the province, or null. */
function branchAt(norm: string, at: number, limit: number): { length: number; region: string } | null {
  const m = CENTRAL_BRANCH.exec(norm.slice(at, limit));
  if (!m) return null;
  for (const ending of SHORT_AREA_ENDINGS) {
    const region = regionByName(m[1] + ending);
    if (region && (region.level === "province" || region.level === "city"))
      return { length: m[0].length, region: region.name };
  }
  return null;
}

/** "北京市朝阳区…": of divisions written one after another, the last is the issuer. */
function chainFrom(mentions: RegionMention[]): RegionMention | undefined {
  let m = mentions[0];
  for (const next of mentions.slice(1)) {
    if (m && next.start === m.end) m = next;
    else break;
  }
  return m;
}

/** A township-level name at `at`: 红枫湖镇, 三里屯街道, 新宝力格苏木. */
function townshipAt(
  norm: string,
  at: number,
  limit: number,
  inArea: boolean,
): { name: string; end: number } | null {
  const run = HAN_RUN.exec(norm.slice(at, limit))?.[0] ?? "";
  for (let len = 1; len <= TOWNSHIP_NAME_MAX && len < run.length; len++) {
    const m = TOWNSHIP_SUFFIX.exec(norm.slice(at + len, limit));
    if (!m) continue;
    const name = run.slice(0, len) + m[1];
    const stem = name.slice(0, len);
    // 和 between words joins two names (部门和乡镇); a one-character name and 和 is a name
    // itself (仁和镇, 太和镇, 永和乡)
    if (NOT_TOWNSHIP_NAME.test(name) || /[的与及]|关于/.test(stem) || /.和./.test(stem) || stem === "和")
      return null;
    // away from a known area, "某某市红旗镇" is an area we do not know, not a township name
    if (!inArea && /[省市县区州](?!$)/.test(stem)) return null;
    return { name, end: at + len + m[1].length };
  }
  return null;
}

/** A department's name at `at`: the longest run that ends as department names end and where a
 *  name may end (BODY_AFTER: the end of the text read, punctuation, a year, a subject's verb) —
 *  a unit under a department is one name (交通运输局综合执法支队坚持…); else the shortest such run:
 *  a verb no table lists (市司法局紧盯…监督中心建设, 市司法局和市公安局) does not join the
 *  department to the words after it. */
function departmentAt(norm: string, at: number, limit: number): string | null {
  if (GOVERNMENT_BODY.test(norm.slice(at, limit))) return null;
  const run = HAN_RUN.exec(norm.slice(at, Math.min(limit, at + DEPARTMENT_MAX)))?.[0] ?? "";
  let shortest: string | null = null;
  for (let len = run.length; len >= 2; len--) {
    if (!DEPARTMENT_SUFFIX.test(run.slice(0, len))) continue;
    if (BODY_AFTER.test(norm.slice(at + len, Math.min(limit, at + len + NAME_AFTER_MAX))))
      return run.slice(0, len);
    shortest = run.slice(0, len);
  }
  return shortest;
}
/** The longest word BODY_AFTER looks for after a name (进一步, 高质量). */
const NAME_AFTER_MAX = 4;

/** A body under a government at `at` (人民政府国有资产监督管理委员会, 政府研究室): the length of the
 *  whole, or 0. Its general office is GOVERNMENT_OFFICE, read before. */
function governmentUnitAt(norm: string, at: number, limit: number): number {
  const seat = GOVERNMENT_SEAT.exec(norm.slice(at, limit));
  if (!seat) return 0;
  const from = at + seat[0].length;
  const rest = norm.slice(from, limit);
  // the shortest name a boundary follows: 国有资产监督管理委 goes on to 委员会
  for (let len = 2; len <= DEPARTMENT_MAX && len <= rest.length; len++) {
    const name = GOVERNMENT_UNIT.exec(rest.slice(0, len))?.[0];
    if (name?.length !== len || NOT_BODY_NAME.test(name)) continue;
    if (BODY_AFTER.test(rest.slice(len))) return seat[0].length + len;
  }
  return 0;
}

/** An organ of an area other than its government, named at `at` after the area's name (人民检察院,
 *  中级人民法院, 人大常委会, 委依法治市办): its kind and the length of its name, or null. */
function organAt(norm: string, at: number, limit: number): { kind: OrganKind; length: number } | null {
  const rest = norm.slice(at, limit);
  for (const { kind, name } of ORGAN_AFTER_AREA) {
    const m = name.exec(rest);
    if (m) return { kind, length: m[0].length };
  }
  return null;
}

/** An organ whose name holds the area's (政协长治市委员会), around the area's mention at
 *  [start, end): its kind and where its name starts and ends, or null. */
function organAround(
  norm: string,
  start: number,
  end: number,
  limit: number,
): { kind: OrganKind; start: number; end: number } | null {
  const before = norm.slice(Math.max(0, start - AROUND_BEFORE_MAX), start);
  for (const { kind, before: opens, after } of ORGAN_AROUND_AREA) {
    const head = opens.exec(before);
    const tail = head ? after.exec(norm.slice(end, limit)) : null;
    if (head && tail) return { kind, start: start - head[0].length, end: end + tail[0].length };
  }
  return null;
}
const AROUND_BEFORE_MAX = 10;

/** What stands after an area's name: its government, a township in it, another organ of it, or
 *  a department. `joint`: the name read also names the government (中共某市委 某市人民政府), whose
 *  report it is. */
function afterArea(norm: string, m: RegionMention, limit: number, prefix: string, joint = false): IssuerName {
  const area = m.region.name;
  const government: IssuerName = {
    region: area,
    level: m.region.level,
    issuer: area,
    start: m.start,
    end: m.end,
  };
  // the level written again before the organ (洋县县委, 汉中市市委, 府谷县县政府): part of its name
  const last = area[area.length - 1];
  const again =
    norm[m.end] === last &&
    last in LEVEL_PREFIX &&
    (GOVERNMENT_BODY.test(norm.slice(m.end + 1, limit)) || organAt(norm, m.end + 1, limit) !== null);
  const at = again ? m.end + 1 : m.end;
  const town = townshipAt(norm, at, limit, true);
  if (town) return { region: town.name, level: "township", issuer: town.name, start: m.start, end: town.end };
  const office = GOVERNMENT_OFFICE.exec(norm.slice(at, limit));
  if (office) {
    const end = at + office[0].length;
    const issuer = prefix + norm.slice(m.start, end);
    return { region: area, level: "department", issuer, start: m.start - prefix.length, end, office: true };
  }
  const unit = governmentUnitAt(norm, at, limit);
  if (unit) {
    const end = at + unit;
    return {
      region: area,
      level: "department",
      issuer: prefix + norm.slice(m.start, end),
      start: m.start - prefix.length,
      end,
    };
  }
  const around = prefix ? null : organAround(norm, m.start, at, limit);
  const organ = prefix || around ? null : organAt(norm, at, limit);
  // an organ named with the government (中共长治市委 长治市人民政府, 雄安新区党工委管委会): the
  // government's report, which the organ signs with it
  if (joint && (around || organ)) return { ...government, end: around?.end ?? at + (organ?.length ?? 0) };
  if (around) {
    const issuer = norm.slice(around.start, around.end);
    return {
      region: area,
      level: m.region.level,
      issuer,
      start: around.start,
      end: around.end,
      organ: around.kind,
    };
  }
  if (organ) {
    // the Party's name written before the area's is the organ's (中共长治市委)
    const party = PARTY_PREFIX.exec(norm.slice(Math.max(0, m.start - 5), m.start))?.[0] ?? "";
    const end = at + organ.length;
    const issuer = party + norm.slice(m.start, end);
    return {
      region: area,
      level: PARTY_DEPARTMENT.test(norm.slice(at, end)) ? "department" : m.region.level,
      issuer,
      start: m.start - party.length,
      end,
      organ: organ.kind,
    };
  }
  const body =
    GOVERNMENT_BODY.exec(norm.slice(at, limit)) ??
    (ZONE_AREA.test(area) ? ZONE_BODY.exec(norm.slice(at, limit)) : null);
  if (body) return { ...government, end: at + body[0].length };
  // a zone in the area the division list does not hold (长治市高新区管委会): the zone's
  const zone = prefix ? null : zoneAt(norm, at, limit, m.start);
  if (zone) return zone;
  // a central body's bureau of the area (中国人民银行广西壮族自治区分行): a department of it
  const name =
    departmentAt(norm, at, limit) ?? (prefix ? BRANCH_WORD.exec(norm.slice(at, limit))?.[0] : null);
  if (!name) return government;
  return {
    region: area,
    level: "department",
    issuer: prefix + norm.slice(m.start, m.end) + name,
    start: m.start - prefix.length,
    end: at + name.length,
  };
}

/** Whether the names read from `at` name the government with the organ (中共长治市委 长治市人民
 *  政府, 市委、市政府): they stop at a clause's end — an opening sentence that names the
 *  government later (长治市人民检察院坚持…，支持市人民政府依法行政) is not a joint name. */
function namesGovernment(norm: string, at: number, limit: number): boolean {
  const names = norm.slice(at, limit);
  const cut = names.search(NAMES_END);
  return GOVERNMENT_TITLE.test(cut >= 0 ? names.slice(0, cut) : names);
}

/**
 * The issuer named first in norm[from, to): a title's opening ("山东省司法厅2023年…"), or a
 * signature line. `limit` is where names stop (the year, 关于, 贯彻 in a title).
 */
export function issuerIn(norm: string, from: number, to: number, limit = to): IssuerName | null {
  const at = from + (/\S/.exec(norm.slice(from, to))?.index ?? 0);
  const mentions = findRegions(norm, at, to).filter((m) => m.end <= limit);
  const central = centralAt(norm, at);
  const branch = central && mentions[0]?.start !== central.end ? branchAt(norm, central.end, limit) : null;
  if (central && branch) {
    const end = central.end + branch.length;
    return { region: branch.region, level: "department", issuer: norm.slice(at, end), start: at, end };
  }
  if (central && mentions[0]?.start !== central.end) {
    const organ = CENTRAL_ORGAN.get(central.name);
    const issuer = { region: CENTRAL_REGION, level: "central" as const, issuer: central.name };
    return { ...issuer, start: at, end: central.end, ...(organ ? { organ } : {}) };
  }
  const m = chainFrom(mentions);
  if (m) {
    // a vertical department: 国家税务总局 + the area + 税务局
    const prefix = central ? norm.slice(at, central.end) : "";
    return afterArea(norm, m, limit, prefix, namesGovernment(norm, at, limit));
  }
  const town = townshipAt(norm, at, limit, false);
  if (town) return { region: town.name, level: "township", issuer: town.name, start: at, end: town.end };
  const zone = zoneAt(norm, at, limit);
  if (zone) return zone;
  const areaLevel = NOT_LEVEL_PREFIX.test(norm.slice(at, limit)) ? undefined : LEVEL_PREFIX[norm[at]];
  // 区政府办公室: the office of the district's government, not a department named 区政府办公室
  const office = areaLevel ? GOVERNMENT_OFFICE.exec(norm.slice(at + 1, limit)) : null;
  if (areaLevel && office) {
    const end = at + 1 + office[0].length;
    return {
      region: null,
      level: "department",
      issuer: norm.slice(at, end),
      start: at,
      end,
      areaLevel,
      office: true,
    };
  }
  // 市人民检察院, 市委依法治市办: another organ of the area of that level, at that level
  const organ = areaLevel ? organAt(norm, at + 1, limit) : null;
  // 县委、县政府 (jointly, the government's, as 中共长治市委 长治市人民政府 is): no organ of its own
  // where no area is named (the text's area is then the government's)
  const committee =
    organ?.kind === "party" && !PARTY_DEPARTMENT.test(norm.slice(at + 1, at + 1 + organ.length));
  if (committee && namesGovernment(norm, at, limit)) return null;
  if (areaLevel && organ) {
    const end = at + 1 + organ.length;
    return {
      region: null,
      level: PARTY_DEPARTMENT.test(norm.slice(at + 1, end)) ? "department" : areaLevel,
      issuer: norm.slice(at, end),
      start: at,
      end,
      areaLevel,
      organ: organ.kind,
    };
  }
  // 市人民政府法制办公室: a body under the government of the area of that level
  const unit = areaLevel ? governmentUnitAt(norm, at + 1, limit) : 0;
  if (areaLevel && unit) {
    const end = at + 1 + unit;
    return { region: null, level: "department", issuer: norm.slice(at, end), start: at, end, areaLevel };
  }
  const name = areaLevel ? departmentAt(norm, at + 1, limit) : null;
  if (areaLevel && name) {
    const end = at + 1 + name.length;
    return { region: null, level: "department", issuer: norm.slice(at, end), start: at, end, areaLevel };
  }
  const bare = departmentAt(norm, at, limit);
  if (bare) {
    const end = at + bare.length;
    return { region: null, level: "department", issuer: bare, start: at, end, areaLevel: "any" };
  }
  return null;
}
