// Hijacked and clean pages of test/fixtures/spam/: each file is a page (text or HTML) with the
// injected strings between ⟦ and ⟧. The page is read without the marks, through the real
// decoders, and the marks become the expected spam spans of the decoded text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeBytes } from "../../src/pipeline.ts";
import type { AnalysisRecord, Span } from "../../src/types.ts";

export const SPAM_FIXTURES = new URL("../fixtures/spam/", import.meta.url).pathname;
const OPEN = "⟦";
const CLOSE = "⟧";

export interface SpamCase {
  file: string;
  record: AnalysisRecord;
  /** the marked spans, in the decoded text */
  expected: Span[];
  /** file name says the page was tampered with (hijacked-*, pinyin-*) */
  tampered: boolean;
}

/** Remove the marks from a text, returning the plain text and the spans they enclosed. */
export function unmark(marked: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = "";
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = text.length;
    else if (ch === CLOSE) {
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}

export async function loadSpamCase(dir: string, file: string): Promise<SpamCase> {
  const marked = readFileSync(join(dir, file), "utf8");
  const { text: page } = unmark(marked);
  const record = await analyzeBytes(new Uint8Array(Buffer.from(page, "utf8")), file);
  // the decoded text carries the marks where the page had them: read it again with them
  const withMarks = await analyzeBytes(new Uint8Array(Buffer.from(marked, "utf8")), file);
  const { text, spans } = unmark(withMarks.text);
  if (text !== record.text) throw new Error(`${file}: the marks changed how the page decodes`);
  return { file, record, expected: spans, tampered: /^(hijacked|pinyin)-/.test(file) };
}

export async function loadSpamCases(folder: "dev" | "heldout"): Promise<SpamCase[]> {
  const dir = join(SPAM_FIXTURES, folder);
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort();
  return Promise.all(files.map((f) => loadSpamCase(dir, f)));
}

export interface SpamScore {
  expected: number;
  found: number;
  /** expected spans covered exactly by one spam span */
  exact: number;
  predicted: number;
  falseAlarms: number;
}

/** Spans as the seed scorer counts them (overlap), plus exact coverage. */
export function scoreSpam(cases: SpamCase[]): SpamScore {
  const score: SpamScore = { expected: 0, found: 0, exact: 0, predicted: 0, falseAlarms: 0 };
  for (const c of cases) {
    const spam = c.record.noise.filter((n) => n.kind === "spam");
    const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
    score.expected += c.expected.length;
    score.found += c.expected.filter((e) => spam.some((s) => overlaps(s, e))).length;
    score.exact += c.expected.filter((e) => spam.some((s) => s.start === e.start && s.end === e.end)).length;
    score.predicted += spam.length;
    score.falseAlarms += spam.filter((s) => !c.expected.some((e) => overlaps(s, e))).length;
  }
  return score;
}
