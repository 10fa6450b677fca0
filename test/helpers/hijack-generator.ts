// Hijacked pages made at random from the shapes seen on real mirrors: a brand of Latin letters,
// digits and advertising words standing where the issuer's name belongs (title, body, footer),
// an advertising phrase in a fixed formula's slot, a pornographic keyword string as the title.
// Brands, regions, numbers and positions change with the seed; the expected spans are known.
import regions from "../../src/rules/regions.json" with { type: "json" };
import type { Span } from "../../src/types.ts";

/** A small deterministic PRNG (mulberry32), so every run draws the same pages. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const CONSONANTS = "bcdfghjklmnpqrstwxyz";
const VOWELS = "aeiou";
/** A made-up brand: syllables of letters, sometimes digits (kaiyun, vomu88, qx). */
export function brandName(rand: Rand): string {
  let name = "";
  const syllables = int(rand, 1, 3);
  for (let k = 0; k < syllables; k++) name += pick(rand, [...CONSONANTS]) + pick(rand, [...VOWELS]);
  if (rand() < 0.3) name = name.slice(0, 2);
  if (rand() < 0.3) name += String(int(rand, 1, 999));
  return name;
}

const COUNTIES = (regions as Array<[string, string]>)
  .filter(([, level]) => level === "county")
  .map(([n]) => n);

/** Brand strings in the shapes of real hijacks (the two shapes and their relatives). */
export function issuerSpam(rand: Rand): string {
  const b = brandName(rand);
  const B = b.toUpperCase();
  switch (int(rand, 0, 4)) {
    case 0:
      return `${b}网上娱乐_${B}${pick(rand, ["", " "])}APP官网_${b}体育平台网址`;
    case 1:
      return `${b}官方网站大全_旧版彩票${int(rand, 100, 9999)}下载_mobile ${int(rand, 1, 9)}.${int(rand, 0, 9)}.${int(rand, 0, 9)}`;
    case 2:
      return `${b}${pick(rand, ["体育", "娱乐", "电竞", "棋牌"])}${pick(rand, ["官网", "官方网站", "app"])}${pick(rand, ["登录入口", "下载", "最新地址", "手机版"])}`;
    case 3:
      return `${B}${pick(rand, ["体育", "娱乐"])}${pick(rand, ["官方网站", "平台"])}_${b}${pick(rand, ["app下载", "网页版登录", "全站app"])}`;
    default:
      return `${b}${pick(rand, [".com", ".net", ".vip"])}${pick(rand, ["真人娱乐", "体育投注", "彩票平台"])}${pick(rand, ["", "官网"])}`;
  }
}

/** An advertising phrase of the kind put in place of a function word (关于, 印发). */
export function phraseSpam(rand: Rand): string {
  const b = brandName(rand);
  return pick(rand, [
    `${b}体育app${pick(rand, ["最新版下载", "官方下载", "登录入口"])}`,
    `${pick(rand, ["九游", "开云", "华体会", "米乐", "星空"])}${pick(rand, ["体育", "娱乐"])}${b}${pick(rand, ["官网", "app下载"])}`,
    `${int(rand, 100, 999)}${pick(rand, ["极速赛车", "幸运飞艇", "时时彩"])}${pick(rand, ["开奖直播", "计划网页版", "平台注册"])}`,
  ]);
}

const PORN_PARTS = [
  "国产精品",
  "一区二区",
  "无码",
  "日韩",
  "欧美",
  "亚洲",
  "av",
  "久久",
  "在线观看",
  "免费视频",
  "高清",
  "人妻",
  "熟女",
  "中文字幕",
  "成人",
  "午夜福利",
];
/** An SEO title of pornographic terms, joined by `_` (or commas). */
export function keywordSpam(rand: Rand): string {
  const sep = pick(rand, ["_", "_", ",", "|"]);
  const parts: string[] = [];
  for (let k = int(rand, 3, 5); k > 0; k--) {
    let part = "";
    for (let w = int(rand, 2, 4); w > 0; w--) part += pick(rand, PORN_PARTS);
    parts.push(part);
  }
  return parts.join(sep);
}

export interface GeneratedPage {
  text: string;
  spans: Span[];
}

/** Builds a page while recording where each spam string lands. */
class PageWriter {
  text = "";
  spans: Span[] = [];
  plain(s: string) {
    this.text += s;
  }
  spam(s: string) {
    this.spans.push({ start: this.text.length, end: this.text.length + s.length });
    this.text += s;
  }
}

/** A county report whose issuer's name was replaced in the title, the body and the footer. */
export function issuerHijack(seed: number): GeneratedPage {
  const rand = prng(seed);
  const county = pick(rand, COUNTIES);
  const year = int(rand, 2019, 2024);
  const spam = issuerSpam(rand);
  const w = new PageWriter();
  w.plain(`${county}${year}年法治政府建设年度报告${pick(rand, ["_", "-", " - "])}`);
  w.spam(spam);
  w.plain("人民政府\n首页 > 政务公开 > 法治政府建设\n");
  w.plain(`${county}${year}年法治政府建设年度报告\n发布时间:${year + 1}-03-${int(rand, 10, 28)} 来源:`);
  w.spam(spam);
  w.plain(`人民政府办公室\n${year}年,`);
  w.spam(spam);
  w.plain(
    `人民政府坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政,法治政府建设取得新成效。\n一、主要举措和成效\n全年办理行政复议案件${int(rand, 20, 900)}件,开展执法检查${int(rand, 10, 300)}次,政务服务事项网上可办率达${int(rand, 90, 99)}%。\n二、存在的不足\n基层执法力量仍需加强。\n三、${year + 1}年工作安排\n持续推进法治政府建设。\n`,
  );
  w.spam(spam);
  w.plain(`人民政府\n${year + 1}年3月${int(rand, 1, 28)}日\n主办:`);
  w.spam(spam);
  w.plain(`人民政府办公室 网站标识码:${int(rand, 1000000000, 9999999999)}\n`);
  return { text: w.text, spans: w.spans };
}

/** A plan or work points whose function words (关于, 印发) were replaced by advertising. */
export function formulaHijack(seed: number): GeneratedPage {
  const rand = prng(seed);
  const county = pick(rand, COUNTIES);
  const year = int(rand, 2021, 2025);
  const w = new PageWriter();
  w.plain(`${county}${year}年法治政府建设工作要点\n为深入学习贯彻习近平总书记`);
  w.spam(phraseSpam(rand));
  w.plain(`全面依法治国的重要论述,认真落实县委、县政府`);
  w.spam(phraseSpam(rand));
  w.plain(
    `《${year}年全面依法治县工作要点》,结合实际,制定本要点。\n一、加强党的领导\n1.县政府常务会议每季度至少学法${int(rand, 1, 3)}次。(牵头单位:县司法局)\n2.将法治建设纳入年度综合考核。(牵头单位:县委组织部)\n`,
  );
  return { text: w.text, spans: w.spans };
}

/** A report whose page title was replaced by a pornographic keyword string. */
export function keywordHijack(seed: number): GeneratedPage {
  const rand = prng(seed);
  const county = pick(rand, COUNTIES);
  const year = int(rand, 2019, 2024);
  const w = new PageWriter();
  w.spam(keywordSpam(rand));
  w.plain(
    `\n${county}司法局${year}年法治政府建设年度报告\n发布日期:${year + 1}-02-${int(rand, 10, 28)}\n${year}年,${county}司法局以习近平法治思想为指导,推进法治政府建设。\n一、主要工作\n全县受理行政复议案件${int(rand, 10, 500)}件,审结${int(rand, 5, 400)}件。\n二、存在的不足\n办案力量不足。\n`,
  );
  return { text: w.text, spans: w.spans };
}

const TONES: Record<string, string> = {
  發: "fā",
  展: "zhǎn",
  關: "guān",
  於: "yú",
  設: "shè",
  報: "bào",
  堅: "jiān",
  進: "jìn",
  導: "dǎo",
  實: "shí",
  規: "guī",
  務: "wù",
  機: "jī",
  開: "kāi",
  會: "huì",
  體: "tǐ",
  議: "yì",
  調: "tiáo",
  處: "chù",
  執: "zhí",
};

/** Traditional text with pinyin glosses written after (most of) the characters of a table. */
export function pinyinInjection(text: string, seed: number): { text: string; count: number } {
  const rand = prng(seed);
  let out = "";
  let count = 0;
  for (const ch of text) {
    out += ch;
    const py = TONES[ch];
    if (py && rand() < 0.8) {
      out += `(${py})`;
      count++;
    }
  }
  return { text: out, count };
}
