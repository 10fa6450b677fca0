// Site header, breadcrumb, page-metadata lines and the footer, by line.
import {
  BREADCRUMB,
  DATE_IN_LINE,
  FOOTER,
  FOOTER_LINE_MAX,
  HEADER,
  META_KEYS,
  NAV_LINE_MAX,
  NAV_RUN_MIN,
  YEAR_SPACE_DATE,
} from "../rules/boilerplate.ts";
import { NUMBER_CELL } from "../rules/tables.ts";
import type { Noise } from "../types.ts";
import { contentStart, isBlank, type Line } from "./lines.ts";

const HEADER_ZONE = 12;

export function isMetadataLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 160) return false;
  const keys = t.match(META_KEYS)?.length ?? 0;
  return (
    keys >= 2 ||
    (keys === 1 &&
      (DATE_IN_LINE.test(t) || YEAR_SPACE_DATE.test(t) || /^(来源|信息来源|发布机构)\s*[::]/.test(t)))
  );
}

const isBreadcrumb = (t: string) =>
  BREADCRUMB.some((re) => re.test(t)) || (t.length < 80 && (t.match(/\s[>»›]\s/g)?.length ?? 0) >= 2);
const isHeader = (t: string) => t.length < 100 && HEADER.some((re) => re.test(t));
// a link's words; a number alone is a table's cell copied one per line (38 / 47), no link
const isNavLine = (t: string) =>
  t.length > 0 && t.length <= NAV_LINE_MAX && !/[。,;:]|\d{4}/.test(t) && !NUMBER_CELL.test(t);
const isFooterMarker = (t: string) => t.length <= FOOTER_LINE_MAX && FOOTER.some((re) => re.test(t));

/** The body starts at the first long sentence line or numbered heading. */
function bodyStartIndex(lines: Line[]): number {
  for (const line of lines) {
    const t = line.text.trim();
    if (t.length >= 40 && /[。,;]/.test(t) && !isMetadataLine(t) && !isHeader(t)) return line.index;
    if (/^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/.test(t)) return line.index;
  }
  return lines.length;
}

export function detectBoilerplate(lines: Line[]): Noise[] {
  const out: Noise[] = [];
  const mark = (line: Line) => out.push({ start: contentStart(line), end: line.end, kind: "boilerplate" });
  const body = bodyStartIndex(lines);
  const headerEnd = Math.min(body, HEADER_ZONE);
  for (let k = 0; k < headerEnd; k++) {
    const t = lines[k].text.trim();
    if (!t) continue;
    if (isBreadcrumb(t) || isHeader(t) || isMetadataLine(t)) mark(lines[k]);
  }
  // a navigation menu: three or more short link lines in a row before the body
  for (let k = 0; k < body; ) {
    let j = k;
    let links = 0;
    for (; j < body; j++) {
      const t = lines[j].text.trim();
      if (isNavLine(t)) links++;
      else if (t) break; // blank lines between menu items do not end the menu
    }
    if (links >= NAV_RUN_MIN)
      for (let m = k; m < j; m++)
        if (lines[m].text.trim() && !out.some((o) => o.start === contentStart(lines[m]))) mark(lines[m]);
    k = j > k ? j : k + 1;
  }
  // metadata lines may also sit just below the body's first lines (title, then "来源:…")
  for (let k = headerEnd; k < Math.min(lines.length, body + 4); k++) {
    if (isMetadataLine(lines[k].text)) mark(lines[k]);
  }
  // footer: the first marker after which every line is short
  let footer = -1;
  for (let k = lines.length - 1; k >= Math.max(body, 0); k--) {
    const t = lines[k].text.trim();
    if (t.length > FOOTER_LINE_MAX) break;
    if (isFooterMarker(t)) footer = k;
  }
  if (footer >= 0) {
    let last = lines.length - 1;
    while (last > footer && isBlank(lines[last])) last--;
    out.push({ start: contentStart(lines[footer]), end: lines[last].end, kind: "boilerplate" });
  }
  return out.sort((a, b) => a.start - b.start);
}
