// 按单位: each unit's completion in a ledger; a click opens the unit's task list, and the office
// chases the units it selects (every open task of theirs in this ledger).
import { App, Button, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { type ChaseResult, canManage, type Overview, send } from "../../api.ts";
import { useSession } from "../../session.tsx";
import { ActionModal, outsideSelection } from "./ActionModal.tsx";
import { unitChaseMessage } from "./chase-message.ts";
import { chaseSummary, MessageField } from "./TaskActions.tsx";

type Row = Overview["byUnit"][number];

export function UnitTable({
  ledgerId,
  rows,
  onDrill,
  onChanged,
}: {
  ledgerId: number;
  rows: Row[];
  onDrill: (unit: string) => void;
  onChanged: () => void;
}) {
  const { modal } = App.useApp();
  const { user } = useSession();
  const manage = canManage(user);
  const [selected, setSelected] = useState<string[]>([]);
  const [chasing, setChasing] = useState(false);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {manage ? (
        <Space>
          <Button disabled={selected.length === 0} onClick={() => setChasing(true)}>
            催办所选单位{selected.length ? `（${selected.length}）` : ""}
          </Button>
          <Typography.Text type="secondary">点击单位查看其任务清单</Typography.Text>
        </Space>
      ) : null}
      <Table<Row>
        rowKey="name"
        size="small"
        className="unit-table"
        dataSource={rows}
        pagination={{ pageSize: 30 }}
        rowSelection={
          manage
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }
            : undefined
        }
        onRow={(r) => ({
          onClick: (e) => outsideSelection(e) && onDrill(r.name),
          style: { cursor: "pointer" },
        })}
        columns={[
          {
            title: "单位",
            dataIndex: "name",
            render: (n: string) => <Typography.Link className="unit-drill">{n}</Typography.Link>,
          },
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
      <ActionModal<{ message: string }>
        open={chasing}
        title={`催办 ${selected.length} 个单位`}
        okText="催办"
        initialValues={{ message: unitChaseMessage(rows.filter((r) => selected.includes(r.name))) }}
        onCancel={() => setChasing(false)}
        onSubmit={async (v) => {
          const r = await send<ChaseResult>("POST", "/api/tasks/chase", {
            ledgerId,
            units: selected,
            message: v.message,
          });
          setChasing(false);
          setSelected([]);
          onChanged();
          modal.success({ title: "催办已发出", className: "batch-summary", content: chaseSummary(r) });
        }}
      >
        <Typography.Paragraph type="secondary">{selected.join("、")}</Typography.Paragraph>
        <MessageField />
      </ActionModal>
    </Space>
  );
}
