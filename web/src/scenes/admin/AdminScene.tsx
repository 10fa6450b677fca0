// 管理: accounts (created by the admin) and the audit log, read only.
import { App, Button, Card, Form, Input, Select, Space, Table, Tabs } from "antd";
import { useCallback, useEffect, useState } from "react";
import { type AuditEntry as Entry, getAllPages, getJson, type PageOf, send, type User } from "../../api.ts";

const ROLE_OPTIONS = [
  { value: "admin", label: "管理员" },
  { value: "coordinator", label: "督办（依法治市办）" },
  { value: "unit", label: "责任单位" },
  { value: "evaluator", label: "评估人员" },
  { value: "public", label: "公众" },
];

export default function AdminScene() {
  const { message } = App.useApp();
  const [users, setUsers] = useState<User[]>([]);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [form] = Form.useForm();
  const load = useCallback(async () => {
    setUsers(await getAllPages<User>("/api/users"));
    setEntries((await getJson<PageOf<Entry>>("/api/audit?pageSize=200")).items);
  }, []);
  useEffect(() => {
    void load().catch((e: Error) => message.error(e.message));
  }, [load, message]);
  const role = Form.useWatch("role", form);
  return (
    <Tabs
      items={[
        {
          key: "users",
          label: "用户",
          children: (
            <Space direction="vertical" style={{ width: "100%" }}>
              <Card size="small" title="新建用户">
                <Form
                  form={form}
                  layout="inline"
                  onFinish={async (v) => {
                    try {
                      await send("POST", "/api/users", v);
                      message.success("已创建");
                      form.resetFields();
                      await load();
                    } catch (e) {
                      message.error((e as Error).message);
                    }
                  }}
                >
                  <Form.Item name="username" rules={[{ required: true }]}>
                    <Input placeholder="用户名" />
                  </Form.Item>
                  <Form.Item name="displayName" rules={[{ required: true }]}>
                    <Input placeholder="姓名" />
                  </Form.Item>
                  <Form.Item name="role" rules={[{ required: true }]}>
                    <Select placeholder="角色" options={ROLE_OPTIONS} style={{ width: 160 }} />
                  </Form.Item>
                  {role === "unit" ? (
                    <Form.Item name="unitName" rules={[{ required: true }]}>
                      <Input placeholder="单位（如 市司法局）" />
                    </Form.Item>
                  ) : null}
                  <Form.Item name="email">
                    <Input placeholder="邮箱（接收提醒）" />
                  </Form.Item>
                  <Form.Item name="password" rules={[{ required: true }]}>
                    <Input.Password placeholder="初始密码" />
                  </Form.Item>
                  <Button type="primary" htmlType="submit">
                    创建
                  </Button>
                </Form>
              </Card>
              <Table<User>
                rowKey="id"
                size="small"
                dataSource={users}
                columns={[
                  { title: "用户名", dataIndex: "username" },
                  { title: "姓名", dataIndex: "displayName" },
                  {
                    title: "角色",
                    dataIndex: "role",
                    render: (r: string) => ROLE_OPTIONS.find((o) => o.value === r)?.label ?? r,
                  },
                  { title: "单位", dataIndex: "unitName" },
                  { title: "邮箱", dataIndex: "email" },
                ]}
              />
            </Space>
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
                  render: (t: string) => new Date(t).toLocaleString("zh-CN"),
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
