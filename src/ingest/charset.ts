// Charset detection and decoding. Strict UTF-8 first; otherwise the candidates (UTF-8 with
// replacements, GB18030, Big5) are weighed over the whole input. The GB family decodes as
// gb18030 (Node's "gbk" label misses four-byte sequences); Big5 for Traditional sources.
import { createRequire } from "node:module";
import type { Charset, Finding, SourceInfo } from "../types.ts";

export interface Decoded {
  text: string;
  charset: Charset;
  /** bytes not valid in the chosen charset, shown as U+FFFD (absent when none) */
  invalidBytes?: number;
}

// Frequent characters of government prose in each script, to choose between two
// decodings when the detector is unsure. Data, not logic.
const COMMON_HAN = new Set([
  ..."的是在和了有为工作法治政府建设行依市区县年推进完善制度监督管理部门开展情况人民会议公",
]);
const COMMON_HANT = new Set([
  ..."的是在和了有為工作法治政府建設行依市區縣年推進完善制度監督管理部門開展情況人民會議公",
]);

/** Common characters minus a price per replacement character, over the whole text. A wrong
 *  charset turns Chinese into rare characters and U+FFFD; a few bad bytes cost only a few points. */
function plausibility(text: string): number {
  let score = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch === "\uFFFD") bad++;
    else if (COMMON_HAN.has(ch) || COMMON_HANT.has(ch)) score++;
  }
  return score - 2 * bad;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

/** U+FFFD written in the input itself (EF BF BD), which is not a decoding error. */
function literalReplacements(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = buffer.indexOf(REPLACEMENT_UTF8); i >= 0; i = buffer.indexOf(REPLACEMENT_UTF8, i + 3)) n++;
  return n;
}
const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

function decodeAs(bytes: Uint8Array, label: string, fatal = false): string {
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

/** Charset declared in an HTML/XML prologue, if any. */
export function declaredCharset(bytes: Uint8Array): Charset | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /encoding\s*=\s*["']([\w-]+)/i.exec(head);
  if (!m) return null;
  const label = m[1].toLowerCase();
  if (label === "utf-8" || label === "utf8") return "utf-8";
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(label)) return "gb18030";
  if (/^(big5|big5-hkscs|x-x-big5|cp950)$/.test(label)) return "big5";
  return null;
}

export function decodeBytes(bytes: Uint8Array, hint: Charset | null = null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decodeAs(bytes, "utf-8"), charset: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeAs(bytes, "utf-16le"), charset: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeAs(bytes, "utf-16be"), charset: "utf-16be" };
  try {
    return { text: decodeAs(bytes, "utf-8", true), charset: "utf-8" };
  } catch {
    // not UTF-8: fall through to the legacy Chinese charsets
  }
  if (hint && hint !== "utf-8") {
    try {
      return { text: decodeAs(bytes, hint, true), charset: hint };
    } catch {
      // the declaration lies; detect instead
    }
  }
  // Not clean in any declared or strict charset: weigh each candidate over the whole input, so
  // a UTF-8 text with a few bad bytes stays UTF-8 (with U+FFFD), and GBK stays GBK.
  const utf8 = decodeAs(bytes, "utf-8");
  const gb = decodeAs(bytes, "gb18030");
  const big5 = decodeAs(bytes, "big5");
  const scores = { utf8: plausibility(utf8), gb: plausibility(gb), big5: plausibility(big5) };
  if (scores.utf8 >= scores.gb && scores.utf8 >= scores.big5)
    return withInvalid(utf8, "utf-8", countReplacements(utf8) - literalReplacements(bytes));
  const guess = detectedCharset(bytes);
  if (scores.big5 > scores.gb || (scores.big5 === scores.gb && guess.startsWith("big5")))
    return withInvalid(big5, "big5", countReplacements(big5));
  return withInvalid(gb, "gb18030", countReplacements(gb));
}

/** The detector's guess; it loads on the first text that is not clean in any strict charset
 *  (loading it costs every worker more than decoding a document). */
function detectedCharset(bytes: Uint8Array): string {
  jschardet ??= createRequire(import.meta.url)("jschardet") as Jschardet;
  return jschardet.detect(Buffer.from(bytes.subarray(0, 64 * 1024))).encoding?.toLowerCase() ?? "";
}
type Jschardet = { detect(buffer: Buffer): { encoding: string | null } };
let jschardet: Jschardet | undefined;

const withInvalid = (text: string, charset: Charset, invalid: number): Decoded =>
  invalid > 0 ? { text, charset, invalidBytes: invalid } : { text, charset };

/** A note on the record when some bytes could not be decoded and became U+FFFD. */
export function decodingFindings(source: SourceInfo, text: string): Finding[] {
  if (!source.invalid_bytes) return [];
  const start = text.indexOf("\uFFFD");
  return [
    {
      rule: "review:invalid-bytes",
      severity: "warning",
      message: `有 ${source.invalid_bytes} 处字节不是有效的 ${source.charset?.toUpperCase() ?? ""} 编码，已替换为“\uFFFD”，请核对原件`,
      ...(start >= 0 ? { start, end: start + 1 } : {}),
    },
  ];
}
