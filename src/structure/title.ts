// The document's own title line: never a breadcrumb, a site's column tag, a file name or an
// injected advertising string; none when the document has no title line (its first sentence
// is not a title). A title set over two lines (the issuer, then "关于…的报告") is one title.
import type { PageHints } from "../ingest/html.ts";
import { GENRE_WORDS } from "../rules/genres.ts";
import {
  LEADING_EDGE,
  TRAILING_EDGE,
  FILE_NAME,
  NAVIGATION,
  NOT_TITLE,
  SITE_HEAD,
  SITE_PREFIX,
  SITE_SUFFIX,
  SENT_TITLE_LINES,
  TITLE_COMMAS_MAX,
  SENT_TO_YOU,
  TITLE_LINES,
  TITLE_MAX,
  TITLE_MIN,
  TITLE_SEGMENT_GAP,
  TITLE_ENDING,
  TITLE_OPENING,
  TITLE_TAIL_MAX,
  TITLE_WORDS,
  TOWNSHIP_BODY,
} from "../rules/titles.ts";
import { normalizeText } from "../normalize/normalize.ts";
import type { Noise } from "../types.ts";
import { issuerIn } from "./issuer.ts";
import { type Line, splitLines } from "./lines.ts";
import { registerOf } from "./register.ts";
import { detectSpam } from "./spam.ts";

export interface TitleFound {
  title: string;
  /** the lines the title stands on, in the normalised text */
  lines: Line[];
}

// the genre words as plain tests (the table's patterns are global, for scanning every match)
const GENRE_TESTS = GENRE_WORDS.map((g) => ({ headline: g.headline ?? false, re: new RegExp(g.re.source) }));

/** A headline's words (召开, 培训班) count only on the document's first line. */
const hasGenreWord = (t: string, headline: boolean) =>
  TITLE_WORDS.test(t) || GENRE_TESTS.some((g) => (headline || !g.headline) && g.re.test(t));

/** The raw text of a line with the noise inside it (an injected string) cut out. */
function lineText(text: string, line: Line, noise: Noise[]): string {
  let out = "";
  let at = line.start;
  for (const n of noise) {
    if (n.end <= at || n.start >= line.end) continue;
    out += text.slice(at, Math.max(at, n.start));
    at = Math.max(at, n.end);
  }
  return out + text.slice(at, Math.max(at, line.end));
}

/** SITE_SUFFIX in a line, read only where the line holds a separator it needs (_ | - —): tried at
 *  every place of a long line, the pattern costs the line's length times its reach. */
const SITE_SEPARATOR = /[_|\-—]/;
const siteSuffix = (line: string): RegExpExecArray | null =>
  SITE_SEPARATOR.test(line) ? SITE_SUFFIX.exec(line) : null;

/**
 * A title as written (`raw`), or null when the string cannot be a title. `folded` is the same
 * string normalised (Simplified, half-width; the same length), which the rules read.
 */
export function cleanTitle(raw: string, folded: string, headline = false): string | null {
  let from = SITE_PREFIX.exec(folded)?.[0].length ?? 0;
  let to = folded.length;
  const site = siteSuffix(folded.slice(from));
  if (site) to = from + site.index;
  from += LEADING_EDGE.exec(folded.slice(from))?.[0].length ?? 0;
  to -= TRAILING_EDGE.exec(folded.slice(from, to))?.[0].length ?? 0;
  const wrapped = /^[《<](.*)[》>]$/.exec(folded.slice(from, to));
  if (wrapped) {
    from++;
    to--;
  }
  const t = folded.slice(from, to);
  if (FILE_NAME.test(t) || NAVIGATION.test(t) || NOT_TITLE.test(t) || /。|[;:,]$/.test(t)) return null;
  if ((t.match(/,/g)?.length ?? 0) > TITLE_COMMAS_MAX) return null;
  if (t.length < TITLE_MIN || t.length > TITLE_MAX || !hasGenreWord(t, headline)) return null;
  return raw.slice(from, to);
}

/** An issuer's name alone on its line (成都市武侯区人民政府), the first half of a two-line title. */
function isIssuerLine(norm: string, line: Line): boolean {
  const t = line.text.trim();
  if (t.length < 2 || t.length > 30 || /\d/.test(t)) return false;
  const found = issuerIn(norm, line.start, line.end);
  // a township's name is read without its government's (仁和镇 | 人民政府)
  const rest = found ? norm.slice(found.end, line.end).trim() : "";
  return found !== null && (rest === "" || (found.level === "township" && TOWNSHIP_BODY.test(rest)));
}

/**
 * A title broken over two lines (关于印发某县2020年度法治政府建设 / 工作安排的通知, 关于2024年度法治
 * 政府建设 / 情况的报告): a line opening with 关于 that is no title alone, and the short line after
 * it that ends it. Neither line holds a sentence's punctuation.
 */
function brokenTitle(text: string, norm: string, line: Line, next: Line | undefined, noise: Noise[]) {
  if (!next) return null;
  const first = lineText(norm, line, noise).trim();
  const second = lineText(norm, next, noise).trim();
  if (!TITLE_OPENING.test(first) || second.length > TITLE_TAIL_MAX || !TITLE_ENDING.test(second)) return null;
  if (/[。,;:，；：!?！？]/.test(first + second)) return null;
  if (cleanTitle(lineText(text, line, noise), first, false)) return null;
  const raw = lineText(text, line, noise).trim() + lineText(text, next, noise).trim();
  const title = cleanTitle(raw, first + second, false);
  return title ? { title, lines: [line, next] } : null;
}

/**
 * The title line: in the body's first lines; else the page's browser title at the top (a
 * header line "…报告_某某市人民政府" or "…报告_<advertising>"), with the site's name and any
 * injected string cut off.
 */
export function findTitle(
  text: string,
  norm: string,
  lines: Line[],
  body: Line[],
  noise: Noise[],
): TitleFound | null {
  // a notice that sends out the document below it, with no title line of its own: the
  // document's title stands under the notice's signature
  const sends = body.slice(0, TITLE_LINES).some((l) => SENT_TO_YOU.test(l.text));
  const head = body.slice(0, sends ? SENT_TITLE_LINES : TITLE_LINES);
  for (const [k, line] of head.entries()) {
    const broken = brokenTitle(text, norm, line, head[k + 1], noise);
    const title =
      broken?.title ?? cleanTitle(lineText(text, line, noise), lineText(norm, line, noise), k === 0);
    if (!title) continue;
    const own = broken?.lines ?? [line];
    const before = head[k - 1];
    if (before && /^关于/.test(norm.slice(line.start, line.end).trim()) && isIssuerLine(norm, before)) {
      return { title: text.slice(before.start, before.end).trim() + title, lines: [before, ...own] };
    }
    if (broken) return broken;
    // a page's short title (its <title>) repeated below with its issuer: the fuller line
    for (const later of head.slice(k + 1)) {
      const fuller = cleanTitle(lineText(text, later, noise), lineText(norm, later, noise), false);
      if (fuller && fuller.length > title.length && fuller.endsWith(title))
        return { title: fuller, lines: [later] };
    }
    return { title, lines: [line] };
  }
  const injected = noise.filter((n) => n.kind !== "boilerplate");
  const firstBody = body[0]?.start ?? norm.length;
  for (const line of lines.slice(0, TITLE_LINES)) {
    if (line.start >= firstBody) break;
    const folded = lineText(norm, line, injected);
    const site = SITE_HEAD.exec(folded)?.[0].length ?? 0;
    const suffix = siteSuffix(folded.slice(site));
    const end = suffix ? site + suffix.index : folded.length;
    let raw = lineText(text, line, injected).slice(site, end);
    let own = folded.slice(site, end);
    // a line an injected string stood in: the advertiser's segments before the page's own title
    // (…官方网站-KAIYUN SPORTS-某县…报告) go with it
    if (injected.some((n) => n.start < line.end && n.end > line.start)) {
      const from = ownSegment(own);
      raw = raw.slice(from);
      own = own.slice(from);
    }
    if (isSpam(raw)) continue;
    const title = cleanTitle(raw, own);
    if (title) return { title, lines: [line] };
  }
  return null;
}

/** Where the first segment holding a title's words starts in a hijacked title line (0: none). */
function ownSegment(folded: string): number {
  let from = 0;
  for (const gap of folded.matchAll(TITLE_SEGMENT_GAP)) {
    if (hasGenreWord(folded.slice(from, gap.index), false)) return from;
    from = gap.index + gap[0].length;
  }
  return hasGenreWord(folded.slice(from), false) ? from : 0;
}

/** An injected string is not a title: advertising words, or text that reads as advertising. */
function isSpam(s: string): boolean {
  const { norm } = normalizeText(s);
  return detectSpam(norm, splitLines(norm)).spans.length > 0 || registerOf(norm) > 0;
}

/** The title the page's metadata gives (og:title, ArticleTitle), with the site's name cut off. */
export function hintTitle(hints: PageHints): string | null {
  if (!hints.title) return null;
  const raw = hints.title.replace(SITE_SUFFIX, "");
  if (isSpam(raw)) return null;
  return cleanTitle(raw, normalizeText(raw).norm);
}
