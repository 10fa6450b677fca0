// What the document is: kind, title, issuing region, level, year reported on, date shown.
import type { PageHints } from "../ingest/html.ts";
import {
  DEPARTMENT_SUFFIX,
  OTHER_TITLE,
  PLAN_CLAUSE,
  PLAN_TITLE,
  REPORT_BODY,
  REPORT_TITLE,
} from "../rules/meta.ts";
import type { DocKind, Level, Meta, Noise, Script } from "../types.ts";
import { DATE_IN_LINE } from "../rules/boilerplate.ts";
import { parseChineseDate } from "./dates.ts";
import type { Line } from "./lines.ts";
import { findRegions, type RegionMention } from "./regions.ts";

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

const TITLE_WORDS = /报告|方案|意见|要点|通知|规划|计划|办法|总结|情况|决定|规定|纲要/;

function findTitle(body: Line[], text: string): { line: Line; title: string } | null {
  for (const line of body.slice(0, 6)) {
    const t = line.text.trim();
    if (t.length < 6 || t.length > 90) continue;
    if (/[。;]$|[。]/.test(t) || /^([一二三四五六七八九十]+、|[(（])/.test(t)) continue;
    if (!TITLE_WORDS.test(t)) continue;
    const start = line.start + line.text.indexOf(t);
    let title = text.slice(start, start + t.length);
    const m = /^[《<](.*)[》>]$/.exec(title);
    if (m) title = m[1];
    return { line, title };
  }
  return null;
}

function detectKind(title: string | null, norm: string): DocKind {
  if (title && OTHER_TITLE.test(title)) return "other";
  const clauses = norm.match(PLAN_CLAUSE)?.length ?? 0;
  if (title && PLAN_TITLE.test(title.replace(/[》>]$/, ""))) return "plan";
  if (title && REPORT_TITLE.test(title)) return "report";
  if (clauses >= 5) return "plan";
  const head = norm.slice(0, 3000);
  if (
    REPORT_BODY.test(norm) ||
    (/^\s*\d{4}年(度)?[,,]/m.test(head) && /法治政府|依法行政|法治建设/.test(head))
  )
    return "report";
  if (/法治政府|依法行政/.test(norm) && /[一二三四五六七八九十]、/.test(norm)) return "report";
  return "other";
}

const toIso = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31
    ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
    : null;

function dateIn(s: string): string | null {
  const m = DATE_IN_LINE.exec(s);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  return parseChineseDate(s);
}

/** The date shown with the page (metadata line), else the signing date under the text. */
function findPublished(lines: Line[], noise: Noise[], body: Line[], hints: PageHints): string | null {
  for (const n of noise) {
    if (n.kind !== "boilerplate") continue;
    for (const line of lines) {
      if (line.start > n.end || line.end < n.start) continue;
      if (/(发布|时间|日期)\s*[::]/.test(line.text)) {
        const d = dateIn(line.text.slice(line.text.search(/(发布|时间|日期)\s*[::]/)));
        if (d) return d;
      }
    }
  }
  if (hints.published) {
    const d = dateIn(hints.published);
    if (d) return d;
  }
  for (const line of body.slice(-4).reverse()) {
    const t = line.text.trim();
    if (t.length > 20) continue;
    const m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(t);
    if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
    const c = parseChineseDate(t);
    if (c && /^[〇零一二三四五六七八九十○Ｏ0-9\s年月日]+$/.test(t)) return c;
  }
  return null;
}

function findYear(
  kind: DocKind,
  title: string | null,
  body: Line[],
  published: string | null,
): number | null {
  const plausible = (y: number) => y >= 1990 && y <= 2100;
  // a period in the title (2021-2025年) is the plan's span, not the year reported on
  const fromTitle = title ? /(\d{4})\s*年/.exec(title.replace(/\d{4}\s*[-—~至到]\s*\d{4}\s*年/g, "")) : null;
  if (fromTitle && plausible(Number(fromTitle[1]))) return Number(fromTitle[1]);
  if (kind === "plan") return null;
  const joined = body
    .slice(0, 12)
    .map((l) => l.text)
    .join("\n");
  const report = /现将\s*(\d{4})\s*年/.exec(joined) ?? /^\s*(\d{4})\s*年(度)?[,,]/m.exec(joined);
  if (report && plausible(Number(report[1]))) return Number(report[1]);
  const counts = new Map<number, number>();
  // years that name next year's plan ("2024年工作计划") are not the year reported on
  for (const m of joined.matchAll(/(\d{4})\s*年(?!(度)?(工作)?(计划|安排|打算|思路|重点|目标))/g)) {
    const y = Number(m[1]);
    if (plausible(y)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (best) return best[0];
  return published ? Number(published.slice(0, 4)) - 1 : null;
}

interface Issuer {
  region: string;
  level: Level;
}

/** A name read at a position: a government (长治市人民政府 → 长治市) or a department. */
function issuerAt(norm: string, mention: RegionMention, limit: number): Issuer {
  const after = norm.slice(mention.end, Math.min(limit, mention.end + 14));
  const dept = /^[\u4e00-\u9fff]{1,12}/.exec(after)?.[0] ?? "";
  for (let len = dept.length; len >= 1; len--) {
    const candidate = dept.slice(0, len);
    if (/^人民政府/.test(candidate)) break;
    if (DEPARTMENT_SUFFIX.test(candidate) && !/^(人民政府|政府)$/.test(candidate)) {
      return { region: mention.region.name + candidate, level: "department" };
    }
  }
  return { region: mention.region.name, level: mention.region.level };
}

/** "北京市朝阳区…": of divisions written one after another, the last is the issuer. */
function mostSpecific(mentions: RegionMention[]): RegionMention | undefined {
  let m = mentions[0];
  for (const next of mentions.slice(1)) {
    if (m && next.start === m.end) m = next;
    else break;
  }
  return m;
}

function findIssuer(norm: string, title: { line: Line } | null, body: Line[]): Issuer | null {
  if (title) {
    const line = title.line;
    const m = mostSpecific(findRegions(norm, line.start, line.end));
    if (m) {
      const yearAt = norm.slice(line.start, line.end).search(/\d{4}\s*年|关于|贯彻/);
      const limit = yearAt >= 0 ? line.start + yearAt : line.end;
      if (m.end <= limit) return issuerAt(norm, m, limit);
    }
  }
  // the signature under the text: 长治市人民政府 / 某某县司法局
  for (const line of body.slice(-4).reverse()) {
    const t = line.text.trim();
    if (t.length > 30 || /[。,]/.test(t)) continue;
    const m = mostSpecific(findRegions(norm, line.start, line.end));
    if (m) return issuerAt(norm, m, line.end);
  }
  // the subject of the opening sentence: "2022年,清镇市坚持…"
  const first = body.find((l) => l.text.trim().length > 30);
  if (first) {
    const sentenceEnd = first.text.search(/[。]/);
    const end = sentenceEnd >= 0 ? first.start + sentenceEnd : first.end;
    const mentions = findRegions(norm, first.start, end).filter(
      (m) => !/^(委|政府)/.test(norm.slice(m.end, m.end + 2)),
    );
    if (mentions[0]) return issuerAt(norm, mentions[0], end);
  }
  // most named division in the text
  const counts = new Map<string, { n: number; m: RegionMention }>();
  for (const m of findRegions(norm)) {
    const e = counts.get(m.region.name) ?? { n: 0, m };
    e.n++;
    counts.set(m.region.name, e);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best ? { region: best.m.region.name, level: best.m.region.level } : null;
}

export function detectMeta(input: MetaInput): Meta {
  const { text, norm, lines, body, noise, hints, script } = input;
  const titleFound = findTitle(body, text);
  const title = titleFound?.title ?? hints.title ?? null;
  const kind = detectKind(
    titleFound ? norm.slice(titleFound.line.start, titleFound.line.end).trim() : title,
    norm,
  );
  const published = findPublished(lines, noise, body, hints);
  const year = findYear(
    kind,
    titleFound ? norm.slice(titleFound.line.start, titleFound.line.end) : null,
    body,
    published,
  );
  const issuer = findIssuer(norm, titleFound, body);
  return {
    kind,
    title,
    region: issuer?.region ?? null,
    level: issuer?.level ?? null,
    year,
    published,
    script,
  };
}
