// Assigns a catalogue indicator to a fact: the unit must agree, the subject must end with
// the indicator's object (what is counted), the action and topic must be named. An unmapped
// fact is better than a wrongly mapped one, so anything short of that stays null.
import {
  HONOURED,
  INDICATORS,
  type IndicatorDef,
  NEGATED,
  NO_TOPIC_WORDS,
  PER_UNIT,
  PER_UNIT_AFTER,
  type QuantityKind,
} from "../rules/indicators.ts";
import type { OrganKind } from "../types.ts";
import { lastChars } from "./last-chars.ts";
import { subjectCore } from "./subject-quality.ts";

type Kind = QuantityKind | "points";

function kindOf(unit: string): Kind {
  if (unit === "%" || unit === "‰" || unit === "‱") return "rate";
  if (unit === "个百分点" || unit === "个千分点") return "points";
  if (unit === "元") return "money";
  return "count";
}

// words that may follow the counted noun without being it: 咨询类, 信息等, 事项总量
const TRAIL_WORDS = "等|的|类|总量|总数|人数|合计|共计|各类";
const TRAIL = new RegExp(`(?:${TRAIL_WORDS})+$`);
// a verb of handling after the counted noun (信访事项办结, 问题整改): the noun is what counts
const HANDLED_WORDS = "办结|审结|结案|受理|办理|完成|处理|答复|回复|化解";
const HANDLED = new RegExp(`(${HANDLED_WORDS})$`);
// their last characters: a name ending otherwise has nothing to strip (an expression anchored
// at the end only is tried at every position)
const TRAIL_LAST = lastChars(TRAIL_WORDS);
const HANDLED_LAST = lastChars(HANDLED_WORDS);
/** `s` without what `re` (anchored at the end) matches, tried only when `s` ends with one of `last`. */
const stripEnd = (s: string, re: RegExp, last: ReadonlySet<string> | null): string =>
  last && !last.has(s[s.length - 1]) ? s : s.replace(re, "");
// a parenthetical after the noun: 容缺审批事项(大项)
const PAREN = /\([^()]*\)$/;
/** A note in brackets that holds a number (不予受理10件, 其中由信访转入23件). */
const COUNTED_NOTE = /^\([^()]*\d[^()]*\)/;

interface Compiled {
  def: IndicatorDef;
  head: RegExp;
  /** the object's words, when it is a plain alternation of words: tested with endsWith */
  words: string[] | null;
  units: ReadonlySet<string> | null;
  /** the characters its object can end with; null when the pattern does not say */
  last: ReadonlySet<string> | null;
}

// an alternation of plain words (纠纷|矛盾|案件): nothing a regular expression would read
const PLAIN_WORDS = /^[^\\^$.?*+()[\]{}]+$/;

/** True when `core` ends with the candidate's object. */
function endsWithObject(c: Compiled, core: string): boolean {
  if (!c.words) return c.head.test(core);
  for (const w of c.words) if (core.endsWith(w)) return true;
  return false;
}

// compiled once, before the first document
const BY_KIND = new Map<Kind, Compiled[]>();
for (const def of INDICATORS) {
  const list = BY_KIND.get(def.kind) ?? [];
  list.push({
    def,
    head: new RegExp(`(?:${def.object.source})$`),
    words:
      PLAIN_WORDS.test(def.object.source) && def.object.flags === "" ? def.object.source.split("|") : null,
    units: def.units ? new Set(def.units) : null,
    last: lastChars(def.object.source),
  });
  BY_KIND.set(def.kind, list);
}

/** The candidates for one unit, in catalogue order, by the last character of a subject:
 * only objects that can end with it are tried. */
interface Candidates {
  byLast: Map<string, Compiled[]>;
  /** objects whose last character is unknown: tried for every subject */
  open: Compiled[];
}

// computed on first use of a unit, then reused; by the unit alone, which decides the kind
const BY_UNIT = new Map<string, Candidates>();
function candidatesFor(kind: Kind, unit: string): Candidates {
  let found = BY_UNIT.get(unit);
  if (!found) {
    const list = (BY_KIND.get(kind) ?? []).filter((c) => !c.units || c.units.has(unit));
    const chars = new Set(list.flatMap((c) => [...(c.last ?? [])]));
    const byLast = new Map<string, Compiled[]>();
    for (const ch of chars)
      byLast.set(
        ch,
        list.filter((c) => !c.last || c.last.has(ch)),
      );
    found = { byLast, open: list.filter((c) => !c.last) };
    BY_UNIT.set(unit, found);
  }
  return found;
}

// any topic of the catalogue: a sentence naming one does not borrow the topic before it
const ANY_TOPIC = new RegExp(
  [...new Set(INDICATORS.flatMap((d) => (d.topic ? [d.topic.source] : [])))].join("|"),
);

export interface IndicatorInput {
  /** what is counted, as derived (受理行政复议案件数) */
  subject: string;
  /** the words right after the unit (…件规范性文件进行清理) */
  after: string;
  /** the sentence before the number, for the topic (行政复议 named earlier) */
  sentence: string;
  /** the sentence before that one in the paragraph, consulted when nothing else fits and
   * the sentence names no topic of its own: （一）行政复议。收到申请2146件 */
  earlier: string;
  unit: string;
  /** the organ whose report it is, when not a government's */
  organ?: OrganKind;
}

export function classifyIndicator({
  subject,
  after,
  sentence,
  earlier,
  unit,
  organ,
}: IndicatorInput): string | null {
  if (PER_UNIT.test(subject) || PER_UNIT_AFTER.test(after) || NEGATED.test(subject)) return null;
  const kind = kindOf(unit);
  const candidates = candidatesFor(kind, unit);
  const bare = subjectCore(subject);
  const core = stripEnd(bare[bare.length - 1] === ")" ? bare.replace(PAREN, "") : bare, TRAIL, TRAIL_LAST);
  if (!core) return null;
  // a bracketed note with a count of its own right after the unit (受理83件(不予受理10件)) tells of
  // another count: none of its words is this one's
  const own = `${subject} ${after[0] === "(" ? after.replace(COUNTED_NOTE, "") : after}`;
  // several rates before one number (合法性审查率、报备率均达100%): the first that maps
  const names = kind === "rate" ? core.split(/[、和及]/).filter(Boolean) : [core];
  const handled = stripEnd(core, HANDLED, HANDLED_LAST);
  if (handled !== core && handled) names.push(handled);
  // the candidates that failed on their topic alone, in the order tried: all the earlier
  // sentence can still change (object, action and none read only the names and `own`)
  const topicless: Compiled[] = [];
  const honoured = HONOURED.test(subject);
  for (const name of names) {
    const id = match(candidates, name, own, sentence, topicless, honoured, organ);
    if (id) return id;
  }
  if (!earlier || topicless.length === 0 || ANY_TOPIC.test(sentence.replace(NO_TOPIC_WORDS, ""))) return null;
  const context = `${earlier} ${sentence}`;
  for (const c of topicless) if (c.def.topic?.test(context)) return c.def.id;
  return null;
}

function match(
  candidates: Candidates,
  core: string,
  own: string,
  sentence: string,
  topicless: Compiled[],
  honoured: boolean,
  organ: OrganKind | undefined,
): string | null {
  for (const c of candidates.byLast.get(core[core.length - 1]) ?? candidates.open) {
    if (!endsWithObject(c, core)) continue;
    const def = c.def;
    if (honoured && !def.honours) continue;
    if (def.action && !def.action.test(own)) continue;
    if (def.none?.test(own)) continue;
    const organTopic = organ ? def.organTopic?.[organ] : undefined;
    if (def.topic && !def.topic.test(own) && !def.topic.test(sentence) && !organTopic?.test(own)) {
      topicless.push(c);
      continue;
    }
    return def.id;
  }
  return null;
}
