// 生成督办台账: when the plan has a ledger already, open it (or make another, with a reason);
// else set the period the deadlines are laid into, then expand each collective owner
// (市直各相关单位, 各县市区政府) into the units chosen, then create.
import { Alert, App, Button, DatePicker, Form, Input, List, Modal, Segmented, Space, Steps, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { periodOffset } from "../../../../src/plan/period.ts";
import { type LedgerDraft, send } from "../../api.ts";
import { navigate } from "../../router.ts";
import { useJson } from "../../useJson.ts";
import { CollectiveStep } from "./CollectiveStep.tsx";

type Range = [Dayjs, Dayjs];
const iso = (d: Dayjs) => d.format("YYYY-MM-DD");

/** The plan's ledgers so far: open one, or go on to make another. */
function Existing({ draft, onAgain }: { draft: LedgerDraft; onAgain: () => void }) {
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Alert type="info" showIcon message="该方案已生成督办台账，一般无需再建。" />
      <List
        size="small"
        bordered
        dataSource={draft.existing}
        renderItem={(l) => (
          <List.Item
            actions={[
              <Button key="open" type="primary" onClick={() => navigate(`/tasks/${l.id}`)}>
                打开台账
              </Button>,
            ]}
          >
            <Space wrap>
              {l.title}
              <span>{l.tasks} 项任务</span>
              {l.periodStart ? (
                <span>
                  期间 {l.periodStart} 至 {l.periodEnd}
                </span>
              ) : null}
              {l.archived ? <Tag>已归档</Tag> : null}
            </Space>
          </List.Item>
        )}
      />
      <Button onClick={onAgain}>再建一本…</Button>
    </Space>
  );
}

function PeriodStep({
  draft,
  range,
  setRange,
}: {
  draft: LedgerDraft;
  range: Range;
  setRange: (r: Range) => void;
}) {
  const [by, setBy] = useState<"年度" | "日期">("年度");
  const offset = periodOffset(draft.planYears, { start: iso(range[0]), end: iso(range[1]) });
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space>
        <Segmented options={["年度", "日期"]} value={by} onChange={(v) => setBy(v as "年度" | "日期")} />
        {by === "年度" ? (
          <DatePicker.RangePicker
            className="period-years"
            picker="year"
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0].startOf("year"), v[1].endOf("year")])}
          />
        ) : (
          <DatePicker.RangePicker
            className="period-dates"
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          />
        )}
      </Space>
      <Alert
        className="period-explain"
        type="info"
        message={
          <span>
            督办期间 {iso(range[0])} 至 {iso(range[1])}。
            {draft.planYears
              ? offset
                ? `原方案时限为 ${draft.planYears.start}—${draft.planYears.end} 年，按期间平移 ${offset} 年（先后顺序不变，超出期间的以期间届满为限）。`
                : `原方案时限 ${draft.planYears.start}—${draft.planYears.end} 年在期间内，保持不变。`
              : ""}
            “每年3月底前”“每季度”按期间内首次到期日，未写月份的“每年”按首年年底，“年底前”“上半年”按期间首年，“长期”“持续推进”及未写明时限的以期间届满为限。
          </span>
        }
      />
    </Space>
  );
}

export function CreateLedgerDialog({
  documentId,
  onClose,
}: {
  documentId: number | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const { data: draft, error } = useJson<LedgerDraft>(
    documentId === null ? null : `/api/ledgers/draft?documentId=${documentId}`,
  );
  const [again, setAgain] = useState(false);
  const [reason, setReason] = useState("");
  const [step, setStep] = useState(0);
  const [range, setRange] = useState<Range>([dayjs(), dayjs()]);
  const [expansions, setExpansions] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setAgain(false);
    setReason("");
    setStep(0);
    setExpansions({});
    if (draft) setRange([dayjs(draft.period.start), dayjs(draft.period.end)]);
  }, [draft]);

  const choosing = draft !== null && draft.existing.length > 0 && !again;
  const create = async () => {
    setBusy(true);
    try {
      const made = await send<{ id: number; tasks: number }>("POST", "/api/ledgers", {
        documentId,
        period: { start: iso(range[0]), end: iso(range[1]) },
        expansions,
        again: again ? reason : null,
      });
      message.success(`已生成督办台账，共 ${made.tasks} 项任务`);
      navigate(`/tasks/${made.id}`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const last = 2;
  const footer = choosing ? null : (
    <Space>
      {step > 0 ? <Button onClick={() => setStep(step - 1)}>上一步</Button> : null}
      {step < last ? (
        <Button type="primary" disabled={again && !reason.trim()} onClick={() => setStep(step + 1)}>
          下一步
        </Button>
      ) : (
        <Button type="primary" loading={busy} onClick={create}>
          生成督办台账
        </Button>
      )}
    </Space>
  );
  const expandedTasks = draft?.collectives.filter((c) => expansions[c.phrase]?.length) ?? [];
  return (
    <Modal
      open={documentId !== null}
      title="生成督办台账"
      width={820}
      onCancel={onClose}
      footer={footer}
      destroyOnHidden
      className="create-ledger"
    >
      {error ? <Alert type="error" message={error} /> : null}
      {draft && choosing ? <Existing draft={draft} onAgain={() => setAgain(true)} /> : null}
      {draft && !choosing ? (
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          {again ? (
            <Form.Item label="再建一本的理由" required style={{ marginBottom: 0 }}>
              <Input
                placeholder="如：2026 年起按新一轮规划重新督办"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </Form.Item>
          ) : null}
          <Steps
            size="small"
            current={step}
            items={[{ title: "督办期间" }, { title: "展开集合称谓" }, { title: "确认" }]}
          />
          {step === 0 ? <PeriodStep draft={draft} range={range} setRange={setRange} /> : null}
          {step === 1 ? (
            <CollectiveStep collectives={draft.collectives} value={expansions} onChange={setExpansions} />
          ) : null}
          {step === 2 ? (
            <Alert
              type="success"
              className="ledger-summary"
              message={
                <>
                  《{draft.document.title}》：{draft.measures} 项措施，
                  {/* a date is not broken at its hyphen (2026-⏎01-01 at 1366 px) */}
                  <span style={{ whiteSpace: "nowrap" }}>
                    督办期间 {iso(range[0])} 至 {iso(range[1])}
                  </span>
                </>
              }
              description={
                expandedTasks.length
                  ? `集合称谓展开：${expandedTasks.map((c) => `${c.phrase} → ${expansions[c.phrase].length} 个单位`).join("；")}`
                  : "集合称谓不展开，各保持为一项任务。"
              }
            />
          ) : null}
        </Space>
      ) : null}
    </Modal>
  );
}
