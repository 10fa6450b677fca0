import type { Part } from "../../types.ts";
import type { ReviewRule } from "../rule.ts";

export const PART_NAMES: Record<Part, string> = {
  achievements: "上一年度推进法治政府建设的主要举措和成效",
  shortcomings: "存在的不足和原因",
  first_responsible: "党政主要负责人履行推进法治建设第一责任人职责情况",
  next_year: "下一年度推进法治政府建设的主要安排",
};

export const missingPart: ReviewRule = {
  id: "review:missing-part",
  title: "缺少必备内容",
  describe: "年度报告应包含的必备内容缺失（《法治政府建设与责任落实督察工作规定》第二十五条）",
  examples: [
    {
      text: "2023年,我市法治政府建设取得成效。\n一、主要举措和成效\n全年受理行政复议案件108件。\n二、2024年工作安排\n2024年,我市将继续推进。",
      expect: "finding",
    },
    {
      text: "2023年法治政府建设情况报告\n一、主要举措和成效\n市委、市政府主要负责同志履行推进法治建设第一责任人职责。\n二、存在的不足和原因\n短板仍然存在。\n三、下一步工作打算\n下一步,我市将继续推进。",
      expect: "none",
    },
  ],
  check(ctx) {
    if (ctx.meta.kind !== "report" || !ctx.sections) return [];
    return (Object.keys(PART_NAMES) as Part[])
      .filter((part) => !ctx.sections?.[part].present)
      .map((part) => ({
        rule: this.id,
        severity: "warning" as const,
        message: `缺少必备内容：「${PART_NAMES[part]}」`,
      }));
  },
};
