// Scores facts, subjects and indicators against the hand-labelled indicator gold
// (test/gold-indicators: report passages split into dev and held-out, plus the seeds).
// A predicted fact matches a gold fact when their spans overlap (one to one, in order).
import { readFileSync } from "node:fs";
import { analyzeText } from "../pipeline.ts";
import { normalizeText } from "../normalize/normalize.ts";
import { splitLines } from "../structure/lines.ts";
import { bodyLines } from "../structure/noise.ts";
import { detectOutline } from "../structure/outline.ts";
import type { Fact } from "../types.ts";
import { extractFacts } from "./facts.ts";
import { subjectProblem } from "./subject-quality.ts";

export interface GoldFact {
  quote: string;
  start: number;
  end: number;
  subject: string;
  indicator: string | null;
  /** other indicators accepted for this fact (one number that reports two rates) */
  also?: Array<string | null>;
}

export interface GoldDoc {
  id: string;
  text: string;
  facts: GoldFact[];
}

const source = { path: "gold", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };

/** The facts of a report passage: the fact stage alone, so that the document-kind decision
 * (a passage is no whole report) cannot hide them. */
export function passageFacts(text: string): Fact[] {
  const { norm } = normalizeText(text);
  const body = bodyLines(splitLines(norm), []);
  const markers = detectOutline(text, norm, body).map((h) => ({
    start: h.start,
    end: h.start + h.marker.length,
  }));
  return extractFacts({ text, norm, noise: [], markers, targetsFrom: null });
}

/** The facts of a whole document through the full pipeline. */
export function documentFacts(text: string): Fact[] {
  return analyzeText(text, source).facts;
}

export function readPassages(path: string): GoldDoc[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldDoc);
}

/** Seed labels (seeds.jsonl) joined with the seed texts in `seedsDir`. */
export function readSeedGold(path: string, seedsDir: string): GoldDoc[] {
  return readPassages(path).map((doc) => {
    const seed = (doc as unknown as { seed: string }).seed;
    return { id: seed, text: readFileSync(`${seedsDir}/${seed}.txt`, "utf8"), facts: doc.facts };
  });
}

export interface Counts {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

export interface Miss {
  doc: string;
  quote: string;
  context: string;
  gold: string | null;
  predicted: string | null;
  subject: string;
  goldSubject: string;
}

export interface GoldScore {
  facts: { matched: number; predicted: number; gold: number };
  /** predicted facts carrying an indicator, and how many of them are right */
  mapped: { predicted: number; correct: number };
  /** gold facts with an indicator, and how many were given it */
  recall: { gold: number; found: number };
  perIndicator: Map<string, Counts>;
  subjects: { checked: number; problems: number; agree: number; examples: string[] };
  wrong: Miss[];
  missed: Miss[];
  spurious: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function bigrams(s: string): Set<string> {
  const t = s.replace(/\s/g, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  if (t.length === 1) out.add(t);
  return out;
}

/** Dice coefficient on character bigrams, as the shared scorer compares subjects. */
export function dice(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (A.size + B.size === 0) return 1;
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return (2 * n) / (A.size + B.size);
}

function counts(map: Map<string, Counts>, id: string): Counts {
  let c = map.get(id);
  if (!c) {
    c = { predicted: 0, correct: 0, gold: 0, found: 0 };
    map.set(id, c);
  }
  return c;
}

export function scoreDocs(docs: GoldDoc[], run: (text: string) => Fact[]): GoldScore {
  const score: GoldScore = {
    facts: { matched: 0, predicted: 0, gold: 0 },
    mapped: { predicted: 0, correct: 0 },
    recall: { gold: 0, found: 0 },
    perIndicator: new Map(),
    subjects: { checked: 0, problems: 0, agree: 0, examples: [] },
    wrong: [],
    missed: [],
    spurious: [],
  };
  for (const doc of docs) {
    const predicted = run(doc.text);
    const used = new Set<number>();
    const pairOf = new Map<number, GoldFact>();
    for (const g of doc.facts) {
      const k = predicted.findIndex((p, i) => !used.has(i) && overlaps(p, g));
      if (k >= 0) {
        used.add(k);
        pairOf.set(k, g);
      }
    }
    score.facts.gold += doc.facts.length;
    score.facts.predicted += predicted.length;
    score.facts.matched += used.size;
    const context = (f: { start: number; end: number }) =>
      doc.text.slice(Math.max(0, f.start - 24), f.end + 6).replace(/\n/g, " ");
    predicted.forEach((p, k) => {
      score.subjects.checked++;
      const problem = subjectProblem(p.subject);
      if (problem) {
        score.subjects.problems++;
        score.subjects.examples.push(`${doc.id} ${p.quote}: “${p.subject}” (${problem})`);
      }
      const g = pairOf.get(k);
      if (!g) score.spurious.push(`${doc.id} ${p.quote} [${p.indicator ?? "-"}] ${context(p)}`);
      else if (dice(p.subject, g.subject) >= 0.5) score.subjects.agree++;
      if (p.indicator === null) return;
      score.mapped.predicted++;
      const c = counts(score.perIndicator, p.indicator);
      c.predicted++;
      const accepted = g ? [g.indicator, ...(g.also ?? [])] : [];
      if (accepted.includes(p.indicator)) {
        score.mapped.correct++;
        c.correct++;
      } else if (g) {
        score.wrong.push({
          doc: doc.id,
          quote: p.quote,
          context: context(p),
          gold: g.indicator,
          predicted: p.indicator,
          subject: p.subject,
          goldSubject: g.subject,
        });
      }
    });
    for (const g of doc.facts) {
      if (g.indicator === null) continue;
      score.recall.gold++;
      const c = counts(score.perIndicator, g.indicator);
      c.gold++;
      const k = [...pairOf].find(([, gg]) => gg === g)?.[0];
      const p = k === undefined ? undefined : predicted[k];
      const accepted = [g.indicator, ...(g.also ?? [])];
      if (p && accepted.includes(p.indicator)) {
        score.recall.found++;
        c.found++;
      } else if (!p || p.indicator === null) {
        score.missed.push({
          doc: doc.id,
          quote: g.quote,
          context: context(g),
          gold: g.indicator,
          predicted: p?.indicator ?? null,
          subject: p?.subject ?? "(未识别)",
          goldSubject: g.subject,
        });
      }
    }
  }
  return score;
}

export const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
