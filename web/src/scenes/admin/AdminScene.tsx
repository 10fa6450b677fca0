// 管理: accounts (created, edited, imported by the admin), the ledger units that have no
// account yet, and the audit log, read only.
import { Alert, App, Space, Table, Tabs } from "antd";
import { useCallback, useEffect, useState } from "react";
import {
  type AuditEntry as Entry,
  getAllPages,
  getJson,
  type PageOf,
  type Unit,
  type User,
} from "../../api.ts";
import { useSession } from "../../session.tsx";
import { ImportCard } from "./ImportCard.tsx";
import { MissingUnits } from "./MissingUnits.tsx";
import { UserForm } from "./UserForm.tsx";
import { UsersTable } from "./UsersTable.tsx";
import { formatDateTime } from "../../format.ts";
import { SignInNeeded } from "../../components/SignInNeeded.tsx";

export default function AdminScene() {
  const { message } = App.useApp();
  const { user, ready } = useSession();
  const [users, setUsers] = useState<User[]>([]);
  const [missing, setMissing] = useState<Unit[]>([]);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [preset, setPreset] = useState<Unit | null>(null);
  const [tab, setTab] = useState("users");
  const admin = user?.role === "admin";
  const load = useCallback(async () => {
    setUsers(await getAllPages<User>("/api/users"));
    setMissing(await getAllPages<Unit>("/api/units/without-account"));
    setEntries((await getJson<PageOf<Entry>>("/api/audit?pageSize=200")).items);
  }, []);
  useEffect(() => {
    if (admin) void load().catch((e: Error) => message.error(e.message));
  }, [admin, load, message]);
  // the form never shows to anyone but the admin (the server refuses them too); a visitor not
  // signed in is shown the way in, not only a refusal
  const undecided = users.filter((u) => u.unitNotice).length;
  if (ready && !user) return <SignInNeeded message="账号管理需要以管理员账号登录" next="/admin" />;
  if (!admin) return <Alert type="warning" showIcon message="只有管理员可以管理账号" />;
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      items={[
        {
          key: "users",
          label: "用户",
          children: (
            <Space direction="vertical" style={{ width: "100%" }}>
              <UserForm preset={preset} onCreated={() => void load()} />
              <ImportCard onImported={() => void load()} />
              {undecided > 0 ? (
                <Alert
                  type="warning"
                  showIcon
                  className="undecided-units"
                  message={`${undecided} 个责任单位账号的单位所属地区未定，看不到任务：请在下表中编辑这些账号，重新选择单位`}
                />
              ) : null}
              <UsersTable users={users} me={user?.id ?? null} onChanged={() => void load()} />
            </Space>
          ),
        },
        {
          key: "units",
          label: `无账号的单位（${missing.length}）`,
          children: (
            <MissingUnits
              units={missing}
              onCreate={(u) => {
                setPreset(u);
                setTab("users");
              }}
            />
          ),
        },
        {
          key: "audit",
          label: "审计日志",
          children: (
            <Table<Entry>
              rowKey="id"
              size="small"
              dataSource={entries}
              pagination={{ pageSize: 50 }}
              columns={[
                {
                  title: "时间",
                  dataIndex: "at",
                  width: 180,
                  render: (t: string) => formatDateTime(t),
                },
                // the server words each entry (who did what to which object): no codes, no JSON
                { title: "操作", dataIndex: "sentence" },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
