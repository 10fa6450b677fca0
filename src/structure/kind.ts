// What kind of document this is: the annual 法治政府建设 report, a plan (实施方案, 规划, 工作要点,
// 工作安排, 任务分工, or a 通知 that prints one), or another genre that speaks of the same work
// (政府工作报告, 政府信息公开年度报告, news, court reports). The title's genre word decides;
// without one, signals in the body.
import {
  BODY_SIGNALS,
  COMMENTARY_HEAD,
  GENRE_WORDS,
  type GenreHead,
  LAW_SUBJECT,
  PLAN_CLAUSE,
  PLAN_CLAUSES_MIN,
  PLAN_COVER,
  PRINTS,
  REPORT_BODY,
  REPORT_WITH_NEXT_YEAR,
} from "../rules/genres.ts";
import type { DocKind } from "../types.ts";

const BODY_HEAD = 3000;

interface Head {
  head: GenreHead;
  start: number;
  end: number;
}

/** The genre word that ends last in the title (the longer one where two end together). */
function headOf(title: string): Head | null {
  let best: Head | null = null;
  for (const word of GENRE_WORDS) {
    for (const m of title.matchAll(word.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!best || end > best.end || (end === best.end && start < best.start))
        best = { head: word.head, start, end };
    }
  }
  return best;
}

/** The kind a title names, `notice` for a 通知 that does not say what it prints, or null when
 * it names none. */
export function kindOfTitle(title: string): DocKind | "notice" | null {
  const t = title.replace(/[》>\s]+$/, "").replace(/[(（][^()（）]*[)）]$/, "");
  const head = headOf(t);
  if (!head) return null;
  if (COMMENTARY_HEAD.test(t)) return "other";
  // 《中国法治政府评估报告(2023)》发布, 《…实施方案》政策解读: words after the quoted title say
  // what is done with that document — news of it or a commentary, not the document itself
  const open = t.lastIndexOf("《", head.start);
  const close = t.indexOf("》", head.end);
  if (
    open >= 0 &&
    close >= 0 &&
    t.lastIndexOf("》", head.start) < open &&
    /[\u4e00-\u9fff]/.test(t.slice(close + 1))
  )
    return "other";
  switch (head.head) {
    case "report":
    case "plan":
      if (head.head === "plan" && !REPORT_WITH_NEXT_YEAR.test(t)) return "plan";
      return LAW_SUBJECT.test(t) ? "report" : "other";
    case "notice": {
      const inner = t.slice(0, head.start);
      const prints = PRINTS.exec(inner);
      if (!prints) return "notice";
      const printed = kindOfTitle(inner.slice(prints.index + prints[0].length).replace(/的$/, ""));
      return printed === null || printed === "notice" ? "other" : printed;
    }
    default:
      return "other";
  }
}

export function detectKind(title: string | null, norm: string): DocKind {
  const fromTitle = title ? kindOfTitle(title) : null;
  const head = norm.slice(0, BODY_HEAD);
  // a notice is a plan when its letter prints one ("现将《…方案》印发给你们"), else another genre
  if (fromTitle === "notice") return PLAN_COVER.test(head) ? "plan" : "other";
  if (fromTitle) return fromTitle;
  for (const signal of BODY_SIGNALS) if (signal.re.test(head)) return signal.kind;
  const clauses = norm.match(PLAN_CLAUSE)?.length ?? 0;
  if (clauses >= PLAN_CLAUSES_MIN) return "plan";
  if (
    REPORT_BODY.test(norm) ||
    (/^\s*\d{4}年(度)?[,,]/m.test(head) && /法治政府|依法行政|法治建设/.test(head))
  )
    return "report";
  if (/法治政府|依法行政/.test(norm) && /[一二三四五六七八九十]、/.test(norm)) return "report";
  return "other";
}
