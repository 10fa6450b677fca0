// Words for the codes of supervision records shown to users: the kinds of entry in a task's
// history and of notifications. Data only; the presenters serve them with the codes.

/** a task update's kind → its name in the task's history */
export const TASK_UPDATE_LABEL: Record<string, string> = {
  progress: "报送进展",
  closure_request: "申请办结",
  accept: "审核通过",
  return: "退回",
  extend: "延期",
  reschedule: "调整时限",
  reassign: "改派",
  close: "办结",
  reopen: "重新打开",
  chase: "催办",
};

/** a notification's kind → its name in the list */
export const NOTIFICATION_LABEL: Record<string, string> = {
  chase: "催办",
  return: "退回",
  accept: "办结通过",
  extend: "延期",
  reassign: "改派",
  on_behalf: "代为填报",
  report_return: "报告退回",
  report_accept: "报告通过",
};
