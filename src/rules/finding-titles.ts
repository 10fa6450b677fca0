// Words for the findings raised outside the review rule set (src/review/rules/, which carry
// their own): decoding, OCR, the spam model's tampered formulas, a plan's measures and the report
// season's check of a draft. A user sees the title beside each finding (document page, season
// opinion, assessment evidence) and the description in a unit's draft check, so every rule id a
// record or a draft can carry has words here or in its review rule — never its code.
export interface FindingWords {
  id: string;
  /** a few words, shown as the finding's kind */
  title: string;
  /** one sentence on what the finding means */
  describe: string;
}

export const OTHER_FINDINGS: readonly FindingWords[] = [
  {
    id: "review:tampered-formula",
    title: "固定表述被篡改",
    describe: "固定表述（如领导人姓名、文件名称）中被插入了无关文字，页面可能被篡改",
  },
  {
    id: "review:invalid-bytes",
    title: "编码错误",
    describe: "文件中有字节不是有效编码，已替换为“\uFFFD”，相应文字需核对原件",
  },
  {
    id: "review:ocr",
    title: "图像识别文本",
    describe: "文字由图像识别（OCR）得到，数字需核对原件",
  },
  {
    id: "review:ocr-low-confidence",
    title: "识别置信度低",
    describe: "此处图像识别（OCR）置信度低，文字和数字需核对原件",
  },
  {
    id: "plan:no-measures",
    title: "未识别出具体措施",
    describe: "方案中未识别出编号的具体措施，无法生成任务台账",
  },
  {
    id: "plan:no-responsible-unit",
    title: "措施无责任单位",
    describe: "措施未写明牵头或责任单位",
  },
  {
    id: "plan:deadline-before-plan",
    title: "时限早于方案",
    describe: "措施的完成时限早于方案印发日期",
  },
  {
    id: "plan:unknown-unit",
    title: "单位名称未识别",
    describe: "责任单位名称不在单位库中，已按原文保留，请核对是否为简称或笔误",
  },
  {
    id: "season:not-report",
    title: "不是年度报告",
    describe: "上传的文件未识别为法治政府建设年度报告",
  },
  {
    id: "season:year",
    title: "报告年度不符",
    describe: "报告所述年度与本报告季的年度不一致",
  },
  {
    id: "season:copied",
    title: "与其他报告重复",
    describe: "报告中有大段文字与其他单位或往年的报告重复",
  },
];
