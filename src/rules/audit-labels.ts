// What the audit log's codes mean in words: actions as verbs, entities as nouns, recorded
// fields as nouns, status codes as words. Data only; src/labels.ts builds sentences from it.
// A test (src/labels.test.ts) checks that every action the commands write has a verb here.

/** action code → the verb of the sentence (“王主任 创建了账号「张三」”); {} stands for the object
 * where it is not at the end */
export const AUDIT_ACTION_VERB: Record<string, string> = {
  // accounts and sessions
  create: "创建了",
  update: "修改了",
  "change-password": "修改了{}的密码",
  "reset-password": "重置了{}的密码",
  disable: "停用了",
  enable: "启用了",
  delete: "删除了",
  import: "从 Excel 批量导入了",
  login: "登录了系统",
  "login-failed": "登录失败",
  logout: "退出了系统",
  "login-locked": "登录失败次数过多，已被暂时锁定",
  "purge-expired": "清理了过期的{}",
  // documents
  upload: "上传了",
  "fetch-url": "从网址下载了",
  reanalyze: "重新分析了",
  publish: "公开了",
  unpublish: "撤回公开了",
  // tasks
  progress: "报送了{}的进展",
  closure_request: "申请办结{}",
  accept: "审核通过了{}的办结申请",
  return: "退回了{}的办结申请",
  close: "办结了",
  reopen: "重新打开了",
  extend: "延期了",
  reassign: "改派了{}",
  // ledgers
  archive: "归档了",
  restore: "恢复了",
  reschedule: "调整了{}的任务时限",
  chase: "催办了{}",
  // the annual report season
  "season:create": "创建了",
  "season:update": "修改了",
  "season:submit": "报送了",
  "season:comment": "审阅并批注了",
  "season:accept": "审核通过了",
  "season:return": "退回了",
  "season:publication-check": "核查了{}的公开情况",
  "season:publication-url": "登记了{}的公开网址",
  // assessment
  "assess.system.save": "保存了",
  "assess.round.create": "创建了",
  "assess.round.finalise": "定稿了",
  "assess.round.publish": "公布了",
  "assess.unit.document": "为{}关联了报告",
  "assess.item.enter": "录入了{}的评分",
  "assess.item.computed": "计算了{}的评分",
  "assess.item.recomputed": "重新计算了{}的评分",
  "assess.item.entered": "录入了{}的评分",
  "assess.item.appeal": "按申诉结果调整了{}的评分",
  "assess.appeal.file": "提出了{}",
  "assess.appeal.decide": "处理了{}",
};

/** Actions with no object in their sentence (“张三 登录了系统”). */
export const AUDIT_ACTION_ALONE = new Set(["login", "login-failed", "login-locked", "logout"]);

/** entity code → noun */
export const AUDIT_ENTITY_NOUN: Record<string, string> = {
  user: "账号",
  session: "登录会话",
  document: "文档",
  ledger: "督办台账",
  task: "督办任务",
  season: "年度报告工作",
  season_submission: "年度报告",
  season_unit: "年度报告单位",
  assess_system: "评估指标体系",
  assess_round: "评估轮次",
  assess_unit: "参评单位",
  assess_item: "评分项",
  assess_appeal: "申诉",
};

/** recorded field → noun, for the “what changed” line; fields not listed are not shown */
export const AUDIT_FIELD_NOUN: Record<string, string> = {
  status: "状态",
  percent: "进度",
  due: "期限",
  unit_name: "单位",
  closed_at: "办结时间",
  role: "角色",
  tasks: "任务数",
  count: "数量",
  attachments: "附件",
  reason: "理由",
  year: "年度",
  period: "督办期间",
  // a report the office made for the unit named (代为填报)
  onBehalfOf: "代为填报",
};

/** fields an object's name often carries already (a round titled 2023年度…, a task named with its
 *  unit): a created object's value is left out of the “what changed” line when its name has it */
export const AUDIT_FIELDS_NAMED: ReadonlySet<string> = new Set(["year", "unit_name"]);

/** a task's status codes → words (other entities' statuses are labelled by their presenters) */
export const TASK_STATUS_WORD: Record<string, string> = {
  open: "未开始",
  in_progress: "进行中",
  pending_review: "待审核",
  closed: "已办结",
};

/** a task's unit's part in it (tasks.role) → words; an account's role reads by ROLE_LABEL */
export const TASK_ROLE_WORD: Record<string, string> = {
  lead: "牵头",
  cooperate: "配合",
};
