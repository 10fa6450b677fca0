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
  follow: Map<number, number>; // prev → T(prev), distinct followers
  total: Map<number, number>; // prev → c(prev) as a context
  pair: Map<number, number>; // prev·65536 + next → count
}

function compileClass(cls: ClassCounts, background: Float64Array): CompiledClass {
  const own = new Float64Array(0x10000);
  let n = 0;
  for (let k = 0; k < cls.chars.length; k++) {
    own[cls.chars.charCodeAt(k)] = cls.counts[k];
    n += cls.counts[k];
  }
  const uni = new Float64Array(0x10000);
  for (let c = 0; c < 0x10000; c++)
    if (background[c] > 0) uni[c] = (own[c] + BACKGROUND_WEIGHT * background[c]) / (n + BACKGROUND_WEIGHT);
  const follow = new Map<number, number>();
  const total = new Map<number, number>();
  const pair = new Map<number, number>();
  for (let k = 0; k < cls.pairCounts.length; k++) {
    const prev = cls.pairs.charCodeAt(2 * k);
    const count = cls.pairCounts[k];
    pair.set(prev * 0x10000 + cls.pairs.charCodeAt(2 * k + 1), count);
    follow.set(prev, (follow.get(prev) ?? 0) + 1);
    total.set(prev, (total.get(prev) ?? 0) + count);
  }
  return { uni, follow, total, pair };
}

/** Witten–Bell: P(next | prev) = (c(prev next) + T(prev)·P_uni(next)) / (c(prev) + T(prev)). */
function logProb(cls: CompiledClass, prev: number, next: number): number {
  const contexts = cls.total.get(prev);
  if (contexts === undefined) return Math.log(cls.uni[next]);
  const t = cls.follow.get(prev) ?? 0;
  const c = cls.pair.get(prev * 0x10000 + next) ?? 0;
  return Math.log((c + t * cls.uni[next]) / (contexts + t));
}

/** The ratio as tables over dense symbol indices (small integer keys hash fast): exact for
 * every bigram either class has seen; for the others it factors into a term of the previous
 * symbol (its back-off weight) and one of the next. */
interface RatioTables {
  /** symbol code → dense index; 0 for symbols neither class has seen */
  index: Uint16Array;
  width: number;
  pair: Map<number, number>; // prevIndex·width + nextIndex → ratio
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
  const index = new Uint16Array(0x10000);
  const codes: number[] = [0];
  for (let c = 0; c < 0x10000; c++) if (background[c] > 0 || c === LINE_START) index[c] = codes.push(c) - 1;
  const vocabulary = codes.length - 1;
  for (let c = 0; c < 0x10000; c++)
    if (background[c] > 0) background[c] = (background[c] + 1) / (all + vocabulary);
  const gov = compileClass(data.gov, background);
  const ad = compileClass(data.ad, background);
  const width = codes.length;
  const next = new Float64Array(width);
  const prev = new Float64Array(width);
  const backoff = (cls: CompiledClass, p: number) => {
    const contexts = cls.total.get(p);
    if (contexts === undefined) return 0;
    const t = cls.follow.get(p) ?? 0;
    return Math.log(t / (contexts + t));
  };
  for (let k = 1; k < width; k++) {
    const c = codes[k];
    if (background[c] > 0) next[k] = Math.log(ad.uni[c]) - Math.log(gov.uni[c]);
    prev[k] = backoff(ad, c) - backoff(gov, c);
  }
  const pair = new Map<number, number>();
  for (const key of new Set([...gov.pair.keys(), ...ad.pair.keys()])) {
    const p = Math.floor(key / 0x10000);
    const n = key % 0x10000;
    pair.set(index[p] * width + index[n], logProb(ad, p, n) - logProb(gov, p, n));
  }
  return { index, width, pair, next, prev };
}

const TABLES = compile(model as RegisterModelData);

/** Log-likelihood ratio (advertising over official prose) of `next` after `prev`, symbols. */
export function llrOf(prev: number, next: number): number {
  const n = TABLES.index[next];
  if (n === 0 || TABLES.next[n] === 0) return 0; // never seen: no evidence either way
  const p = TABLES.index[prev];
  const llr = TABLES.pair.get(p * TABLES.width + n) ?? TABLES.prev[p] + TABLES.next[n];
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
