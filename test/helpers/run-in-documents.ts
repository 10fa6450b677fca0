// Reports written for the line-break tests, beside the seeds: all four heading levels with
// 一是 items, headings that end at 。 with their paragraph on the same line, a title run
// straight into the first heading, parts with and without headings. Each reads the same whether its line breaks are kept or lost.

const county = [
  "某某县2023年法治政府建设年度报告",
  "2023年,我县坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新进展。现将有关情况报告如下。",
  "一、2023年法治政府建设主要举措和成效",
  "(一)加强党的领导,压实法治建设责任",
  "县委、县政府主要负责同志认真履行推进法治建设第一责任人职责,全年召开专题会议6次。",
  "1.健全工作机制",
  "制定年度工作要点,明确重点任务32项,逐项落实责任单位。",
  "2.强化学习培训",
  "(1)抓好领导干部学法",
  "举办领导干部法治讲座4场,参训干部520人次。",
  "(2)抓好执法人员培训",
  "组织执法人员培训12期,培训1300余人次。",
  "(二)深化行政执法改革,提升执法质量",
  "一是推行行政执法三项制度,公示执法信息2600余条。二是开展案卷评查,评查案卷180卷,合格率98.5%。",
  "二、存在的不足和原因",
  "一是部分干部法治意识有待提高;二是执法队伍专业化程度不高。",
  "三、2024年工作安排",
  "2024年,我县将继续深化法治政府建设,全面提升依法行政水平,计划开展各类法治培训20场。",
].join("\n");

const department = [
  "市司法局2023年法治政府建设工作情况报告",
  "一、主要工作成效。全年办理行政复议案件215件,纠错率12.6%;办理法律援助案件1860件。",
  "(一)规范性文件审查。审查规范性文件46件,提出修改意见130余条。",
  "(二)公共法律服务。建成村(社区)法律服务站点312个,覆盖率100%。",
  "二、党政主要负责人履行推进法治建设第一责任人职责情况",
  "局党组书记主持召开专题会议8次,带头讲法治课2次。",
  "三、存在的问题",
  "执法监督力度还有待加强,基层法治人才仍然不足。",
  "四、下一步工作打算",
  "下一步,我局将深化行政复议体制改革,力争新建调解组织15个。",
].join("\n");

export const RUN_IN_DOCUMENTS: Array<[string, string]> = [
  ["county report, four levels", county],
  ["department report, headings ending at 。", department],
];
