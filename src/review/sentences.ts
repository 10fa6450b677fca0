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

/** The sentence start of every fact, in one pass: a fact after the one before it reads back only
 *  to that one (no sentence end between them: the same sentence), so that a long sentence of many
 *  figures (a table run into one line) is read once, not once for every figure in it. */
function startsOf(norm: string, facts: Fact[]): Map<Fact, number> {
  let starts = SENTENCE_STARTS.get(facts);
  if (!starts) {
    starts = new Map();
    let read = -1; // the place read back from last, and its sentence start
    let readStart = 0;
    for (const f of facts) {
      let start: number;
      if (read < 0 || f.start < read) start = sentenceStart(norm, f.start);
      else {
        let k = f.start;
        while (k > read && !charIn(SENTENCE_ENDS, norm, k - 1)) k--;
        start = k > read ? k : readStart;
      }
      starts.set(f, start);
      read = f.start;
      readStart = start;
    }
    SENTENCE_STARTS.set(facts, starts);
  }
  return starts;
}

/** The sentence start of a fact of the list (sentenceStart, computed with the list's others). */
export const sentenceStartOf = (norm: string, facts: Fact[], fact: Fact): number =>
  startsOf(norm, facts).get(fact) ?? sentenceStart(norm, fact.start);

const INDEX = new WeakMap<Fact[], Map<Fact, number>>();
function indexOf(facts: Fact[], fact: Fact): number {
  let index = INDEX.get(facts);
  if (!index) {
    index = new Map(facts.map((f, k) => [f, k]));
    INDEX.set(facts, index);
  }
  return index.get(fact) ?? -1;
}

/** How many figures before one in its sentence the checks read: a part and its whole, a rate and
 *  its counts stand among the figures next to it (in the seeds and fixtures at most 6 figures
 *  precede one in its sentence). A text without sentence ends (a table run into one line, a
 *  page whose punctuation was lost) is one sentence of thousands of figures: read back to its
 *  start, every check would cost the square of the text. */
export const FIGURES_READ_BACK = 32;

/** Facts before `fact` in the same sentence, the nearest FIGURES_READ_BACK at most (facts are
 *  in document order). */
export function factsBefore(norm: string, facts: Fact[], fact: Fact): Fact[] {
  const from = sentenceStartOf(norm, facts, fact);
  const at = indexOf(facts, fact);
  const stop = Math.max(-1, at - 1 - FIGURES_READ_BACK);
  let k = at - 1;
  while (k > stop && facts[k].start >= from) k--;
  return facts.slice(k + 1, Math.max(at, k + 1));
}

/** The last of factsBefore that `accept`s, read back from `fact` and stopping there: a part
 *  looking for its whole does not copy and test every figure before it in a long sentence. */
export function lastBefore(
  norm: string,
  facts: Fact[],
  fact: Fact,
  accept: (f: Fact) => boolean,
): Fact | undefined {
  const from = sentenceStartOf(norm, facts, fact);
  const at = indexOf(facts, fact);
  const stop = Math.max(-1, at - 1 - FIGURES_READ_BACK);
  for (let k = at - 1; k > stop && facts[k].start >= from; k--) if (accept(facts[k])) return facts[k];
  return undefined;
}

/** The facts whose factsBefore holds `fact` (after it in its sentence, FIGURES_READ_BACK at most),
 *  read forward from it: what `facts.filter((f) => factsBefore(norm, facts, f).includes(fact))`
 *  answers, without reading every sentence for every fact. */
export function factsAfter(norm: string, facts: Fact[], fact: Fact): Fact[] {
  const at = indexOf(facts, fact);
  const after: Fact[] = [];
  if (at < 0) return after;
  const end = Math.min(facts.length, at + 1 + FIGURES_READ_BACK);
  for (let k = at + 1; k < end; k++)
    if (factsBefore(norm, facts, facts[k]).includes(fact)) after.push(facts[k]);
  return after;
}

/** How far back the clause in front of a figure is read: far past any clause's words (the
 *  checks read its last words, 纠错率, 同比减少, and the word a rate is named by), short of a
 *  text whose punctuation was lost, one clause of thousands of figures — read back to its
 *  start for every figure, the checks would cost the square of the text. */
export const CLAUSE_READ_BACK = 200;

/** The clause in front of a fact: the words that say what it counts (its last CLAUSE_READ_BACK
 *  characters at most). */
export function clauseOf(norm: string, fact: Fact): string {
  let k = fact.start;
  const stop = Math.max(0, fact.start - CLAUSE_READ_BACK);
  while (k > stop && !charIn(CLAUSE_ENDS, norm, k - 1)) k--;
  return norm.slice(k, fact.start);
}

/** True when the clause before a fact says it is a change from an earlier period (同比减少9件),
 *  or the fact is a level kept (同比持平, a change of 0): no whole that a part or a rate is taken of. */
export const isChange = (norm: string, fact: Fact): boolean =>
  STEADY_QUOTE.test(fact.quote) || CHANGE_CLAUSE.test(clauseOf(norm, fact).trim());

// whether each fact is a change, read once per fact list
const CHANGES = new WeakMap<Fact[], Map<Fact, boolean>>();

/** isChange of a fact of the list, remembered with the list (the rules ask it of the same
 *  figures again for every figure after them in the sentence). */
export function isChangeOf(norm: string, facts: Fact[], fact: Fact): boolean {
  let known = CHANGES.get(facts);
  if (!known) {
    known = new Map();
    CHANGES.set(facts, known);
  }
  let change = known.get(fact);
  if (change === undefined) {
    change = isChange(norm, fact);
    known.set(fact, change);
  }
  return change;
}

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
