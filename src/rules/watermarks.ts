// Watermarks that document-sharing sites inject into the running text of the copies they
// hand out: a site name, a slogan and the site's address, in the middle of a sentence —
// "…扛牢法治建设第一<site name>—全网资源每日更新www.example.com责任人职责…". Data only; the
// detector is src/structure/watermarks.ts.

/** A web address: www.example.com, https://wenku.example.cn/doc, m.example.net */
export const DOMAIN =
  /(?:https?:\/\/)?(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}\.){1,6}(?:com|cn|net|org|cc|top|vip|info|xyz|me|tv|co|site|club)(?![A-Za-z0-9])(?:\/[A-Za-z0-9\-._~/?=&%#]*)?/g;

/** Slogans of sharing sites, written just before their address. */
export const SLOGANS = [
  "全网资源每日更新",
  "资源每日更新",
  "每日更新",
  "海量资源",
  "海量文档",
  "免费下载",
  "文档下载",
  "资料下载",
  "欢迎下载",
  "更多资料",
  "精品文档",
  "原创文档",
  "范文大全",
  "免费阅读",
  "在线阅读",
  "值得收藏",
];

/** Between the parts of a watermark: "<site>—<slogan>", "<slogan>:www…" */
export const SEPARATORS = "—-_|·:: ";

/**
 * The generic part of a site's name, read before a slogan when a watermark occurs only once
 * (the words before it may be the sentence's: "…第一|范文网—…"). Longest first.
 */
export const SITE_NAMES = [
  "范文网",
  "公文网",
  "文库网",
  "文档网",
  "资料网",
  "学习网",
  "范文吧",
  "资料库",
  "文库",
  "文档",
];

/** How often an address must recur in running text to be a watermark without a slogan. */
export const MIN_REPEATS = 3;
/** How far before the address a repeated watermark may reach (site name and slogan). */
export const LEAD_MAX = 40;
