import type { ReviewRule } from "../rule.ts";

export const latePublication: ReviewRule = {
  id: "review:late-publication",
  title: "公开超期",
  describe: "年度报告公开晚于规定时限（默认次年4月1日，可配置）",
  examples: [
    {
      text: "长沙市2023年法治政府建设情况报告\n发布时间:2024-05-20 10:00 来源:市司法局\n2023年,我市法治政府建设取得明显成效。",
      expect: "finding",
    },
    {
      text: "长沙市2023年法治政府建设情况报告\n发布时间:2024-02-22 15:53 来源:市司法局\n2023年,我市法治政府建设取得明显成效。",
      expect: "none",
    },
  ],
  check(ctx) {
    const { meta, options } = ctx;
    if (meta.kind !== "report" || meta.year === null || !meta.published) return [];
    const deadline = `${meta.year + 1}-${options.publicationDeadline}`;
    if (meta.published <= deadline) return [];
    return [
      {
        rule: this.id,
        severity: "warning",
        message: `发布日期 ${meta.published} 晚于公开时限 ${deadline}`,
      },
    ];
  },
};
