// Every review rule, in the order findings are reported.
import type { Finding } from "../types.ts";
import type { ReviewContext, ReviewRule } from "./rule.ts";
import { emptyHeading } from "./rules/empty-heading.ts";
import { garbage } from "./rules/garbage.ts";
import { hijacked } from "./rules/hijacked.ts";
import { headingNumeralLost } from "./rules/heading-numeral-lost.ts";
import { latePublication } from "./rules/late-publication.ts";
import { missingPart } from "./rules/missing-part.ts";
import { partExceedsWhole } from "./rules/part-exceeds-whole.ts";
import { rateMismatch } from "./rules/rate-mismatch.ts";
import { spam } from "./rules/spam.ts";

export const RULES: ReviewRule[] = [
  hijacked,
  spam,
  missingPart,
  latePublication,
  rateMismatch,
  partExceedsWhole,
  headingNumeralLost,
  emptyHeading,
  garbage,
];

export function review(ctx: ReviewContext, rules: ReviewRule[] = RULES): Finding[] {
  return rules.flatMap((rule) => rule.check(ctx));
}

export type { ReviewContext, ReviewOptions, ReviewRule } from "./rule.ts";
