// Between the reading view (watermarks taken out) and the text: the layout of the view, and
// what the stages found there mapped back into the text. Identity views pass through.
import type { Fact, Finding, Measure, Noise, SectionsPresent } from "../types.ts";
import { type Line, splitLines } from "./lines.ts";
import { bodyLines } from "./noise.ts";
import type { ReadingView } from "./reading-view.ts";

/** The view's lines, noise and body lines. */
export function viewLayout(view: ReadingView, noise: Noise[]): { noise: Noise[]; body: Line[] } {
  const inView = noise
    .map((n) => ({ ...n, start: view.toView(n.start), end: view.toView(n.end) }))
    .filter((n) => n.end > n.start);
  return { noise: inView, body: bodyLines(splitLines(view.norm), inView) };
}

export function mapSections(view: ReadingView, sections: SectionsPresent): SectionsPresent {
  if (view.identity) return sections;
  const out = { ...sections };
  for (const part of Object.keys(out) as Array<keyof SectionsPresent>) {
    const p = out[part];
    out[part] = { ...p, start: p.start === null ? null : view.start(p.start) };
  }
  return out;
}

/** `text`: the original, whose slice between a fact's offsets stays its quote. */
export function mapFacts(view: ReadingView, facts: Fact[], text: string): Fact[] {
  if (view.identity) return facts;
  return facts.map((f) => {
    const start = view.start(f.start);
    const end = view.end(f.end);
    return { ...f, start, end, quote: text.slice(start, end) };
  });
}

export function mapMeasures(view: ReadingView, measures: Measure[]): Measure[] {
  if (view.identity) return measures;
  return measures.map((m) => ({
    ...m,
    start: view.start(m.start),
    end: view.end(m.end),
    clause_start: m.clause_start === null ? null : view.start(m.clause_start),
    deadlines: m.deadlines.map((d) => ({ ...d, start: view.start(d.start), end: view.end(d.end) })),
  }));
}

export function mapFindings(view: ReadingView, findings: Finding[]): Finding[] {
  if (view.identity) return findings;
  return findings.map((f) => ({
    ...f,
    ...(f.start === undefined ? {} : { start: view.start(f.start) }),
    ...(f.end === undefined ? {} : { end: view.end(f.end) }),
  }));
}
