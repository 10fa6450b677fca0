// Slots of official prose that only certain words fill: the leader's name before
// 新时代中国特色社会主义思想, 关于 between 总书记 and 全面依法治国, a place name before 人民政府.
// A string found standing in one is stronger evidence, and names what was replaced.
import { FORMULA_SLOTS, ISSUER_SLOT_AFTER } from "../rules/spam.ts";
import type { Span } from "../types.ts";

export interface SlotHit {
  kind: "formula" | "issuer";
  /** what should stand there */
  expected: string;
  /** the fixed text right after the slot */
  after: string;
}

const SPACES = /^[ \t]*/;

/** The fixed formula whose slot `span` fills, if any. */
export function formulaSlotAt(norm: string, span: Span): SlotHit | null {
  const gap = SPACES.exec(norm.slice(span.end, span.end + 4))?.[0].length ?? 0;
  for (const slot of FORMULA_SLOTS) {
    const after = slot.after.find((a) => norm.startsWith(a, span.end + gap));
    if (!after) continue;
    const before = slot.before.find((b) => b === "" || norm.startsWith(b, span.start - b.length));
    if (before !== undefined) return { kind: "formula", expected: slot.expected, after };
  }
  return null;
}

/** `span` stands where the issuer's place name belongs (…人民政府, …政府网站). */
export function issuerSlotAfter(norm: string, span: Span): SlotHit | null {
  const gap = SPACES.exec(norm.slice(span.end, span.end + 4))?.[0].length ?? 0;
  const after = ISSUER_SLOT_AFTER.find((a) => norm.startsWith(a, span.end + gap));
  return after ? { kind: "issuer", expected: "地名", after } : null;
}

/** Does the text hold a word that closes a slot (人民政府, 全面依法治国, 《 …)? */
export const holdsSlotWord = (text: string) => AFTER_WORDS.some((w) => text.includes(w));

const AFTER_WORDS = [...new Set([...FORMULA_SLOTS.flatMap((s) => s.after), ...ISSUER_SLOT_AFTER])];
const BEFORE_WORDS = [...new Set(FORMULA_SLOTS.flatMap((s) => s.before).filter((b) => b !== ""))];

/** Give back to the sentence the start of a slot's fixed word that a run swallowed at its
 * end (…网址人|民政府) or the end of one it swallowed at its start (总书|记…). */
export function releaseSlotWords(norm: string, span: Span): Span {
  let { start, end } = span;
  for (const word of AFTER_WORDS) {
    for (let k = Math.min(word.length - 1, end - start - 1); k >= 1; k--) {
      if (norm.startsWith(word, end - k)) {
        end -= k;
        break;
      }
    }
  }
  for (const word of BEFORE_WORDS) {
    for (let k = Math.min(word.length - 1, end - start - 1); k >= 1; k--) {
      if (norm.startsWith(word, start + k - word.length)) {
        start += k;
        break;
      }
    }
  }
  return { start, end };
}

const SLOT_REACH = 2; // characters a run may fall short of its slot's edge (a word the model doubts)
const GAP_CHARS = /^[\u4e00-\u9fffA-Za-z0-9]*$/;

/** A run that falls just short of the edges of the formula slot it sits in fills it whole:
 * the slot's fixed words say exactly where the replaced word began and ended. */
export function fillSlot(norm: string, span: Span): Span {
  for (const slot of FORMULA_SLOTS) {
    for (let gapEnd = 0; gapEnd <= SLOT_REACH; gapEnd++) {
      const after = slot.after.find((a) => norm.startsWith(a, span.end + gapEnd));
      if (!after) continue;
      for (let gapStart = 0; gapStart <= SLOT_REACH; gapStart++) {
        const at = span.start - gapStart;
        const before = slot.before.find((b) => b !== "" && norm.startsWith(b, at - b.length));
        if (before === undefined && !(slot.before.includes("") && gapStart === 0)) continue;
        const filled = { start: at, end: span.end + gapEnd };
        const added = norm.slice(filled.start, span.start) + norm.slice(span.end, filled.end);
        if (GAP_CHARS.test(added)) return filled;
      }
    }
  }
  return span;
}
