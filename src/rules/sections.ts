// How the required parts of an annual report announce themselves. Data only.

export const ACHIEVEMENTS_HEADING =
  /主要(举措|做法|工作|成效|成绩)|工作(情况|成效|开展情况|进展)|建设情况|取得的?(成效|成绩|进展)|举措(及|和|与)成效|推进情况|落实情况/;

// 短板弱项 as a part's name (二、短板弱项), not as what a measure mends (（三）补齐短板弱项…)
export const SHORTCOMINGS_HEADING =
  /存在的?(主要)?(问题|不足|短板|困难)|(问题|不足|短板)(和|及|与)(原因|差距|不足|问题)|不足之处|差距和不足|薄弱环节|(?<!补齐|补强|弥补|补足|破解|聚焦|针对|查找|找准)短板(和|及|与|、)?弱项/;
/** A paragraph that opens the shortcomings without a heading. */
export const SHORTCOMINGS_PARAGRAPH =
  /(存在|还有|仍有|仍然存在|也存在)(的)?(一些|不少|一定)?(问题|不足|短板|差距|薄弱环节)|不足之处|主要表现在|问题和不足|不足和问题|有待(进一步)?(加强|提高|提升|改进)/;

export const FIRST_RESPONSIBLE = /第一责任人|主要负责(人|同志)(履行|履职)|党政主要负责人.{0,10}(职责|述法)/;

export const NEXT_YEAR_HEADING =
  /(下一步|下步|下一年度?|明年|来年|\d{4}年(度)?)(的)?(工作)?(打算|安排|计划|思路|重点|举措|工作|目标)|(下一步|下步|下一年度?|明年|来年|\d{4}年度?)[^,;。]{0,16}?(主要)?(工作)?(打算|安排|计划|思路)|工作(打算|安排|计划|思路|重点)|努力方向|下一步/;
/** A paragraph that opens next year's plan: "2024年,我市将…", "下一步,…" */
export const NEXT_YEAR_PARAGRAPH = /^(下一步|下步|今后|明年|新的一年|\d{4}年)[,,]?.{0,24}?将/;
