// Runs the Recognizers-Text Chinese number and percent specs (../shared/peers) against the
// recogniser. Cases outside the forms used in government text are skipped, each category
// with its reason, so that the pass rate speaks about what fazhi claims to read.
import { existsSync, readFileSync } from "node:fs";
import { foldWidth } from "../normalize/normalize.ts";
import { type NumberToken, scanNumbers } from "./numbers.ts";

interface Expected {
  text: string;
  value: string | null;
  start: number;
  end: number;
}
interface PeerCase {
  input: string;
  expected: Expected[];
  model: string;
  source: string;
}

export interface SkipCategory {
  id: string;
  reason: string;
  test: (c: PeerCase) => boolean;
}

export const SKIPPED_MODELS: Record<string, string> = {
  NumberRangeModel: "ranges (二十到三十, 大于…小于…) are a separate model; reports state single values",
  NumberRangeModelExperimentalMode: "ranges, experimental variant of the same model",
  OrdinalModel: "ordinals (第三) are deliberately not quantities in fazhi",
  CurrencyModel: "money is read by the fact layer (元/万元/亿元 units), not by the number model",
  DimensionModel: "physical dimensions (公里, 比特) with unit conversion are not report statistics",
  AgeModel: "ages are not report statistics",
  TemperatureModel: "temperatures are not report statistics",
};

export const SKIP_CATEGORIES: SkipCategory[] = [
  {
    id: "discount-idioms",
    reason: "commerce idioms (九折, 三成, 对折) are not used for rates in government reports",
    test: (c) => (/[折成]/.test(c.input) && c.model === "PercentModel") || /折/.test(c.input),
  },
  {
    id: "fractions",
    reason: "fractions (三分之一, 一百分之二, 3/5, 又) are out of scope for this recogniser version",
    test: (c) => isFraction(foldWidth(c.input)),
  },
  {
    id: "scientific",
    reason: "exponents, powers and k/M suffixes (2e5, 2^5, 40k) do not occur in Chinese government text",
    test: (c) => /\d\s*[eE][-+]?\s*\d|\^|\d\s*[kKmM](?![a-zA-Z])/.test(foldWidth(c.input)),
  },
  {
    id: "dozen",
    reason: "打 as a dozen is a commerce unit",
    test: (c) => /[一二三四五六七八九十壹拾\d]\s*打/.test(c.input),
  },
  {
    id: "zhao",
    reason: "兆 is ambiguous (10^12 or mega) and not used in report statistics",
    test: (c) => /兆/.test(c.input),
  },
  {
    id: "currency-words",
    reason: "numbers before currency words are money, read by the fact layer",
    test: (c) => /[美欧英日]元|美刀|美圆/.test(c.input),
  },
  {
    id: "urls",
    reason: "percent-encoded URLs are excluded before numbers are read",
    test: (c) => /https?:\/\//.test(c.input),
  },
];

const NUMERAL_CHAR = /[零〇一二两兩三四五六七八九十百千万萬亿億壹贰貳叁肆伍陆陸柒捌玖拾佰仟\d]/;

/** 分之 that is not the prefix of a percentage: 三分之一, 一百分之二, 百万分之五. */
function isFraction(input: string): boolean {
  if (/[/]\s*\d|又/.test(input.replace(/https?:\S+/g, ""))) return true;
  const re = /分\s*之/g;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    let k = m.index - 1;
    while (k >= 0 && /\s/.test(input[k])) k--;
    const scale = input[k];
    if (!/[百佰千仟万萬]/.test(scale ?? "")) return true;
    let j = k - 1;
    while (j >= 0 && /\s/.test(input[j])) j--;
    if (j >= 0 && NUMERAL_CHAR.test(input[j])) return true;
  }
  return false;
}

function loadCases(path: string): PeerCase[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PeerCase);
}

/** Percent tokens as Microsoft writes them: permille as a percentage. */
function asPercent(t: NumberToken): number {
  if (t.kind === "permille") return t.value / 10;
  if (t.kind === "permyriad") return t.value / 100;
  return t.value;
}

function predicted(c: PeerCase): Array<{ start: number; end: number; value: number }> {
  const tokens = scanNumbers(foldWidth(c.input));
  if (c.model === "PercentModel") {
    return tokens
      .filter((t) => t.kind !== "number")
      .map((t) => ({ start: t.start, end: t.end, value: asPercent(t) }));
  }
  return tokens.map((t) => ({ start: t.core.start, end: t.core.end, value: t.value }));
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

export function passes(c: PeerCase): boolean {
  const got = predicted(c);
  if (got.length !== c.expected.length) return false;
  return c.expected.every((e, k) => {
    const g = got[k];
    const value = Number.parseFloat(String(e.value ?? "").replace("%", ""));
    return g.start === e.start && g.end === e.end && (e.value === null || close(g.value, value));
  });
}

export interface SuiteReport {
  total: number;
  run: number;
  passed: number;
  failures: PeerCase[];
  skipped: Array<{ id: string; reason: string; count: number }>;
  byModel: Record<string, { run: number; passed: number }>;
}

export function runRecognizersSuite(path: string): SuiteReport | null {
  if (!existsSync(path)) return null;
  const cases = loadCases(path);
  const skipped = new Map<string, { id: string; reason: string; count: number }>();
  const byModel: SuiteReport["byModel"] = {};
  const failures: PeerCase[] = [];
  let run = 0;
  let passed = 0;
  for (const c of cases) {
    const modelReason = SKIPPED_MODELS[c.model];
    const category = modelReason
      ? { id: `model:${c.model}`, reason: modelReason }
      : SKIP_CATEGORIES.find((k) => k.test(c));
    if (category) {
      const entry = skipped.get(category.id) ?? { id: category.id, reason: category.reason, count: 0 };
      entry.count++;
      skipped.set(category.id, entry);
      continue;
    }
    run++;
    byModel[c.model] ??= { run: 0, passed: 0 };
    const m = byModel[c.model];
    m.run++;
    if (passes(c)) {
      passed++;
      m.passed++;
    } else failures.push(c);
  }
  return { total: cases.length, run, passed, failures, skipped: [...skipped.values()], byModel };
}
