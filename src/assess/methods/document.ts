// Methods that read the unit's report: facts against thresholds, measures named in the text,
// required parts, and review findings. Every span quoted is a slice of the record's text.
import { normalizeText } from "../../normalize/normalize.ts";
import { type Method, PART_LABEL } from "../system.ts";
import type { DocumentInput, Evidence } from "../types.ts";
import { fmt, type MethodResult, none, round2, sliding } from "./common.ts";

type Of<K extends Method["kind"]> = Extract<Method, { kind: K }>;

/** A report prepared once per unit: the searchable (Simplified, half-width) view and its noise. */
export interface PreparedDocument {
  input: DocumentInput;
  norm: string;
  inNoise(start: number, end: number): boolean;
}

export function prepareDocument(input: DocumentInput): PreparedDocument {
  const { norm } = normalizeText(input.record.text);
  const noise = input.record.noise;
  return {
    input,
    norm,
    inNoise: (start, end) => noise.some((n) => start < n.end && end > n.start),
  };
}

const span = (doc: PreparedDocument, start: number, end: number, note: string): Evidence => ({
  kind: "span",
  documentId: doc.input.documentId,
  start,
  end,
  quote: doc.input.record.text.slice(start, end),
  note,
});

const NO_REPORT = "没有可评分的年度报告";

export function scoreFact(
  m: Of<"fact">,
  max: number,
  doc: PreparedDocument | null,
  label: string,
): MethodResult {
  const inputs = { indicator: m.indicator, full: m.full, zero: m.zero, pick: m.pick };
  if (!doc) return none(NO_REPORT, inputs);
  const facts = doc.input.record.facts.filter((f) => f.indicator === m.indicator);
  if (facts.length === 0) return none(`报告中未找到「${label}」的数据`, inputs);
  const chosen =
    m.pick === "first"
      ? facts[0]
      : facts.reduce((a, b) => ((m.pick === "max" ? b.value > a.value : b.value < a.value) ? b : a));
  const points = sliding(chosen.value, m.full, m.zero, max);
  return {
    points,
    status: "scored",
    explanation: `报告数据 ${fmt(chosen.value)}${chosen.unit}（达到 ${m.full} 得满分 ${max} 分，${m.zero} 及以${m.full > m.zero ? "下" : "上"}不得分，之间按比例）：得 ${points} 分`,
    inputs: { ...inputs, value: chosen.value, unit: chosen.unit, found: facts.length },
    evidence: [span(doc, chosen.start, chosen.end, `${chosen.subject} ${chosen.quote}`)],
  };
}

const patternCache = new Map<string, RegExp>();
const compiled = (p: string) => {
  let re = patternCache.get(p);
  if (!re) {
    re = new RegExp(p, "gu");
    patternCache.set(p, re);
  }
  re.lastIndex = 0;
  return re;
};

/** The first match of a pattern outside boilerplate and spam, as a span. */
function firstMatch(doc: PreparedDocument, pattern: string): { start: number; end: number } | null {
  const re = compiled(pattern);
  for (let m = re.exec(doc.norm); m; m = re.exec(doc.norm)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (!doc.inNoise(start, end)) return { start, end };
  }
  return null;
}

/**
 * A pattern as a reader says it, for the explanation shown on screen and in the exports (the
 * assessors read words, not regular expressions): 「双随机[、,]?一公开|双随机」 → 双随机一公开或双随机,
 * 「执法人员.{0,8}培训」 → 执法人员…培训, 「互联网\+监管」 → 互联网+监管.
 */
export function patternWords(pattern: string): string {
  const words = pattern
    .replace(/\(\?:/g, "(")
    // alternatives at the top level; those inside a group are read as 「/」 below
    .split(/\|(?![^(]*\))/)
    .map((alternative) =>
      alternative
        .replace(/\[[^\]]*\][?*]/g, "") // optional punctuation such as [、,]?
        .replace(/\[\^?([^\]\\])[^\]]*\][+]?/g, "$1") // a character class: its first character
        .replace(/\.(\{\d*,?\d*\}|[*+?])/g, "…") // a gap of any characters
        .replace(/([^\\])[?*]/gu, "$1") // an optional character is still one of the words
        .replace(/\{\d*,?\d*\}/g, "")
        .replace(/\\([^dswbDSWB])/g, "$1")
        .replace(/\\[dswbDSWB]/g, "")
        .replace(/[()^$]/g, "")
        .replace(/\|/g, "/")
        .trim(),
    )
    .filter(Boolean);
  return [...new Set(words)].join("或") || pattern;
}

export function scoreText(m: Of<"text">, max: number, doc: PreparedDocument | null): MethodResult {
  const inputs = { patterns: m.patterns, need: m.need };
  if (!doc) return none(NO_REPORT, inputs);
  const evidence: Evidence[] = [];
  const found: string[] = [];
  for (const p of m.patterns) {
    const hit = firstMatch(doc, p);
    if (!hit) continue;
    found.push(p);
    evidence.push(
      span(doc, hit.start, hit.end, `提及「${doc.input.record.text.slice(hit.start, hit.end)}」`),
    );
  }
  if (found.length === 0) return none(`报告未提及：${m.patterns.map(patternWords).join("；")}`, inputs);
  const points = round2((max * Math.min(found.length, m.need)) / m.need);
  return {
    points,
    status: "scored",
    explanation: `报告提及 ${found.length} 项（满分需 ${m.need} 项）：得 ${points} 分`,
    inputs: { ...inputs, found },
    evidence,
  };
}

/** The line a part starts on, up to 60 characters: what the reader is shown. */
function lineAt(text: string, start: number): number {
  const nl = text.indexOf("\n", start);
  const end = nl < 0 ? text.length : nl;
  return Math.min(end, start + 60);
}

export function scoreParts(m: Of<"parts">, max: number, doc: PreparedDocument | null): MethodResult {
  const inputs = { parts: m.parts };
  if (!doc) return none(NO_REPORT, inputs);
  const sections = doc.input.record.sections_present;
  if (!sections) return none("文档不是年度报告，无必备内容可查", inputs);
  const evidence: Evidence[] = [];
  const missing: string[] = [];
  for (const part of m.parts) {
    const p = sections[part];
    if (p.present && p.start !== null) {
      const end = lineAt(doc.input.record.text, p.start);
      evidence.push(span(doc, p.start, Math.max(end, p.start + 1), `必备内容「${PART_LABEL[part]}」`));
    } else missing.push(PART_LABEL[part]);
  }
  const present = m.parts.length - missing.length;
  const points = round2((max * present) / m.parts.length);
  return {
    points,
    status: present ? "scored" : "no_evidence",
    explanation: `必备内容 ${present}/${m.parts.length} 项${missing.length ? `，缺少：${missing.join("、")}` : ""}：得 ${points} 分`,
    inputs: { ...inputs, missing },
    evidence,
  };
}

export function scoreFindings(m: Of<"findings">, max: number, doc: PreparedDocument | null): MethodResult {
  const inputs = { rules: m.rules ?? null, severities: m.severities, per: m.per };
  if (!doc) return none(NO_REPORT, inputs);
  const text = doc.input.record.text;
  const counted = doc.input.record.findings.filter(
    (f) => m.severities.includes(f.severity) && (!m.rules || m.rules.includes(f.rule)),
  );
  const points = round2(Math.max(0, max - counted.length * m.per));
  return {
    points,
    status: "scored",
    explanation: counted.length
      ? `审查发现 ${counted.length} 个问题，每个扣 ${m.per} 分：得 ${points} 分`
      : `审查未发现扣分问题：得满分 ${max} 分`,
    inputs: { ...inputs, count: counted.length },
    evidence: counted.map((f) => {
      const has = f.start !== undefined && f.end !== undefined;
      return {
        kind: "finding",
        rule: f.rule,
        message: f.message,
        documentId: doc.input.documentId,
        start: has ? (f.start as number) : null,
        end: has ? (f.end as number) : null,
        quote: has ? text.slice(f.start, f.end) : null,
      };
    }),
  };
}
