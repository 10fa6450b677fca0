// 督办: a ledger's completion rate and overdue counts (by area and by unit, with charts), its
// tasks, "my tasks" for units, and reminders of what is due soon or overdue.
import { EditOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
} from "antd";
import { useCallback, useEffect, useState } from "react";
import {
  canManage,
  getAllPages,
  getJson,
  type LedgerItem,
  type Overview,
  type Reminder,
  type ReminderList,
  send,
  type Task,
} from "../../api.ts";
import { Chart } from "../../components/Chart.tsx";
import { usePageTitle } from "../../components/PrintHeader.tsx";
import { navigate } from "../../router.ts";
import { useSession } from "../../session.tsx";
import { LedgerBar } from "./LedgerBar.tsx";
import { ShiftDeadlinesDialog } from "./ShiftDeadlinesDialog.tsx";
import { TaskDrawer } from "./TaskDrawer.tsx";
import { STATUS_COLOR } from "./types.ts";

function rateChart(rows: Overview["byArea"]) {
  // two plots side by side on one list of areas, each on its own scale: completion in percent
  // (0–100%) on the left, overdue tasks counted on the right, so a count of 3 never reaches 100%
  const areas = { type: "category", data: rows.map((r) => r.name), inverse: true };
  const named = (name: string) => ({ name, nameLocation: "middle", nameGap: 28, position: "top" });
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    axisPointer: { link: [{ yAxisIndex: "all" }] },
    legend: { top: 0 },
    grid: [
      { left: 180, right: "38%", top: 84, bottom: 24 },
      { left: "68%", right: 48, top: 84, bottom: 24 },
    ],
    xAxis: [
      {
        gridIndex: 0,
        type: "value",
        max: 100,
        ...named("完成率（%）"),
        axisLabel: { formatter: "{value}%" },
      },
      { gridIndex: 1, type: "value", minInterval: 1, ...named("逾期任务（项）") },
    ],
    yAxis: [
      { ...areas, gridIndex: 0, axisLabel: { width: 170, overflow: "truncate" } },
      { ...areas, gridIndex: 1, axisLabel: { show: false } },
    ],
    series: [
      {
        name: "完成率",
        type: "bar",
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: rows.map((r) => r.rate),
        label: { show: true, position: "right", formatter: "{c}%" },
        tooltip: { valueFormatter: (v: number) => `${v}%` },
      },
      {
        name: "逾期任务",
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: rows.map((r) => r.overdue),
        itemStyle: { color: "#ff7875" },
        label: { show: true, position: "right" },
        tooltip: { valueFormatter: (v: number) => `${v} 项` },
      },
    ],
  };
}

// what needs action comes first: closure requests to review, then overdue tasks
const URGENCY: Record<string, number> = { 待审核: 0, 已逾期: 1, 进行中: 2, 未开始: 3, 已办结: 4 };
const byUrgency = (tasks: Task[]) => [...tasks].sort((a, b) => URGENCY[a.display] - URGENCY[b.display]);

/** 手工添加任务 (coordinators): a task outside the plan's measures. */
function AddTaskForm({ ledgerId, onAdded }: { ledgerId: number; onAdded: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={async (v: {
        title: string;
        unitName: string;
        role: "lead" | "cooperate";
        due?: { format(f: string): string };
      }) => {
        try {
          await send("POST", "/api/tasks", {
            ledgerId,
            title: v.title,
            unitName: v.unitName,
            role: v.role,
            due: v.due ? v.due.format("YYYY-MM-DD") : null,
          });
          message.success("已添加任务");
          form.resetFields();
          onAdded();
        } catch (e) {
          message.error((e as Error).message);
        }
      }}
    >
      <Form.Item name="title" rules={[{ required: true, message: "任务内容" }]}>
        <Input placeholder="新增任务内容" style={{ width: 280 }} />
      </Form.Item>
      <Form.Item name="unitName" rules={[{ required: true, message: "责任单位" }]}>
        <Input placeholder="责任单位" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="role" initialValue="lead">
        <Select
          options={[
            { value: "lead", label: "牵头" },
            { value: "cooperate", label: "配合" },
          ]}
          style={{ width: 90 }}
        />
      </Form.Item>
      <Form.Item name="due">
        <DatePicker placeholder="完成时限" />
      </Form.Item>
      <Button htmlType="submit">添加任务</Button>
    </Form>
  );
}

export default function TasksScene({ ledgerId }: { ledgerId: number | null }) {
  const { user, ready } = useSession();
  const [ledgers, setLedgers] = useState<LedgerItem[] | null>(null);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [tasks, setTasks] = useState<Task[]>([]);
  const [reminders, setReminders] = useState<ReminderList | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [shifting, setShifting] = useState<number[] | null>(null);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const loadLedgers = useCallback(() => {
    if (!user) return;
    getAllPages<LedgerItem>(`/api/ledgers${showArchived ? "?archived=1" : ""}`)
      .then(setLedgers)
      .catch((e: Error) => setError(e.message));
  }, [user, showArchived]);
  useEffect(loadLedgers, [loadLedgers]);
  useEffect(() => {
    if (ledgerId === null && ledgers?.length) navigate(`/tasks/${ledgers[0].id}`);
  }, [ledgerId, ledgers]);

  const load = useCallback(async () => {
    if (ledgerId === null || !user) {
      setOverview(null);
      return;
    }
    const [o, t, r] = await Promise.all([
      getJson<Overview>(`/api/ledgers/${ledgerId}/overview`),
      getAllPages<Task>(
        `/api/tasks?ledger=${ledgerId}${status ? `&status=${encodeURIComponent(status)}` : ""}`,
      ),
      getJson<ReminderList>(`/api/reminders?days=30&ledger=${ledgerId}`),
    ]);
    setOverview(o);
    setTasks(t);
    setReminders(r);
    setSelected([]);
  }, [ledgerId, status, user]);
  useEffect(() => {
    void load().catch((e: Error) => setError(e.message));
  }, [load]);

  const ledgerTitle = ledgers?.find((l) => l.id === ledgerId)?.title;
  usePageTitle(ledgerTitle ? `督办：${ledgerTitle}` : null);
  const editable = canManage(user) && overview !== null && !overview.ledger.archived;
  if (ready && !user) {
    return (
      <Alert
        type="info"
        showIcon
        message="督办台账需要登录"
        action={<Button onClick={() => navigate("/login?next=/tasks")}>登录</Button>}
      />
    );
  }
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      {error ? <Alert type="error" message={error} /> : null}
      <LedgerBar
        ledgerId={ledgerId}
        ledgers={ledgers}
        current={overview ? { ...overview.ledger, tasks: overview.total } : null}
        user={user}
        showArchived={showArchived}
        setShowArchived={setShowArchived}
        onChanged={(deleted) => {
          loadLedgers();
          if (!deleted) void load().catch((e: Error) => setError(e.message));
        }}
      />
      {ledgers && ledgers.length === 0 && !overview ? (
        <Empty
          description={
            // a unit cannot create ledgers: it is told what it can expect instead
            user?.role === "unit"
              ? `暂无分配给本单位（${user.unitName ?? "未指定单位"}）的督办任务。督办台账由依法治市办生成后，本单位的任务会显示在这里。`
              : "还没有督办台账：在“计划台账”中由实施方案生成"
          }
        />
      ) : null}
      {overview ? (
        <Row gutter={16}>
          <Col span={6}>
            <Card size="small" className="overview-stats">
              <Statistic title="完成率" value={overview.rate} suffix="%" className="completion-rate" />
              <Statistic title="已办结 / 任务数" value={`${overview.closed} / ${overview.total}`} />
              <Statistic
                title="已逾期"
                value={overview.overdue}
                valueStyle={{ color: overview.overdue ? "#cf1322" : undefined }}
              />
              <Statistic title="待审核" value={overview.pending} />
            </Card>
          </Col>
          <Col span={18}>
            <Card size="small" title={`按领域（截至 ${overview.on}）`}>
              <Chart
                option={rateChart(overview.byArea)}
                height={Math.max(250, 110 + overview.byArea.length * 40)}
              />
            </Card>
          </Col>
        </Row>
      ) : null}
      {overview ? (
        <Tabs
          items={[
            {
              key: "tasks",
              label: user?.role === "unit" ? "我的任务" : "任务",
              children: (
                <Space direction="vertical" style={{ width: "100%" }}>
                  {editable && ledgerId !== null ? (
                    <AddTaskForm ledgerId={ledgerId} onAdded={() => void load()} />
                  ) : null}
                  <Space wrap>
                    <Select
                      allowClear
                      placeholder="按状态筛选"
                      style={{ width: 160 }}
                      value={status}
                      onChange={setStatus}
                      options={Object.keys(STATUS_COLOR).map((s) => ({ value: s, label: s }))}
                    />
                    {editable ? (
                      <Button className="shift-button" onClick={() => setShifting(selected)}>
                        {selected.length ? `调整所选 ${selected.length} 项的时限` : "批量调整时限"}
                      </Button>
                    ) : null}
                  </Space>
                  <Table<Task>
                    rowKey="id"
                    size="small"
                    rowSelection={
                      editable
                        ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }
                        : undefined
                    }
                    dataSource={byUrgency(tasks)}
                    pagination={{ pageSize: 20 }}
                    onRow={(t) => ({ onClick: () => setOpen(t.id), style: { cursor: "pointer" } })}
                    columns={[
                      {
                        title: "措施",
                        dataIndex: "measureNo",
                        width: 70,
                        render: (n: number | null) => (n ? `(${n})` : "—"),
                      },
                      { title: "任务", dataIndex: "title" },
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
                            {t.due ?? "未定"}
                            {t.dueBasis ? <Tag>{t.dueBasis}</Tag> : null}
                            {editable && t.status !== "closed" ? (
                              <Button
                                size="small"
                                type="text"
                                aria-label="调整时限"
                                icon={<EditOutlined />}
                                onClick={(e) => {
                                  e.stopPropagation();
                                  setShifting([t.id]);
                                }}
                              />
                            ) : null}
                          </Space>
                        ),
                      },
                      { title: "进度", dataIndex: "percent", width: 70, render: (p: number) => `${p}%` },
                      {
                        title: "状态",
                        dataIndex: "display",
                        width: 90,
                        render: (d: string) => <Tag color={STATUS_COLOR[d]}>{d}</Tag>,
                      },
                    ]}
                  />
                </Space>
              ),
            },
            {
              key: "units",
              label: "按单位",
              children: (
                <Table
                  rowKey="name"
                  size="small"
                  dataSource={overview.byUnit}
                  pagination={{ pageSize: 30 }}
                  columns={[
                    { title: "单位", dataIndex: "name" },
                    { title: "任务", dataIndex: "total", width: 80 },
                    { title: "已办结", dataIndex: "closed", width: 80 },
                    { title: "完成率", dataIndex: "rate", width: 90, render: (r: number) => `${r}%` },
                    {
                      title: "逾期",
                      dataIndex: "overdue",
                      width: 80,
                      render: (n: number) => (n ? <Tag color="error">{n}</Tag> : 0),
                    },
                    { title: "待审核", dataIndex: "pending", width: 80 },
                  ]}
                />
              ),
            },
            {
              key: "reminders",
              label: `到期提醒（${reminders?.total ?? 0}）`,
              children: (
                <Space direction="vertical" style={{ width: "100%" }}>
                  <Button href={`/api/tasks/export?format=xlsx&reminders=30&ledger=${ledgerId}`}>
                    导出提醒清单
                  </Button>
                  <Table<Reminder>
                    rowKey="id"
                    size="small"
                    dataSource={reminders?.items ?? []}
                    onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: "pointer" } })}
                    columns={[
                      { title: "任务", dataIndex: "title" },
                      { title: "责任单位", dataIndex: "unitName", width: 160 },
                      { title: "时限", dataIndex: "due", width: 110 },
                      {
                        title: "剩余",
                        dataIndex: "daysLeft",
                        width: 120,
                        render: (d: number) =>
                          d < 0 ? <Tag color="error">逾期 {-d} 天</Tag> : <Tag color="warning">{d} 天</Tag>,
                      },
                    ]}
                  />
                </Space>
              ),
            },
          ]}
        />
      ) : null}
      {ledgerId !== null ? (
        <ShiftDeadlinesDialog
          ledgerId={ledgerId}
          selected={shifting ?? []}
          open={shifting !== null}
          onClose={() => setShifting(null)}
          onDone={() => {
            setShifting(null);
            void load().catch((e: Error) => setError(e.message));
          }}
        />
      ) : null}
      <TaskDrawer id={open} onClose={() => setOpen(null)} onChanged={() => void load()} />
    </Space>
  );
}
