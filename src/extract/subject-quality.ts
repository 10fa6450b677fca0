// Whether a subject names a thing counted: not empty, not a count word alone (数, 次数),
// not a one-person office (市委书记数), not a phrase cut at a function word.
import {
  COUNT_WORDS,
  DANGLING_END,
  DANGLING_START,
  EMPTY_SUBJECTS,
  SINGLE_OFFICES,
} from "../rules/subjects.ts";
import { lastChars } from "./last-chars.ts";

const COUNT_SUFFIX = new RegExp(`(?:${COUNT_WORDS.join("|")})$`);
/** the last characters of the count words: a subject ending otherwise has none to strip
 * (the suffix, anchored at the end only, would be tried at every position) */
const COUNT_LAST = lastChars(COUNT_WORDS.join("|"));
const EMPTY = new Set(EMPTY_SUBJECTS);

/** What a subject names, without its count word: 行政复议案件受理数 → 行政复议案件受理. */
export function subjectCore(subject: string): string {
  if (COUNT_LAST && !COUNT_LAST.has(subject[subject.length - 1])) return subject;
  return subject.replace(COUNT_SUFFIX, "");
}

/** The reason a subject is no name of a counted thing, or null when it is one. */
export function subjectProblem(subject: string): string | null {
  const core = subjectCore(subject.trim());
  if (core.length === 0) return "empty";
  if (EMPTY.has(core)) return "filler";
  if (/^[\d.,%]+$/.test(core)) return "number";
  if (SINGLE_OFFICES.test(core)) return "office";
  if (DANGLING_END.test(core) || DANGLING_START.test(core)) return "dangling";
  if (core.length < 2) return "too short";
  return null;
}
