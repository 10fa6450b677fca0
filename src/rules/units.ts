// Units that make a number a reported quantity, and what may follow them. Data only.

/** Counting units (classifiers and measures). Longest match wins (人次 over 人). Not 分: a score
 *  (考核得分95分, 平均成绩92.6分) is a mark others gave, not a count, amount or rate of the work —
 *  the gold's facts (../shared/gold, test/gold-indicators) leave averages and scores out — and 分
 *  after a number is as often a part (3分钟, 5分局) as a score. */
export const COUNT_UNITS = [
  "件",
  "项",
  "个",
  "人",
  "人次",
  "次",
  "场",
  "场次",
  "家",
  "名",
  "部",
  "部门",
  "条",
  "份",
  "起",
  "支",
  "户",
  "所",
  "类",
  "批",
  "批次",
  "期",
  "篇",
  "本",
  "辆",
  "辆次",
  "件套",
  "套",
  "架",
  "处",
  "座",
  "台",
  "张",
  "册",
  "卷",
  "宗",
  "例",
  "笔",
  "位",
  "轮",
  "堂",
  "节",
  "课时",
  "学时",
  "门",
  "艘",
  "头",
  "株",
  "块",
  "栋",
  "间",
  "床",
  "份次",
  "户次",
  "车次",
  "架次",
  "台次",
  "艘次",
  "人日",
  "余人",
  "单",
  "封",
  "首",
  "幅",
  "期次",
  "次数",
  "条次",
  "件次",
  "项次",
  "家次",
  "单位",
];
/** Money and physical measures. 万/亿 before them are folded into the value. */
export const MEASURE_UNITS = [
  "元",
  "平方米",
  "平方公里",
  "公里",
  "千米",
  "米",
  "亩",
  "公顷",
  "吨",
  "立方米",
  "千瓦",
  "千瓦时",
  "兆瓦",
  "GB",
  "TB",
];
/** Places counted (14省23市): only directly after digits and not followed by more Han text. */
export const PLACE_UNITS = ["省", "市", "县", "区", "乡", "镇", "村"];

/** A bare number in a row of fields whose key names its unit (指标：行政复议收案；件数：31;
 *  数量（件）：142): the unit, group 1 or 2. Only where the number ends its field (FIELD_VALUE_END). */
export const FIELD_UNIT =
  /(?:(件|人|次|个|项|场|家|条|份|卷)数|(?:数量|数值)\s*[(（](件|人|次|个|项|场|家|条|份|卷|万元|元)[)）])\s*[:：]\s*$/;
/** What may follow a field's number: the next field or the line's end. */
export const FIELD_VALUE_END = /^\s*(?:[;；,，。]|$)/m;
/** How far before a number its field's key is read. */
export const FIELD_KEY_REACH = 12;

/** A unit followed by these characters is the first character of another word
 * (部委, 名单, 条例, 支持 …): the number does not count that unit. */
export const UNIT_BLOCKERS: Record<string, string[]> = {
  个: ["月", "工作日", "小时", "百分点"],
  部: ["委", "署", "分", "位"],
  名: ["单", "称", "义", "录"],
  条: ["例", "件", "款", "线", "块"],
  期: ["间", "限", "望", "待", "末", "中"],
  场: ["所", "景", "地", "合", "馆"],
  家: ["庭", "长", "属", "乡"],
  所: ["有", "以", "在", "属", "得", "谓"],
  处: ["理", "罚", "置", "于", "长", "室", "分"],
  类: ["似", "别"],
  户: ["口", "籍"],
  起: ["来", "草", "到", "诉", "步", "点", "始"],
  支: ["持", "付", "出", "部", "撑"],
  本: ["级", "地", "部", "市", "着", "身", "单位", "系统", "行政"],
  台: ["账", "阶"],
  套: ["餐"],
  张: ["贴"],
  单: ["位"],
  元: ["旦", "素"],
  人: ["民", "大", "才", "口", "社", "事", "力", "工", "防", "们", "员", "群"],
  次: ["要", "序", "级"],
  位: ["于", "置", "次"],
  门: ["户", "槛", "类"],
  节: ["约", "点", "日"],
  头: ["部", "脑"],
  间: ["接", "隔"],
  块: ["牌"],
  批: ["准", "复", "示", "评"],
  笔: ["录", "试"],
  封: ["闭", "存"],
  首: ["次", "家", "批", "创"],
  项: ["目"],
};

/** What after a blocker makes it the unit after all: 70余名单位主要负责人 counts people (名 +
 * 单位), not a 名单. */
export const UNIT_UNBLOCKERS: Record<string, string[]> = {
  名: ["单位"],
};

/** Qualifiers written before the number and after it. */
export const APPROX_BEFORE = ["将近", "接近", "超过", "多达", "近", "逾", "超", "约", "突破", "不足", "不到"];
export const APPROX_AFTER = ["余", "多", "以上", "左右", "上下", "有余"];

/** What joins the bounds of a range (10-15人, 2至3名, 8%—10%): one fact, its lower bound the
 *  value and the range as written its qualifier. */
export const RANGE_JOINERS = ["——", "-", "—", "–", "－", "~", "～", "至", "到"];

/** A multiple is a quantity only as a change from an earlier period (较上年增长1.3倍, 是上年的2倍):
 *  elsewhere 倍 is a legal bracket (处违法所得1倍以上5倍以下罚款) or a figure of speech. The words
 *  that must end just before the number. */
export const MULTIPLE_UNIT = "倍";
export const MULTIPLE_BEFORE =
  /(?:同比|环比|(?:较|比)(?:上年|去年|上一年|上年同期|去年同期))(?:增长|增加|上升|提高|提升|翻)了?$|(?:是|为|相当于)(?:上年|去年|上一年|上年同期|去年同期)的$/;
