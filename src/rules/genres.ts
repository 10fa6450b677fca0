// What kind of document a title names. A Chinese title ends in its genre word (head-final:
// "…实施方案落实情况的报告" is a report, "…关于印发…实施方案的通知" a notice), so the genre word
// that ends last in the title decides; where two end together, the longer one
// (政府工作报告 over 工作报告). Data only; structure/kind.ts applies it.
import type { DocKind } from "../types.ts";

export type GenreHead = "report" | "plan" | "notice" | "other";

export interface GenreWord {
  head: GenreHead;
  /** what the word names, for reading the table */
  genre: string;
  re: RegExp;
  /** a headline's word (召开, 培训班): names a title only on the document's first line */
  headline?: boolean;
}

export const GENRE_WORDS: readonly GenreWord[] = [
  // reports and summaries: an annual 法治 report when the title is about 法治 (see LAW_SUBJECT)
  { head: "report", genre: "报告/总结", re: /报告|汇报|总结|年报|情况$/g },
  // plans: the document is read as measures
  {
    head: "plan",
    genre: "方案/规划/要点/安排/分工",
    // 规划 and 计划 inside an organ's name (自然资源和规划局, 卫生和计划生育委员会) name no plan
    re: /实施方案|工作方案|方案|规划(?![局委院所处科]|和自然资源|和国土|分局|建设局)|纲要|工作要点|要点|工作安排|安排|工作计划|行动计划|计划(?!生育|委|单列)|任务分工|责任分工|分工|任务清单|责任清单|措施清单|整改清单|问题清单|整改台账|实施意见|重点任务/g,
  },
  // a notice: a plan when it prints or forwards one (see PRINTS), else another genre
  { head: "notice", genre: "通知", re: /通知/g },
  // other genres that speak of 法治政府建设 without being its annual report
  { head: "other", genre: "政府工作报告", re: /(?<!法治)政府工作报告/g },
  {
    head: "other",
    genre: "政府信息公开年度报告",
    re: /(政府信息|政务)公开(工作)?(年度)?(报告|年报)|信息公开年报/g,
  },
  { head: "other", genre: "法院、检察院报告", re: /(法院|检察院)(工作)?报告|白皮书|审判(工作)?(情况)?报告/g },
  { head: "other", genre: "人大常委会工作报告", re: /(常务委员会|常委会)工作报告/g },
  { head: "other", genre: "审计报告", re: /审计(工作)?报告|审计结果公告/g },
  { head: "other", genre: "统计公报", re: /统计公报/g },
  { head: "other", genre: "述职述法", re: /述职(述廉)?报告|述法报告|述责述廉报告/g },
  {
    head: "other",
    genre: "会议、活动新闻",
    re: /推进会|座谈会|培训班|工作会议?|会议|研讨会|讲座|动员会|部署会|专题会|报告会|宣讲会|仪式|开班|举行|召开|举办|开展|走进/g,
    headline: true,
  },
  { head: "other", genre: "法规规章", re: /办法|规定|条例|细则|规则|决定$/g },
  // results announced to those assessed: 考核结果的通报
  { head: "other", genre: "通报", re: /通报/g },
];

/** A report is the annual 法治政府建设 report when its title speaks of 法治. */
export const LAW_SUBJECT = /法治|依法行政|依法治(国|省|市|县|区|州|旗|盟)/;
/** "…情况及2024年工作计划": a report that also plans the next year is still the report. */
export const REPORT_WITH_NEXT_YEAR =
  /(总结|情况|报告)[^,,。]{0,4}(及|和|暨|与)[^,,。]{0,12}(计划|安排|打算|思路|要点)$/;
/** A notice that prints or forwards a document: 关于印发《…实施方案》的通知. */
export const PRINTS = /(印发|转发|下发|公布)/;

/** The cover letter of a notice that prints a plan. */
export const PLAN_COVER = /现将《[^》]{2,80}(方案|规划|要点|安排|计划|分工|清单|意见)》(印发|转发)给你们/;

/** Signals in the body, for documents whose title says nothing (or that have none). */
export const BODY_SIGNALS: ReadonlyArray<{ kind: DocKind; re: RegExp }> = [
  // a report to a people's congress: 政府工作报告, court and procuratorate reports
  { kind: "other", re: /^\s*(各位代表|各位委员|主任、各位副主任)/m },
  { kind: "other", re: /本报告.{0,30}政府信息公开条例|政府信息公开条例.{0,30}(编制|要求).{0,10}本报告/ },
  // news: the dateline and the byline
  { kind: "other", re: /^\s*(本报讯|本网讯|新华社|人民网|[^\s]{0,8}讯\s)|[((](记者|通讯员)\s/m },
  // a cover letter that prints a plan
  { kind: "plan", re: PLAN_COVER },
];

/** Responsibility clauses of a plan's measures; five or more make the document a plan. */
export const PLAN_CLAUSE = /(牵头|按职责(分工)?分别负责|配合)[)）]|(牵头单位|责任单位)[:：]/g;
export const PLAN_CLAUSES_MIN = 5;

/** A report in the body: the standard opening and the closing parts. */
export const REPORT_BODY =
  /现将.{0,30}(情况|工作).{0,6}报告如下|报告如下|(一|二|三|四|五)、.{0,12}(存在的?(问题|不足)|下一步|工作打算|工作安排)/;

/** A title that says it explains or illustrates another document before naming it (议题解读:关于
 * 2023年度…的汇报, 图解:…报告): a commentary, whatever genre the document it names is. */
export const COMMENTARY_HEAD = /(?:解读|图解|解析|答记者问|新闻发布稿)\s*[:：]/;
