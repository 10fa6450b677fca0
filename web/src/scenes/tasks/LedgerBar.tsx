// The ledger in view: pick one (archived ones on request), its period and state, and the
// office's actions on it — archive or restore, delete (confirmed), export.
import { DeleteOutlined, InboxOutlined, RollbackOutlined } from "@ant-design/icons";
import { App, Button, Card, Checkbox, Select, Space, Tag } from "antd";
import { canManage, type LedgerItem, type Overview, send, type SessionUser } from "../../api.ts";
import { navigate } from "../../router.ts";

export function LedgerBar({
  ledgerId,
  ledgers,
  current,
  user,
  showArchived,
  setShowArchived,
  onChanged,
}: {
  ledgerId: number | null;
  ledgers: LedgerItem[] | null;
  /** the ledger in view (from its overview: also when archived and so out of the list) */
  current: (Overview["ledger"] & { tasks: number }) | null;
  user: SessionUser | null;
  showArchived: boolean;
  setShowArchived: (v: boolean) => void;
  /** after a change; `deleted` when the ledger is gone */
  onChanged: (deleted: boolean) => void;
}) {
  const { message, modal } = App.useApp();
  const listed = ledgers ?? [];
  const options = [
    ...(current && !listed.some((l) => l.id === current.id) ? [{ ...current, tasks: current.tasks }] : []),
    ...listed,
  ];
  const act = async (what: string, run: () => Promise<unknown>, deleted = false) => {
    try {
      await run();
      message.success(what);
      onChanged(deleted);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const remove = (l: { id: number; title: string; tasks: number }) =>
    modal.confirm({
      title: "删除督办台账",
      content: `将删除「${l.title}」及其 ${l.tasks} 项任务、进展记录和材料，且无法恢复（审计日志保留记录）。如只是不再督办，请改用“归档”。`,
      okText: "确认删除",
      okButtonProps: { danger: true },
      cancelText: "取消",
      onOk: () =>
        act(
          "已删除台账",
          async () => {
            await send("DELETE", `/api/ledgers/${l.id}`, { confirm: true });
            navigate("/tasks");
          },
          true,
        ),
    });
  return (
    <Card size="small" className="ledger-bar">
      {/* the ledger and its state on the left (wrapping inside), the actions on the right in one
          line: at 1024 px the buttons went under the select one by one */}
      <div style={{ display: "flex", alignItems: "flex-start", gap: 8 }}>
        <Space wrap style={{ flex: "1 1 auto", minWidth: 0 }}>
          <Select
            placeholder="选择督办台账"
            style={{ width: 400, maxWidth: "100%" }}
            value={ledgerId ?? undefined}
            onChange={(v) => navigate(`/tasks/${v}`)}
            options={options.map((l) => ({
              value: l.id,
              label: `${l.title}（${l.tasks} 项任务）${l.archived ? "（已归档）" : ""}`,
            }))}
          />
          <Checkbox checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)}>
            显示已归档
          </Checkbox>
          {user?.role === "unit" ? <Tag color="blue">本单位：{user.unitName}</Tag> : null}
          {current?.periodStart ? (
            <span className="ledger-period">
              督办期间 {current.periodStart} 至 {current.periodEnd}
            </span>
          ) : null}
          {current?.archived ? <Tag className="ledger-archived">已归档（只读）</Tag> : null}
        </Space>
        <Space className="ledger-actions" style={{ flex: "none" }}>
          {ledgerId !== null ? (
            <Button
              href={`/api/tasks/export?format=xlsx&ledger=${ledgerId}`}
              title="含每项任务的状态和最新进展"
            >
              导出 Excel
            </Button>
          ) : null}
          {current && canManage(user) ? (
            current.archived ? (
              <Button
                icon={<RollbackOutlined />}
                onClick={() =>
                  act("已恢复台账", () => send("POST", `/api/ledgers/${current.id}/restore`, {}))
                }
              >
                恢复
              </Button>
            ) : (
              <Button
                icon={<InboxOutlined />}
                onClick={() =>
                  act("已归档台账", () => send("POST", `/api/ledgers/${current.id}/archive`, {}))
                }
              >
                归档
              </Button>
            )
          ) : null}
          {current && canManage(user) ? (
            <Button danger icon={<DeleteOutlined />} onClick={() => remove(current)}>
              删除
            </Button>
          ) : null}
        </Space>
      </div>
    </Card>
  );
}
