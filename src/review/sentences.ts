// Facts grouped by the sentence they stand in, for checks that compare a rate with its parts.
import type { Fact } from "../types.ts";

export function sentenceStart(norm: string, offset: number): number {
  let k = offset;
  while (k > 0 && !"。;\n!?".includes(norm[k - 1])) k--;
  return k;
}

/** Facts before `fact` in the same sentence. */
export function factsBefore(norm: string, facts: Fact[], fact: Fact): Fact[] {
  const from = sentenceStart(norm, fact.start);
  return facts.filter((f) => f.start >= from && f.end <= fact.start);
}

/** The clause in front of a fact: the words that say what it counts. */
export function clauseOf(norm: string, fact: Fact): string {
  let k = fact.start;
  while (k > 0 && !",;。:!?\n、".includes(norm[k - 1])) k--;
  return norm.slice(k, fact.start);
}

export const decimals = (quote: string) => /\.(\d+)/.exec(quote)?.[1].length ?? 0;
