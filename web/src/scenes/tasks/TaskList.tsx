// A ledger's tasks (a unit: its own), searched by words (title, unit, measure text) and filtered
// by status, returned, unit; the office selects
// tasks and extends, chases or closes them at once, and sees what was done and what was not.
import { EditOutlined } from "@ant-design/icons";
import { App, Button, Input, Select, Space, Table, Tag, Typography } from "antd";
import { useCallback, useEffect, useState } from "react";
import { type BatchResult, type ChaseResult, canManage, getAllPages, send, type Task } from "../../api.ts";
import { useSession } from "../../session.tsx";
import { useLatest } from "../../useLatest.ts";
import { ActionModal, DueField, dueOf, outsideSelection, ReasonField } from "./ActionModal.tsx";
import { chaseMessage } from "./chase-message.ts";
import { chaseSummary, MessageField } from "./TaskActions.tsx";
import { RETURNED_COLOR, STATUS_COLOR } from "./types.ts";

// what needs action comes first: closure requests to review, then overdue tasks
const URGENCY: Record<string, number> = { 待审核: 0, 已逾期: 1, 进行中: 2, 未开始: 3, 已办结: 4 };
const byUrgency = (tasks: Task[]) =>
  [...tasks].sort(
    (a, b) => URGENCY[a.display] - URGENCY[b.display] || Number(b.returned) - Number(a.returned),
  );
const RETURNED = "returned";

/** `text` with each of the searched words marked. */
function marked(text: string, words: string[]) {
  const found = words.filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (found.length === 0) return text;
  // the odd parts are the words found; each keyed by where it starts in the text
  let at = 0;
  return text.split(new RegExp(`(${found.join("|")})`, "gi")).map((p, i) => {
    at += p.length;
    return i % 2 ? <mark key={at - p.length}>{p}</mark> : p;
  });
}

type Batch = "extend" | "chase" | "close" | null;

export function TaskList({
  ledgerId,
  today,
  units,
  unit,
  onUnit,
  status,
  onStatus: setStatus,
  onOpen,
  version,
  onChanged,
  editable,
  onShift,
}: {
  ledgerId: number;
  today: string;
  units: string[];
  /** the unit drilled down to (null: every unit the caller sees) */
  unit: string | null;
  onUnit: (unit: string | null) => void;
  /** the status filtered by (a status label, or returned); set here or by the overview's counts */
  status: string | undefined;
  onStatus: (status: string | undefined) => void;
  onOpen: (id: number) => void;
  /** bumped whenever a task changed elsewhere, to reload */
  version: number;
  onChanged: () => void;
  /** the ledger may be changed (not archived) and the caller manages it */
  editable: boolean;
  /** opens the deadline shift for these tasks */
  onShift: (ids: number[]) => void;
}) {
  const { modal, message } = App.useApp();
  const { user } = useSession();
  // an archived ledger is read only
  const manage = canManage(user) && editable;
  const [words, setWords] = useState("");
  const [tasks, setTasks] = useState<Task[]>([]);
  const [selected, setSelected] = useState<number[]>([]);
  const [batch, setBatch] = useState<Batch>(null);

  const begin = useLatest();
  const load = useCallback(async () => {
    const q = new URLSearchParams({ ledger: String(ledgerId) });
    if (status === RETURNED) q.set("returned", "1");
    else if (status) q.set("status", status);
    if (unit) q.set("unit", unit);
    if (words.trim()) q.set("q", words.trim());
    const newest = begin();
    const found = await getAllPages<Task>(`/api/tasks?${q}`);
    if (newest()) setTasks(found);
  }, [ledgerId, status, unit, words, begin]);
  useEffect(() => {
    void version;
    load().catch((e: Error) => message.error(e.message));
  }, [load, version, message]);
  // a change made elsewhere (a deadline shift, a task's own action) starts the selection afresh,
  // as the batch actions here do: the chosen rows may have changed or left the filter
  useEffect(() => {
    void version;
    setSelected([]);
  }, [version]);

  const title = (id: number) => {
    const t = tasks.find((x) => x.id === id);
    return t ? `${t.measureNo ? `（${t.measureNo}）` : ""}${t.title}（${t.unitName}）` : `任务`;
  };
  const summarise = (what: string, r: BatchResult) => {
    modal.info({
      title: `${what}：已处理 ${r.done.length} 项${r.failed.length ? `，${r.failed.length} 项未处理` : ""}`,
      className: "batch-summary",
      width: 560,
      content: r.failed.length ? (
        <ul>
          {r.failed.map((f) => (
            <li key={f.id}>
              {title(f.id)}:{f.message}
            </li>
          ))}
        </ul>
      ) : null,
    });
  };
  const finish = async () => {
    setBatch(null);
    setSelected([]);
    onChanged();
  };

  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space wrap className="task-filters">
        <Input.Search
          allowClear
          placeholder="搜索任务、措施原文或责任单位"
          className="task-search"
          style={{ width: 280 }}
          maxLength={100}
          onSearch={setWords}
        />
        <Select
          allowClear
          placeholder="按状态筛选"
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          className="status-filter"
          options={[
            ...Object.keys(STATUS_COLOR).map((s) => ({ value: s, label: s })),
            { value: RETURNED, label: "已退回" },
          ]}
        />
        {units.length > 1 ? (
          <Select
            allowClear
            showSearch
            placeholder="按单位筛选"
            style={{ width: 220 }}
            value={unit ?? undefined}
            onChange={(v?: string) => onUnit(v ?? null)}
            className="unit-filter"
            options={units.map((u) => ({ value: u, label: u }))}
          />
        ) : null}
        {manage && !selected.length ? (
          <Button className="shift-button" onClick={() => onShift([])}>
            批量调整时限
          </Button>
        ) : null}
        <Typography.Text type="secondary">
          {words.trim() ? `找到 ${tasks.length} 项` : `共 ${tasks.length} 项`}
        </Typography.Text>
      </Space>
      {manage && selected.length ? (
        <Space className="batch-bar" wrap>
          <Typography.Text>已选 {selected.length} 项</Typography.Text>
          <Button onClick={() => setBatch("extend")}>批量延期</Button>
          <Button onClick={() => setBatch("chase")}>批量催办</Button>
          <Button onClick={() => setBatch("close")}>批量办结</Button>
          <Button className="shift-button" onClick={() => onShift(selected)}>
            调整所选 {selected.length} 项的时限
          </Button>
          <Button type="link" onClick={() => setSelected([])}>
            取消选择
          </Button>
        </Space>
      ) : null}
      <Table<Task>
        rowKey="id"
        size="small"
        className="task-table"
        dataSource={byUrgency(tasks)}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        rowSelection={
          manage
            ? {
                selectedRowKeys: selected,
                preserveSelectedRowKeys: true,
                onChange: (keys) => setSelected(keys.map(Number)),
                getCheckboxProps: (t) => ({ disabled: t.status === "closed" }),
              }
            : undefined
        }
        onRow={(t) => ({
          onClick: (e) => outsideSelection(e) && onOpen(t.id),
          style: { cursor: "pointer", background: t.returned ? "#fff0f6" : undefined },
          className: t.returned ? "task-returned-row" : undefined,
        })}
        columns={[
          {
            title: "措施",
            dataIndex: "measureNo",
            width: 70,
            render: (n: number | null) => (n ? `（${n}）` : "—"),
          },
          {
            title: "任务",
            dataIndex: "title",
            // found by words of its measure's text: the passage says why it is listed
            render: (title: string, t: Task) =>
              t.matched ? (
                <>
                  {title}
                  <Typography.Paragraph type="secondary" className="task-matched" style={{ margin: 0 }}>
                    措施原文：{marked(t.matched, words.trim().split(/[\s\u3000]+/))}
                  </Typography.Paragraph>
                </>
              ) : (
                title
              ),
          },
          { title: "责任单位", dataIndex: "unitName", width: 160 },
          {
            title: "角色",
            dataIndex: "role",
            width: 64,
            render: (r: string) => (r === "lead" ? "牵头" : "配合"),
          },
          {
            title: "时限",
            key: "due",
            width: 250,
            render: (_: unknown, t: Task) => (
              <Space size={4} className="task-due" style={{ whiteSpace: "nowrap" }}>
                {t.due ?? t.term ?? "未定"}
                {t.dueBasis ? <Tag>{t.dueBasis}</Tag> : null}
                {manage && t.status !== "closed" ? (
                  <Button
                    size="small"
                    type="text"
                    aria-label="调整时限"
                    icon={<EditOutlined />}
                    onClick={(e) => {
                      e.stopPropagation();
                      onShift([t.id]);
                    }}
                  />
                ) : null}
              </Space>
            ),
          },
          { title: "进度", dataIndex: "percent", width: 70, render: (p: number) => `${p}%` },
          {
            title: "状态",
            key: "display",
            width: 150,
            render: (_: unknown, t) => (
              <>
                <Tag color={STATUS_COLOR[t.display]}>{t.display}</Tag>
                {t.returned ? <Tag color={RETURNED_COLOR}>已退回</Tag> : null}
              </>
            ),
          },
        ]}
      />
      <ActionModal<{ due: { format(f: string): string }; reason: string }>
        open={batch === "extend"}
        title={`批量延期（${selected.length} 项）`}
        okText="延期"
        onCancel={() => setBatch(null)}
        onSubmit={async (v) => {
          const r = await send<BatchResult>("POST", "/api/tasks/batch/extend", {
            ids: selected,
            due: dueOf(v),
            reason: v.reason,
          });
          await finish();
          summarise("批量延期", r);
        }}
      >
        <DueField today={today} />
        <ReasonField label="延期原因" />
      </ActionModal>
      <ActionModal<{ message: string }>
        open={batch === "chase"}
        title={`批量催办（${selected.length} 项）`}
        okText="催办"
        initialValues={{
          message: chaseMessage(
            tasks.filter((t) => selected.includes(t.id)),
            today,
            selected.length,
          ),
        }}
        onCancel={() => setBatch(null)}
        onSubmit={async (v) => {
          const r = await send<ChaseResult>("POST", "/api/tasks/chase", {
            ids: selected,
            message: v.message,
          });
          await finish();
          modal.success({ title: "催办已发出", className: "batch-summary", content: chaseSummary(r) });
        }}
      >
        <MessageField />
      </ActionModal>
      <ActionModal<{ reason: string }>
        open={batch === "close"}
        title={`批量办结（${selected.length} 项）`}
        okText="办结"
        onCancel={() => setBatch(null)}
        onSubmit={async (v) => {
          const r = await send<BatchResult>("POST", "/api/tasks/batch/close", {
            ids: selected,
            reason: v.reason,
          });
          await finish();
          summarise("批量办结", r);
        }}
      >
        <ReasonField label="办结说明" />
      </ActionModal>
    </Space>
  );
}
