// Statistics tables in reports (指标 / 2022年 / 2023年; 行政复议案件受理数(件) 41 49): how a
// row's label, a column's header and the table's unit line are read. Data only; the reader is
// src/extract/tables.ts.

/** Cells are apart by a tab (HTML and Word tables are decoded so) or by two spaces or more
 *  (text laid out in columns). */
export const CELL_GAP = /\t+| {2,}/;

/** A cell holding a bare number or a share: 41, 1,234.5, 95.2% (not a code: 030001). */
export const NUMBER_CELL = /^[-+]?(?!0\d)\d[\d,]*(?:\.\d+)?(?:%|‰)?$/;

/** A unit written after a label or header in brackets: 受理数(件), 金额(万元), 比例(%). */
export const UNIT_IN_BRACKETS = /\(([^()]{1,4})\)$/;

// A table's unit is one unit or a list of them, one per kind of row (单位:件、万元): the counts
// in 件, the sums of money in 万元. A list is read apart by 、 / , ;.
const UNITS = String.raw`[^\s,;。、/()（）]{1,4}(?:\s*[、/,;]\s*[^\s,;。、/()（）]{1,4})*`;

/** The separator between the units of a list (件、万元). */
export const UNIT_LIST_GAP = /\s*[、/,;]\s*/;

/** The table's unit, written on a line of its own above it: 单位:件, 单位:万元, 单位:件、万元. */
export const UNIT_LINE = new RegExp(String.raw`^\s*(?:计量)?单位\s*[:：]\s*(${UNITS})\s*$`);

/** The table's unit, at the end of its caption in brackets: 表1 行政执法情况统计(单位:件). */
export const UNIT_CAPTION = new RegExp(String.raw`[(（]\s*(?:计量)?单位\s*[:：]\s*(${UNITS})\s*[)）]\s*$`);

/** The table's unit at the end of its caption after a space: 表1 行政争议化解情况 单位:件. */
export const UNIT_TRAILING = new RegExp(String.raw`\s(?:计量)?单位\s*[:：]\s*(${UNITS})\s*$`);

/** A row counting money (为劳动者追发工资, 罚没款金额): under a list of units it takes the
 *  list's unit of money (万元); any other row takes the list's one other unit (件). */
export const MONEY_LABEL = /工资|金额|罚没款|罚款|资金|费用|经费|薪酬|税款|赔偿款|补偿款/;

/** A row of shares (仲裁结案率): under a list of units it takes the list's unit of shares (%). */
export const RATE_LABEL = /率$|比例$|比重$|占比$/;

/** Units of shares: a list's unit for rows of rates. */
export const RATE_UNITS = new Set(["%", "‰", "个百分点", "个千分点"]);

/** A column of units (指标 | 单位 | 2022年 | 2023年): each row's unit. */
export const UNIT_HEADER = /^(?:计量)?单位$/;

/** A cell saying there is no value: —, /, 无. Neither a label nor a header's word. */
export const PLACEHOLDER_CELL = /^(?:[-—–－/／\\]+|无|暂无|空)$/;

/** Units a bracket or unit line may give, with the scale their prefix stands for. */
export const TABLE_UNITS: Record<string, { unit: string; scale: number }> = {
  "%": { unit: "%", scale: 1 },
  "‰": { unit: "‰", scale: 1 },
  个百分点: { unit: "个百分点", scale: 1 },
  个千分点: { unit: "个千分点", scale: 1 },
  件: { unit: "件", scale: 1 },
  个: { unit: "个", scale: 1 },
  人: { unit: "人", scale: 1 },
  名: { unit: "名", scale: 1 },
  人次: { unit: "人次", scale: 1 },
  万人: { unit: "人", scale: 10_000 },
  万人次: { unit: "人次", scale: 10_000 },
  项: { unit: "项", scale: 1 },
  次: { unit: "次", scale: 1 },
  场: { unit: "场", scale: 1 },
  场次: { unit: "场次", scale: 1 },
  家: { unit: "家", scale: 1 },
  份: { unit: "份", scale: 1 },
  万份: { unit: "份", scale: 10_000 },
  起: { unit: "起", scale: 1 },
  条: { unit: "条", scale: 1 },
  部: { unit: "部", scale: 1 },
  期: { unit: "期", scale: 1 },
  户: { unit: "户", scale: 1 },
  户次: { unit: "户次", scale: 1 },
  万户: { unit: "户", scale: 10_000 },
  批次: { unit: "批次", scale: 1 },
  辆次: { unit: "辆次", scale: 1 },
  宗: { unit: "宗", scale: 1 },
  卷: { unit: "卷", scale: 1 },
  万件: { unit: "件", scale: 10_000 },
  万条: { unit: "条", scale: 10_000 },
  元: { unit: "元", scale: 1 },
  万元: { unit: "元", scale: 10_000 },
  亿元: { unit: "元", scale: 100_000_000 },
  天: { unit: "天", scale: 1 },
  个工作日: { unit: "个工作日", scale: 1 },
};

/** A header or label naming its count by its unit (检查次数, 参训人数, 立案件数, 抽查户数): that unit,
 *  when no bracket, column or line gives one. A bare 数 (立案数) names none: no value is guessed. */
export const COUNT_NAME_UNIT = /(人次|户次|场次|次|人|件|户|个|家|项|场|条|份|宗|卷)数$/;

/** Column headers that say nothing of their own about the numbers (the label names them). */
export const PLAIN_HEADERS = new Set([
  "数量",
  "数值",
  "数目",
  "数据",
  "完成情况",
  "完成数",
  "统计数",
  "指标值",
]);

/** Columns that hold no quantity: row numbers, years and dates, remarks. */
export const SKIPPED_HEADERS = /^(?:序号|编号|排名|名次|年份|年度|时间|日期|备注|说明|计量单位|单位)$/;

/** Columns of remarks: skipped, but for a change written whole in a cell (较上年增加42件). */
export const REMARK_HEADER = /^(?:备注|说明)$/;

/** A header naming a year: its numbers are that year's (the newest year's are the report's). */
export const YEAR_HEADER = /^((?:19|20)\d{2})\s*年?(?:度)?$/;

/** A column of changes or of the year before: its numbers are no value of the row's indicator. */
export const CHANGE_HEADER = /同比|环比|增长|增减|增幅|下降|变化|变动|比上年|较上年|上年|去年|上一年/;

/** A change written before its number in the cell (增长12.2%, 同比下降3件): what the number is. */
export const CHANGE_CELL =
  /^(同比|环比|比上年|较上年|比去年|较去年)?(增长|增加|上升|提高|下降|减少|降低)(?=\d)/;

/** A column of changes whose cells name the direction only (同比: 增长12.2%). */
export const CHANGE_BASIS = /^(?:同比|环比|比上年|较上年|比去年|较去年)$/;

/** Words before a label that say it is part of the row above (其中:维持): no part of its name. */
export const LABEL_LEAD = /^(?:其中|含)\s*[:：]?\s*/;

/** A row of totals: its label names no thing of its own (the caption's or the category's does). */
export const TOTAL_LABEL = /^(?:合计|总计|小计|共计|总数|累计|全[省市县区]合计)$/;

/** What a caption says besides its topic: its number (表1, 附表2:), its years, its closing words
 *  (情况统计表, 一览表) and its unit in brackets. */
export const CAPTION_NUMBER = /^附?表\s*[\d一二三四五六七八九十]+\s*[.、:：-]?\s*/;
// (and the span of years it covers: 近两年, 近3年, 历年)
export const CAPTION_YEAR = /(?:19|20)\d{2}\s*(?:年度?|—|-|~|至)?|^(?:近[两二三四五\d]年(?:来)?|历年)/g;
export const CAPTION_TAIL = /(?:基本|主要)?(?:情况|统计|数据|一览|汇总|明细|对比|比较)*表?$/;

/** A category's or a caption's marker: 一、 (二) 3. (its numeral captured) */
export const CATEGORY_MARKER = /^[(]?([一二三四五六七八九十]+|\d{1,2})[)、.．]\s*/;

/** A category's line between a table's rows, when a copy lost the spanning cell's tabs (Word and
 *  PDF copies: 一、行政复议 on a line of its own between rows; (二)推进严格规范公正文明执法): its
 *  marker and a short title, no sentence. */
export const CATEGORY_LINE = /^[(]?(?:[一二三四五六七八九十]{1,3}|\d{1,2})[)、.．]\s*[^\t。;!?,:]{2,30}$/;

/** A row number, not a label: 1, 一, (二), 3、 */
export const ORDINAL_CELL = /^[(（]?(?:[一二三四五六七八九十]+|\d{1,3})[)）、.．]?$/;

/** A row of a table drawn with bars, as pages rendered to text and Markdown write tables
 * (项目 | 2023年 | 2024年, | 序号 | 工作任务 | 牵头单位 |): two bars or more on the line. */
export const BAR_ROW = /\|[^|\n]*\|/;
/** The rule under a Markdown table's header (|---|:---:|): bars, dashes, colons and spaces. */
export const BAR_RULE = /^[\s|:\-—]*-[\s|:\-—]*$/;
/** The fewest bar rows in a run that make a table (one alone is a navigation bar or a title). */
export const BAR_ROWS_MIN = 2;

/** Header cells of a table copied out of Word or PDF with one cell per line (序号 / 重点任务 /
 *  牵头单位 / 完成时限, or 指标 / 2023年 / 2024年): words that name a column and nothing else. A
 *  task table's words are src/rules/task-tables.ts's; these are a statistics table's. */
export const STATS_HEADER_CELL =
  /^(?:指标|项目|类别|名称|指标名称|统计项目|内容|数量|数值|计量单位|单位|备注|说明|同比|增减|增长|增幅|(?:19|20)\d{2}\s*年?度?(?:\([^()]{1,4}\))?)$/;

/** The fewest columns, and rows, a table of one cell per line is read with: fewer is a list. */
export const CELL_LINE_COLUMNS_MIN = 3;
export const CELL_LINE_ROWS_MIN = 2;
/** The longest line a header's cell stands on. */
export const CELL_LINE_HEADER_MAX = 12;

/** A column's header that names a step or outcome of what the rows count (类别 | 收到 | 受理 |
 *  审结 | 纠错, over 行政复议(件)), or a rate of it (纠错率): the row's thing at that step
 *  (行政复议受理) is what a cell counts, for its indicator — not the row's thing alone. */
/** A row's label that names cases or requests the step columns go through (行政复议, 行政诉讼案件,
 *  信访事项) — not a place or a body a row gives the figures of (甲县 | 45 | 3: 甲县's lawsuits,
 *  no 甲县败诉 of the whole). */
export const STEP_ROW = /复议|诉讼|应诉|案件|申请|纠纷|信访|投诉|举报|事项/;
export const STEP_HEADER =
  /^(?:新收|收到|接收|收案|受理|立案|办结|审结|结案|答复|化解|纠错|维持|驳回|撤销|变更|确认违法|终止|胜诉|败诉|调解|和解)$|率$/;
