// The register of a string: does it read like official prose or like advertising copy?
// Two character-bigram language models (Witten–Bell interpolated with a shared background
// unigram), one built from government text and one from advertising copy, by
// scripts/build-register-model.ts into rules/register/model.json. Each character gets the
// log-likelihood ratio log P_ad(c | prev) − log P_gov(c | prev): positive reads as advertising.
import model from "../rules/register/model.json" with { type: "json" };
import { type ClassCounts, LINE_START, symbolOf } from "./register-alphabet.ts";

interface RegisterModelData {
  gov: ClassCounts;
  ad: ClassCounts;
}

const MAX_LLR = 4; // one character never decides alone
const BACKGROUND_WEIGHT = 200; // Dirichlet prior mass of the shared unigram

interface CompiledClass {
  uni: Float64Array; // P_uni per symbol (0 where unseen in both classes)
  follow: Float64Array; // by dense index of prev: T(prev), distinct followers
  total: Float64Array; // by dense index of prev: c(prev) as a context, -1 where prev is none
  pair: Map<number, number>; // prevIndex·width + nextIndex → count
}

/** `index`/`codes`: the dense symbol indices and the symbols (small integer keys: a Map hashes
 * them fast, where symbol pairs as prev·65536 + next are heap numbers; loops over the alphabet,
 * not over every code unit — the start-up time of every worker). */
function compileClass(
  cls: ClassCounts,
  background: Float64Array,
  index: Uint16Array,
  codes: readonly number[],
): CompiledClass {
  const width = codes.length;
  const own = new Float64Array(0x10000);
  let n = 0;
  for (let k = 0; k < cls.chars.length; k++) {
    own[cls.chars.charCodeAt(k)] = cls.counts[k];
    n += cls.counts[k];
  }
  const uni = new Float64Array(0x10000);
  for (let k = 1; k < width; k++) {
    const c = codes[k];
    if (background[c] > 0) uni[c] = (own[c] + BACKGROUND_WEIGHT * background[c]) / (n + BACKGROUND_WEIGHT);
  }
  const follow = new Float64Array(width);
  const total = new Float64Array(width).fill(-1);
  const pair = new Map<number, number>();
  for (let k = 0; k < cls.pairCounts.length; k++) {
    const prev = index[cls.pairs.charCodeAt(2 * k)];
    const count = cls.pairCounts[k];
    pair.set(prev * width + index[cls.pairs.charCodeAt(2 * k + 1)], count);
    follow[prev] += 1;
    total[prev] = Math.max(total[prev], 0) + count;
  }
  return { uni, follow, total, pair };
}

/** Witten–Bell: P(next | prev) = (c(prev next) + T(prev)·P_uni(next)) / (c(prev) + T(prev)).
 * `prev` and `key` (prev·width + next) by dense index, `next` by symbol. */
function logProb(cls: CompiledClass, prev: number, next: number, key: number): number {
  const contexts = cls.total[prev];
  if (contexts < 0) return Math.log(cls.uni[next]);
  const t = cls.follow[prev];
  const c = cls.pair.get(key) ?? 0;
  return Math.log((c + t * cls.uni[next]) / (contexts + t));
}

/** The ratio as tables over dense symbol indices (small integer keys hash fast): exact for
 * every bigram either class has seen; for the others it factors into a term of the previous
 * symbol (its back-off weight) and one of the next. */
interface RatioTables {
  /** symbol code → dense index; 0 for symbols neither class has seen */
  index: Uint16Array;
  width: number;
  /** the ratio of a bigram either class has seen (prevIndex·width + nextIndex), or undefined */
  pair: (key: number) => number | undefined;
  next: Float64Array; // by index: log P_uni,ad − log P_uni,gov
  prev: Float64Array; // by index: log back-off weight, ad − gov
}

function compile(data: RegisterModelData): RatioTables {
  const background = new Float64Array(0x10000);
  let all = 0;
  for (const cls of [data.gov, data.ad]) {
    for (let k = 0; k < cls.chars.length; k++) {
      background[cls.chars.charCodeAt(k)] += cls.counts[k];
      all += cls.counts[k];
    }
  }
  // the alphabet in code order: every symbol either class has seen, and the line start
  const seen = new Set([LINE_START]);
  for (const cls of [data.gov, data.ad])
    for (let k = 0; k < cls.chars.length; k++) {
      const c = cls.chars.charCodeAt(k);
      if (background[c] > 0) seen.add(c);
    }
  const codes = [0, ...[...seen].sort((a, b) => a - b)];
  const index = new Uint16Array(0x10000);
  for (let k = 1; k < codes.length; k++) index[codes[k]] = k;
  const vocabulary = codes.length - 1;
  for (let k = 1; k < codes.length; k++) {
    const c = codes[k];
    if (background[c] > 0) background[c] = (background[c] + 1) / (all + vocabulary);
  }
  const width = codes.length;
  const gov = compileClass(data.gov, background, index, codes);
  const ad = compileClass(data.ad, background, index, codes);
  const next = new Float64Array(width);
  const prev = new Float64Array(width);
  const backoff = (cls: CompiledClass, p: number) => {
    const contexts = cls.total[p];
    if (contexts < 0) return 0;
    const t = cls.follow[p];
    return Math.log(t / (contexts + t));
  };
  for (let k = 1; k < width; k++) {
    const c = codes[k];
    if (background[c] > 0) next[k] = Math.log(ad.uni[c]) - Math.log(gov.uni[c]);
    prev[k] = backoff(ad, k) - backoff(gov, k);
  }
  // a seen bigram's ratio is worked out when a text first has it, then kept (a worker would
  // otherwise spend its start on the ~20,000 of the model, most of which no text it reads has)
  const ratios = new Map<number, number>();
  const pair = (key: number): number | undefined => {
    const known = ratios.get(key);
    if (known !== undefined || !(gov.pair.has(key) || ad.pair.has(key))) return known;
    const p = Math.floor(key / width);
    const n = codes[key % width];
    const ratio = logProb(ad, p, n, key) - logProb(gov, p, n, key);
    ratios.set(key, ratio);
    return ratio;
  };
  return { index, width, pair, next, prev };
}

const TABLES = compile(model as RegisterModelData);

/** Log-likelihood ratio (advertising over official prose) of `next` after `prev`, symbols. */
export function llrOf(prev: number, next: number): number {
  const n = TABLES.index[next];
  if (n === 0 || TABLES.next[n] === 0) return 0; // never seen: no evidence either way
  const p = TABLES.index[prev];
  const llr = TABLES.pair(p * TABLES.width + n) ?? TABLES.prev[p] + TABLES.next[n];
  return Math.min(MAX_LLR, Math.max(-MAX_LLR, llr));
}

/** Per-character ratios over norm[start, end), the first character read after a line start. */
export function scoreRange(norm: string, start: number, end: number, out: Float64Array): void {
  let prev =
    start > 0 && norm.charCodeAt(start - 1) !== 0x0a ? symbolOf(norm.charCodeAt(start - 1)) : LINE_START;
  for (let i = start; i < end; i++) {
    const sym = symbolOf(norm.charCodeAt(i));
    out[i - start] = llrOf(prev, sym);
    prev = sym;
  }
}

/** Mean ratio of a string read on its own: above 0 it reads more like advertising. */
export function registerOf(s: string): number {
  if (!s) return 0;
  const scores = new Float64Array(s.length);
  scoreRange(s, 0, s.length, scores);
  let sum = 0;
  for (const v of scores) sum += v;
  return sum / s.length;
}
