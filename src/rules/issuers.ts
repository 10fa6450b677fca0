// Who issues documents: central bodies, the bodies that stand for a government, department
// names, township-level units, and the short names of autonomous areas. Data only;
// structure/issuer.ts and structure/regions.ts apply it.

/** The field of a page's information box that names the issuing organ (发布机构: 古镛镇人民政府,
 * 发文机关 | 某县司法局); the name follows it. */
export const INFO_BOX_ISSUER =
  /(?:发布机构|发文机关|发文单位|发布单位|制发机关|制发机构|成文机关)\s*[:：|]\s*/;

/** Ministries, commissions and administrations of the State Council (and the Council itself),
 * as they sign their reports. A vertical department ("国家税务总局苏州市税务局") is a local
 * department: the area written after the name decides. */
export const CENTRAL_BODIES = [
  "国务院",
  "国务院办公厅",
  "外交部",
  "国防部",
  "国家发展和改革委员会",
  "教育部",
  "科学技术部",
  "工业和信息化部",
  "国家民族事务委员会",
  "公安部",
  "国家安全部",
  "民政部",
  "司法部",
  "财政部",
  "人力资源和社会保障部",
  "自然资源部",
  "生态环境部",
  "住房和城乡建设部",
  "交通运输部",
  "水利部",
  "农业农村部",
  "商务部",
  "文化和旅游部",
  "国家卫生健康委员会",
  "退役军人事务部",
  "应急管理部",
  "中国人民银行",
  "审计署",
  "国务院国有资产监督管理委员会",
  "海关总署",
  "国家税务总局",
  "国家市场监督管理总局",
  "市场监管总局",
  "国家金融监督管理总局",
  "中国证券监督管理委员会",
  "国家广播电视总局",
  "国家体育总局",
  "国家信访局",
  "国家统计局",
  "国家知识产权局",
  "国家国际发展合作署",
  "国家医疗保障局",
  "国家机关事务管理局",
  "国家标准化管理委员会",
  "国家新闻出版署",
  "国家版权局",
  "国家互联网信息办公室",
  "国家粮食和物资储备局",
  "国家能源局",
  "国家国防科技工业局",
  "国家烟草专卖局",
  "国家移民管理局",
  "国家林业和草原局",
  "国家铁路局",
  "中国民用航空局",
  "国家邮政局",
  "国家文物局",
  "国家中医药管理局",
  "国家疾病预防控制局",
  "国家矿山安全监察局",
  "国家消防救援局",
  "国家外汇管理局",
  "国家药品监督管理局",
  "国家数据局",
  "国家公务员局",
  "国家档案局",
  "国家保密局",
];
/** A central body's local bureau named by its province's short name (国家金融监督管理总局广东监管局,
 *  中国证券监督管理委员会四川监管局, 国家外汇管理局江苏省分局 is named in full and found as an area):
 *  the short name (group 1) and the bureau's word. The bureau is a department of that province's
 *  area, as 国家税务总局黑龙江省税务局 is, not the central body. */
const BRANCH_WORDS = "监管局|监管分局|证监局|分局|分行|特派员办事处";
export const CENTRAL_BRANCH = new RegExp(`^([\\u4e00-\\u9fff]{2,3}?)(?:${BRANCH_WORDS})`);
/** The same bureau's word after an area named in full (中国人民银行广西壮族自治区分行). */
export const BRANCH_WORD = new RegExp(`^(?:${BRANCH_WORDS})`);
/** The full names a province's short name stands for, tried in order (广东 → 广东省, 北京 → 北京市,
 *  广西 → 广西壮族自治区); also the five cities that have bureaus of their own (深圳, 大连, 宁波,
 *  厦门, 青岛 → …市). */
export const SHORT_AREA_ENDINGS = ["省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区"];

/** Written before a central body's name and not part of it. */
export const CENTRAL_PREFIX = "中华人民共和国";
/** The whole country: the area of a central issuer. */
export const CENTRAL_REGION = "全国";

/** Written after an area's name, these stand for its government (or party committee) itself:
 * 长治市人民政府 and 长治市人民政府办公室 both issue for 长治市; 阿拉善盟行政公署 governs the
 * league; "长治市委…" is the party committee and its offices. */
export const GOVERNMENT_BODY =
  /^(人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|政府|行政公署|委)/;
/** Written after an area's name, the government a body under it is named by (长沙市人民政府国有
 *  资产监督管理委员会, 某县人民政府法制办公室, 某市政府研究室): the body is a department of that area,
 *  as 长沙市司法局 is — not the government itself. */
export const GOVERNMENT_SEAT = /^(?:人民政府|政府|行政公署)/;
/** The name of a body under a government, after GOVERNMENT_SEAT: a few words and the word that
 *  closes such a body's name (委员会, 办公室, 研究室, 办事处 of 驻北京办事处, 中心, 局, and the short
 *  forms 法制办, 国资委). The shortest such name that a boundary follows (BODY_AFTER) is read. */
export const GOVERNMENT_UNIT =
  /^(?:研究室|[\u4e00-\u9fff]{1,14}?(?:委员会办公室|委员会|办公室|研究室|办事处|中心|局|办|委))/;
/** The words an opening sentence's subject goes on with (福州市坚持…, 重庆市着力推进…, 昆明市切实
 *  履行…, 省司法厅以…为抓手, 区委把…摆在…): one table for where a subject ends (SUBJECT_ENDS),
 *  whether a place goes on as the subject (SUBJECT_VERB) and where a body's name under a
 *  government ends (BODY_AFTER). Words a name never holds: a name read up to one of them is whole. */
const SUBJECT_VERBS = [
  "坚持",
  "深入",
  "认真",
  "全面",
  "紧紧",
  "紧扣",
  "围绕",
  "始终",
  "聚焦",
  "持续",
  "立足",
  "按照",
  "扎实",
  "积极",
  "大力",
  "着力",
  "全力",
  "切实",
  "统筹",
  "不断",
  "牢牢",
  "牢固",
  "进一步",
  "高质量",
  "高标准",
  "严格",
  "主动",
  "锚定",
  "把",
  "将",
  "在",
  "以",
].join("|");

/** What may follow the body's name: the end of the name read, a year, punctuation, the words of a
 *  title (关于, 法治) or the verb of an opening sentence (…国资委坚持…). Anything else continues the
 *  name (国有资产监督管理委 goes on to 员会). */
export const BODY_AFTER = new RegExp(
  `^(?:$|[\\d\\s,，。、;；:：(（)）《]|年|关于|贯彻|法治|依法|党组|${SUBJECT_VERBS})`,
);
/** Words no body's name holds: a sentence after the government (长沙市人民政府坚持以人民为中心…,
 *  …人民政府关于成立…领导小组办公室的通知) ends in the same words; nor does one open with 和
 *  (…人民政府和县委: two organs). */
export const NOT_BODY_NAME =
  /^[和与及、]|关于|印发|转发|成立|的|坚持|深入|认真|全面|贯彻|落实|高度|围绕|始终|聚焦|持续|立足|按照|加强|推进|召开/;
/** A government's general office (长治市人民政府办公室, 区政府办公室): a department of that
 * government when it reports on its own work; the government itself only where it sends out
 * the government's document (…办公室关于印发…实施方案的通知, DOCUMENT_SENT). */
export const GOVERNMENT_OFFICE = /^(?:人民)?政府办公[厅室]/;
/** A title that sends out another document (…关于印发…的通知), which the office issues for its
 *  government (or a notice's words that do so: rules/titles.ts SENT_TO_YOU). */
export const DOCUMENT_SENT = /印发|转发/;

/** A title that opens with an organ's full name, of an area the region list does not know
 * (青石县人民政府关于…, 青石经济技术开发区管委会2023年…): the name up to the first word that
 * closes an organ's name. Longer closings first, so 人民政府办公室 is not cut at 人民政府. A
 * government without 人民 (臺中市政府, as Taiwan's pages name theirs) closes with 政府; the year
 * after it may be a 民国 year (臺中市政府112年…, see ROC_YEAR). A customs house (宁波海关, 黄埔海关)
 * is named by the city it sits in and 海关, with no 局. */
export const TITLE_ORGAN =
  /^(?!某)(?:中共)?[\u4e00-\u9fff]{2,20}?(?:人民政府办公厅|人民政府办公室|人民政府|政府|行政公署|管理委员会|管委会|委员会办公室|委员会|办公室|办事处|海关|局|厅)(?=\d{4}|(?:民国\s*)?1[0-3]\d\s*年|关于|贯彻|$)/;
/** A title that opens with an unknown area's name and the year (青石县2023年法治政府建设…): the
 * area's government reports. 全市, 我县, 本区 are no names, nor a template's 某某县. */
export const TITLE_AREA =
  /^(?![全我本各该某])[\u4e00-\u9fff]{1,8}?(?:自治州|自治县|自治旗|省|市|县|区|旗)(?=\d{4}\s*年)/;
/** The level of a government named by its area, by the area's last character (a 市 may be a
 * city or a county-level city, so it tells nothing). */
export const AREA_END_LEVEL: Record<string, "province" | "county"> = {
  省: "province",
  县: "county",
  旗: "county",
};

/** Taiwan's cities, whose governments issue without 人民 (臺中市政府; the text is read in Simplified
 *  characters): the six its own law calls 直辖市 (台北, 新北, 桃园, 台中, 台南, 高雄) and the three
 *  others (基隆, 新竹, 嘉义). Their level is city: in the national administrative division 台湾 is a
 *  province (台湾省), so a city in it is read one level below, as 长沙市 is in 湖南省 — where a
 *  user looks for city governments' reports to compare (a report of 台中市政府 beside one of 长沙市
 *  人民政府). Giving the six "province" would set them beside 湖南省 and 台湾省 itself. Its 县
 *  (彰化县) are counties by their last character (AREA_END_LEVEL). None of these names is a
 *  mainland city's. */
export const TAIWAN_CITY = /^(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义)市政府/;

/** Written before a division's former name, it says the name is no longer in force (我区(原株洲
 *  县), 原宁乡县): the text is the successor's. */
export const FORMER_MARK = "原";

/** A department named by its level alone ("市司法局2023年…"): the level character and the level
 * of the area it stands for, which the text names elsewhere. */
export const LEVEL_PREFIX: Record<string, "province" | "city" | "county"> = {
  省: "province",
  市: "city",
  州: "city",
  盟: "city",
  县: "county",
  区: "county",
  旗: "county",
};

/** An opening sentence about the year (2023年是全面贯彻党的二十大精神的开局之年): the subject of the
 *  report opens the sentence after it. */
export const YEAR_SENTENCE = /^\s*(?:\d{4}\s*年度?|今年|这一年|过去的一年)\s*是/;
/** Right after a place that opens a clause of the opening sentence, the words of a subject going
 *  on to its verb (福州市坚持…, 重庆市着力推进…, 昆明市切实履行…): that place is the sentence's
 *  subject, not one a setting clause tells of first (福州新区建设加快推进, 西咸新区交由…). */
export const SUBJECT_VERB = new RegExp(`^\\s*(?:${SUBJECT_VERBS})`);
/** Where an opening sentence's subject ends: its first verb (SUBJECT_VERBS), or a comma. */
export const SUBJECT_ENDS = new RegExp(`[,，;；]|${SUBJECT_VERBS}`);
/** The shortest opening line read for its subject, when it ends a sentence; a heading (一、, (一))
 *  opens none. */
export const OPENING_MIN = 12;
/** How far into the opening sentence its subject is looked for: every place named in it is tried
 *  against the text before and after it, so a text with no sentence end (its punctuation lost)
 *  made that quadratic; real opening sentences name their subject within the first clauses. */
export const OPENING_REACH = 600;
export const HEADING_START = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/** A department speaking of itself in its report (2023年,我局深入…): the words, and the ending of
 *  the names it can stand for. */
export const SELF_REFERENCE = /(?:^|[,，]|\d{4}\s*年(?:度|以来)?)\s*(我局|本局|我委|本委|我厅|本厅)/;
export const SELF_SUFFIX: Record<string, RegExp> = {
  我局: /局$/,
  本局: /局$/,
  我委: /委员会$/,
  本委: /委员会$/,
  我厅: /厅$/,
  本厅: /厅$/,
};
/** Where a department named by its level may start (市司法局, 县财政局): the level character. */
export const LEVEL_DEPARTMENT = /[省市州盟县区旗](?=[\u4e00-\u9fff]{1,12}?(?:局|厅|委员会))/g;

/** Characters a department named by its level may follow (作为市司法局, 由县财政局): a preposition
 *  or a conjunction, not a word's first character (城市管理局 holds no 市管理局). */
export const BEFORE_LEVEL_NAME = /[在由和与及向为是对经以将把同会]/;

/** Words that start with a level character without being a level: 市场, 市政, 区域. */
export const NOT_LEVEL_PREFIX = /^(市场|市政|市容|市民|区域|县域|省内|州府)/;

/** Department names end in one of these (and say what they do before it: "中心城区" is no
 * department); the whole name is at most DEPARTMENT_MAX characters. */
/** A zone the division list counts as an area (苏州工业园区, code 320576): its 管理委员会 or 管委会
 *  is its government, as 人民政府 is an area's. */
/** How the names of zones end (开发区, 高新区, 台商投资区, 沣东新城, 黄山风景区); a zone's governing
 *  body follows (ZONE_BODY). */
const ZONE_WORDS =
  "园区|开发区|新区|示范区|实验区|试验区|合作区|保税区|度假区|高新区|经开区|投资区|工业园|产业园|新城|风景区|名胜区|旅游区";
export const ZONE_AREA = new RegExp(`(?:${ZONE_WORDS})$`);
export const ZONE_BODY = /^(?:管理委员会|管委会)/;
/** A zone's 管理委员会 or 管委会 at the end of an organ's name (湘潭经济技术开发区管委会). */
export const ZONE_ORGAN = new RegExp(`(?:${ZONE_WORDS})(?:管理委员会|管委会)$`);
/** What a zone's name never opens with: several zones (各开发区管委会), none named (全市, 我区),
 *  or a title's subject (关于深化开发区管委会改革的实施方案: no organ's name at its start). */
const NOT_ZONE_NAME = "(?![各全我本该某]|关于)";
/** A zone the division list does not hold, named with its governing body where an organ's name
 *  opens (高新区管委会坚持…, 宝鸡高新技术产业开发区管理委员会, 经开区党工委管委会 jointly, 长治市
 *  高新区管委会 after its city): the zone's government, at ZONE_LEVEL — not its city's
 *  government, nor no issuer. The name ends where a name may end (BODY_AFTER: 推进园区管委会改革
 *  is an action, not a name). */
export const ZONE_GOVERNMENT = new RegExp(
  `^${NOT_ZONE_NAME}[\u4e00-\u9fff]{0,14}?(?:${ZONE_WORDS})(?:党工委[、，,]?)?(?:管理委员会|管委会)`,
);
/** The zone's Party working committee (高新区党工委, 中共宝鸡高新区工作委员会): a Party organ of the
 *  zone, at the zone's level — or, with the zone's governing body written after it (中共宝鸡高新区
 *  工作委员会 宝鸡高新区管理委员会, a joint signature), the zone's government. */
export const ZONE_PARTY = new RegExp(
  `^${NOT_ZONE_NAME}(?:中共|中国共产党)?[\u4e00-\u9fff]{0,14}?(?:${ZONE_WORDS})(?:党工委|工作委员会)`,
);
/** What joins the Party working committee's name to the governing body's after it. */
export const ZONE_JOINT = /^[、，,\s]*/;
/** The level of a zone the division list does not hold: the list counts the zones it holds as
 *  counties (苏州工业园区 320576, 浦东新区 310115), and a zone's 管委会 reports as its city's
 *  counties do (长沙: 区县(市)及园区) — a county's level, not a department's and not none. */
export const ZONE_LEVEL = "county";

/** (A zone's 管理委员会 — 开发区, 园区, 新区 — governs the zone for the government that set it up: no
 *  department of it, and of no level of its own, as its short form 管委会 is read in meta.ts;
 *  国有资产监督管理委员会 is a department.) */
export const DEPARTMENT_SUFFIX = new RegExp(
  `^[\\u4e00-\\u9fff]{1,16}(局|厅|(?<!(?:${ZONE_WORDS})管理)委员会|办公室|署|中心|支队|大队|研究院|人民法院|人民检察院)$`,
);
export const DEPARTMENT_MAX = 20;

/** Township-level units and the words for their governments written after the name. */
export const TOWNSHIP_SUFFIX = /^(街道|镇|乡|苏木)(?=人民政府|办事处|党委|党工委|\d{4}|关于|法治|依法|$)/;
/** Words that end in a township suffix without naming one. */
export const NOT_TOWNSHIP_NAME = /^(各|全|我|本|该|乡|村|县|市|区)|^(城乡|乡镇|城镇|集镇|村镇)$/;
export const TOWNSHIP_NAME_MAX = 8;

/** Ethnic groups as autonomous areas name them (蒙古 and 哈萨克 also without 族), to derive the
 * short names in use: 恩施土家族苗族自治州 is 恩施州, 长阳土家族自治县 is 长阳县. */
export const ETHNIC_GROUPS = [
  "蒙古",
  "回",
  "藏",
  "维吾尔",
  "苗",
  "彝",
  "壮",
  "布依",
  "朝鲜",
  "满",
  "侗",
  "瑶",
  "白",
  "土家",
  "哈尼",
  "哈萨克",
  "傣",
  "黎",
  "傈僳",
  "佤",
  "畲",
  "拉祜",
  "水",
  "东乡",
  "纳西",
  "景颇",
  "柯尔克孜",
  "土",
  "达斡尔",
  "仫佬",
  "羌",
  "布朗",
  "撒拉",
  "毛南",
  "仡佬",
  "锡伯",
  "阿昌",
  "普米",
  "塔吉克",
  "怒",
  "乌孜别克",
  "俄罗斯",
  "鄂温克",
  "德昂",
  "保安",
  "裕固",
  "京",
  "塔塔尔",
  "独龙",
  "鄂伦春",
  "赫哲",
  "门巴",
  "珞巴",
  "基诺",
  "各",
];
/** Autonomous suffix → the ordinary suffix of the short name. */
export const AUTONOMOUS_SHORT: Record<string, string> = { 自治州: "州", 自治县: "县", 自治旗: "旗" };
