// Facts grouped by the sentence they stand in, for checks that compare a rate with its parts.
import { CHANGE_CLAUSE, STEADY_QUOTE } from "../rules/subjects.ts";
import type { Fact } from "../types.ts";
import { charIn, charSet } from "../shared/chars.ts";

const SENTENCE_ENDS = charSet("。;\n!?");
const CLAUSE_ENDS = charSet(",;。:!?\n、");

export function sentenceStart(norm: string, offset: number): number {
  let k = offset;
  while (k > 0 && !charIn(SENTENCE_ENDS, norm, k - 1)) k--;
  return k;
}

// sentence start of each fact, computed once per fact list
const SENTENCE_STARTS = new WeakMap<Fact[], Map<Fact, number>>();

function startsOf(norm: string, facts: Fact[]): Map<Fact, number> {
  let starts = SENTENCE_STARTS.get(facts);
  if (!starts) {
    starts = new Map(facts.map((f) => [f, sentenceStart(norm, f.start)]));
    SENTENCE_STARTS.set(facts, starts);
  }
  return starts;
}

const INDEX = new WeakMap<Fact[], Map<Fact, number>>();
function indexOf(facts: Fact[], fact: Fact): number {
  let index = INDEX.get(facts);
  if (!index) {
    index = new Map(facts.map((f, k) => [f, k]));
    INDEX.set(facts, index);
  }
  return index.get(fact) ?? -1;
}

/** Facts before `fact` in the same sentence (facts are in document order). */
export function factsBefore(norm: string, facts: Fact[], fact: Fact): Fact[] {
  const starts = startsOf(norm, facts);
  const from = starts.get(fact) ?? sentenceStart(norm, fact.start);
  const at = indexOf(facts, fact);
  let k = at - 1;
  while (k >= 0 && facts[k].start >= from) k--;
  return facts.slice(k + 1, Math.max(at, k + 1));
}

/** The clause in front of a fact: the words that say what it counts. */
export function clauseOf(norm: string, fact: Fact): string {
  let k = fact.start;
  while (k > 0 && !charIn(CLAUSE_ENDS, norm, k - 1)) k--;
  return norm.slice(k, fact.start);
}

/** True when the clause before a fact says it is a change from an earlier period (同比减少9件),
 *  or the fact is a level kept (同比持平, a change of 0): no whole that a part or a rate is taken of. */
export const isChange = (norm: string, fact: Fact): boolean =>
  STEADY_QUOTE.test(fact.quote) || CHANGE_CLAUSE.test(clauseOf(norm, fact).trim());

/** True when the Han characters of the clause in front of a fact end with 其中 (other
 * characters aside): what `/其中$/` says of the clause without them, without the copy. */
export function clauseEndsWithQizhong(norm: string, fact: Fact): boolean {
  let second = false;
  for (let k = fact.start - 1; k >= 0 && !charIn(CLAUSE_ENDS, norm, k); k--) {
    const c = norm.charCodeAt(k);
    if (c < 0x4e00 || c > 0x9fff) continue;
    if (second) return c === 0x5176; // 其
    if (c !== 0x4e2d) return false; // 中
    second = true;
  }
  return false;
}

export const decimals = (quote: string) => /\.(\d+)/.exec(quote)?.[1].length ?? 0;
