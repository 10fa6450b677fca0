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
  Spin,
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
} from "../../api.ts";
import { Chart } from "../../components/Chart.tsx";
import { usePageTitle } from "../../components/PrintHeader.tsx";
import { navigate, useLocation } from "../../router.ts";
import { useSession } from "../../session.tsx";
import { LedgerBar } from "./LedgerBar.tsx";
import { ShiftDeadlinesDialog } from "./ShiftDeadlinesDialog.tsx";
import { TaskDrawer } from "./TaskDrawer.tsx";
import { TaskList } from "./TaskList.tsx";
import { rateChart } from "./charts.ts";
import { UnitTable } from "./UnitTable.tsx";
import { SignInNeeded, StaffOnly } from "../../components/SignInNeeded.tsx";

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
      {/* labelled: right above the search box, it must not be taken for it */}
      <Form.Item name="title" label="手工添加任务" rules={[{ required: true, message: "请填写任务内容" }]}>
        <Input placeholder="新增任务内容" style={{ width: 280 }} />
      </Form.Item>
      <Form.Item name="unitName" rules={[{ required: true, message: "请填写责任单位" }]}>
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
  const [reminders, setReminders] = useState<ReminderList | null>(null);
  const { search } = useLocation();
  // a notification opens its task: /tasks/:ledger?task=id
  const linked = Number(search.get("task")) || null;
  const [open, setOpen] = useState<number | null>(linked);
  const [tab, setTab] = useState("tasks");
  const [unit, setUnit] = useState<string | null>(null);
  const [status, setStatus] = useState<string | undefined>(undefined);
  // a count's list: the task list filtered by that status, brought into view. The counts are
  // the whole ledger's: a unit chosen in the list's filter is let go, or the list under 已逾期 20
  // showed that one unit's few
  const drill = (s: string) => {
    setStatus(s);
    setUnit(null);
    setTab("tasks");
    requestAnimationFrame(() =>
      document.querySelector(".task-filters")?.scrollIntoView({ behavior: "smooth", block: "start" }),
    );
  };
  const [version, setVersion] = useState(0);
  const [showArchived, setShowArchived] = useState(false);
  const [shifting, setShifting] = useState<number[] | null>(null);
  // each opening of the deadline dialog is a fresh dialog with a fresh form: one reused across
  // openings could carry a half-done or closing opening's state into the next
  const [shiftOpening, setShiftOpening] = useState(0);
  const startShift = useCallback((ids: number[]) => {
    setShiftOpening((n) => n + 1);
    setShifting(ids);
  }, []);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (linked) setOpen(linked);
  }, [linked]);

  // a public account may not read ledgers: it is told so below, nothing is asked of the server
  const staff = user !== null && user.role !== "public";
  const loadLedgers = useCallback(() => {
    if (!staff) return;
    getAllPages<LedgerItem>(`/api/ledgers${showArchived ? "?archived=1" : ""}`)
      .then(setLedgers)
      .catch((e: Error) => setError(e.message));
  }, [staff, showArchived]);
  useEffect(loadLedgers, [loadLedgers]);
  useEffect(() => {
    if (ledgerId === null && ledgers?.length) navigate(`/tasks/${ledgers[0].id}`);
  }, [ledgerId, ledgers]);

  const load = useCallback(async () => {
    if (ledgerId === null || !staff) {
      setOverview(null);
      return;
    }
    const [o, r] = await Promise.all([
      getJson<Overview>(`/api/ledgers/${ledgerId}/overview`),
      getJson<ReminderList>(`/api/reminders?days=30&ledger=${ledgerId}`),
    ]);
    setOverview(o);
    setReminders(r);
  }, [ledgerId, staff]);
  const changed = () => {
    setVersion((v) => v + 1);
    void load();
  };
  useEffect(() => {
    void load().catch((e: Error) => setError(e.message));
  }, [load]);

  const ledgerTitle = ledgers?.find((l) => l.id === ledgerId)?.title;
  usePageTitle(ledgerTitle ? `督办：${ledgerTitle}` : null);
  const editable = canManage(user) && overview !== null && !overview.ledger.archived;
  const unitNames = (overview?.byUnit ?? []).map((u) => u.name);
  if (ready && !user) {
    return <SignInNeeded message="督办台账需要登录" next="/tasks" />;
  }
  if (user && !staff) {
    return (
      <StaffOnly
        message="督办台账仅供依法治市办、责任单位和评估人员使用"
        description="公众账号不能查看督办任务。如需参与督办工作，请联系管理员开通工作账号；各单位已公开的年度报告可在“公开报告”中查看。"
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
              : canManage(user)
                ? "还没有督办台账：在“计划台账”中由实施方案生成"
                : // an evaluator cannot generate one either: told where it comes from
                  "还没有督办台账：依法治市办由实施方案生成督办台账后，在这里查看各单位任务"
          }
        />
      ) : null}
      {/* a large ledger's overview takes a moment: without this the page stood blank under the
          bar, as if the ledger had no tasks (the ledger page shows the same spinner) */}
      {ledgerId !== null && !overview && !error ? (
        <div className="overview-loading" style={{ textAlign: "center", padding: 48, color: "#888" }}>
          <Spin />
          <div style={{ marginTop: 8 }}>正在载入督办台账…</div>
        </div>
      ) : null}
      {overview ? (
        <Row gutter={16}>
          <Col span={6}>
            <Card size="small" className="overview-stats">
              <Statistic title="完成率" value={overview.rate} suffix="%" className="completion-rate" />
              {/* every count says what it counts, as the charts' 逾期任务（项） does */}
              <Statistic
                title="已办结 / 任务数"
                value={`${overview.closed} / ${overview.total}`}
                suffix="项"
                className="stat-closed"
              />
              {/* the counts that call for action open their list (as the season's rates open
                  theirs): the overdue tasks were otherwise a filter and a scroll away */}
              <StatDrill
                title="已逾期"
                value={overview.overdue}
                className="stat-overdue"
                color={overview.overdue ? "#cf1322" : undefined}
                onDrill={() => drill("已逾期")}
              />
              <StatDrill
                title="待审核"
                value={overview.pending}
                className="stat-pending"
                onDrill={() => drill("待审核")}
              />
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
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: "tasks",
              label: user?.role === "unit" ? "我的任务" : "任务",
              children: (
                <Space direction="vertical" style={{ width: "100%" }}>
                  {editable && ledgerId !== null ? (
                    <AddTaskForm ledgerId={ledgerId} onAdded={changed} />
                  ) : null}
                  <TaskList
                    ledgerId={overview.ledger.id}
                    today={overview.on}
                    units={unitNames}
                    unit={unit}
                    onUnit={setUnit}
                    status={status}
                    onStatus={setStatus}
                    onOpen={setOpen}
                    version={version}
                    onChanged={changed}
                    editable={editable}
                    onShift={startShift}
                  />
                </Space>
              ),
            },
            {
              key: "units",
              label: "按单位",
              children: (
                <UnitTable
                  ledgerId={overview.ledger.id}
                  rows={overview.byUnit}
                  onChanged={changed}
                  onDrill={(name) => {
                    setUnit(name);
                    setTab("tasks");
                  }}
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
          key={shiftOpening}
          ledgerId={ledgerId}
          selected={shifting ?? []}
          open={shifting !== null}
          onClose={() => setShifting(null)}
          onDone={() => {
            setShifting(null);
            changed();
          }}
        />
      ) : null}
      <TaskDrawer
        id={open}
        today={overview?.on ?? ""}
        units={unitNames}
        onClose={() => {
          setOpen(null);
          if (linked) navigate(location.pathname);
        }}
        onChanged={changed}
      />
    </Space>
  );
}

/** A count that opens its list when there is one: “已逾期（点击查看）” as a button. */
function StatDrill({
  title,
  value,
  className,
  color,
  onDrill,
}: {
  title: string;
  value: number;
  className: string;
  color?: string;
  onDrill: () => void;
}) {
  const stat = (
    <Statistic
      title={value ? `${title}（点击查看）` : title}
      value={value}
      suffix="项"
      className={className}
      valueStyle={{ color }}
    />
  );
  if (!value) return stat;
  return (
    <button type="button" className="stat-drill" onClick={onDrill}>
      {stat}
    </button>
  );
}
