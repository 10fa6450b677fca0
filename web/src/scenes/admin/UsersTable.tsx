// The accounts: edit (name, role, unit), disable or enable, reset the password (a temporary
// one shown once; the owner must change it at next sign-in), delete after confirmation.
import {
  DeleteOutlined,
  EditOutlined,
  KeyOutlined,
  StopOutlined,
  CheckCircleOutlined,
} from "@ant-design/icons";
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { send, type User } from "../../api.ts";
import { UnitSelect } from "./UnitSelect.tsx";
import { ROLE_OPTIONS } from "./UserForm.tsx";

function EditDialog({ user, onClose }: { user: User | null; onClose: (changed: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const role = Form.useWatch("role", form);
  return (
    <Modal
      open={user !== null}
      title={`修改账号：${user?.username ?? ""}`}
      okText="保存"
      cancelText="取消"
      destroyOnClose
      onCancel={() => onClose(false)}
      afterOpenChange={(open) =>
        open &&
        user &&
        form.setFieldsValue({
          displayName: user.displayName,
          role: user.role,
          unitKey: user.unitKey ?? undefined,
          email: user.email ?? "",
        })
      }
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await send("POST", `/api/users/${user?.id}`, v);
          message.success("已保存");
          onClose(true);
        } catch (e) {
          message.error((e as Error).message);
        }
      }}
    >
      <Form form={form} layout="vertical">
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: "请填写姓名" }]}>
          <Input />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true }]}>
          <Select options={ROLE_OPTIONS} />
        </Form.Item>
        {role === "unit" ? (
          <Form.Item label="单位" name="unitKey" rules={[{ required: true, message: "请选择单位" }]}>
            <UnitSelect
              initial={
                user?.unitKey && user.unitName
                  ? {
                      key: user.unitKey,
                      name: user.unitName,
                      shortName: user.unitName,
                      label: user.unitLabel ?? user.unitName,
                    }
                  : null
              }
            />
          </Form.Item>
        ) : null}
        <Form.Item label="邮箱" name="email">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function UsersTable({
  users,
  me,
  onChanged,
}: {
  users: User[];
  me: number | null;
  onChanged: () => void;
}) {
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState<User | null>(null);
  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      message.success(done);
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const reset = (u: User) =>
    act(async () => {
      const r = await send<{ password: string }>("POST", `/api/users/${u.id}/password-reset`);
      modal.info({
        title: `已重置「${u.displayName}」的密码`,
        content: (
          <Space direction="vertical">
            <span>临时密码（只显示这一次，请告知本人）：</span>
            <Typography.Text code copyable className="temporary-password">
              {r.password}
            </Typography.Text>
            <span>本人下次登录时须先设置新密码。</span>
          </Space>
        ),
        okText: "知道了",
      });
    }, "密码已重置");
  return (
    <>
      <Table<User>
        rowKey="id"
        size="small"
        className="users-table"
        dataSource={users}
        columns={[
          { title: "用户名", dataIndex: "username" },
          { title: "姓名", dataIndex: "displayName" },
          { title: "角色", dataIndex: "roleLabel" },
          {
            title: "单位",
            render: (_: unknown, u) =>
              u.unitNotice ? (
                <Space direction="vertical" size={0} className="unit-undecided">
                  <span>
                    {u.unitLabel} <Tag color="red">待选单位</Tag>
                  </span>
                  <Typography.Text type="danger">{u.unitNotice}</Typography.Text>
                </Space>
              ) : (
                u.unitLabel
              ),
          },
          { title: "邮箱", dataIndex: "email" },
          {
            title: "状态",
            render: (_: unknown, u) => (
              <Space size={4}>
                {u.disabled ? <Tag color="default">已停用</Tag> : <Tag color="green">正常</Tag>}
                {u.mustChangePassword ? <Tag color="orange">待改密码</Tag> : null}
              </Space>
            ),
          },
          {
            title: "操作",
            render: (_: unknown, u) => (
              <Space size={0} wrap>
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(u)}>
                  编辑
                </Button>
                {u.id === me ? null : (
                  <>
                    <Button
                      size="small"
                      type="link"
                      icon={u.disabled ? <CheckCircleOutlined /> : <StopOutlined />}
                      onClick={() =>
                        act(
                          () => send("POST", `/api/users/${u.id}/disabled`, { disabled: !u.disabled }),
                          u.disabled ? "已启用" : "已停用",
                        )
                      }
                    >
                      {u.disabled ? "启用" : "停用"}
                    </Button>
                    <Popconfirm
                      title={`重置「${u.displayName}」的密码？`}
                      description="将生成临时密码，本人下次登录须先修改。"
                      okText="重置"
                      cancelText="取消"
                      onConfirm={() => reset(u)}
                    >
                      <Button size="small" type="link" icon={<KeyOutlined />}>
                        重置密码
                      </Button>
                    </Popconfirm>
                    <Popconfirm
                      title={`删除账号「${u.displayName}」？`}
                      description="删除后不能登录；其报送记录和审计日志保留。"
                      okText="删除"
                      okButtonProps={{ danger: true }}
                      cancelText="取消"
                      onConfirm={() => act(() => send("DELETE", `/api/users/${u.id}`), "已删除")}
                    >
                      <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                        删除
                      </Button>
                    </Popconfirm>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      <EditDialog
        user={editing}
        onClose={(changed) => {
          setEditing(null);
          if (changed) onChanged();
        }}
      />
    </>
  );
}
