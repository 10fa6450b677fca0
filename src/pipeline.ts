// The analysis pipeline as a whole: the analysis of text (analyze-text.ts, what a pool worker
// loads), the calling side of the pool (analyze-bytes.ts) and the reading of a location.
import { readSource } from "./ingest/load.ts";
import type { AnalysisRecord } from "./types.ts";
import { resolveOptions } from "./analysis-options.ts";
import { analyzeBytes } from "./analyze-bytes.ts";

export { type AnalyzeOptions, resolveOptions } from "./analysis-options.ts";
export { analyzeAndIndex, analyzeBytes, analyzeBytesAsJson, type IndexedRecord } from "./analyze-bytes.ts";
export { analyzeDecoded, analyzeText } from "./analyze-text.ts";

/** Load, decode and analyse one input (file path or URL). Throws InputError on bad input. */
export async function analyzeLocation(location: string, options = resolveOptions()): Promise<AnalysisRecord> {
  const bytes = await readSource(location, options.limits);
  return analyzeBytes(bytes, location, options);
}
