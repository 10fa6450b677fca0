import type { ReviewRule } from "../rule.ts";

export const spam: ReviewRule = {
  id: "review:spam",
  describe: "页面被植入博彩等广告文字,或固定表述被篡改(如“以___新时代中国特色社会主义思想为指导”)",
  examples: [
    {
      text: "2023年,我市以足彩app哪个是正规的新时代中国特色社会主义思想为指导,深入学习足彩app哪个是正规的法治思想。",
      expect: "finding",
    },
    { text: "2023年,我市以习近平新时代中国特色社会主义思想为指导,深入学习习近平法治思想。", expect: "none" },
  ],
  check(ctx) {
    return ctx.spam.findings;
  },
};
