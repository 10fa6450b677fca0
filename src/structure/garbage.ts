// Conversion debris: replacement characters, stray question marks, pinyin glosses left by
// a phonetic converter ("統(tǒng)籌"), and mojibake runs.
import { MOJIBAKE_CHARS, MOJIBAKE_LITERALS } from "../rules/mojibake.ts";
import type { Noise } from "../types.ts";

const isHan = (c: string | undefined) => c !== undefined && c >= "\u4e00" && c <= "\u9fff";
const CJK_PUNCT = "。,、;:!?“”‘’《》()【】…—,;:·\n";
const isChineseContext = (c: string | undefined) =>
  c === undefined || isHan(c) || CJK_PUNCT.includes(c) || c === " ";

const QUESTION_WORDS = /如何|怎样|怎么|什么|吗|呢|是否|哪|为什么|为何|谁|多少|几/;
const ODD_MARKS = /\ufffd+|\?|？/g;
const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
const PINYIN_GLOSS = new RegExp(`\\(([a-z${TONED}]{1,7})\\)`, "g");
const PINYIN_GLOSS_ALONE = new RegExp(`^\\([a-z${TONED}]{1,7}\\)$`);

/** A garbage span that is a pinyin gloss written after a character ("發(fā)"). */
export const isPinyinGloss = (norm: string, span: Noise) =>
  span.kind === "garbage" && PINYIN_GLOSS_ALONE.test(norm.slice(span.start, span.end));

// 1 for characters typical of mojibake (a table: a regex class this large is slow)
const SUSPICIOUS = new Uint8Array(0x10000);
for (const c of MOJIBAKE_CHARS) SUSPICIOUS[c.charCodeAt(0)] = 1;
// C1 controls and Latin-1 letters are UTF-8 bytes read one by one; the symbols between
// them (nbsp, °, ±, ·, ×) also occur in real text and only continue a run
for (let code = 0x80; code <= 0x9f; code++) SUSPICIOUS[code] = 1;
for (let code = 0xc0; code <= 0xff; code++) if (code !== 0xd7 && code !== 0xf7) SUSPICIOUS[code] = 1;

export function detectGarbage(text: string, norm: string): Noise[] {
  const out: Noise[] = [];
  const push = (start: number, end: number) => out.push({ start, end, kind: "garbage" });

  for (const m of text.matchAll(ODD_MARKS)) {
    const i = m.index ?? 0;
    const c = m[0];
    if (c === "\ufffd") {
      push(i, i + c.length);
    } else if (c === "?") {
      // An ASCII question mark where no question ends is a character the converter could not
      // map: after punctuation or a line break (。?一是), or between two Han characters (统?筹).
      // After a sentence ("如何提高?") it is a question mark; in URLs and Latin text it is left alone.
      let p = i - 1;
      while (text[p] === " " || text[p] === "\u00a0") p--;
      let q = i + 1;
      while (text[q] === " " || text[q] === "\u00a0") q++;
      const afterBreak = text[p] === undefined || "\n。,;:!?、".includes(text[p] ?? "");
      const asks = QUESTION_WORDS.test(
        text
          .slice(Math.max(0, i - 24), i)
          .split(/[。!;\n]/)
          .pop() ?? "",
      );
      if (isChineseContext(text[q]) && (afterBreak || (isHan(text[p]) && isHan(text[q]) && !asks))) {
        push(i, i + 1);
      }
    } else if (c === "？" && (i === 0 || "。！？\n".includes(text[i - 1]))) {
      push(i, i + 1);
    }
  }
  for (const m of norm.matchAll(PINYIN_GLOSS)) {
    const at = m.index ?? 0;
    const syllable = m[1];
    const toned = [...syllable].some((ch) => TONED.includes(ch));
    if (isHan(norm[at - 1]) && (toned || isHan(norm[at + m[0].length]))) push(at, at + m[0].length);
  }
  for (const literal of MOJIBAKE_LITERALS) {
    if (literal === "\ufffd") continue;
    for (let k = text.indexOf(literal); k >= 0; k = text.indexOf(literal, k + literal.length))
      push(k, k + literal.length);
  }
  // runs of characters typical of UTF-8 read as GBK, and of UTF-8 read as Latin-1 (its
  // Latin-1 letters and C1 controls are UTF-8 bytes read one by one); a run may include a
  // few ordinary characters between suspicious ones
  let runStart = -1;
  let runEnd = -1;
  let hits = 0;
  const closeRun = () => {
    const length = runEnd - runStart;
    if (runStart >= 0 && length >= 4 && hits >= 3 && hits / length >= 0.5) push(runStart, runEnd);
    runStart = -1;
    hits = 0;
  };
  for (let at = 0; at < text.length; at++) {
    if (SUSPICIOUS[text.charCodeAt(at)] === 0) continue;
    if (runStart >= 0 && (at - runEnd > 2 || !/^[\u00a0-\u02ff\u4e00-\u9fff]*$/.test(text.slice(runEnd, at))))
      closeRun();
    if (runStart < 0) runStart = at;
    runEnd = at + 1;
    hits++;
  }
  closeRun();
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out.filter((n, k) => k === 0 || n.start >= out[k - 1].end);
}
