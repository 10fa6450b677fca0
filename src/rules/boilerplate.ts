// Lines of a web page that are not the document: site header, breadcrumb, page metadata,
// footer. Patterns apply to the normalised line text (half-width punctuation).

/** Breadcrumb: "当前位置: 首页 > 政策法规" */
export const BREADCRUMB = [
  /^(当前位置|您现在的位置|您的位置|现在位置|所在位置|当前页面)\s*[::]/,
  /^(您|你)(当前|现在|目前)?(所在)?的?位置\s*[::]/,
  /^首页\s*[>»›/|]/,
];

/** Keys of a page-metadata line: "来源:市司法局 发布时间:2024-02-22 15:53 字体大小:"; an information
 * box drawn as a table parts key and value by a bar ("成文日期 | 2025-06-13 | 发布日期 | 2025-06-30"). */
export const META_KEYS =
  /(来源|信息来源|发布时间|发布日期|发文日期|成文日期|时间|日期|作者|编辑|责任编辑|字号|字体|字体大小|浏览次数|阅读次数|点击数|点击量|访问量|浏览量|类别|分类|发布机构|发文机关|索引号|文号|主题分类)\s*[::|]/g;
export const DATE_IN_LINE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
/** A page's date with only a space after the year (发布时间：2024 04/22 16:19:48, as some portals'
 *  templates print it): read on a metadata line only, where nothing else stands after the key. */
export const YEAR_SPACE_DATE = /(?<!\d)(\d{4})\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d)/;

/** Site header: welcome banners, the browser title with the site name. */
export const HEADER = [
  /^(欢迎来到|欢迎访问|欢迎光临|欢迎您)/,
  /星期[一二三四五六日天]\s*$/,
  /(网站|门户|政府网|政务网|官网)\s*[-_|—]/,
  // a browser title: "…报告_长沙市人民政府", "…报告 - 某某县政府门户网站"
  /\S\s*[_|]\s*\S{1,20}(人民政府|政府|网站|门户|网)\s*$|\s[-—]\s\S{1,20}(人民政府|政府|网站|门户|网)\s*$/,
  /[-_|—]\s*\S*(网站|门户|政府网)\s*$/,
];

/** Footer and page furniture. The first of these after the body starts the footer. */
export const FOOTER = [
  /^(扫一扫|用手机扫|手机扫描)/,
  /^(关闭|打印|关闭窗口|打印本页|【关闭】|【打印】|\[关闭\]|\[打印\])(\s+(关闭|打印|收藏|分享))*\s*$/,
  /^(返回顶部|回到顶部|TOP|top)\s*$/,
  /^([【[]\s*(打印|关闭|收藏|分享|返回|加入收藏|打印本页|关闭窗口|返回顶部|字体)[^】\]]{0,6}[】\]]\s*)+$/,
  /^分享到/,
  /版权所有|Copyright|©|ICP备|网站标识码|网站识别码|公网安备|网站地图|联系我们|访问者|访问量|浏览量/,
  /^(主办|承办|主管|协办)(单位)?\s*[::]/,
  /^技术支持\s*[::]/,
  /^(地\s*址|邮\s*箱|电\s*话|传\s*真|邮\s*编|联系电话|E-?mail)\s*[::]/i,
];

/** A navigation menu above the document: a run of short link lines. */
export const NAV_LINE_MAX = 8;
export const NAV_RUN_MIN = 3;

/** Lines of a footer are short; a longer line means the body goes on. */
export const FOOTER_LINE_MAX = 60;
