// "A、B分别为x、y": x counts A and y counts B. A list of numbers after 分别 takes its
// subjects, one by one, from the list of names before it; a second list without names
// (…,同比分别下降12.1%、6.4%) reuses the names of the list before it in the sentence, with
// 分别 or without (来访136批次、182人次,同比分别下降…).
import { DIRECTION_AT_END, LIST_VERBS, RESPECTIVE_GAP, SHARED_HEADS } from "../rules/subjects.ts";
import type { Fact } from "../types.ts";
import { subjectCore } from "./subject-quality.ts";
import { suffixFor, trimPhrase } from "./subject.ts";

const CLAUSE_END = ",;。:!?\n";
const MAX_CLAUSE = 40;

/** Facts k.. written one after another, separated only by 、 or a conjunction (15.5%和18.8%):
 *  the end of the run. */
function runEnd(norm: string, facts: Fact[], k: number, gap = RUN_GAP): number {
  let j = k + 1;
  while (j < facts.length && gap.test(norm.slice(facts[j - 1].end, facts[j].start))) j++;
  return j;
}
const RUN_GAP = /^\s*[、和及与]\s*$/;

function clauseBefore(norm: string, start: number): string {
  let k = start;
  while (k > 0 && !CLAUSE_END.includes(norm[k - 1]) && start - k < MAX_CLAUSE) k--;
  return norm.slice(k, start);
}

/** The names of a list (行政复议、行政应诉案件): the last one's head noun goes to those
 * without it. */
function listNames(text: string): string[] {
  const names = text
    .split(/[、和及与]/)
    .map(trimPhrase)
    .filter((s) => s.length > 0);
  const shared = sharedObject(names);
  if (shared) return shared;
  const head = SHARED_HEADS.exec(names[names.length - 1] ?? "")?.[1];
  return head ? names.map((n) => (n.endsWith(head) ? n : n + head)) : names;
}

const VERBS = [...LIST_VERBS].sort((a, b) => b.length - a.length);

/** 接收、解除社区矫正对象: verbs that share the last item's object (接收社区矫正对象,
 *  解除社区矫正对象), or null when an item before the last is more than a verb. */
function sharedObject(names: string[]): string[] | null {
  if (names.length < 2) return null;
  const last = names[names.length - 1];
  const verb = VERBS.find((v) => last.startsWith(v));
  const object = verb ? last.slice(verb.length) : "";
  if (object.length < 2) return null;
  if (!names.slice(0, -1).every((n) => VERBS.includes(n))) return null;
  return [...names.slice(0, -1).map((n) => n + object), last];
}

/** Facts k.. of one enumeration (来访136批次、182人次 / 代表建议186件、政协提案247件): apart by 、
 *  or a conjunction, each item's own short name between. The end of the run. */
function listEnd(norm: string, facts: Fact[], k: number): number {
  let j = k + 1;
  while (j < facts.length && LIST_GAP.test(norm.slice(facts[j - 1].end, facts[j].start))) j++;
  return j;
}
const LIST_GAP = /^\s*(?:[、和及与]|、[^,;。:!?\n\d]{1,12})\s*$/;

export function pairRespectively(norm: string, facts: Fact[]): void {
  let previousNames: string[] = [];
  let previousEnd = -1;
  for (let k = 0; k < facts.length; ) {
    const before = clauseBefore(norm, facts[k].start);
    // 同比分别增长12.5%、下降7.5%: after 分别 each number may come with its own direction
    const spread = before.includes("分别") ? runEnd(norm, facts, k, RESPECTIVE_GAP) : k + 1;
    const j = spread - k >= 2 ? spread : runEnd(norm, facts, k);
    const n = j - k;
    const clause = n >= 2 ? before : "";
    const at = clause.lastIndexOf("分别");
    if (at >= 0) {
      const predicate = trimPhrase(clause.slice(at + 2).replace(/^(为|是|达到|达|有|占)/, ""));
      const predicates = facts.slice(k, j).map((f, i) => {
        const own = i === 0 ? null : RESPECTIVE_GAP.exec(norm.slice(facts[k + i - 1].end, f.start))?.[1];
        return own ? predicate.replace(DIRECTION_AT_END, "") + own : predicate;
      });
      let names = listNames(clause.slice(0, at));
      const sameSentence = previousEnd >= 0 && !/[。;\n]/.test(norm.slice(previousEnd, facts[k].start));
      if (names.length !== n && sameSentence && previousNames.length === n) {
        // …分别为87件、102件,同比分别下降12.1%、6.4%
        const lead = trimPhrase(clause.slice(0, at));
        names = previousNames.map((name) => name + lead);
      }
      if (names.length === n) {
        for (let i = 0; i < n; i++) {
          const subject = names[i] + predicates[i];
          facts[k + i].subject = subject + suffixFor(subject, facts[k + i].unit);
        }
        previousNames = names.map((name) => subjectCore(name));
        previousEnd = facts[j - 1].end;
      }
      k = j;
      continue;
    }
    // 接收、解除社区矫正对象312人、296人: verbs that share one object, and as many numbers
    // as verbs, pair one by one without 分别
    const shared = n >= 2 ? sharedObject(clause.split("、").map(trimPhrase)) : null;
    if (shared && shared.length === n) {
      for (let i = 0; i < n; i++) facts[k + i].subject = shared[i] + suffixFor(shared[i], facts[k + i].unit);
      previousNames = shared;
      previousEnd = facts[j - 1].end;
      k = j;
      continue;
    }
    // 接待来访136批次、182人次,同比分别下降15.5%和18.8% / 代表建议186件、政协提案247件,满意率
    // 分别为…: an enumeration without 分别 names a list after it (its names without a bare 数, but
    // with a count word that may be all that tells them apart, 批次 and 人次)
    const end = listEnd(norm, facts, k);
    if (end - k >= 2) {
      previousNames = facts.slice(k, end).map((f) => f.subject.replace(/数$/, ""));
      previousEnd = facts[end - 1].end;
    }
    // (an enumeration holds every run within it: 、 and conjunctions are gaps of both)
    k = end;
  }
}
