// Numbers that look like quantities but are names, ordinals or slogans. Data only.

/** Political formulas and system names with a count in them (四个全面, 八项规定). */
export const SLOGANS = [
  "四个全面",
  "四个意识",
  "四个自信",
  "两个维护",
  "两个确立",
  "两个大局",
  "三个区分开来",
  "八项规定",
  "五位一体",
  "两学一做",
  "三会一课",
  "一岗双责",
  "三重一大",
  "四下基层",
  "两个责任",
  "三项制度",
  "两法衔接",
  "七五普法",
  "八五普法",
  "三个代表",
  "四风",
  "三严三实",
  "两个务必",
  "五大发展理念",
  "四个服务",
  "两个毫不动摇",
  "六稳六保",
  "六稳",
  "六保",
  // idioms whose numerals meet a unit (千家万户, 五花八门, 三番五次)
  "千家万户",
  "三番五次",
  "千头万绪",
  "五花八门",
  "千辛万苦",
  "四面八方",
  "万无一失",
  "千篇一律",
  "千变万化",
  "千差万别",
  "百花齐放",
  "十全十美",
  "百尺竿头",
  "九牛一毛",
  "三令五申",
  "七嘴八舌",
  "一年四季",
];

/** After a Chinese numeral and its unit, these words name a concept rather than count
 * things (三项制度, 五个方面, 两个维护). */
export const CONCEPT_AFTER = [
  "方面",
  // 六项措施推进法治政府建设, 实施八大举措: how a text parts its account, not a count reported
  "措施",
  "举措",
  "环节",
  "领域",
  "层面",
  "重点",
  "原则",
  "目标",
  "体系",
  "机制",
  "制度",
  "清单",
  "模式",
  "全面",
  "意识",
  "自信",
  "维护",
  "确立",
  "规定",
  "一体",
  "合一",
  "联动",
  "到位",
  "区分",
  "服务",
  "务必",
  "不",
  "结合",
  "统一",
  "同步",
  "协同",
  "同时",
  "项目",
  "工程",
  // 五个一工作法, 三个一批: a count of a slogan
  "一",
];

/** Words before a number that make it an ordinal, rank or reference, not a count. */
export const ORDINAL_BEFORE = [
  "第",
  "前",
  "排名",
  "位居",
  "位列",
  "列",
  "这",
  "那",
  "此",
  "上述",
  "以上",
  "其",
  "每",
  // 十届十次全会, 十四届人大二次会议: the session of a term
  "届",
];

/** A meeting named by its number within a term (市委十届十次全会, 区十七届人大三次会议):
 * 次 followed by one of these words, with 届 shortly before, is an ordinal. */
export const SESSION_AFTER = ["全会", "全体会议", "全体(扩大)会议", "会议", "常委会"];
export const SESSION_TERM = "届";

/** Results of a clean-up written with 拟 (拟保留258件、拟废止14件): decided, not planned. */
export const NOT_TARGETS = ["拟保留", "拟废止", "拟修改", "拟修订", "拟宣布失效", "拟失效"];

/** Words right before a number that make it a bar others set, which the result is compared with
 * (承诺提速率65.1%,超过自治区规定的62.5%; 高于省里要求的90%): no result of the reporting body. */
export const BENCHMARK_BEFORE = /(?:规定|要求)的\s*$/;
export const BENCHMARK_REACH = 6;

/** A number that only says what the bodies just counted have (13个司法所中有5个仅有1名工作人员):
 *  the 1 is each office's staff, no total — the count it describes (5个) is the fact, named by it
 *  (仅有1名工作人员的司法所数, rules/subjects.ts ONLY_HAVING). 仅/只 mark such a threshold; 均有/各有
 *  (each has) are left to read as they are. Tested on the words right before the number. */
export const ONLY_HAVING_BEFORE =
  /\d+\s*(?:个|家|所|处)[\u4e00-\u9fff]{0,6}?(?:仅|只)(?:有|配备|配有|设)\s*$/;
export const ONLY_HAVING_REACH = 16;

/** A sum of money that bounds a class of things (百万元以上合同备案4份, 500万元以下的项目, 罚款1万元以上
 *  5万元以下): the words after its 以上/以下 are the things so bounded, not what the sum counts. */
export const CLASS_BOUND_AFTER = /^(?:以上|以下)的?[\u4e00-\u9fff]/;
export const CLASS_BOUND_UNITS = new Set(["元"]);

/** Words in the same clause before a number that make it a plan or requirement (a target). */
export const TARGET_MARKERS = [
  "力争",
  "争取",
  "至少",
  "不少于",
  "不低于",
  "不超过",
  "每年",
  "每季度",
  "每月",
  "目标是",
  "拟",
  "预计",
  "将达到",
  // a threshold missed (出庭应诉率未达到100%): the figure is the bar, not what was reached
  "未达到",
  "未达",
];
