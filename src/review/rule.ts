// A review rule: one check over the analysed document, with examples that document and test it.
import type { Fact, Finding, Heading, Meta, Noise, SectionsPresent } from "../types.ts";
import type { SpamResult } from "../structure/spam.ts";

export interface ReviewOptions {
  /** publication deadline in the year after the one reported on, as MM-DD (default 04-01) */
  publicationDeadline: string;
}

export interface ReviewContext {
  text: string;
  norm: string;
  meta: Meta;
  noise: Noise[];
  outline: Heading[];
  facts: Fact[];
  sections: SectionsPresent | null;
  spam: SpamResult;
  options: ReviewOptions;
}

export interface RuleExample {
  /** a document text the rule is shown on */
  text: string;
  /** rule ids expected among the findings (empty: the rule must stay silent) */
  expect: "finding" | "none";
}

export interface ReviewRule {
  id: string;
  /** the short name users see (filters, lists); `describe` says more */
  title: string;
  describe: string;
  examples: RuleExample[];
  check(ctx: ReviewContext): Finding[];
}
