// 新建用户: role first; a unit account picks its unit from the registry. The password rule
// is stated where the password is typed.
import { App, Button, Card, Form, Input, Select, Typography } from "antd";
import { useEffect } from "react";
import { send, type Unit } from "../../api.ts";
import { UnitSelect } from "./UnitSelect.tsx";

export const ROLE_OPTIONS = [
  { value: "admin", label: "管理员" },
  { value: "coordinator", label: "督办（依法治市办）" },
  { value: "unit", label: "责任单位" },
  { value: "evaluator", label: "评估人员" },
  { value: "public", label: "公众" },
];

export const PASSWORD_RULE =
  "密码至少 10 位，须含大写字母、小写字母、数字、符号中的三类（或不少于 16 位），不能包含用户名。";

export function UserForm({ preset, onCreated }: { preset: Unit | null; onCreated: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const role = Form.useWatch("role", form);
  useEffect(() => {
    if (preset) form.setFieldsValue({ role: "unit", unitKey: preset.key, displayName: preset.name });
  }, [preset, form]);
  return (
    <Card size="small" title="新建用户" className="user-form">
      <Form
        form={form}
        layout="inline"
        onFinish={async (v) => {
          try {
            await send("POST", "/api/users", v);
            message.success("已创建");
            form.resetFields();
            onCreated();
          } catch (e) {
            message.error((e as Error).message);
          }
        }}
      >
        <Form.Item name="username" rules={[{ required: true, message: "请填写用户名" }]}>
          <Input placeholder="用户名" />
        </Form.Item>
        <Form.Item name="displayName" rules={[{ required: true, message: "请填写姓名" }]}>
          <Input placeholder="姓名" />
        </Form.Item>
        <Form.Item name="role" rules={[{ required: true, message: "请选择角色" }]}>
          <Select placeholder="角色" options={ROLE_OPTIONS} style={{ width: 160 }} />
        </Form.Item>
        {role === "unit" ? (
          <Form.Item name="unitKey" rules={[{ required: true, message: "请选择单位" }]}>
            <UnitSelect initial={preset} />
          </Form.Item>
        ) : null}
        <Form.Item name="email">
          <Input placeholder="邮箱（接收提醒）" />
        </Form.Item>
        <Form.Item name="password" rules={[{ required: true, message: "请填写初始密码" }]}>
          <Input.Password placeholder="初始密码" autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          创建
        </Button>
      </Form>
      <Typography.Text type="secondary" className="password-rule">
        {PASSWORD_RULE}
      </Typography.Text>
    </Card>
  );
}
