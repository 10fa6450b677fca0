// The page-level verdict: was this page tampered with? Injected advertising of any form, or
// pinyin injected after the characters all over the text (an SEO mirror's trick: "發(fā)展"),
// which is one pattern of the page however many times it occurs.
import type { Noise, Span, TamperEvidence, Tampering, TamperSignal } from "../types.ts";
import { isPinyinGloss } from "./garbage.ts";
import type { SpamResult } from "./spam.ts";

/** Fewer pinyin glosses than this are conversion debris, not a pattern. */
export const PINYIN_PATTERN_MIN = 3;
const SPANS_SHOWN = 20;
const ORDER: TamperSignal[] = ["issuer", "formula", "keywords", "ad", "pinyin"];

export function judgeTampering(norm: string, spam: SpamResult, garbage: Noise[]): Tampering | null {
  const bySignal = new Map<TamperSignal, Span[]>();
  for (const s of spam.evidence) bySignal.set(s.signal, [...(bySignal.get(s.signal) ?? []), s]);
  const pinyin = garbage.filter((g) => isPinyinGloss(norm, g));
  if (pinyin.length >= PINYIN_PATTERN_MIN) bySignal.set("pinyin", pinyin);
  if (bySignal.size === 0) return null;
  const evidence: TamperEvidence[] = ORDER.filter((signal) => bySignal.has(signal)).map((signal) => {
    const spans = bySignal.get(signal) ?? [];
    return {
      signal,
      count: spans.length,
      spans: spans.slice(0, SPANS_SHOWN).map(({ start, end }) => ({ start, end })),
    };
  });
  return { evidence };
}
