// What the document is: kind, title, issuing region, level, year reported on, date shown.
import type { PageHints } from "../ingest/html.ts";
import { DATE_IN_LINE, YEAR_SPACE_DATE } from "../rules/boilerplate.ts";
import {
  AREA_END_LEVEL,
  FORMER_MARK,
  GOVERNMENT_SEAT,
  TAIWAN_CITY,
  BEFORE_LEVEL_NAME,
  DOCUMENT_SENT,
  HEADING_START,
  INFO_BOX_ISSUER,
  LEVEL_DEPARTMENT,
  LEVEL_PREFIX,
  OPENING_MIN,
  OPENING_REACH,
  SELF_REFERENCE,
  SELF_SUFFIX,
  TITLE_AREA,
  TITLE_ORGAN,
  YEAR_SENTENCE,
  ZONE_LEVEL,
  SUBJECT_ENDS,
  SUBJECT_VERB,
  ZONE_ORGAN,
} from "../rules/issuers.ts";
import { arabicYears, ROC_EPOCH, ROC_YEAR } from "../rules/numerals.ts";
import { NEW_AREAS } from "../rules/new-areas.ts";
import { COMMITTEE_STANDING, ORGAN_HEAD, PARTY_SENDS_FOR_AREA } from "../rules/other-organs.ts";
import { SENT_TO_YOU } from "../rules/titles.ts";
import type { Division, DocKind, Level, Meta, Noise, Script } from "../types.ts";
import { normalizeText } from "../normalize/normalize.ts";
import { parseChineseDate } from "./dates.ts";
import { type Issuer, type IssuerName, issuerIn } from "./issuer.ts";
import { detectKind } from "./kind.ts";
import type { Line } from "./lines.ts";
import {
  findRegions,
  gbCode,
  parentOf,
  type RegionMention,
  regionByName,
  regionInYear,
  regionsNamed,
} from "./regions.ts";
import { findTitle, hintTitle, type TitleFound } from "./title.ts";

export interface MetaInput {
  text: string;
  norm: string;
  lines: Line[];
  /** the lines that are neither blank nor noise */
  body: Line[];
  noise: Noise[];
  hints: PageHints;
  script: Script;
}

const toIso = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31
    ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
    : null;

function dateIn(s: string): string | null {
  const m = DATE_IN_LINE.exec(s) ?? YEAR_SPACE_DATE.exec(s);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  return parseChineseDate(s);
}

/** The date shown with the page (metadata line), else the signing date under the text. */
function findPublished(lines: Line[], noise: Noise[], body: Line[], hints: PageHints): string | null {
  // the key may be parted from its value by a bar (发布日期 | 2025-06-30, an information box
  // drawn as a table); of several keys, on one line or on lines one under the other, the
  // publication's (生成日期 | 2023-03-01 … 发布时间: 2023-03-14), else the first
  let first: string | null = null;
  for (const n of noise) {
    if (n.kind !== "boilerplate") continue;
    for (const line of lines) {
      if (line.start > n.end || line.end < n.start) continue;
      const publishedAt = line.text.search(PUBLISHED_KEY);
      const published = publishedAt >= 0 ? dateIn(line.text.slice(publishedAt)) : null;
      if (published) return published;
      const keyAt = first === null ? line.text.search(DATE_KEY) : -1;
      if (keyAt >= 0) first = dateIn(line.text.slice(keyAt));
    }
  }
  if (first) return first;
  if (hints.published) {
    const d = dateIn(hints.published);
    if (d) return d;
  }
  for (const line of body.slice(-SIGNATURE_LINES).reverse()) {
    const d = dateLine(line);
    if (d) return d;
  }
  const signed = signedDate(body);
  if (signed) return signed;
  // a signature dated by its month alone (二〇二五年三月): the month, as ISO 8601 writes a date of
  // month precision (2025-03) — compared as text it is before every day of that month, so a
  // deadline check (2025-04-01) never calls a report late on a day it does not know
  for (const line of body.slice(-SIGNATURE_LINES).reverse()) {
    const d = monthLine(line);
    if (d) return d;
  }
  return null;
}

/** The last lines a signature's date stands on. */
const SIGNATURE_LINES = 4;

/** The month a line gives when it is a year and month alone (2025年3月, 二〇二五年三月). */
function monthLine(line: Line): string | null {
  const m = MONTH_ALONE.exec(line.text.trim());
  if (!m) return null;
  const year = Number(arabicYears(`${m[1]}年`).slice(0, -1));
  const month = m[2].length <= 2 && /^\d+$/.test(m[2]) ? Number(m[2]) : CHINESE_MONTH.indexOf(m[2]) + 1;
  if (!(year >= 1990 && year <= 2100) || month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, "0")}`;
}
const MONTH_ALONE =
  /^([〇○零Ｏ一二三四五六七八九]{4}|\d{4})\s*年\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月$/;
const CHINESE_MONTH = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** The date of a notice's signature, above the plan it sends out (关于印发…的通知 / 某市人民政府 /
 *  2017年5月10日): the plan's own date, which a page republishing it years later does not change. */
export function signedDate(body: Line[]): string | null {
  for (const [k, line] of body.slice(0, NOTICE_LINES).entries()) {
    const d = k > 0 && dateLine(line);
    const signer = body[k - 1]?.text.trim() ?? "";
    if (d && signer.length <= 30 && !/[。,;，；]/.test(signer)) return d;
  }
  return null;
}

/** A metadata line's key of a date, and the key of the publication date among them. */
const DATE_KEY = /(发布|时间|日期)\s*[:：|]/;
const PUBLISHED_KEY = /发布(?:日期|时间)\s*[:：|]/;

/** How far down a notice's signature may stand, before the document it sends. */
const NOTICE_LINES = 15;

/** The date a line gives when it is a date alone (2025年3月6日, 二〇二五年三月六日). */
function dateLine(line: Line): string | null {
  const t = line.text.trim();
  if (t.length > 20) return null;
  // also with dots, slashes or dashes (2025.1.20, 2025/1/20, 2025-01-20)
  const m =
    /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(t) ??
    /^(\d{4})\s*([.．/-])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/.exec(t)?.filter((_, k) => k !== 2);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  const c = parseChineseDate(t);
  return c && /^[〇零一二三四五六七八九十○Ｏ0-9\s年月日]+$/.test(t) ? c : null;
}

/** From this month on, a report's date is in the year it reports on (a year-end summary). */
const LATE_MONTH = 10;
const SIGNATURE_DATE = /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;
/** The longest line a signature date stands on (2023年12月31日 with spaces around it). */
const SIGNATURE_MAX = 30;
/** Whether the year at `at` is a date standing alone on its line. Read at most SIGNATURE_MAX
 *  characters either way: a text without line breaks is one line, and reading all of it per year
 *  is quadratic (linearity test). */
function signatureAt(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && text[start - 1] !== "\n") if (at - --start > SIGNATURE_MAX) return false;
  let end = at;
  while (end < text.length && text[end] !== "\n") if (++end - start > SIGNATURE_MAX) return false;
  return SIGNATURE_DATE.test(text.slice(start, end));
}

/** The first 民国 year a text names, as a year of the common era: three digits and 年度 only in a
 *  Traditional text (Taiwan's way), 民国 anywhere. */
function rocYear(text: string, script: Script): number | null {
  for (const m of text.matchAll(ROC_YEAR)) {
    if (m[2] && script !== "traditional") continue;
    return ROC_EPOCH + Number(m[1] ?? m[2]);
  }
  return null;
}

function findYear(
  kind: DocKind,
  title: string | null,
  body: Line[],
  published: string | null,
  script: Script,
): number | null {
  const plausible = (y: number) => y >= 1990 && y <= 2100;
  // a period in the title (2021-2025年) is the plan's span, not the year reported on
  const fromTitle = title
    ? /(\d{4})\s*年/.exec(arabicYears(title).replace(/\d{4}\s*[-—~至到]\s*\d{4}\s*年/g, ""))
    : null;
  if (fromTitle && plausible(Number(fromTitle[1]))) return Number(fromTitle[1]);
  // a 民国 year (臺中市政府111年度…報告: 2022), where the text says 民国 or is Traditional
  const roc = title ? rocYear(title, script) : null;
  if (roc !== null && plausible(roc)) return roc;
  if (kind === "plan") return null;
  const joined = arabicYears(
    body
      .slice(0, 12)
      .map((l) => l.text)
      .join("\n"),
  );
  const report = /现将\s*(\d{4})\s*年/.exec(joined) ?? /^\s*(\d{4})\s*年(度|以来)?[,,]/m.exec(joined);
  if (report && plausible(Number(report[1]))) return Number(report[1]);
  const counts = new Map<number, number>();
  // years that name next year's plan ("2024年工作计划") are not the year reported on, nor a
  // year compared with (较2023年), nor a date standing alone on its line (the signature)
  for (const m of joined.matchAll(/(\d{4})\s*年(?!(度)?(工作)?(计划|安排|打算|思路|重点|目标))/g)) {
    const y = Number(m[1]);
    if (/[较比与同]$/.test(joined.slice(Math.max(0, m.index - 1), m.index))) continue;
    if (signatureAt(joined, m.index)) continue;
    if (plausible(y)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (best) return best[0];
  if (!published) return null;
  // a report dated in the year's last months (or telling of 今年) is on that year; else on the
  // year before, as the annual reports due by the end of March are
  const sameYear = Number(published.slice(5, 7)) >= LATE_MONTH || /今年(以来|来|全年)/.test(joined);
  return Number(published.slice(0, 4)) - (sameYear ? 0 : 1);
}

/** In a title, names stop where the year, 关于 or 贯彻 begins ("长沙市2023年…", "…关于印发…"). */
function titleLimit(norm: string, line: Line): number {
  const at = norm.slice(line.start, line.end).search(/\d{4}\s*年|关于|贯彻/);
  return at >= 0 ? line.start + at : line.end;
}

interface AreaCount {
  n: number;
  region: string;
  level: "province" | "city" | "county";
}

const NEW_AREA_NAMES = new Set(NEW_AREAS.map(([name]) => name));

/** Areas by how often the text names them, most named first. */
function namedAreas(norm: string): AreaCount[] {
  const counts = new Map<string, AreaCount>();
  for (const m of findRegions(norm)) {
    const e = counts.get(m.region.name) ?? { n: 0, region: m.region.name, level: m.region.level };
    e.n++;
    counts.set(m.region.name, e);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n);
}

/** "市司法局": the department of the most named area of that level (株洲市 → 株洲市司法局);
 * "司法局": of the most named area. A government's office that sends out a document (…办公室关于
 * 印发…的通知, `sends`) issues it for its government: the area's. */
function issuerOf(norm: string, found: IssuerName, sends = false): Issuer {
  const named = areaOf(norm, found);
  // the Party committee's office that sends out the area's document (中共桐庐县委全面依法治县委员会
  // 办公室关于印发《桐庐县2024年法治政府建设工作要点》的通知) issues it for the area, as the
  // government's office does; a court's or a procuratorate's stays its own, and so does one of
  // the committee's departments (中共长治市委组织部 sends out its own plan)
  if (sends && found.organ === "party" && PARTY_SENDS_FOR_AREA.test(found.issuer))
    return { region: named.region, level: named.level, issuer: named.region ?? named.issuer };
  if (!found.office || !sends) return named;
  // a level only: the divisions that share a name (鼓楼区) share their level too
  const level = (named.region && regionByName(named.region)?.level) || LEVEL_PREFIX[found.issuer[0]];
  return level
    ? { region: named.region, level, issuer: named.region ?? found.issuer.replace(/办公[厅室]$/, "") }
    : named;
}

function areaOf(norm: string, found: IssuerName): Issuer {
  const { region, level, issuer, areaLevel, organ } = found;
  const kind = organ ? { organ } : {};
  if (!areaLevel) return { region, level, issuer, ...kind };
  const ofArea = (a: AreaCount) => a.region + (areaLevel === "any" ? issuer : issuer.slice(1));
  // a new area outside the division list has no 人民政府 and no 市司法局 of its own (雄安新区's
  // bureaus are its 管委会's): named by a level alone, a department is of one only where the text
  // writes the two together (雄安新区司法局)
  const area = namedAreas(norm).find(
    (a) =>
      (areaLevel === "any" || a.level === areaLevel) &&
      (!NEW_AREA_NAMES.has(a.region) || norm.includes(ofArea(a))),
  );
  if (!area) return { region, level, issuer, ...kind };
  return {
    region: area.region,
    level,
    issuer: ofArea(area),
    ...kind,
  };
}

/** An issuer as the record keeps it: an organ of an unknown area may have no level. */
type FoundIssuer = Omit<Issuer, "level"> & {
  level: Level | null;
  /** the area the text names most, where no organ names itself (no title, signature, box or
   *  opening subject) */
  inferred?: true;
};

/** The organ's full name a title opens with when its area is not in the region list: the issuer
 *  as written, a government's level by its area's last character, a department's as such. */
function titleOrgan(norm: string, line: Line): FoundIssuer | null {
  const text = norm.slice(line.start, line.end).trim();
  const area = TITLE_AREA.exec(text)?.[0];
  if (area) return { region: null, level: AREA_END_LEVEL[area[area.length - 1]] ?? null, issuer: area };
  const name = TITLE_ORGAN.exec(text)?.[0];
  if (!name) return null;
  const government = /(?:(?:人民)?政府(?:办公厅|办公室)?|行政公署)$/.exec(name);
  const level = government
    ? (AREA_END_LEVEL[name[government.index - 1]] ?? (TAIWAN_CITY.test(name) ? "city" : null))
    : ZONE_ORGAN.test(name)
      ? ZONE_LEVEL
      : /(?:局|厅|委员会|委员会办公室|海关)$/.test(name) && !/管理委员会$/.test(name)
        ? "department"
        : null;
  return { region: null, level, issuer: name };
}

/** What an opening sentence says before its subject: the year (2024年, 2024年以来, 2024年度). */
const OPENING_SUBJECT = /^\s*\d{4}\s*年(?:度|以来)?\s*[,，]\s*/;

/** What may stand before an opening sentence's subject: nothing, the year, or a clause's end. */
const SUBJECT_BEFORE = /(?:^|[,，]|\d{4}\s*年(?:度|以来)?)\s*$/;

/** How a setting clause ends (…的坚强领导下, …大力支持下, …监督下): no subject in it. */
const SETTING_END = /(?:领导|支持|监督|关心|指导|帮助|关怀|推动)下$/;

/** The first clauses of a sentence a subject may open: its start and after its first commas. */
function clauseStarts(norm: string, from: number, to: number): number[] {
  const starts = [from];
  for (let k = from; k < to && starts.length < SETTING_CLAUSES_MAX; k++) {
    if (!",，".includes(norm[k])) continue;
    // past the first clauses only while each clause before is a setting (一年来, 在…下)
    const last = starts[starts.length - 1];
    if (starts.length >= SUBJECT_CLAUSES && !SETTING_CLAUSE.test(norm.slice(last, k))) break;
    starts.push(k + 1);
  }
  return starts;
}
const SUBJECT_CLAUSES = 3;
/** A setting a sentence opens with before its subject (一年来, 在市委、市政府的正确领导下): the
 *  clauses after it may still open the subject, past the first SUBJECT_CLAUSES. */
const SETTING_CLAUSE =
  /^\s*(?:\d{4}\s*年|一年来|今年以来|近年来|过去一年|在.{0,30}(?:下|中|上|期间)$|按照|根据|围绕)/;
const SETTING_CLAUSES_MAX = 6;

/** Where the sentence that starts at `from` ends: its 。, or the line's end. */
function sentenceEnd(norm: string, from: number, lineEnd: number): number {
  const at = norm.slice(from, lineEnd).indexOf("。");
  return at >= 0 ? from + at : lineEnd;
}

/** The issuer an opening sentence norm[from, until) names as its subject, if any (looked for within OPENING_REACH). */
function openingIssuer(norm: string, from: number, until: number): FoundIssuer | null {
  const end = Math.min(until, from + OPENING_REACH);
  // the sentence's subject opens one of its first clauses, after the year or a setting (2024年,
  // 省司法厅坚持…; 在…新征程上,人民街街道办事处坚持…): a department named by its level, a
  // township or a central body (2022年,司法部坚持…) that stands right there issues — not a place
  // the sentence names later (…《陕西省法治政府建设实施方案》)
  // — or any organ whose whole name runs from the clause's start to its verb (国家税务总局宝鸡市
  // 税务局坚持…, a vertical department the places below would read without its head), unless the
  // clause is a setting (市人大常委会大力支持下)
  for (const start of clauseStarts(norm, from, end)) {
    const at = start + (OPENING_SUBJECT.exec(norm.slice(start, end))?.[0].length ?? 0);
    const verb = norm.slice(at, end).search(SUBJECT_ENDS);
    const found = verb > 0 ? issuerIn(norm, at, at + verb) : null;
    if (!found || found.start !== at) continue;
    const clause = norm.slice(at, end);
    const comma = clause.search(/[,，;；]/);
    if (SETTING_END.test(comma >= 0 ? clause.slice(0, comma) : clause)) continue;
    // (a zone's body, as a department, only as the clause's whole subject: 推进园区管委会法治建设 acts)
    const named =
      (found.zone && found.end === at + verb) ||
      found.level === "township" ||
      found.level === "central" ||
      (found.areaLevel !== undefined && found.areaLevel !== "any") ||
      (found.end === at + verb && found.level === "department" && found.areaLevel === undefined);
    // the committee named by its level whose sentence goes on to that level's government (区委
    // 坚持…，区政府全面推进…): the government's report, as below
    const committee = found.organ === "party" && found.level !== "department" && found.areaLevel;
    if (committee && committee !== "any" && governmentClause(norm, found.end, end, found.issuer[0])) continue;
    if (named) return issuerOf(norm, found);
  }
  // a place inside a 《title》 names the document cited (《重庆市法治政府建设实施方案》), not the
  // sentence's subject
  const inTitle = (at: number) => {
    const before = norm.slice(from, at);
    return before.lastIndexOf("《") > before.lastIndexOf("》");
  };
  const mentions = findRegions(norm, from, end).filter((m) => !inTitle(m.start));
  // the area's committee or government named on the way (在长治市委、市政府的领导下) is no
  // subject — one of the committee's departments that opens the clause is (曲靖市委老干部局坚持…)
  const ownName = (m: RegionMention) => !/^(委|政府)/.test(norm.slice(m.end, m.end + 2));
  // the place opens a clause, with the opening of an organ's name before it (中共宝鸡市委, 政协
  // 汉中市委员会)
  const opensClause = (m: RegionMention) =>
    SUBJECT_BEFORE.test(norm.slice(from, m.start).replace(ORGAN_HEAD, ""));
  // the place that opens a clause and goes straight on to its verb is the subject (福州市坚持…),
  // not one a setting clause tells of first (福州新区建设加快推进,福州市坚持…)
  // — and so is an organ of the place that does (宝鸡市委坚持…, 中共铜川市委深入…: the Party
  // committee, whose report it is, not the government's; 政协汉中市委员会坚持…)
  // The name read for a mention judged as subject is the one the chosen mention issues by: read once.
  const names = new Map<number, IssuerName | null>();
  const nameAt = (start: number) => {
    let name = names.get(start);
    if (name === undefined) {
      name = issuerIn(norm, start, end);
      names.set(start, name);
    }
    return name;
  };
  const standsAsSubject = (m: RegionMention) => {
    if (!opensClause(m)) return false;
    const name = nameAt(m.start);
    const rest = norm.slice(name?.end ?? m.end, end);
    return (
      (ownName(m) || name?.level === "department" || name?.organ !== undefined) &&
      SUBJECT_VERB.test(name?.organ === "party" ? rest.replace(COMMITTEE_STANDING, "") : rest)
    );
  };
  const mention = mentions.find(standsAsSubject) ?? mentions.find(ownName);
  if (mention) {
    const found = nameAt(mention.start);
    // another organ of the area is the issuer where it is the sentence's subject (2023年，长治市
    // 人民检察院坚持…), not where the sentence names it on the way (在长治市人大常委会的监督下)
    // nor where its clause is a setting written without 在 (长治市人大常委会、市政协大力支持下，…)
    const rest = norm.slice(mention.start, end);
    const clauseEnd = rest.search(/[,，;；]/);
    const setting = SETTING_END.test(clauseEnd >= 0 ? rest.slice(0, clauseEnd) : rest);
    const subject = opensClause(mention) && !setting;
    // the committee whose sentence goes on to its own area's government as a clause's subject
    // (汉中市委坚持…，市政府全面推进依法行政): the government's report, telling of the committee's
    // lead first, as 市委、市政府 jointly — the committee's own report names the government only
    // as its object (支持市政府依法行政)
    const area = found?.organ === "party" && found.level !== "department" ? found.region : null;
    if (found?.organ && (!subject || (area && governmentClause(norm, found.end, end, area)))) {
      const { region, level } = found;
      return { region, level, issuer: region ?? found.issuer };
    }
    if (found) return issuerOf(norm, found);
  }
  return null;
}

/** Whether a clause after `from`, up to `to`, opens with the government of `area`: by its name
 *  (铜川市政府, 延川县人民政府) or by its level alone (市政府, 县政府). */
function governmentClause(norm: string, from: number, to: number, area: string): boolean {
  const level = area[area.length - 1];
  for (let k = from; k < to; k++) {
    if (!",，".includes(norm[k])) continue;
    const rest = norm.slice(k + 1, Math.min(to, k + 1 + area.length + GOVERNMENT_SEAT_MAX));
    const seat = rest.startsWith(area) ? area.length : rest.startsWith(level) ? 1 : -1;
    if (seat >= 0 && GOVERNMENT_SEAT.test(rest.slice(seat))) return true;
  }
  return false;
}
/** The longest way of writing a government after its area's name (人民政府, 行政公署). */
const GOVERNMENT_SEAT_MAX = 4;

/** The department named by its level (市司法局) most often in the text whose name ends as a
 *  department calling itself 我局 (局) or 我委 (委员会) would: the one that speaks of itself. */
function selfNamed(norm: string, suffix: RegExp): IssuerName | null {
  const counts = new Map<string, { n: number; found: IssuerName }>();
  for (const m of norm.matchAll(LEVEL_DEPARTMENT)) {
    const at = m.index ?? 0;
    // a level character inside a word (城市司法局 is no 市司法局 of its own)
    if (at > 0 && /[\u4e00-\u9fff]/.test(norm[at - 1]) && !BEFORE_LEVEL_NAME.test(norm[at - 1])) continue;
    const found = issuerIn(norm, at, Math.min(norm.length, at + DEPARTMENT_NAME_MAX));
    if (!found || found.start !== at || found.level !== "department" || !found.areaLevel) continue;
    if (!suffix.test(found.issuer)) continue;
    const entry = counts.get(found.issuer) ?? { n: 0, found };
    entry.n++;
    counts.set(found.issuer, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.found ?? null;
}
const DEPARTMENT_NAME_MAX = 20;

/** How far down a notice says it sends out a document (…现印发给你们). */
const SENT_LINES = 4;

/** How far down the page its information box may stand. */
const INFO_BOX_LINES = 20;

function findIssuer(norm: string, title: TitleFound | null, body: Line[], lines: Line[]): FoundIssuer | null {
  const sends =
    DOCUMENT_SENT.test(title?.title ?? "") || body.slice(0, SENT_LINES).some((l) => SENT_TO_YOU.test(l.text));
  if (title) {
    const line = title.lines[0];
    const found = issuerIn(norm, line.start, line.end, titleLimit(norm, line));
    if (found) return issuerOf(norm, found, sends);
  }
  // the signature under the text: 长治市人民政府 / 某某县司法局 / 司法部 (not a salutation, which
  // names whom the text is addressed to: 区委全面依法治区委员会:)
  for (const line of body.slice(-4).reverse()) {
    const t = line.text.trim();
    if (t.length > 30 || /[。,]|[:：]$/.test(t)) continue;
    const found = issuerIn(norm, line.start, line.end);
    if (found) return issuerOf(norm, found, sends);
  }
  // the page's information box: 发布机构: 古镛镇人民政府, 发文机关 | 某县司法局
  for (const line of lines.slice(0, INFO_BOX_LINES)) {
    const field = INFO_BOX_ISSUER.exec(line.text);
    if (!field) continue;
    const at = line.start + field.index + field[0].length;
    const found = issuerIn(norm, at, line.end);
    if (found) return issuerOf(norm, found);
  }
  // the subject of the opening sentence: "2022年,清镇市坚持…" (a short one too: a department's
  // report may open with one line, 2023年,湘潭市司法局深入学习贯彻习近平法治思想。)
  const first = body.find((l) => {
    const t = l.text.trim();
    return t.length > 30 || (t.length >= OPENING_MIN && t.includes("。") && !HEADING_START.test(t));
  });
  if (first) {
    const firstEnd = sentenceEnd(norm, first.start, first.end);
    const found = openingIssuer(norm, first.start, firstEnd);
    if (found) return found;
    // a sentence about the year first (2023年是全面贯彻党的二十大精神的开局之年。): the subject
    // opens the next one
    if (YEAR_SENTENCE.test(norm.slice(first.start, firstEnd)) && firstEnd < first.end) {
      const next = openingIssuer(norm, firstEnd + 1, sentenceEnd(norm, firstEnd + 1, first.end));
      if (next) return next;
    }
    // a department speaking of itself (2023年,我局深入…): the department the text names by its
    // level most often (市司法局), of the kind it calls itself (局)
    const self = SELF_REFERENCE.exec(norm.slice(first.start, firstEnd));
    const named = self ? selfNamed(norm, SELF_SUFFIX[self[1]]) : null;
    if (named) return issuerOf(norm, named);
  }
  // the organ the title opens with, of an area we do not know (青石县人民政府关于…)
  const organ = title ? titleOrgan(norm, title.lines[0]) : null;
  if (organ) return organ;
  // most named division in the text
  const best = namedAreas(norm)[0];
  return best ? { region: best.region, level: best.level, issuer: best.region, inferred: true } : null;
}

/** The division a region's name is in this text: of a name several divisions share (鼓楼区),
 *  the one the text says (福州市鼓楼区), else none. The title says whose document it is: the city
 *  it writes before the name decides, though the body may name another city's same-named
 *  division and that city more often (福州市鼓楼区's report on a visit to 南京市鼓楼区). */
function divisionOf(name: string | null, norm: string, title: string | null): Division | null {
  const titled =
    name && title ? regionsNamed(name).filter((r) => r.parent && title.includes(r.parent + name)) : [];
  const region = titled.length === 1 ? titled[0] : name ? regionByName(name, norm) : undefined;
  if (!region || region.ambiguous) return null;
  const parent = parentOf(region);
  return {
    code: region.code ? gbCode(region.code) : null,
    parent: parent ? { name: parent.name, code: parent.code ? gbCode(parent.code) : null } : null,
  };
}

/** The issuer as the document names itself: a department by the name it signs with (宁乡县司法局
 *  in a report on 2017, the year 宁乡县 became 宁乡市), and so a government by its area's name
 *  (株洲县人民政府 → 株洲县, though the region, by which reports are grouped, is 渌口区 from
 *  2018). Only where the text names no organ (`inferred`) or calls the name former itself
 *  (我区(原株洲县)) is a government the place its area is in the document's year: the successor. */
function shownIssuer(issuer: FoundIssuer, region: string | null, norm: string): string {
  if (issuer.issuer !== issuer.region) return issuer.issuer;
  if (issuer.inferred || !region || region === issuer.region) return region ?? issuer.issuer;
  return norm.includes(FORMER_MARK + issuer.region) ? region : issuer.issuer;
}

export function detectMeta(input: MetaInput): Meta {
  const { text, norm, lines, body, noise, hints, script } = input;
  const titleFound = findTitle(text, norm, lines, body, noise);
  const title = titleFound?.title ?? hintTitle(hints);
  // the title as cleaned (no site's name after it: …报告_某市自然资源和规划局 is a report)
  const titleNorm = title && normalizeText(title).norm;
  const kind = detectKind(titleNorm, norm);
  const published = findPublished(lines, noise, body, hints);
  const year = findYear(kind, titleFound ? titleNorm : null, body, published, script);
  const issuer = findIssuer(norm, titleFound, body, lines);
  // a former division's name (株洲县) is that place in a document of a year it existed; from the
  // year it was replaced the area is its successor's (a report on 2019 naming 原株洲县)
  const region = issuer?.region ? regionInYear(issuer.region, year, norm) : null;
  return {
    kind,
    title,
    region,
    division:
      issuer?.level === "township" || issuer?.level === "central"
        ? null
        : divisionOf(region, norm, titleNorm),
    level: issuer?.level ?? null,
    issuer: issuer ? shownIssuer(issuer, region, norm) : null,
    // another organ of the area than its government (人民检察院, 人大常委会): its kind
    ...(issuer?.organ ? { organ: issuer.organ } : {}),
    year,
    published,
    script,
  };
}
