// The message a 催办 dialog starts with: the office edits it rather than writing each time what
// every chase says (which task, by when, what to send). Overdue tasks are told so.

interface Chased {
  measureNo: number | null;
  title: string;
  due: string | null;
  term: string | null;
}

const label = (t: Chased) => `「${t.measureNo ? `（${t.measureNo}）` : ""}${t.title}」`;
const ASK = "在平台报送工作进展；已完成的，请提交办结申请并附证明材料。";

/** One task or several selected tasks, on `today` (YYYY-MM-DD); `count` when only some of the
 *  selected tasks are at hand (a selection kept across filters). */
export function chaseMessage(tasks: Chased[], today: string, count = tasks.length): string {
  if (tasks.length === 0) return "";
  const overdue = tasks.filter((t) => t.due !== null && t.due < today);
  if (count === 1) {
    const [t] = tasks;
    if (overdue.length) return `${label(t)}已超过完成时限（${t.due}），请抓紧办理，尽快${ASK}`;
    const by = t.due ? `请于 ${t.due} 前` : t.term ? `按方案要求（${t.term}）` : "请抓紧办理并按时";
    return `${label(t)}${t.due ? `的完成时限为 ${t.due}，` : "："}${by}${ASK}`;
  }
  const dates = tasks.flatMap((t) => (t.due ? [t.due] : [])).sort();
  const named = `${tasks.slice(0, 2).map(label).join("、")}等 ${count} 项任务`;
  const late = overdue.length ? `其中 ${overdue.length} 项已超过完成时限，` : "";
  const first = dates.length ? `（最早完成时限 ${dates[0]}）` : "";
  return `${named}${first}尚未办结，${late}请抓紧办理，按时限${ASK}`;
}

interface UnitTally {
  name: string;
  total: number;
  closed: number;
  overdue: number;
}

/** Every open task of the units selected in 按单位 (the tasks are listed with the message). */
export function unitChaseMessage(units: UnitTally[]): string {
  if (units.length === 0) return "";
  const where = "本督办台账中";
  if (units.length === 1) {
    const [u] = units;
    const open = u.total - u.closed;
    const late = u.overdue ? `，其中 ${u.overdue} 项已超过完成时限` : "";
    return `${u.name}在${where}尚有 ${open} 项任务未办结${late}，请抓紧办理，按时限${ASK}`;
  }
  const late = units.reduce((n, u) => n + u.overdue, 0);
  return `请各单位抓紧办理${where}本单位未办结的任务${late ? `（逾期任务共 ${late} 项，请优先办理）` : ""}，按时限${ASK}`;
}
