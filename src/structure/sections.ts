// The required parts of an annual report (achievements, shortcomings, first responsible,
// next year), each located at its heading or opening paragraph.
import {
  ACHIEVEMENTS_HEADING,
  FIRST_RESPONSIBLE,
  NEXT_YEAR_HEADING,
  NEXT_YEAR_PARAGRAPH,
  SHORTCOMINGS_HEADING,
  SHORTCOMINGS_PARAGRAPH,
} from "../rules/sections.ts";
import type { Part, SectionsPresent } from "../types.ts";
import { contentStart } from "./lines.ts";
import type { OutlineItem } from "./outline.ts";
import type { Paragraph } from "./paragraphs.ts";

const absent = () => ({ present: false, start: null });

/** Text outside 《titles》: a document named "…第一责任人职责清单" is not the part itself. */
// bounded: a run of 《 without 》 must not make every one of them scan to the line end
const withoutTitles = (s: string) => s.replace(/《[^》]{0,200}》/g, (m) => " ".repeat(m.length));

export interface SectionsResult {
  sections: SectionsPresent;
  /** where next year's plans begin (targets, not facts, from here) */
  targetsFrom: number | null;
}

export function detectSections(
  norm: string,
  body: Paragraph[],
  outline: OutlineItem[],
  year: number | null,
): SectionsResult {
  const sections: SectionsPresent = {
    achievements: absent(),
    shortcomings: absent(),
    first_responsible: absent(),
    next_year: absent(),
  };
  const set = (part: Part, start: number) => {
    if (!sections[part].present) sections[part] = { present: true, start };
  };
  const titleOf = (h: OutlineItem) => norm.slice(h.start, h.end);
  const upper = outline.filter((h) => h.level <= 2 && !h.enumeration);

  for (const h of upper) {
    const title = titleOf(h);
    if (SHORTCOMINGS_HEADING.test(title)) set("shortcomings", h.start);
    if (
      NEXT_YEAR_HEADING.test(title) &&
      !/^\d{4}年.{0,4}(法治政府建设)?(工作)?情况$/.test(title.replace(/^\S+?[、)]/, ""))
    ) {
      const y = /(\d{4})年/.exec(title);
      if (!y || year === null || Number(y[1]) > year) set("next_year", h.start);
    }
  }
  const l1 = outline.filter((h) => h.level === 1 && !h.enumeration);
  const achievementsHeading =
    upper.find(
      (h) =>
        ACHIEVEMENTS_HEADING.test(titleOf(h)) &&
        h.start !== sections.next_year.start &&
        h.start !== sections.shortcomings.start,
    ) ?? l1.find((h) => h.start !== sections.next_year.start && h.start !== sections.shortcomings.start);
  if (achievementsHeading) set("achievements", achievementsHeading.start);

  const achievedFrom = sections.achievements.start ?? 0;
  for (const line of body) {
    // each part is set once: a part already found needs no more reading
    const { first_responsible, shortcomings, next_year } = sections;
    if (first_responsible.present && shortcomings.present && next_year.present) break;
    const start = contentStart(line);
    const raw = norm.slice(start, line.end);
    const t = raw.includes("《") ? withoutTitles(raw) : raw;
    // named anywhere in a paragraph: the part starts with the paragraph
    if (!first_responsible.present && FIRST_RESPONSIBLE.test(t))
      set("first_responsible", line.paragraphStart);
    if (!shortcomings.present && start > achievedFrom && SHORTCOMINGS_PARAGRAPH.test(t.slice(0, 160))) {
      // only where the report turns to its shortcomings, not inside a list of results
      if (/但|不足|差距|问题|短板/.test(t.slice(0, 80)) && !/^[(]?[一二三四五六七八九十\d]+[)、.]/.test(t))
        set("shortcomings", start);
    }
    if (!next_year.present && start > achievedFrom && NEXT_YEAR_PARAGRAPH.test(t)) {
      const y = /^(\d{4})年/.exec(t);
      if (!y || year === null || Number(y[1]) > year) set("next_year", start);
    }
  }
  if (!sections.achievements.present && body.length > 0 && /\d/.test(norm)) {
    // a report without headings still opens with what was done
    const first = body.find((l) => l.text.trim().length > 40);
    if (first) set("achievements", contentStart(first));
  }

  // targets begin at the next-year part; where one heading covers shortcomings and next
  // year, at the paragraph inside it that turns to the future
  let targetsFrom = sections.next_year.start;
  if (targetsFrom !== null && targetsFrom === sections.shortcomings.start) {
    const inner = body.find(
      (l) =>
        contentStart(l) > (targetsFrom ?? 0) && NEXT_YEAR_PARAGRAPH.test(norm.slice(contentStart(l), l.end)),
    );
    const innerHeading = outline.find((h) => h.start > (targetsFrom ?? 0) && h.level === 2 && !h.enumeration);
    const candidates = [inner ? contentStart(inner) : null, innerHeading?.start ?? null].filter(
      (x): x is number => x !== null,
    );
    targetsFrom = candidates.length ? Math.min(...candidates) : targetsFrom;
  }
  return { sections, targetsFrom };
}
