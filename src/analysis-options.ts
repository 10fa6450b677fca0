// The settings of one analysis: the review's publication deadline and the input limits. Light
// to import (no stage loads with it), for the command line's first steps.
import { type Limits, resolveLimits } from "./ingest/limits.ts";
import type { ReviewOptions } from "./review/rule.ts";

export interface AnalyzeOptions {
  review: ReviewOptions;
  limits: Limits;
}

export function resolveOptions(
  overrides: { review?: Partial<ReviewOptions>; limits?: Partial<Limits> } = {},
): AnalyzeOptions {
  const publicationDeadline = overrides.review?.publicationDeadline ?? "04-01";
  if (!/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(publicationDeadline)) {
    throw new RangeError(`publication deadline must be MM-DD, got "${publicationDeadline}"`);
  }
  return { review: { publicationDeadline }, limits: resolveLimits(overrides.limits) };
}
