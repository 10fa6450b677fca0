// The words of a review opinion (审查意见书) shared by the Word opinion (server) and its print
// page (client) so that both say the same: its conclusion, its dates as an official document
// writes them, and part 三、审查批注 — this version's comments and, after a return and
// resubmission, the comments made on the earlier versions, labelled as the review screen labels
// them (第 N 版批注, 原文未改动/原文已修改: whether the passage commented on still stands
// unchanged in this version).

import { beijingDate } from "./beijing-time.ts";

/** The conclusion, by the version's state. */
export const OPINION_DECISION: Readonly<Record<string, string>> = {
  accepted: "审核通过。",
  returned: "退回修改。",
  submitted: "尚在审核中，暂未作出结论。",
};

/** The day (YYYY-MM-DD) a moment falls on where the office works, as the server counts the
 *  season's days (commands/season/dates.ts): a page read in another time zone (or a browser set
 *  to UTC) must not date the opinion a day apart from its Word copy and the dashboard. */
export const officeDay = (at: string | Date): string => beijingDate(at);

/** A day (YYYY-MM-DD) as an official document writes it: 2024年3月10日. */
export function officialDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

export interface OpinionComment {
  quote: string;
  text: string;
}

export interface EarlierOpinionComment extends OpinionComment {
  /** the version it was made on */
  version: number;
  /** 原文未改动 / 原文已修改 */
  stateLabel: string;
}

/** An automatic finding as part 二 lists it (DraftReview's findings). */
export interface OpinionFinding {
  message: string;
  /** what the rule means, in a sentence */
  ruleLabel: string;
  /** the words where it stands (its line around it), null without a place */
  context: { before: string; text: string; after: string } | null;
}

/** Part 二's paragraphs: each finding with the passage it stands in — the same message twice
 *  (异常字符「?」 at two places) is otherwise two identical lines the unit cannot find. */
export function opinionFindings(findings: OpinionFinding[]): string[] {
  if (findings.length === 0) return ["未发现问题。"];
  return findings.map((f, i) => {
    const at = f.context ? `，原文“${f.context.before}${f.context.text}${f.context.after}”` : "";
    const meaning = f.ruleLabel && f.ruleLabel !== f.message ? `（${f.ruleLabel.replace(/。$/, "")}）` : "";
    return `${i + 1}. ${f.message}${at}${meaning}`;
  });
}

/** A paragraph of the part, or a heading within it (（一）…). */
export interface OpinionBlock {
  kind: "heading" | "para";
  text: string;
  /** unique within the part (for a list's keys) */
  key: string;
}

const numbered = (
  part: string,
  comments: OpinionComment[],
  label: (i: number) => string = () => "",
): OpinionBlock[] =>
  comments.flatMap((c, i) => [
    { kind: "para", key: `${part}-${i}-quote`, text: `${i + 1}. ${label(i)}原文：“${c.quote}”` },
    { kind: "para", key: `${part}-${i}-text`, text: `意见：${c.text}` },
  ]);

/** The comments part's paragraphs: this version's comments alone when no earlier version was
 *  commented on (as before); else this version's, then the earlier versions' (newest first). */
export function opinionComments(
  version: number,
  comments: OpinionComment[],
  earlier: EarlierOpinionComment[],
): OpinionBlock[] {
  const own: OpinionBlock[] = comments.length
    ? numbered("own", comments)
    : [{ kind: "para", key: "own-none", text: "无。" }];
  if (earlier.length === 0) return own;
  return [
    { kind: "heading", key: "own", text: `（一）本版（第${version}版）批注` },
    ...own,
    { kind: "heading", key: "earlier", text: "（二）此前版本的批注" },
    {
      kind: "para",
      key: "earlier-note",
      text: "以下为对此前版本的审查批注，逐条标明所涉原文在本版中是否改动。",
    },
    ...numbered("earlier", earlier, (i) => `第 ${earlier[i].version} 版批注（${earlier[i].stateLabel}）`),
  ];
}
