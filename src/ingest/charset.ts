// Charset detection and decoding. Strict UTF-8 first; the GB family decodes as gb18030
// (Node's "gbk" label misses four-byte sequences); Big5 for Traditional sources.
import jschardet from "jschardet";
import type { Charset } from "../types.ts";

export interface Decoded {
  text: string;
  charset: Charset;
}

// Frequent characters of government prose in each script, to choose between two
// decodings when the detector is unsure. Data, not logic.
const COMMON_HAN = new Set([
  ..."的是在和了有为工作法治政府建设行依市区县年推进完善制度监督管理部门开展情况人民会议公",
]);
const COMMON_HANT = new Set([
  ..."的是在和了有為工作法治政府建設行依市區縣年推進完善制度監督管理部門開展情況人民會議公",
]);

function plausibility(text: string): number {
  let score = 0;
  let bad = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch === "\uFFFD") bad++;
    else if (COMMON_HAN.has(ch) || COMMON_HANT.has(ch)) score++;
  }
  return score - 20 * bad;
}

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
  const sample = Buffer.from(bytes.subarray(0, 64 * 1024));
  const guess = jschardet.detect(sample).encoding?.toLowerCase() ?? "";
  const gb = decodeAs(bytes, "gb18030");
  const big5 = decodeAs(bytes, "big5");
  const gbScore = plausibility(gb);
  const big5Score = plausibility(big5);
  if (big5Score > gbScore || (big5Score === gbScore && guess.startsWith("big5")))
    return { text: big5, charset: "big5" };
  return { text: gb, charset: "gb18030" };
}
