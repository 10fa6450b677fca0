import type { Fact, Finding } from "../../types.ts";
import type { ReviewRule } from "../rule.ts";
import { clauseOf, decimals, factsBefore, isChangeOf } from "../sentences.ts";

/** The word a rate is named by: 调处成功率 → 成功, 办结率 → 办结, 反馈率 → 反馈. */
function rateKey(norm: string, rate: Fact): string | null {
  const before = clauseOf(norm, rate).replace(/(达到|达|为|是|均为|均达|约)$/, "");
  const m = /([\u4e00-\u9fff]{2})率$/.exec(before);
  return m ? m[1] : null;
}

export const rateMismatch: ReviewRule = {
  id: "review:rate-mismatch",
  title: "比率不符",
  describe: "比率与其分子分母不符（超出四舍五入误差），如受理52840件、成功51232件，成功率应为97.0%而非97.1%",
  examples: [
    { text: "各级人民调解组织受理矛盾纠纷52840件,调处成功51232件,调处成功率达97.1%。", expect: "finding" },
    { text: "省政府系统共交办事项181项,已办结完成176项,办结率97.2%。", expect: "none" },
    // a change between the whole and its part is neither: 2/41, 6/60
    { text: "全市行政诉讼一审案件41件，同比减少9件，败诉2件，败诉率4.9%。", expect: "none" },
    { text: "全市受理复议案件60件，较上年增加12件，纠错6件，纠错率10%。", expect: "none" },
    { text: "受理复议案件60件，比上年多12件，纠错6件，纠错率12%。", expect: "finding" },
  ],
  check(ctx) {
    const findings: Finding[] = [];
    for (const rate of ctx.facts) {
      if (rate.unit !== "%" || rate.value > 100) continue;
      const key = rateKey(ctx.norm, rate);
      if (!key) continue;
      // a change (同比减少9件) is neither the whole nor a part: the counts around it are
      const before = factsBefore(ctx.norm, ctx.facts, rate).filter(
        (f) => f.unit !== "%" && !isChangeOf(ctx.norm, ctx.facts, f),
      );
      for (let p = before.length - 1; p >= 1; p--) {
        const part = before[p];
        if (!clauseOf(ctx.norm, part).includes(key)) continue;
        const whole = before
          .slice(0, p)
          .findLast((w) => w.unit === part.unit && w.value >= part.value && w.value > 0);
        if (!whole) break;
        const exact = (part.value / whole.value) * 100;
        const d = decimals(rate.quote);
        const step = 10 ** -d;
        if (Math.abs(exact - rate.value) <= step / 2 + 1e-9) break;
        const truncated = Math.floor(exact / step + 1e-9) * step;
        const shown = exact.toFixed(Math.max(d, 2));
        const truncation = Math.abs(truncated - rate.value) < 1e-9;
        findings.push({
          rule: this.id,
          severity: truncation ? "info" : "warning",
          message: truncation
            ? `比率按截断而非四舍五入计算：${part.value}/${whole.value}=${shown}%，报告为${rate.value}%`
            : `比率与分项不符：${part.value}/${whole.value}=${shown}%，报告为${rate.value}%`,
          start: whole.start,
          end: rate.end,
        });
        break;
      }
    }
    return findings;
  },
};
