// A short plain-words subject for a fact: what is counted. Built from the clause before the
// number, the noun written after its unit, the previous fact's object (受理行政复议案件
// 108件、办结98件 → 行政复议案件办结数) and the verb an enumeration shares (审查规范性文件
// 21件、政府合同164份 → 审查政府合同). It never ends as an empty word: a one-person office
// (市委书记10项) is named with the list its items belong to.
import {
  ACTION_ALL,
  BRACKETED_KIND_ACTION,
  ACTION_FULL_COVER,
  ACTION_OPENERS,
  ACTION_TAIL,
  BREAKDOWN_OPENS,
  CASE_OUTCOME_END,
  CASE_OUTCOMES,
  CHANGE_ONLY,
  CHANGE_TAIL,
  COUNT_SUFFIX,
  DEADLINE_DATE,
  GENERIC_BODY,
  HONOUR_CONFERRED,
  HONOUR_NAMES_BODY,
  HONOUR_NAMES_PERSON,
  JOINT_SHORT_NAMES,
  ONLY_HAVING,
  HANDLING_RATE,
  HONOUR_VERBS,
  LEVEL_AT_END,
  LEVEL_ITEM,
  LEVEL_WORDS,
  MATTER_NOUN,
  MATTER_STEP,
  PER_BODY_HAVING,
  EACH_PLACE,
  TOTAL_AFTER_VERB,
  PLACE_HEAD,
  YEAR_IN_ACTION,
  ITEM_PREDICATES,
  ITEM_SOURCE,
  ITEM_SOURCE_MAX,
  WHOLE_STEP,
  KIND_WORDS,
  BODY_HEAD,
  CASE_NOUN,
  CASE_STEPS,
  LEADING_VERBS,
  JOINED_VERB,
  MULTIPLE_OF,
  NAMED_WHOLE,
  NEEDS_OBJECT,
  NOUN_END,
  FIELD_ROW,
  FIELD_ROW_REACH,
  OWN_ACTIVITY,
  NOUN_HOLDER,
  OFFICE_TAIL,
  PEOPLE_COUNT_SUFFIX,
  PERSON_END,
  PLACE_NOUNS,
  QUALIFIED_BODY,
  QUALIFIED_PERSON,
  RATE_TRAILING_FILLER,
  SHARED_VERBS,
  SINGLE_OFFICES,
  WORD_AFTER_NOTE,
} from "../rules/subjects.ts";
import { CASES, DOCUMENTS } from "../rules/unit-classes.ts";
import { alternation } from "../shared/regex.ts";
import type { Fact, Span } from "../types.ts";
import {
  after,
  afterClause,
  before,
  CLAUSE_END,
  CUT_SLACK,
  enclosingNoun,
  enumerationStart,
  fromVerb,
  listObject,
  MAX_AFTER,
  MAX_BEFORE,
  previousClause,
  rateListStart,
  titleBefore,
  trimPhrase,
} from "./phrases.ts";
import { subjectCore, subjectProblem } from "./subject-quality.ts";

/** How far before a list the verb it shares may stand when the list opens after a bracket. */
const ENUMERATION_VERB_REACH = 16;

/** An item of a 其中 breakdown named by its outcome alone (审结351件,其中维持243件、驳回31件): a
 *  short verb phrase, not a noun of its own (其中规范性文件163件). */
const OUTCOME_ITEM_MAX = 4;

export { trimPhrase };

const SHARED_VERB = new RegExp(alternation(SHARED_VERBS));
const RATE_UNITS = new Set(["%", "‰", "‱", "个百分点", "个千分点"]);
export function suffixFor(subject: string, unit: string): string {
  if (unit === "%" || unit === "‰" || unit === "个百分点" || unit === "个千分点")
    return /率|比|幅|比例|比重|度$/.test(subject) ? "" : "比例";
  if (unit === "元") return /额|资金|金额|费|款$/.test(subject) ? "" : "金额";
  // a subject that names the count already (办理场次12场) takes no second count word
  // (量 at the end only: 产品质量监督抽查 names no count)
  if (/数|量$|人次|批次|规模$|场次$/.test(subject)) return "";
  if ((unit === "人" || unit === "余人") && subject && !PERSON_END.test(subject)) return PEOPLE_COUNT_SUFFIX;
  return COUNT_SUFFIX[unit] ?? "数";
}

/** An object that says only what kind of body was counted (单位, 乡镇街道), not a thing of its
 *  own (部门预案 is a plan, not a department); a kind with its alternatives in brackets
 *  (乡镇(街道), 镇(街道)) is as generic as the kind alone: named by what the places did or have. */
const GENERIC_OBJECT = { test: (object: string) => GENERIC_BODY.test(object.replace(BRACKETS, "")) };
const BRACKETED = /\([^()]*\)/;
const BRACKETS = /\([^()]*\)/g;

/** The longest action a generic object is named by (未在规定时限前公开年度报告). */
const ACTION_MAX = 16;

/** The action after a generic object: 单位进行实地督察 → 实地督察; quotation marks do not
 * end it (部门开展“双随机、一公开”抽查 → 双随机、一公开抽查), a deadline date does not either
 * (单位未在3月31日前公开年度报告 → 未在规定时限前公开年度报告). */
function actionAfter(norm: string, end: number, object: string): string {
  if (!GENERIC_OBJECT.test(object)) return "";
  let k = end;
  let text = "";
  // a parenthesis lists alternatives or a note (示范地区(单位、项目)): the action ends before it
  // (the object's own brackets, 乡镇(街道), are read as part of it)
  const at = norm.slice(end, end + 24).indexOf(object);
  const objectEnd = at < 0 ? end : end + at + object.length;
  while (k < norm.length && !CLAUSE_END.includes(norm[k]) && k - end < 24) {
    if (k >= objectEnd && "(（".includes(norm[k])) {
      // …inside a word whose last character or two follow it (建成物资(装备)库): the note is
      // skipped and the word read whole
      const close = norm.indexOf(")", k);
      if (close < 0 || !WORD_AFTER_NOTE.test(norm.slice(close + 1, close + 4))) break;
      k = close + 1;
      continue;
    }
    if (/\d/.test(norm[k])) {
      const date = DEADLINE_DATE.exec(norm.slice(k, k + 12));
      const year = date ? null : YEAR_IN_ACTION.exec(norm.slice(k, k + 6));
      if (!date && !year) break;
      text += date ? "规定时限" : "";
      k += (date ?? (year as RegExpExecArray))[0].length;
      continue;
    }
    text += norm[k++];
  }
  const rest = text
    .replace(/^的/, "")
    .slice(object.length)
    .replace(/^的/, "")
    .replace(ACTION_OPENERS, "")
    // 公开了年度报告: the aspect says nothing of what was done (了解 is a verb)
    .replace(/(?<=[\u4e00-\u9fff])了(?!解)/g, "");
  const action = trimPhrase(trimPhrase(rest).replace(ACTION_ALL, "")).replace(ACTION_TAIL, "");
  // a bracketed kind (乡镇(街道)) is named by what all of them did (16个乡镇(街道)全部建成…中心)
  // or by what covers them all (19个镇(街道)公共法律服务站实现全覆盖); other words after it are
  // often its people or a per-place figure (128个乡镇(街道)执法业务骨干开展培训, 101个乡镇(街道)
  // 平均承接执法事项32项), and the kind alone is then what was counted
  // (均 is read before trimPhrase takes it for a filler: 21个村(社区)均建立人民调解委员会)
  const said = text.replace(/^的/, "").slice(object.length).trim();
  if (BRACKETED.test(object) && !BRACKETED_KIND_ACTION.test(said) && !ACTION_FULL_COVER.test(said)) return "";
  return action.replace(ACTION_FULL_COVER, "覆盖").slice(0, ACTION_MAX);
}

/** The action a fronted object undergoes (对12件规范性文件进行合法性审查 → 合法性审查): the words
 *  after the object and 进行/开展/实施/予以, to the clause's end. */
function frontedAction(norm: string, end: number, object: string): string {
  let k = end;
  while (k < norm.length && !CLAUSE_END.includes(norm[k]) && !/\d/.test(norm[k]) && k - end < 24) k++;
  const rest = norm.slice(end, k).replace(/^的/, "");
  if (!rest.startsWith(object)) return "";
  const m = /^(?:进行了?|开展了?|实施了?|予以)([\u4e00-\u9fff“”]{2,12})$/.exec(rest.slice(object.length));
  return m ? trimPhrase(m[1]) : "";
}

/** What the facts before tell the next one: the object counted and the verb a list shares. */
export interface SubjectState {
  previous: Fact | null;
  noun: string;
  verb: string;
  /** the words before this quantity were written after the previous one (wordsBelongToNext):
   *  a phrase of their own, not a verb left to share the previous noun */
  ranOn: boolean;
  /** the clause before that named the previous quantity (fallbackSubject), if it did */
  topic: string;
  /** in a 其中 breakdown, what its total counted (审结): each item is that and its own outcome */
  whole: string;
  /** in a breakdown whose items are named by a predicate (其中18份存在程序瑕疵), the total's noun
   *  the next items so named share (,6份存在适用法律错误) */
  itemNoun: string;
  /** the level the previous quantity was a change of (收到申请2846件,同比上升31.2%): the total a
   *  breakdown after the change divides (。其中,受理2517件) */
  total: Fact | null;
  /** the nouns of a list of counts in one unit so far (人大代表建议56件、政协提案48件): a rate
   *  after the list (办复率100%) is of all of them, not of the last alone */
  listNouns: string[];
  /** in a breakdown whose whole names a step after its thing (审核规范性文件备案137件,其中…): the
   *  thing and the step, for the items that name kinds of that thing */
  step: { thing: string; step: string } | null;
  /** inside a bracketed note on a count (1,036件(其中农民工讨薪案件312件)): that count and its noun,
   *  which the words after the note go on from */
  noted: { fact: Fact; noun: string } | null;
}

export const initialSubjectState = (): SubjectState => ({
  previous: null,
  noun: "",
  verb: "",
  ranOn: false,
  topic: "",
  whole: "",
  itemNoun: "",
  total: null,
  listNouns: [],
  step: null,
  noted: null,
});

export interface SubjectResult {
  subject: string;
  /** the words after the unit up to the next boundary (for the indicator's action and topic) */
  after: string;
  state: SubjectState;
}

/** A share written after a count (…612件,占65.7%). */
const SHARE_OF = "占";

/** A clause that fronts the counted thing with 对 (对12件规范性文件进行合法性审查). */
const FRONTING = /(?:^|[^\u4e00-\u9fff]|全年|共|累计)对$/;

/** A rate's name: no object of what follows it (合法性审查率100%,备案率100% → 备案率). */
const RATE_NAME = /(?:率|比例|比重)$/;

const PEOPLE_UNITS = new Set(["人", "名", "位", "人次"]);
/** The units matters are counted in (cases, documents): what a bare step (MATTER_STEP) is done to. */
const MATTER_UNITS = new Set([...CASES, ...DOCUMENTS]);

/** Whether a bare step (MATTER_STEP) after the count `before` is a step of some other matters: a
 *  count of sessions, people or vehicles is of matters only when its name says so (MATTER_NOUN:
 *  提供法律援助2,316人次,办结1,986件; 查处超限超载车辆1,236辆,立案1,186件; not 开展人民调解员培训3期,
 *  调解成功1230件). */
const stepOfOthers = (lead: string, before: Fact): boolean =>
  MATTER_STEP.test(lead) && !MATTER_UNITS.has(before.unit) && !MATTER_NOUN.test(before.subject);
const BODY_CLASSIFIERS = new Set(["个", "家", "所"]);

/** The noun a fact hands on to the next: without a leading verb or 的, and without a
 * subset predicate (一审案件中胜诉 → 一审案件). */
function nounOf(phrase: string): string {
  const noun = phrase
    .replace(LEADING_VERBS, "")
    .replace(JOINED_VERB, "")
    .replace(/^的/, "")
    .replace(/中[^中]{1,4}$/, "");
  // 行政复议案件数同比增长(12.5%): the thing, not its change
  const unchanged = noun.replace(CHANGE_TAIL, "");
  return unchanged.length >= 2 ? unchanged : noun;
}

/** The words between a count and the first count of a note on it: the bracket opens there. */
const NOTE_OPENS = /^\([^()]*$/;
/** The words between a note's last count and the next: the bracket closes and the clause goes on. */
const NOTE_CLOSED = /^\)[,、]?$/;

/** The longest stretch read back for a sentence's start (a text without stops is read no further). */
const SENTENCE_MAX = 200;

/** Where a phrase starts that a quotation stops short (通过“湖州发布”微信公众号…): back over the
 *  quotations it opens with. */
function quotedStart(norm: string, from: number): number {
  let k = from;
  while (norm[k - 1] === "”") {
    // within 20 characters: a search back to the text's start per quantity is quadratic
    const near = Math.max(0, k - 21);
    const at = norm.slice(near, k - 1).lastIndexOf("“");
    if (at < 0) break;
    k = near + at;
  }
  return k;
}

/** The words between two quantities end exactly one sentence and no paragraph: the second
 *  opens the sentence right after the first's. */
function nextSentence(norm: string, from: number, to: number): boolean {
  if (to - from > SENTENCE_MAX) return false;
  const gap = norm.slice(from, to);
  return !gap.includes("\n") && (gap.match(/[。;!?]/g) ?? []).length === 1;
}

/** The quantity at `start` is an item of a breakdown (受理案件96件,其中市场监管类案件40件): its
 *  sentence says 其中 before it. What the next sentence counts is then the whole, not the item. */
function afterBreakdown(norm: string, start: number): boolean {
  let k = start;
  while (k > 0 && !"。!?;\n".includes(norm[k - 1]) && start - k < SENTENCE_MAX) k--;
  return norm.slice(k, start).includes("其中");
}

/** The fields of the row a figure ends (项目:…;数量:), read back to the line's start or
 *  FIELD_ROW_REACH characters; null without a colon there, which every row's label is followed by
 *  (prose, nearly every figure, is not read with the pattern). */
function fieldRow(norm: string, at: number): RegExpExecArray | null {
  let from = at;
  let colon = false;
  for (const floor = Math.max(0, at - FIELD_ROW_REACH); from > floor; from--) {
    const c = norm.charCodeAt(from - 1);
    if (c === 0x0a) break;
    if (c === 0x3a || c === 0xff1a) colon = true;
  }
  return colon ? FIELD_ROW.exec(norm.slice(from, at)) : null;
}

/** `nothingAfter`: the words after the unit name the next quantity (see wordsBelongToNext). */
export function deriveSubject(
  norm: string,
  span: Span,
  unit: string,
  state: SubjectState,
  nothingAfter = false,
): SubjectResult {
  let { previous, noun: previousNoun } = state;
  let rawBefore = before(norm, span.start, previous);
  // a note in brackets on the count before (1,036件(其中农民工讨薪案件312件)) is kept in mind
  // while its counts are read; once it closes (…312件),同比增长9.1%) what follows goes on from the
  // count the note was on, not from the note's own last count
  const between = previous ? norm.slice(previous.end, span.start - rawBefore.length) : "";
  const noted =
    previous && NOTE_OPENS.test(between)
      ? { fact: previous, noun: previousNoun }
      : state.noted && !between.includes(")")
        ? state.noted
        : null;
  if (state.noted && NOTE_CLOSED.test(between)) ({ fact: previous, noun: previousNoun } = state.noted);
  if (RATE_UNITS.has(unit)) {
    // 合法性审查率、报备率、及时率、规范率均达100%: every rate named
    rawBefore = norm.slice(rateListStart(norm, span.start - rawBefore.length), span.start);
  }
  const leadStart = span.start - rawBefore.length;
  const trimmedBefore = rawBefore.trim();
  const gap = previous ? norm.slice(previous.end, leadStart) : "";
  const sameSentence = previous !== null && !/[。;\n]/.test(norm.slice(previous.end, span.start));
  const startsAfterFact = previous !== null && gap === "";
  // 审查A 21件、B 164份 / 主动公开信息8.4万条,其中规范性文件163件: the list shares a verb
  const listItem = sameSentence && (gap === "、" || /^其中/.test(trimmedBefore));
  let lead = trimPhrase(rawBefore);
  if (RATE_UNITS.has(unit)) lead = lead.replace(RATE_TRAILING_FILLER, "");
  const examples = rawBefore.lastIndexOf("等");
  if (examples >= 0 && norm[leadStart - 1] === "、" && examples < rawBefore.length - 1) {
    // 依法查处公共卫生、生态环境、教育培训等领域违法案件: the list's verb and what follows 等
    const from = enumerationStart(norm, leadStart);
    // the list's first item may open after a bracket (审核乡镇(街道)重大决策、…等事项): the verb
    // is then read back to the clause's start
    let clause = from;
    while (clause > 0 && !CLAUSE_END.includes(norm[clause - 1]) && from - clause < ENUMERATION_VERB_REACH)
      clause--;
    const verb =
      SHARED_VERB.exec(norm.slice(from, leadStart))?.[0] ??
      SHARED_VERB.exec(norm.slice(clause, from))?.[0] ??
      "";
    lead = verb + trimPhrase(rawBefore.slice(examples + 1).replace(KIND_WORDS, ""));
  }
  let object = nothingAfter ? "" : trimPhrase(after(norm, span.end));
  if (
    !object &&
    examples < 0 &&
    norm[leadStart - 1] === "、" &&
    !listItem &&
    !/^\s*、\s*\d/.test(norm.slice(span.end))
  ) {
    // 开展法治专题学习培训、宣传宣讲、政治轮训100余场次: one number after a list of names counts
    // them all, not the last one alone (with a noun after the number, the list only says where or
    // which: 在重点商圈、楼宇布设近百个政务服务驿站)
    // (a quotation the first item opens with is part of it: 以“彩票”名义从事网络传销、赌博推广的案件)
    const from = quotedStart(norm, enumerationStart(norm, leadStart));
    const items = norm.slice(from, leadStart);
    if (/^[\u4e00-\u9fff“]/.test(items) && !/[\d()（）]/.test(items)) lead = trimPhrase(items + rawBefore);
  }
  // 14省23市(区): the parenthetical qualifies the place the classifier counts — 市(区); elsewhere a
  // parenthetical alone after the unit is a note on the number (判决书41份(无行政败诉)), no noun
  if (PLACE_NOUNS[unit] && /^[(（]/.test(object)) object = unit + object;
  else if (/^\([^()]*\)$/.test(object)) object = "";
  if (/等$/.test(trimmedBefore)) {
    // "…青干班等6个干部培训班": examples, not the subject; without a noun after the
    // number they are all there is (审查市政府合同、协议等133份)
    lead = object
      ? ""
      : trimPhrase(norm.slice(enumerationStart(norm, leadStart), span.start).replace(/等\s*$/, ""));
  }
  if (!object && norm[span.end] === "、") object = listObject(norm, span.end);
  if (object && !PEOPLE_UNITS.has(unit)) object = object.replace(OFFICE_TAIL, "");
  // people by their office, then more than the words after a number hold (107名党政主要负责人履行
  // 推进法治建设第一责任人职责情况开展…): the office, not the words cut short (出庭应诉 stays)
  else if (object && afterClause(norm, span.end, MAX_AFTER + 1).length > MAX_AFTER)
    object = QUALIFIED_PERSON.exec(object)?.[0] ?? object;
  if (object && BODY_CLASSIFIERS.has(unit))
    object =
      BODY_HEAD.exec(object)?.[0] ??
      PLACE_HEAD.exec(object)?.[0] ??
      QUALIFIED_BODY.exec(object)?.[0] ??
      object;
  // a place counted by its one character (11个区) names what is counted as a longer noun does
  const countsThing = object.length >= 2 || (BODY_CLASSIFIERS.has(unit) && PLACE_HEAD.test(object));
  if (SINGLE_OFFICES.test(lead) && !PEOPLE_UNITS.has(unit)) {
    // 清单(市委书记10项、市长10项): the items of the office's list, not the office
    const noun = object || enclosingNoun(norm, span.start);
    if (noun) {
      lead = `${lead}${noun}`;
      object = "";
    }
  }
  // 对…制发的88件规范性文件进行清理: the verbs before 的 only describe the documents
  const fronted = /^对.*的$/.test(trimmedBefore) && countsThing;
  if (fronted) lead = "";
  // 对12件规范性文件进行合法性审查: the count is of documents so reviewed
  if (trimmedBefore.endsWith("对") && FRONTING.test(trimmedBefore) && countsThing && !lead) {
    const action = frontedAction(norm, span.end, object);
    if (action) lead = action;
  }
  const carried =
    listItem && state.verb && lead && !SHARED_VERB.test(lead) && !OWN_ACTIVITY.test(trimmedBefore)
      ? state.verb
      : "";
  lead = carried + lead;
  let subject: string;
  let noun: string;
  const modifies = /的$/.test(trimmedBefore);
  // 审结351件,其中维持243件、驳回31件: each item is the total's thing with its own outcome. The
  // total may end the sentence before (受理96件。其中,审结88件) or have a change after it (…2846件,
  // 同比上升31.2%。其中,受理2517件); it counts in the items' unit. The items may be parted by
  // commas (其中维持1523件,驳回286件), and the whole may be named instead (审结案件中,维持98件).
  const total = state.total ?? previous;
  const opensBreakdown =
    total !== null &&
    total.unit === unit &&
    ((sameSentence && /^其中/.test(trimmedBefore)) ||
      BREAKDOWN_OPENS.test(gap) ||
      (/^\s*[。;]\s*$/.test(gap) && /^其中/.test(trimmedBefore)));
  // (NAMED_WHOLE ends 中, or 中: — tried only where the clause does, not at each of 12 places)
  const wholeNamed =
    leadStart >= 2 &&
    norm.charCodeAt(leadStart - 2) === 0x4e2d && // 中
    (norm[leadStart - 1] === "," || norm[leadStart - 1] === ":");
  const namedWhole = wholeNamed
    ? (NAMED_WHOLE.exec(norm.slice(Math.max(0, leadStart - 12), leadStart))?.[1] ?? "")
    : "";
  const whole = opensBreakdown
    ? subjectCore((total as Fact).subject)
    : sameSentence && (gap === "、" || gap === ",") && state.whole
      ? state.whole
      : NOUN_END.test(namedWhole)
        ? trimPhrase(namedWhole)
        : "";
  // the item's own words, without a verb the list shares (审结 is the whole's already)
  const own = lead.slice(carried.length);
  // 抽查120份行政执法案卷,其中18份存在程序瑕疵: no noun of its own, a predicate where it would be
  const itemNoun =
    !own && ITEM_PREDICATES.test(object)
      ? opensBreakdown && previousNoun.length >= 2 && NOUN_END.test(previousNoun)
        ? previousNoun
        : sameSentence && previous?.unit === unit && gap.length <= 25 && /^[^,、]*[,、]$/.test(gap)
          ? state.itemNoun
          : ""
      : "";
  // 其中省政府部门62件: where the whole's things came from, in the whole's unit (not 个/家)
  const sourceItem = own.length <= ITEM_SOURCE_MAX && ITEM_SOURCE.test(own) && !BODY_CLASSIFIERS.has(unit);
  const outcomeItem =
    whole !== "" &&
    !object &&
    own.length > 0 &&
    ((own.length <= OUTCOME_ITEM_MAX && !NOUN_END.test(own)) || sourceItem) &&
    !own.startsWith(whole) &&
    !kindOf(own, whole) &&
    // 其中网上信访612件,占65.7%: the item's share, not an outcome of the whole
    !(RATE_UNITS.has(unit) && own.startsWith(SHARE_OF));
  const perBody = RATE_UNITS.has(unit) ? null : perBodyOf(rawBefore, object);
  const honour = countsThing && lead.length <= 6 ? honourOf(norm, span.end, object, unit) : "";
  const field = fieldRow(norm, span.start);
  if (field?.groups) {
    // a row of fields: its label names what the figure counts, or whose change it is; a step the
    // value's key names is the label's (法律援助 + 办理数量 → 法律援助办理, 人民调解 + 调解数量 →
    // 人民调解: written once)
    const { label: written, step: key = "", change, direction = "" } = field.groups;
    const label = trimPhrase(written);
    const step = trimPhrase(key);
    subject = change ? `${label}${change}${direction}` : label + step.slice(overlap(label, step));
    noun = nounOf(label);
  } else if (
    previous &&
    startsAfterFact &&
    !lead &&
    !object &&
    previous.unit !== unit &&
    !RATE_UNITS.has(unit)
  ) {
    // 来访1,086批次2,341人次: a count in another unit right after a count, no word between, is of
    // the same thing (the visits in batches, then in people)
    subject = subjectCore(previous.subject);
    noun = previousNoun;
  } else if (perBody) {
    // 各镇(街道)均有2名专职人民调解员: what each has, named so (每个镇(街道)专职人民调解员数), which
    // no indicator takes for a total (rules/indicators.ts PER_UNIT)
    subject = perBody.name;
    noun = nounOf(perBody.thing);
  } else if (
    modifies &&
    !object &&
    previous &&
    sameSentence &&
    previousNoun &&
    own.length >= 2 &&
    // a bare step (已审结的88件) is the step of the thing before, as without 的
    !MATTER_STEP.test(own) &&
    unit === (state.total ?? previous).unit &&
    !RATE_UNITS.has(unit)
  ) {
    // 受理行政复议案件286件,其中以区县政府为被申请人的56件: the noun after 的 is left out — the
    // thing just counted (…被申请人的行政复议案件), not what the words before 的 end with (被申请人);
    // a verb the list shares is written once (培训行政执法人员…其中处级以上的186人次 → 培训处级以上的
    // 行政执法人员)
    const thing = coreNoun(previousNoun);
    subject = `${lead}的${carried && thing.startsWith(carried) ? thing.slice(carried.length) : thing}`;
    noun = previousNoun;
  } else if (itemNoun) {
    subject = `${object}的${itemNoun}`;
    noun = itemNoun;
  } else if (outcomeItem) {
    subject = whole + own;
    noun = previousNoun;
  } else if (
    previous &&
    sameSentence &&
    (unit === previous.unit ||
      (unit === "个百分点" && (previous.unit === "%" || previous.unit === "‰")) ||
      (unit === "个千分点" && previous.unit === "‰") ||
      // 收到申请89件,较上年增长1.3倍 / 是上年的2倍: a multiple of any quantity
      unit === "倍") &&
    (CHANGE_ONLY.test(lead) || (unit === "倍" && MULTIPLE_OF.test(trimmedBefore)))
  ) {
    // 败诉率5.2%,同比下降2.4个百分点 / 收到申请186件,较上年增加42件: the change of the
    // quantity just given
    subject = previous.subject + (CHANGE_ONLY.test(lead) ? lead : "与上年之比");
    noun = previousNoun;
  } else if (previous && sameSentence && RATE_UNITS.has(unit) && lead.startsWith(SHARE_OF)) {
    // 其中网上信访612件,占65.7% / 调解和解结案62件,占审结案件的18.7%: the share the count just
    // given has (of the whole, or of what it names), not a share of the whole's noun
    subject = subjectCore(previous.subject) + (lead === SHARE_OF ? "占比" : lead);
    noun = previousNoun;
  } else if (honour) {
    // 3个司法所被评为省级“枫桥式司法所”: the bodies so honoured, named as 被评为省级枫桥式司法所3个
    // and 3个被评为省级“枫桥式司法所” name them (what the count is of is the honour, not all 司法所)
    subject = honour;
    noun = object;
  } else if (countsThing && (lead.length <= 6 || startsAfterFact || modifies)) {
    // "…等6家单位进行实地督察": a bare 单位 is named by what it did
    const action = lead ? "" : actionAfter(norm, span.end, object);
    // 获评法治建设先进单位: the action names the body already
    subject =
      (startsAfterFact && !carried ? "" : lead) + (action.endsWith(object) ? action : action + object);
    noun = object;
  } else if (countsThing && lead.length > 6) {
    // a long clause before a classifier and its noun (…高频领域186项政务服务): the noun
    subject = object;
    noun = object;
  } else if (
    !object &&
    previous &&
    sameSentence &&
    previousNoun &&
    ONLY_HAVING.test(norm.slice(span.end, span.end + 20))
  ) {
    // 13个司法所中有5个仅有1名工作人员: the offices of those 13 that have only one staff
    const having = (ONLY_HAVING.exec(norm.slice(span.end, span.end + 20)) as RegExpExecArray)[0];
    subject = `${having.replace(/\s+/g, "")}的${previousNoun}`;
    noun = previousNoun;
  } else if (!lead && !object && !nothingAfter && HONOUR_CONFERRED.test(honourAfter(norm, span.end))) {
    // 3个被评为省级“枫桥式司法所”,2个获评市级“五星级司法所”: each count is of the bodies its own
    // honour names, not of the thing counted before
    subject = honourAfter(norm, span.end);
    noun = nounOf(subject);
  } else if (previous && sameSentence && previousNoun && NEEDS_OBJECT.test(lead)) {
    // 市领导出席11场: 出席 what was just counted
    subject = lead + previousNoun;
    noun = previousNoun;
  } else if (
    previous &&
    previousNoun &&
    // the count the sentence before gave, or the level its change was of (收到申请86件,较上年增长
    // 12.5%;受理79件: 受理 goes on counting the 申请, past the change)
    unit === (state.total ?? previous).unit &&
    nextSentence(norm, previous.end, leadStart) &&
    !afterBreakdown(norm, previous.start) &&
    (CASE_STEPS.test(lead) || CASE_OUTCOMES.test(lead)) &&
    CASE_NOUN.test(previousNoun)
  ) {
    // 全年办理行政复议案件58件。审结52件: a sentence that opens with a bare verb goes on counting
    // the thing of the sentence just before it, in the same paragraph
    // past a change (…1,013件,同比下降5.3%;审结946件) the thing alone, not who received it
    const thing = state.total ? coreNoun(previousNoun) : previousNoun;
    subject = thing + lead.slice(overlap(thing, lead));
    noun = thing;
  } else if (
    (lead.length >= 5 ||
      NOUN_END.test(lead) ||
      (lead.length >= 2 && (!(previous && sameSentence) || OWN_ACTIVITY.test(trimmedBefore)))) &&
    // 办理公证事项3248件,较上年减少5.1%: a change in another unit is still of the noun before
    !(previous && sameSentence && previousNoun && CHANGE_ONLY.test(lead)) &&
    // 受理信访事项320件,按期办结率98.2%: a rate of how the things before were handled is theirs
    !(previous && sameSentence && previousNoun && RATE_UNITS.has(unit) && HANDLING_RATE.test(lead))
  ) {
    subject = lead;
    noun = nounOf(lead);
  } else if (
    previous &&
    sameSentence &&
    previousNoun &&
    (lead || !state.topic) &&
    !(state.ranOn && lead.length > 2) &&
    !RATE_NAME.test(previousNoun) &&
    // 维持98件、驳回12件: an outcome is no noun to share
    !CASE_OUTCOMES.test(previousNoun) &&
    !kindOf(lead, previousNoun) &&
    // 纠错25件,纠错率14.6%: the name says the noun already
    !lead.startsWith(previousNoun) &&
    // 开展人民调解员培训3期,调解成功1230件: a matter's step after a count of no matters (past a
    // change, the count it changed: 受理行政案件86件,同比上升12%,审结81件)
    !stepOfOthers(lead, state.total ?? previous)
  ) {
    // 受理行政复议案件108件、办结98件: the verb here, the object from the fact before; words both
    // end and begin with are written once (行政机关败诉118件,败诉率7.8% → 行政机关败诉率)
    // an outcome after an outcome stands in its place (胜诉15件,败诉2件: 县政府败诉)
    // (with the verb a breakdown's items share before it: 审结…其中行政机关胜诉41件、败诉3件 →
    // 审结行政机关败诉, not 行政机关胜诉审结败诉)
    const outcome = CASE_OUTCOMES.test(own);
    const shared = outcome
      ? previousNoun.replace(CASE_OUTCOME_END, "")
      : // 登记信访事项1,037件,按期办结率98.7%: the rate of the things, not of who registered them
        HANDLING_RATE.test(lead)
        ? coreNoun(previousNoun)
        : previousNoun;
    const thing = shared || previousNoun;
    subject =
      outcome && carried
        ? carried + thing + own.slice(overlap(thing, own))
        : thing + lead.slice(overlap(thing, lead));
    // 办理人大代表建议56件、政协提案48件,办复率100%: a rate after a list of counts is of them all
    if (RATE_UNITS.has(unit) && state.listNouns.length >= 2) subject = joinNames(state.listNouns) + lead;
    noun = previousNoun;
  } else {
    subject = lead || object;
    // a bare step names no thing a next step may share (检查企业1,213家,立案126件,结案118件: no
    // 立案结案)
    noun = MATTER_STEP.test(subject) ? "" : nounOf(subject);
  }
  // 审核规范性文件备案137件,其中省政府部门规范性文件62件: an item that names a kind of the whole's
  // thing went through the whole's step too (…规范性文件备案), not a step of its own
  const found = opensBreakdown && !outcomeItem && !itemNoun ? WHOLE_STEP.exec(whole) : null;
  const thing = found ? NOUN_END.exec(whole.slice(0, found.index))?.[1] : undefined;
  const step =
    found && thing
      ? { thing, step: found[0] }
      : listItem && gap === "、" && !opensBreakdown
        ? state.step
        : null;
  if (step && subject.endsWith(step.thing)) {
    // (a step carried as the list's verb is written once: 备案涉企规范性文件 → 涉企规范性文件备案)
    subject = (subject.startsWith(step.step) ? subject.slice(step.step.length) : subject) + step.step;
  }
  // a list of levels (全国民主法治示范村2个、省级8个、市级21个): each item is the thing before at
  // its own level; a level written after its noun (示范村(社区)省级4个) stands before it
  const level = LEVEL_ITEM.test(trimmedBefore) ? trimmedBefore : "";
  if (level && previous && sameSentence && previous.unit === unit && /^\s*[、,]\s*$/.test(gap))
    subject = atLevel(subjectCore(previous.subject), level);
  else {
    const written = LEVEL_AT_END.exec(subject);
    if (written && subject.length > written[0].length + 1)
      subject = atLevel(subject.slice(0, -written[0].length), written[0]);
  }
  // a list of rates keeps every name (…落实率、…制定率均达到100%)
  subject = keepEnd(subject, /率、/.test(subject) ? 2 * MAX_BEFORE : MAX_BEFORE);
  let named = subject + suffixFor(subject, unit);
  let topic = "";
  if (subjectProblem(named)) {
    const said = subjectCore(subject);
    ({ subject, topic } = sameSentence
      ? fallbackSubject(norm, span, unit, said, previousNoun, state.topic)
      : fallbackSubject(norm, span, unit, said, "", ""));
    noun = nounOf(subject);
    named = subject + suffixFor(subject, unit);
  }
  const verb = SHARED_VERB.exec(lead)?.[0] ?? (listItem ? state.verb : "");
  // a change of the quantity before (同比上升31.2%) leaves that quantity the total a breakdown divides
  const changes = previous !== null && sameSentence && CHANGE_ONLY.test(lead);
  return {
    subject: named,
    after: nothingAfter ? "" : afterClause(norm, span.end, 30),
    state: {
      previous: null,
      noun,
      verb,
      ranOn: nothingAfter,
      topic,
      whole: outcomeItem ? whole : "",
      itemNoun,
      total: changes ? total : null,
      listNouns: listNounsAfter(state, listItem && previous?.unit === unit && gap === "、", noun),
      step,
      noted,
    },
  };
}

/** The name of a figure each of several bodies has (see PER_BODY_HAVING): 每个, the body, and the
 *  thing counted (written after the number, or after the verb before it); null when the clause
 *  says no such thing. */
function perBodyOf(rawBefore: string, object: string): { name: string; thing: string } | null {
  const m = PER_BODY_HAVING.exec(rawBefore.replace(/\s+/g, ""));
  // 各 alone may head a total (各部门设立公平竞争审查联络员56名): each only with 每, or 均/各/都,
  // or before a grass-roots place (各乡镇司法所配备…2名)
  if (!m) return null;
  const body = m[2].replace(/^各/, "");
  const eachPlace = m[1] === "各" && EACH_PLACE.test(body) && !TOTAL_AFTER_VERB.test(m[5]);
  if (!(m[1]?.startsWith("每") || m[3] || eachPlace)) return null;
  // a noun after the verb keeps the verb (每个乡镇配备法律顾问), but for one of only having (有)
  const verb = /有/.test(m[4]) ? "" : m[4];
  const thing = object || (m[5] ? verb + trimPhrase(m[5]) : "");
  if (!thing || body.length < 1) return null;
  return { name: `每个${body}${thing}`, thing };
}

/** The thing a noun phrase counts, without who received or handled it (市12345热线接听群众来电 →
 *  群众来电, 法院受理以行政机关为被告的一审行政诉讼案件 → 一审行政诉讼案件); the phrase when too
 *  little would be left. */
function coreNoun(noun: string): string {
  const core = noun.replace(NOUN_HOLDER, "").replace(/^.*的/, "");
  return core.length >= 2 ? core : noun;
}

/** How far the words after a counted noun are read for the honour it received. */
const HONOUR_REACH = 32;

/** The honour a counted body or person received, written after its noun (3个司法所被评为省级
 *  “枫桥式司法所” → 被评为省级枫桥式司法所), or "": for a body only when the honour names its kind
 *  (HONOUR_NAMES_BODY); a kind that says only which bodies (单位, 乡镇) is named by its deed in
 *  actionAfter, as before. */
function honourOf(norm: string, end: number, object: string, unit: string): string {
  // a kind in brackets (村(社区)) is named by its honour too: actionAfter reads deeds of all of them
  if (GENERIC_OBJECT.test(object) && !BRACKETED.test(object)) return "";
  const words = trimPhrase(afterClause(norm, end, HONOUR_REACH));
  if (!words.startsWith(object)) return "";
  const honour = words.slice(object.length);
  if (!HONOUR_CONFERRED.test(honour)) return "";
  const names = PEOPLE_UNITS.has(unit) ? HONOUR_NAMES_PERSON : HONOUR_NAMES_BODY;
  const own = names.test(honour) || honour.endsWith(object.slice(-1));
  return keepEnd(own ? honour : `${honour}的${object}`, MAX_BEFORE);
}

/** The words after a count, as a name (被评为省级“枫桥式司法所” → 被评为省级枫桥式司法所). */
const honourAfter = (norm: string, end: number): string =>
  keepEnd(trimPhrase(afterClause(norm, end)), MAX_BEFORE);

/** The nouns of a list of counts with this one (see SubjectState.listNouns): an item of the list
 *  adds its own noun (not the noun it shares: 受理案件108件、办结98件 counts one thing). */
function listNounsAfter(state: SubjectState, item: boolean, noun: string): string[] {
  if (!item) return noun ? [noun] : [];
  const nouns = state.listNouns.length ? state.listNouns : [state.noun].filter(Boolean);
  return noun && !nouns.includes(noun) ? [...nouns, noun] : nouns;
}

/** Names read as one: by the short names a joint rate is known by when each has one
 *  (人大代表建议、政协委员提案 → 建议提案, as in 建议提案办复率), else in full (A和B). */
function joinNames(names: string[]): string {
  const shorts = names.map((n) => JOINT_SHORT_NAMES.find((w) => n.endsWith(w)));
  if (shorts.every(Boolean) && new Set(shorts).size === shorts.length) return shorts.join("");
  return `${names.slice(0, -1).join("、")}和${names[names.length - 1]}`;
}

/** A thing's name at a level: the level it named replaced (创建全国民主法治示范村 → 创建省级民主法治
 *  示范村), or written after the verb it opens with, else before it. */
function atLevel(name: string, level: string): string {
  const bare = name.replace(LEVEL_WORDS, "");
  const verb = HONOUR_VERBS.exec(bare)?.[0] ?? "";
  return verb + level + bare.slice(verb.length);
}

/** Whether a phrase names a kind of the thing before by its own words, ending in the same head
 *  noun (税费收入…其中税收收入): a name of its own, not an outcome of that thing. */
const kindOf = (phrase: string, thing: string): boolean =>
  phrase.length >= 2 && thing.length >= 2 && phrase.slice(-2) === thing.slice(-2) && !thing.endsWith(phrase);

/** How many characters `b` begins with that `a` ends with (at least two: 败诉 + 败诉率, 知识培训
 *  + 培训). */
function overlap(a: string, b: string): number {
  for (let k = Math.min(a.length, b.length); k >= 2; k--) if (a.endsWith(b.slice(0, k))) return k;
  return 0;
}

/** The last `limit` characters of a subject (all of it when only a few more); when that cuts a
 *  word (全面开展… → 面开展…), from the verb just after the cut instead. */
function keepEnd(subject: string, limit: number): string {
  if (subject.length <= limit + CUT_SLACK) return subject;
  return fromVerb(subject.slice(-limit));
}

/** A name for a number whose own clause names nothing countable: the thing counted just
 * before, the 《title》 before it, the place its classifier counts (14省 → 省份), or the
 * clause before in the sentence (…改革,6个实现线下运行) — which the next such number in the
 * sentence shares with its own action (,15个实现线上实质运行). `topic`: that clause, if used. */
function fallbackSubject(
  norm: string,
  span: Span,
  unit: string,
  said: string,
  previousNoun: string,
  previousTopic: string,
): { subject: string; topic: string } {
  const rest = said.replace(/^[的了等或]+/, "");
  const action = trimPhrase(afterClause(norm, span.end).replace(/^(实现|进行|开展)?/, ""));
  // 2个获评市级“五星级司法所”: the honour names what is counted, not the clause or thing before
  if (!rest && HONOUR_CONFERRED.test(action)) return { subject: keepEnd(action, MAX_BEFORE), topic: "" };
  if (previousTopic && !rest && action)
    return { subject: keepEnd(previousTopic + action, MAX_BEFORE), topic: previousTopic };
  if (previousNoun && !rest.startsWith(previousNoun)) return { subject: previousNoun + rest, topic: "" };
  // a count after the key of its field (主动公开政府信息:8,426条;依申请公开:213件): the key
  if (!rest && norm[span.start - 1] === ":") {
    const key = trimPhrase(before(norm, span.start - 1, null));
    if (key.length >= 2) return { subject: key, topic: "" };
  }
  // a count in brackets after the label it counts (优秀等次(3个):某区、某旗…)
  if (!rest && "(（".includes(norm[span.start - 1] ?? "") && ")）".includes(norm[span.end] ?? "")) {
    const label = trimPhrase(before(norm, span.start - 1, null));
    if (label.length >= 2) return { subject: label, topic: "" };
  }
  const title = titleBefore(norm, span.start);
  if (title) return { subject: title + rest, topic: "" };
  const place = PLACE_NOUNS[unit];
  if (place) return { subject: place, topic: "" };
  const topic = previousClause(norm, span.start);
  // the words may name again what the clause ends with (开展应急演练 + 应急演练参与): once
  const own = action || rest;
  const named = keepEnd(topic + own.slice(overlap(topic, own)), MAX_BEFORE);
  return named ? { subject: named, topic } : { subject: rest, topic: "" };
}
