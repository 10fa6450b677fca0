// A short plain-words subject for a fact: what is counted. Built from the clause before the
// number, the noun written after its unit, or the previous fact's object (受理行政复议案件
// 108件、办结98件 → 行政复议案件办结数).
import {
  COUNT_SUFFIX,
  INNER_FILLERS,
  LEADING_FILLERS,
  LEADING_VERBS,
  OBJECT_STOPS,
  TRAILING_FILLERS,
} from "../rules/subjects.ts";
import { alternation } from "../shared/regex.ts";
import type { Fact, Span } from "../types.ts";

const BOUNDARY = ',;。:!?\n、()“”《》"';
const MAX_BEFORE = 24;
const MAX_AFTER = 14;

function stripYears(s: string): string {
  return s.replace(/\d{4}\s*年(度)?(至\d{4}年)?/g, "").replace(/\d{1,2}月(\d{1,2}日)?(前|以来|底)?/g, "");
}

// fillers are stripped repeatedly: 全年共 → 共 → ""
const LEADING = new RegExp(`^(?:${alternation(LEADING_FILLERS)})+`);
const TRAILING = new RegExp(`(?:${alternation(TRAILING_FILLERS)})+$`);

const INNER = new RegExp(alternation(INNER_FILLERS), "g");

function trim(s: string): string {
  return stripYears(s)
    .replace(/\s+/g, "")
    .replace(/[“”"]/g, "")
    .replace(INNER, "")
    .replace(LEADING, "")
    .replace(TRAILING, "");
}

function before(norm: string, start: number, previous: Fact | null): string {
  let k = start;
  const floor = Math.max(previous && previous.end <= start ? previous.end : 0, start - MAX_BEFORE);
  for (;;) {
    while (k > floor && !BOUNDARY.includes(norm[k - 1])) k--;
    // a quoted name right before the number is part of the subject: “乡镇吹哨、部门报到”2077次
    const open = norm[k - 1] === "”" ? norm.lastIndexOf("“", k - 2) : -1;
    if (open < 0 || open < floor) break;
    k = open;
  }
  return norm.slice(k, start);
}

/** The words after the unit, up to the next boundary or number. */
function afterClause(norm: string, end: number): string {
  let k = end;
  while (k < norm.length && k - end < MAX_AFTER && !BOUNDARY.includes(norm[k]) && !/[\d]/.test(norm[k])) k++;
  return norm.slice(end, k);
}

function after(norm: string, end: number): string {
  let s = afterClause(norm, end).replace(/^的/, "");
  const stop = s.search(OBJECT_STOPS);
  if (stop >= 0) s = s.slice(0, stop);
  return s.replace(/[和及与等]$/, "");
}

function suffixFor(subject: string, unit: string): string {
  if (unit === "%" || unit === "‰" || unit === "个百分点")
    return /率|比|幅|比例|比重$/.test(subject) ? "" : "比例";
  if (unit === "元") return /额|资金|金额|费|款$/.test(subject) ? "" : "金额";
  if (/数|量|人次|批次|规模$/.test(subject)) return "";
  return COUNT_SUFFIX[unit] ?? "数";
}

const GENERIC_OBJECT = /^(单位|部门|机关|乡镇|个|家|地区|项目|问题|事项)/;

/** The action after a generic object: 单位进行实地督察 → 实地督察. */
function actionAfter(norm: string, end: number, object: string): string {
  if (!GENERIC_OBJECT.test(object) || object.length > 4) return "";
  const clause = afterClause(norm, end).replace(/^的/, "");
  const rest = clause
    .slice(object.length)
    .replace(/^(进行|开展|实现|获评|被评为|被|为|参加|参与|完成|建成)/, "");
  return trim(rest).slice(0, 10);
}

export interface SubjectResult {
  subject: string;
  /** what is counted, without the verb: reused by the next fact of a list */
  noun: string;
  /** the words before the number in its clause (after any earlier fact) */
  before: string;
  /** the words after the unit up to the next verb or boundary */
  after: string;
}

export function deriveSubject(
  norm: string,
  span: Span,
  unit: string,
  previous: Fact | null,
  previousNoun: string,
): SubjectResult {
  const rawBefore = before(norm, span.start, previous);
  const rawAfter = after(norm, span.end);
  const sameSentence = previous !== null && !/[。;\n]/.test(norm.slice(previous.end, span.start));
  const startsAfterFact = previous !== null && previous.end === span.start - rawBefore.length;
  let lead = trim(rawBefore);
  if (/等$/.test(rawBefore.trim())) lead = ""; // "…青干班等6个干部培训班": examples, not the subject
  const object = trim(rawAfter);
  let subject: string;
  let noun: string;
  if (object.length >= 2 && (lead.length <= 6 || startsAfterFact)) {
    // "…等6家单位进行实地督察": a bare 单位 is named by what it did
    const action = lead ? "" : actionAfter(norm, span.end, rawAfter);
    subject = (startsAfterFact ? "" : lead) + action + object;
    noun = object;
  } else if (lead.length >= 5 || (lead.length >= 2 && !(previous && sameSentence))) {
    subject = lead;
    noun = lead.replace(LEADING_VERBS, "");
  } else if (previous && sameSentence && previousNoun) {
    // 受理行政复议案件108件、办结98件: the verb here, the object from the fact before
    subject = previousNoun + lead;
    noun = previousNoun;
  } else {
    subject = lead || object;
    noun = subject.replace(LEADING_VERBS, "");
  }
  subject = subject.slice(-MAX_BEFORE);
  return {
    subject: subject + suffixFor(subject, unit),
    noun,
    before: rawBefore,
    after: afterClause(norm, span.end),
  };
}
