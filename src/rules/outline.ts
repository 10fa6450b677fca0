// Heading markers of GB/T 9704 and the words that show where a heading run into its body
// ends. Data only; the engine is src/structure/outline.ts.

export interface MarkerFamily {
  /** 0: a part above GB/T 9704's levels (第一部分), which few documents have */
  level: 0 | 1 | 2 | 3 | 4;
  /** sticky: tried at one position; group 1 is the numeral */
  re: RegExp;
  /** written with Arabic digits */
  digits: boolean;
  /** bracketed markers are rare in running text, so a sibling further on vouches for one */
  bracketed: boolean;
}

export const MARKER_FAMILIES: MarkerFamily[] = [
  // 第一部分 (a report in parts, each with its own 一、二、)
  { level: 0, re: /第([一二三四五六七八九十]{1,3})部分/y, digits: false, bracketed: false },
  // 一、  一. (some converters write the dot)
  { level: 1, re: /([一二三四五六七八九十]{1,3})(?:、|\.(?![\d.]))/y, digits: false, bracketed: false },
  // (一)
  { level: 2, re: /\(([一二三四五六七八九十]{1,3})\)/y, digits: false, bracketed: true },
  // 1.  1、  — never "1.5"
  { level: 3, re: /(\d{1,3})[.、](?!\d)/y, digits: true, bracketed: false },
  // (1)
  { level: 4, re: /\((\d{1,3})\)/y, digits: true, bracketed: true },
  // 问题1:  问题一、 — the items of a rectification plan (整改方案), numbered as 1. would be;
  // only at a line's start (问 is no marker start inside a line)
  {
    level: 3,
    re: /问题(\d{1,3}|[一二三四五六七八九十]{1,3})\s*[:.、](?!\d)/y,
    digits: true,
    bracketed: false,
  },
];

/** Inline enumeration: 一是…二是… (followed by a word, a quotation or a title) */
export const ENUMERATION = /([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff“"《(])/y;

/** Where a marker can begin inside a line: one search, then the families are tried there. */
export const MARKER_START =
  /第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}[、.是]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,3}[.、]|、/g;

/** A character just before a marker that makes it part of a number or an ordinal (第一、二批). */
export const NUMBER_BEFORE = /[一二三四五六七八九十百千万零〇两第\d.A-Za-z]/;

/** Sentence ends after which a marker may open a heading inside a line. */
export const SENTENCE_BOUNDARY = "。;:!?";

/** The longest heading phrase; a longer run to the first 。 is a heading running into its body. */
export const TITLE_MAX = 40;

/**
 * Words that open the body's first sentence straight after a heading whose line break was
 * lost: "…确保法治政府建设始终沿着正确方向推进|市委、市政府领导班子坚持…",
 * "…2024年工作安排|2024年,我市将…", "…下步工作打算|2022年清镇市…", "…下一步工作打算|在全市各级各部门的共同努力下…".
 */
export const BODY_OPENER =
  /(市委|县委|区委|州委|省委|市政府|县政府|区政府|我市|全市|我县|全县|我区|全区|我局|全局|各级|近年来|过去的?一年|一年来|今年以来|在(全|市|县|区|省|党|上级)|\d{4}年)/;
/** An opener must leave a heading of at least this many characters before it. */
export const TITLE_MIN = 6;

/** A run-in marker that is not at a sentence end counts when its next sibling follows within this many characters. */
export const SIBLING_WINDOW = 5000;
/** A lead-in phrase before a run-in marker (a bare heading, or "…高水平法治政府一是") is at most this long. */
export const LEAD_IN_MAX = 60;
/** A parenthesised clause after a sentence ("。(市编办牵头,…配合)") is at most this long. */
export const CLAUSE_MAX = 300;
/** The indentation of a line whose break was lost: "…依法全面履行政府职能  目标:…" */
export const INDENT = /[ \u00a0\u3000]{2,}/;
/** A document's title, run straight into its first heading: "…工作情况报告一、主要工作成效" */
export const DOCUMENT_TITLE_END = /(报告|方案|意见|通知|要点|规划|计划|总结)$/;
