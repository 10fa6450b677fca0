import type { ReviewRule } from "../rule.ts";

export const spam: ReviewRule = {
  id: "review:spam",
  title: "植入垃圾内容",
  describe:
    "页面被植入赌博、彩票、色情等广告文字，或固定表述、发布机关名称被广告替换（如“以___新时代中国特色社会主义思想为指导”）",
  examples: [
    {
      text: "2023年,我市以足彩app哪个是正规的新时代中国特色社会主义思想为指导,深入学习足彩app哪个是正规的法治思想。",
      expect: "finding",
    },
    {
      text: "为深入学习贯彻习近平总书记九游体育app最新版下载全面依法治国的重要论述,制定本要点。",
      expect: "finding",
    },
    { text: "天天av免费看_国产精品一区二区_日韩无码专区\n某市2023年法治政府建设年度报告", expect: "finding" },
    { text: "2023年,我市以习近平新时代中国特色社会主义思想为指导,深入学习习近平法治思想。", expect: "none" },
    {
      text: "依托“浙里办”APP,全市1862个事项实现掌上办,12345热线受理诉求58.6万件,5G基站6800个。",
      expect: "none",
    },
  ],
  check(ctx) {
    return ctx.spam.findings;
  },
};
