// 无账号的单位: units with tasks in a ledger and no account yet, each with a shortcut that
// fills in the new-account form.
import { UserAddOutlined } from "@ant-design/icons";
import { Button, Card, Table } from "antd";
import type { Unit } from "../../api.ts";

export function MissingUnits({ units, onCreate }: { units: Unit[]; onCreate: (u: Unit) => void }) {
  return (
    <Card size="small" title={`督办台账中尚无账号的单位（${units.length} 个）`} className="missing-units">
      <Table<Unit>
        rowKey="key"
        size="small"
        dataSource={units}
        pagination={{ pageSize: 10 }}
        locale={{ emptyText: "督办台账中的单位都已有账号" }}
        columns={[
          { title: "单位", dataIndex: "label" },
          { title: "简称", dataIndex: "shortName" },
          { title: "任务数", dataIndex: "tasks", width: 90 },
          {
            title: "",
            width: 120,
            render: (_: unknown, u) => (
              <Button size="small" icon={<UserAddOutlined />} onClick={() => onCreate(u)}>
                创建账号
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
