import type { Fact, Finding } from "../../types.ts";
import type { ReviewRule } from "../rule.ts";
import { byStart, countBefore } from "../../shared/sorted.ts";
import { clauseEndsWithQizhong, factsAfter, isChangeOf, lastBefore, sentenceStartOf } from "../sentences.ts";

/** Indicator pairs where the second is a part of the first. */
const PARTS: Array<[string, string, "error" | "warning", string]> = [
  ["mediation.disputes", "mediation.successes", "error", "调解成功数大于调解纠纷总数"],
  [
    "reconsideration.received",
    "reconsideration.closed",
    "warning",
    "办结数大于受理数（如含上年结转案件请注明）",
  ],
  ["supervision.items_assigned", "supervision.items_closed", "error", "办结事项数大于交办事项数"],
  ["litigation.cases", "litigation.won", "error", "胜诉案件数大于案件总数"],
  ["litigation.cases", "litigation.lost", "error", "败诉案件数大于案件总数"],
];
const CLEANUP_KEPT = "normative_docs.cleanup_kept";
const CLEANUP_PARTS = [
  CLEANUP_KEPT,
  "normative_docs.cleanup_repealed",
  "normative_docs.cleanup_invalid",
  "normative_docs.cleanup_revised",
];
/** Cases carried over from the year before (上年结转九件): closed ones may exceed the new ones by them. */
const CARRIED_OVER = /结转|旧存|上年未结/;
/** Pairs whose part may include what was carried over from the year before. */
const CARRIES_OVER = new Set(["reconsideration.closed"]);

export const partExceedsWhole: ReviewRule = {
  id: "review:part-exceeds-whole",
  title: "分项大于总数",
  describe: "分项大于总数（如办结数大于受理数、“其中”部分大于总数），或清理结果之和与清理总数不符",
  examples: [
    { text: "全年受理行政复议案件98件、办结108件。", expect: "finding" },
    { text: "对88件规范性文件进行清理,保留48件,废止21件,失效11件,修订8件。", expect: "none" },
    { text: "对88件规范性文件进行清理,保留48件,废止21件,失效11件,修订9件。", expect: "finding" },
    // the rest kept, not written: the parts only must not exceed the whole
    { text: "清理文件152件，废止11件、宣布失效6件、修改4件，其余继续有效。", expect: "none" },
    { text: "清理文件52件，废止31件、宣布失效16件、修改14件。", expect: "finding" },
    // the whole of a 其中 is the count before the change, not the change
    { text: "办理行政处罚案件60件，同比增加12件，其中20件适用一般程序。", expect: "none" },
    // nor is a level kept (同比持平: a change of 0)
    { text: "办理行政处罚案件60件，同比持平，其中20件适用一般程序。", expect: "none" },
    // a carry-over stated: closed cases may exceed the new ones by it
    {
      text: "全年办理行政复议案件一百零七件，其中新收九十八件，上年结转九件，已审结一百零二件。",
      expect: "none",
    },
    { text: "全年新收行政复议案件98件，上年结转9件，审结108件。", expect: "finding" },
  ],
  check(ctx) {
    const findings: Finding[] = [];
    const { norm, facts } = ctx;
    const read: SentenceRead = { searchedFrom: -1, to: -1, from: -1, says: false, counts: null };
    for (const part of facts) {
      // the facts before in its sentence, in the same unit; a change (同比增加12件) is no whole
      // of what follows it
      const earlier = (f: Fact) => f.unit === part.unit && !isChangeOf(norm, facts, f);
      for (const [wholeId, partId, severity, message] of PARTS) {
        if (part.indicator !== partId) continue;
        const whole = lastBefore(norm, facts, part, (f) => f.indicator === wholeId && earlier(f));
        const carried = CARRIES_OVER.has(partId) ? carriedOver(norm, facts, part, read) : 0;
        if (whole && part.value > whole.value + carried) {
          findings.push({
            rule: this.id,
            severity,
            message: `${message}:${part.quote} > ${whole.quote}`,
            start: whole.start,
            end: part.end,
          });
        }
      }
      if (
        clauseEndsWithQizhong(norm, part) ||
        /其中[,]?$/.test(norm.slice(Math.max(0, part.start - 8), part.start))
      ) {
        const whole = lastBefore(norm, facts, part, earlier);
        if (whole && part.value > whole.value) {
          findings.push({
            rule: this.id,
            severity: "error",
            message: `“其中”部分大于总数：${part.quote} > ${whole.quote}`,
            start: whole.start,
            end: part.end,
          });
        }
      }
    }
    // clean-ups: 清理88件, 保留48件, 废止21件, 失效11件, 修订8件 must add up
    for (const whole of facts.filter((f) => f.indicator === "normative_docs.cleaned")) {
      const parts = factsAfter(norm, facts, whole).filter(
        (f) => f.start > whole.start && CLEANUP_PARTS.includes(f.indicator ?? ""),
      );
      if (parts.length < 2) continue;
      const sum = parts.reduce((s, f) => s + f.value, 0);
      // without the kept ones (其余继续有效) the outcomes written are only some of the whole
      const complete = parts.some((f) => f.indicator === CLEANUP_KEPT);
      if (complete ? sum !== whole.value : sum > whole.value) {
        findings.push({
          rule: this.id,
          severity: "warning",
          message: complete
            ? `清理结果之和（${parts.map((p) => p.value).join("+")}=${sum}）与清理总数${whole.value}不符`
            : `清理结果之和（${parts.map((p) => p.value).join("+")}=${sum}）大于清理总数${whole.value}`,
          start: whole.start,
          end: parts[parts.length - 1].end,
        });
      }
    }
    return findings;
  },
};

/** The last sentence carriedOver read: its end (the first end after `searchedFrom`: the same for
 *  any place up to it), and whether it speaks of a carry-over from `from` on. */
interface SentenceRead {
  searchedFrom: number;
  to: number;
  from: number;
  says: boolean;
  /** the facts whose subject speaks of a carry-over, in document order (read once, when needed) */
  counts: Fact[] | null;
}

/** What the sentence of `part` says was carried over from the year before (上年结转9件): the sum
 *  of those counts; infinite when it says so without a count (含上年结转案件). */
function carriedOver(norm: string, facts: Fact[], part: Fact, read: SentenceRead): number {
  const from = sentenceStartOf(norm, facts, part);
  // the sentence's end, and whether it speaks of a carry-over, read once for its parts
  if (part.end < read.searchedFrom || part.end > read.to) {
    const to = norm.slice(part.end).search(/[。;\n]/);
    read.searchedFrom = part.end;
    read.to = to < 0 ? norm.length : part.end + to;
    read.from = -1;
  }
  const to = read.to;
  if (read.from !== from) {
    read.from = from;
    read.says = CARRIED_OVER.test(norm.slice(from, to));
  }
  if (!read.says) return 0;
  read.counts ??= facts.filter((f) => CARRIED_OVER.test(f.subject));
  // those of the sentence only: from its first (facts in document order), not every one of the text
  const counts: Fact[] = [];
  for (let k = countBefore(read.counts, from, byStart); k < read.counts.length; k++) {
    const f = read.counts[k];
    if (f.start > to) break;
    if (f !== part && f.end <= to && f.unit === part.unit) counts.push(f);
  }
  return counts.length ? counts.reduce((s, f) => s + f.value, 0) : Number.POSITIVE_INFINITY;
}
