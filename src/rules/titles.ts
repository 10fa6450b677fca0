// What a document's own title line looks like, and what only stands where a title would:
// breadcrumbs, site prefixes, file names, attachment labels. Data only; structure/title.ts
// applies it.

/** Titles are one line of this many characters (after a site prefix is cut). */
export const TITLE_MIN = 6;
export const TITLE_MAX = 90;
/** A title is no sentence: more commas than this part its clauses (在…上,某街道坚持…,现将…报告如下). */
export const TITLE_COMMAS_MAX = 1;
/** How far into the body the title line may stand. */
export const TITLE_LINES = 6;
/** A notice's words that send out the document below it (现将《…工作要点》印发给你们, 印发你们). */
export const SENT_TO_YOU = /(?:印发|转发)(?:给)?你们/;
/** How far a document sent out by a notice without a title line of its own may stand: below the
 *  notice, its signature and date (海政办发〔2023〕8号 / 各乡镇… / 现将…印发你们 / 某县人民政府办公室 /
 *  2023年3月9日 / (此件公开发布) / 某县法治政府建设2023年工作要点). */
export const SENT_TITLE_LINES = 12;

/** Words only titles of the classic official genres carry (besides the genre words). */
export const TITLE_WORDS =
  /报告|方案|意见|要点|通知|规划(?![局委院所处科]|和自然资源|和国土|分局|建设局)|计划(?!生育|委|单列)|办法|总结|情况|决定|规定|纲要|安排|分工|清单|白皮书|公报/;

/** A site's column tag before the title: 【法治建设报告】, [工作动态]. */
export const SITE_PREFIX = /^\s*(【[^】]{1,16}】|\[[^\]]{1,16}\]|〖[^〗]{1,16}〗)\s*/;
/** A file name or a link to one: P020240329563418752411.pdf, 附件1.docx. */
export const FILE_NAME = /\.(pdf|docx?|wps|ofd|xlsx?|et|txt|html?|zip|rar|7z|jpe?g|png)\s*$/i;
/** Breadcrumbs and navigation: "您所在的位置:政务公开 > 工作报告", "首页 » 信息公开". */
export const NAVIGATION =
  /^\s*(您|你)?(当前|现在|目前)?(所在)?(的)?位置\s*[::]|\s[>»›]\s|[>»›]{1}.*[>»›]|^首页\s*[>»›/|]/;
/** An attachment label or a line that is not a title in any case. */
export const NOT_TITLE =
  /^\s*(附件\s*\d*\s*[::]|附件\s*\d*\s*$|——|—|各位|[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、])/;
/** A browser title ends in the site's name: "…报告_晋中市人民政府", "…报告 - 某县政府门户网站";
 * where the site's name was replaced by an injected string, only "-人民政府" is left. */
export const SITE_SUFFIX =
  /\s*(?:[_|]|\s[-—]\s|[-—])\s*[^_|\-—]{0,24}(人民政府|政府|网站|门户|网|官网|在线|局|委|办|厅|委员会|办公室|中心)\s*$/;
/** A browser title starting with the site's name: "某某市人民政府网站-…报告". */
export const SITE_HEAD = /^\s*[^-_|—\s]{1,24}(网站|门户|政府网|官网)\s*[-_|—]+\s*/;
/** Where a hijacked browser title parts the advertiser's segments from the page's own title
 *  (开云体育(中国)官方网站-KAIYUN SPORTS-某县…报告): a dash, underscore or bar. */
export const TITLE_SEGMENT_GAP = /\s*[-_|—]+\s*/g;
/** Separators left at the edges when a title's injected string is cut out; before a title, also
 *  an info box's field label (标　　题：). */
export const LEADING_EDGE = /^(?:[\s_|·,:]+|(?:标\s*题|题\s*名|文件名称|名\s*称)\s*[:|])+/;
export const TRAILING_EDGE = /[\s_|\-—·,:]+$/;
/** What follows a township's name on an issuer's line: its government, party committee or office
 * (仁和镇人民政府, 三里屯街道办事处, 某某镇党委 某某镇人民政府). */
export const TOWNSHIP_BODY = /^(?:(?:党委|党工委|人民政府|政府|办事处)\s*)+$/;
/** The first line of a title broken over two lines: it opens with 关于 (after the issuer's
 * name, if any) and is still to be ended by the genre word. */
export const TITLE_OPENING = /^[\u4e00-\u9fff]{0,24}?关于/;
/** The second line of a broken title: short, ending in the genre word (…工作安排的通知, 情况的报告). */
export const TITLE_ENDING = /(报告|方案|通知|意见|要点|安排|计划|规划|总结|办法|通报|决定|分工|清单)$/;
export const TITLE_TAIL_MAX = 24;
