import type { ReviewRule } from "../rule.ts";

export const headingNumeralLost: ReviewRule = {
  id: "review:heading-numeral-lost",
  title: "标题序号缺失",
  describe: "标题序号缺失（如“、坚持党的全面领导”），已按上下文推断",
  examples: [
    {
      text: "一、总体情况\n全年工作顺利推进。\n、坚持党的全面领导\n市委常委会研究法治工作。",
      expect: "finding",
    },
    {
      text: "一、总体情况\n全年工作顺利推进。\n二、坚持党的全面领导\n市委常委会研究法治工作。",
      expect: "none",
    },
  ],
  check(ctx) {
    return ctx.outline
      .filter((h) => h.inferred)
      .map((h) => ({
        rule: this.id,
        severity: "warning" as const,
        message: `标题序号缺失：「${h.marker}${h.title.slice(0, 20)}」应为「${h.inferred_marker}」`,
        start: h.start,
        end: h.start + h.marker.length + h.title.length,
      }));
  },
};
