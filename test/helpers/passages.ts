// Reading a report passage written as lines, for the unseen-passage tests: the record, its facts
// as [quote, subject, indicator], the facts of some quotes only, and the issuer's meta.
import { analyzeText } from "../../src/pipeline.ts";

const source = { path: "t.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };

export const read = (lines: string[]) => analyzeText(`${lines.join("\n")}\n`, source);
export const facts = (lines: string[]) => read(lines).facts.map((f) => [f.quote, f.subject, f.indicator]);
/** the facts whose quote is listed, in text order */
export const some = (lines: string[], quotes: string[]) =>
  read(lines)
    .facts.filter((f) => quotes.includes(f.quote))
    .map((f) => [f.quote, f.subject, f.indicator]);
/** who issued the passage, where, at what level, on which year */
export const metaOf = (lines: string[]) => {
  const { issuer, region, level, year } = read(lines).meta;
  return { issuer, region, level, year };
};
