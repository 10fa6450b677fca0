// Methods that read the platform's records: the report season's dates, the ledger's tasks,
// and the figures and points evaluators enter.
import type { Method } from "../system.ts";
import type { Evidence, LedgerInput, ManualEntry, SeasonInput, UnitInputs } from "../types.ts";
import { fmt, type MethodResult, none, round2, sliding } from "./common.ts";

type Of<K extends Method["kind"]> = Extract<Method, { kind: K }>;

export function scoreSeason(m: Of<"season">, max: number, season: SeasonInput | null): MethodResult {
  const inputs = { check: m.check };
  if (!season) return none("没有本单位的报告报送记录（报告季数据缺失）", inputs);
  const submitted = m.check === "submitted_on_time";
  const on = submitted ? season.submittedOn : season.publishedOn;
  const due = submitted ? season.submitDue : season.publishDue;
  const what = submitted ? "报送" : "公开";
  const evidence: Evidence[] = [
    {
      kind: "season",
      submissionId: season.submissionId,
      what: submitted ? "submitted" : "published",
      on,
      due,
    },
  ];
  if (!on) return { ...none(`年度报告尚未${what}（时限 ${due}）`, { ...inputs, due }), evidence };
  const timely = on <= due;
  return {
    points: timely ? max : 0,
    status: "scored",
    explanation: `年度报告于 ${on} ${what}，时限 ${due}：${timely ? `按时，得 ${max} 分` : "逾期，不得分"}`,
    inputs: { ...inputs, on, due },
    evidence,
  };
}

const isOverdue = (t: LedgerInput["tasks"][number], on: string) =>
  t.due !== null && (t.closed ? (t.closedOn ?? on) > t.due : on > t.due);

export function scoreLedger(m: Of<"ledger">, max: number, ledger: LedgerInput | null): MethodResult {
  if (!ledger || ledger.tasks.length === 0)
    return none("督办台账中没有本单位的任务", m.measure === "overdue" ? { per: m.per } : {});
  const { tasks, on } = ledger;
  if (m.measure === "completion_rate") {
    const closed = tasks.filter((t) => t.closed);
    const rate = round2((100 * closed.length) / tasks.length);
    const points = sliding(rate, m.full, m.zero, max);
    return {
      points,
      status: "scored",
      explanation: `任务 ${tasks.length} 项，办结 ${closed.length} 项，完成率 ${fmt(rate)}%（${m.full}% 得满分，${m.zero}% 及以下不得分）：得 ${points} 分`,
      inputs: { full: m.full, zero: m.zero, tasks: tasks.length, closed: closed.length, rate, on },
      evidence: tasks.map((t) => ({
        kind: "task",
        taskId: t.id,
        title: t.title,
        note: t.closed ? `已办结${t.closedOn ? `(${t.closedOn})` : ""}` : "未办结",
      })),
    };
  }
  const overdue = tasks.filter((t) => isOverdue(t, on));
  const points = round2(Math.max(0, max - overdue.length * m.per));
  return {
    points,
    status: "scored",
    explanation: overdue.length
      ? `逾期任务 ${overdue.length} 项（截至 ${on}），每项扣 ${m.per} 分：得 ${points} 分`
      : `截至 ${on} 没有逾期任务：得满分 ${max} 分`,
    inputs: { per: m.per, tasks: tasks.length, overdue: overdue.length, on },
    evidence: overdue.map((t) => ({
      kind: "task",
      taskId: t.id,
      title: t.title,
      note: t.closed ? `逾期办结（时限 ${t.due}，办结 ${t.closedOn}）` : `逾期未办结（时限 ${t.due}）`,
    })),
  };
}

function entryEvidence(entry: ManualEntry): Evidence[] {
  return [
    { kind: "entry", by: entry.by, reason: entry.reason },
    ...entry.evidence.map(
      (e): Evidence =>
        e.kind === "file"
          ? e
          : {
              kind: "span",
              documentId: e.documentId,
              start: e.start,
              end: e.end,
              quote: e.quote,
              note: "评分依据",
            },
    ),
  ];
}

export function scoreManual(m: Of<"manual">, max: number, entry: ManualEntry | undefined): MethodResult {
  const inputs = { guidance: m.guidance ?? null };
  if (!entry) return { ...none("待评估人员评分", inputs), status: "pending" };
  const points = round2(Math.min(max, Math.max(0, entry.points)));
  return {
    points,
    status: entry.evidence.length ? "scored" : "no_evidence",
    explanation: `人工评分 ${points} 分：${entry.reason}${entry.evidence.length ? "" : "（未附证明材料）"}`,
    inputs,
    evidence: entryEvidence(entry),
  };
}

export function scoreSurvey(
  m: Of<"survey">,
  max: number,
  entry: UnitInputs["survey"][string] | undefined,
): MethodResult {
  const inputs = { label: m.label, full: m.full, zero: m.zero };
  if (!entry) return { ...none(`待录入${m.label}调查结果`, inputs), status: "pending" };
  const points = sliding(entry.value, m.full, m.zero, max);
  return {
    points,
    status: "scored",
    explanation: `${m.label} ${fmt(entry.value)}（达到 ${m.full} 得满分，${m.zero} 及以下不得分）：得 ${points} 分`,
    inputs: { ...inputs, value: entry.value },
    evidence: [
      { kind: "entry", by: entry.by, reason: entry.reason ?? `录入${m.label}调查结果 ${fmt(entry.value)}` },
    ],
  };
}
