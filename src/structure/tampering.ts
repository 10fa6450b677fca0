// The page-level verdict: was this page tampered with? Injected advertising of any form, or
// pinyin injected after the characters all over the text (an SEO mirror's trick: "發(fā)展"),
// which is one pattern of the page however many times it occurs. A few glossed words (a page
// copied from a dictionary's annotated text: 執(zhí)法) are conversion debris, not tampering.
import type { Noise, Span, TamperEvidence, Tampering, TamperSignal } from "../types.ts";
import { isPinyinGloss } from "./garbage.ts";
import type { SpamResult } from "./spam.ts";

/** Fewer pinyin glosses than this are conversion debris, not a pattern. */
export const PINYIN_PATTERN_MIN = 3;
/** Glosses on fewer different characters than this are a dictionary's annotation copied with the
 *  text (执(zhí)法 wherever the word stands), not pinyin injected after the characters. */
const PINYIN_PATTERN_CHARS = 3;
/** Injected glosses stand all over the text: at least one per this many Han characters. A long
 *  report with a few glossed words is debris however many of them there are. */
const PINYIN_PATTERN_SPACING = 50;
const HAN = /[\u4e00-\u9fff]/g;

/** Whether the glosses are one pattern of the page: many, on many characters, all over it. */
function injected(norm: string, glosses: Noise[]): boolean {
  if (glosses.length < PINYIN_PATTERN_MIN) return false;
  const glossed = new Set(glosses.map((g) => norm[g.start - 1]));
  if (glossed.size < PINYIN_PATTERN_CHARS) return false;
  const han = norm.match(HAN)?.length ?? 0;
  return glosses.length * PINYIN_PATTERN_SPACING >= han;
}
const SPANS_SHOWN = 20;
const ORDER: TamperSignal[] = ["issuer", "formula", "keywords", "ad", "pinyin"];

export function judgeTampering(norm: string, spam: SpamResult, garbage: Noise[]): Tampering | null {
  const bySignal = new Map<TamperSignal, Span[]>();
  for (const s of spam.evidence) bySignal.set(s.signal, [...(bySignal.get(s.signal) ?? []), s]);
  const pinyin = garbage.filter((g) => isPinyinGloss(norm, g));
  if (injected(norm, pinyin)) bySignal.set("pinyin", pinyin);
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
